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

describe('Polish and Russian words without quotation marks before a dash and the attribution', () => {
  it.each<SpeakerCase>([
    ['pl', 'Uznaję, że w obecnej sytuacji nie mogę zrealizować mandatu - oświadczyła w czwartek Dana Kellor, ogłaszając rezygnację.', [['nie mogę zrealizować mandatu', 'Dana Kellor']]],
    // The imperfective past news uses for what someone kept saying ("zapewniał", "oceniała").
    ['pl', 'W porcie Velmar osiadł na mieliźnie prom.\n\n„Wszyscy pasażerowie są bezpieczni” - zapewniał minister Tomas Verhoek.', [['Wszyscy pasażerowie', 'Tomas Verhoek']]],
    ['ru', 'Мы восстановим порт в течение года, — заявил в понедельник мэр Томас Вергук.\n\nРаботы начнутся весной.', [['Мы восстановим порт', 'Томас Вергук']]],
  ])('%s', expectSpeakers);
});

describe('a Polish place in the genitive before a given name is no part of the name', () => {
  it.each<SpeakerCase>([
    ['pl', '„Ściągamy ludzi z dachów, wywozimy ich łódkami” – mówi PAP wolontariuszka z Chersonia Anna Kellor.', [['Ściągamy ludzi', 'Anna Kellor']]],
    ['pl', 'Mieszkańcy wrócili do domów. „Odbudujemy miasto” – powiedział mer Kijowa Igor Kellor.', [['Odbudujemy miasto', 'Igor Kellor']]],
  ])('%s', expectSpeakers);
});
