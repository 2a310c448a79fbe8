// Quote speakers in Greek, Ukrainian and Dutch news prose, on invented articles: a speech verb
// before a quote ("Η Κέλορ υπογράμμισε ότι «…»", "Вергук визнав, що це \"…\""), and a quote
// standing alone after the sentence whose verb tells who speaks ("vertelt topman X aan de telefoon.").
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('speech verbs of Greek, Ukrainian and Dutch', () => {
  it.each<SpeakerCase>([
    ['el', 'Η πρωθυπουργός Ντάνα Κέλορ παραιτήθηκε την Πέμπτη. Η Κέλορ υπογράμμισε ότι «δεν μπορεί να εκπληρώσει την εντολή» της.', [['δεν μπορεί να εκπληρώσει', 'Ντάνα Κέλορ']]],
    ['uk', 'Президент Томас Вергук відвідав порт у вівторок. Вергук визнав, що відновлення "займе деякий час".', [['займе деякий час', 'Томас Вергук']]],
    ['nl', 'Het schip kwam dinsdag vrij. Het was geen ingewikkelde klus, vertelt topman Tomas Verhoek aan de telefoon.\n\n„Nadat het schip vast kwam te zitten, werd ons bedrijf gevraagd te helpen.”', [['werd ons bedrijf gevraagd', 'Tomas Verhoek']]],
  ])('%s', expectSpeakers);
});
