// Speakers whose subject the sentence leaves unwritten (pro-drop, French inversion with any verb),
// and a pronoun after a sentence whose institution is no subject, on invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = expectSpeakers;

describe('a verb with no subject after the quote: the person in focus', () => {
  it.each<Case>([
    ['es', 'El presidente Tomas Verhoek dejó el cargo después de que las Fuerzas Armadas le pidieran la renuncia.\n«Dejo mi cargo para que vuelva la calma», dijo a través de la radio, aludiendo a sus rivales.', [['Dejo mi cargo', 'Tomas Verhoek']]],
    ['es', 'En el puente de Valmora, Tomas Verhoek habló ante cientos de vecinos.\n\n"Sabía que íbamos a volver", aseveró.', [['Sabía que íbamos a volver', 'Tomas Verhoek']]],
    ['fr', "Le maire Hugo Castagnet a visité le site. La charpente « est sauvée et tient bon », ont annoncé vers minuit les pompiers.", [['est sauvée', null]]],
    ['it', 'Il sindaco Luca Ferri ha lasciato l’incarico dopo le proteste.\n«Lascio perché torni la calma», ha detto in televisione.', [['Lascio perché torni la calma', 'Luca Ferri']]],
  ])('%s', run);
});

describe('a participle of speech takes its sentence subject', () => {
  it.each<Case>([
    ['es', 'El actual alcalde, Tomas Verhoek, ha justificado el cierre del puerto indicando que "se incumplieron reiteradamente las normas de seguridad".', [['se incumplieron reiteradamente', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('French: an inverted pronoun after the quote, and a reflexive speech verb', () => {
  it.each<Case>([
    ['fr', "Jeanne Roux a pris la parole en dernier.\n\n« Je vous surveillerai », a-t-elle commencé depuis sa chaise.", [['Je vous surveillerai', 'Jeanne Roux']]],
    ['fr', "La foule a envahi la place.\n\n« Nous avons gagné, demain tout change », s'est félicité Marc Delorme, dirigeant de l'opposition.", [['Nous avons gagné', 'Marc Delorme']]],
  ])('%s', run);
});

describe('"er" after a sentence whose subject is a pronoun: the person, not the institution it names', () => {
  it.each<Case>([
    ['de', 'Nach acht Jahren im Amt hat Tomas Verhoek am Sonntag seinen Rücktritt erklärt. Er habe dem Parlament einen Brief geschickt, sagte der Präsident im Radio. "Wir wollen Frieden", sagte er.', [['Wir wollen Frieden', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a relative apposed to a name: the name apposed to her description is not the speaker', () => {
  it.each<Case>([
    ['en', 'Rescuers brought the last diver out at dawn.\n\nOrlen Vasko, an aunt of the rescued guide, Taje Marrin, said she was relieved.\n\n“If I see him, I just want to hold him,” she said.', [['I just want to hold him', 'Orlen Vasko']]],
    ['en', 'Rescuers brought the last diver out at dawn.\n\nOrlen Vasko, an aunt of the rescued guide, Taje Marrin, said: “I just want to hold him.”', [['I just want to hold him', 'Orlen Vasko']]],
  ])('%s', run);
});

describe('a pronoun right after a speech verb is its object, not the next verb’s subject', () => {
  it.each<Case>([
    ['en', 'Fires broke out in three harbour warehouses overnight.\n\nThe bishop of Velmar, Cardinal Orlen Vasko, called it “a grim day” and urged the council to find those responsible and “punish them without delay because this cannot stand”.', [['punish them without delay', 'Orlen Vasko']]],
  ])('%s', run);
});
