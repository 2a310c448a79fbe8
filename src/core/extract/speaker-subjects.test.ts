// Who speaks when the clause does not write the speaker next to the verb: a verb coordinated with
// an earlier one, a participle after the quote, a role named with a possessive and the name in
// apposition to it, a source a relay cites without a name, a spokesperson of a named body.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

describe('a coordinated verb shares the subject of the first verb, not the person in focus', () => {
  it.each<Case>([
    ['en', 'Dana Kellor visited the border on Monday.\n\nNATO announced new patrols on Tuesday, and called the attack "a grave escalation".', [['a grave escalation', 'NATO']]],
    ['en', 'Dana Kellor toured the port.\n\nThe Velmar Coastguard closed the harbour overnight, and said "no vessel will leave before the storm passes".', [['no vessel will leave', 'Velmar Coastguard']]],
    // A subject written that is no one the article names: the institution as the text words it, not the person in focus.
    ['en', 'Dana Kellor visited the border on Monday.\n\nThe alliance announced new patrols on Tuesday, and said "we will not be intimidated by this".', [['we will not be intimidated', 'The alliance']]],
    ['en', 'Dana Kellor visited the border on Monday.\n\nThe drivers blocked the road on Tuesday, and said "we will not move until we are paid".', [['we will not move', null]]],
    // A subject of its own after the conjunction is kept.
    ['en', 'Dana Kellor spoke first.\n\nNATO announced new patrols, and Kellor said "we will hold the line".', [['we will hold the line', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a possessive role and the name in apposition: the name speaks, not the possessor', () => {
  it.each<Case>([
    ['en', 'Dana Kellor died on Friday. His successor, Velmar President Tomas Verhoek, expressed his "utmost sadness", calling Kellor "the founding father".', [['utmost sadness', 'Tomas Verhoek'], ['the founding father', 'Tomas Verhoek']]],
    ['en', 'Dana Kellor died on Friday.\n\n"We have lost our founding father," said his successor, Velmar President Tomas Verhoek.', [['We have lost our founding father', 'Tomas Verhoek']]],
    ['es', 'Dana Kellor murió el viernes.\n\n«Hemos perdido a un gigante», dijo su sucesor, el presidente Tomas Verhoek.', [['Hemos perdido a un gigante', 'Tomas Verhoek']]],
    ['es', 'Dana Kellor murió el viernes.\n\nSu sucesor, el presidente Tomas Verhoek, expresó su «profunda tristeza», calificando a Kellor de «padre fundador».', [['profunda tristeza', 'Tomas Verhoek'], ['padre fundador', 'Tomas Verhoek']]],
    ['en', "Dana Kellor died on Friday. Kellor's successor as party leader, Tomas Verhoek, paid tribute, calling him \"a giant of our age\".", [['a giant of our age', 'Tomas Verhoek']]],
    ['en', 'Dana Kellor died on Friday at the age of 81. His successor, Velmar President Tomas Verhoek, expressed his "utmost sadness" on Saturday.\n\n"He was a father to all of us," he said.', [['He was a father', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a relay citing an unnamed institution or office: that source speaks, not the agency', () => {
  it.each<Case>([
    ['es', 'Dos hombres murieron el domingo en Velmar.\n\n«Las conversaciones degeneraron en una pelea», informó la agencia oficial Kessa, citando a la fiscalía.', [['Las conversaciones degeneraron', 'la fiscalía']]],
    // An agency that is an organisation, with a statement noun ("agencia"), still only relays.
    ['es', 'Dos hombres murieron.\n\n«Las conversaciones degeneraron en una pelea», indicó la agencia oficial velmaresa KPA, citando a la fiscalía.', [['Las conversaciones degeneraron', 'la fiscalía']]],
    // The office cited is not the agency's role.
    ['es', 'Dos hombres murieron.\n\n«Las conversaciones degeneraron en una pelea», informó la agencia Kessa, citando al fiscal general.', [['Las conversaciones degeneraron', 'fiscal general']]],
    ['en', 'Two men died on Sunday in Velmar.\n\n"The talks degenerated into a brawl," the state news agency reported, citing the public prosecutor.', [['The talks degenerated', 'the public prosecutor']]],
    ['en', 'Two men died on Sunday in Velmar.\n\n"The talks degenerated into a brawl," the state news agency Kessa reported, citing the public prosecutor.', [['The talks degenerated', 'the public prosecutor']]],
    // The relay after a verb whose subject is written before it.
    ['en', 'Two men died.\n\nThe state news agency Kessa reported on Monday, citing the public prosecutor, that "the talks degenerated into a brawl".', [['the talks degenerated', 'the public prosecutor']]],
    // A named source is still the one cited.
    ['es', 'Dos hombres murieron.\n\n«Las conversaciones degeneraron en una pelea», informó la agencia Kessa, citando al ministro Tomas Verhoek.', [['Las conversaciones degeneraron', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a spokesperson described with the name of the body they speak for', () => {
  it.each<Case>([
    ['en', 'The paper was sold on Monday.\n\nA Harbour Herald spokesperson said: "We will keep every job."', [['We will keep every job', 'Harbour Herald']]],
    // A name whose type nothing else tells: it modifies "spokesperson", so it is the body spoken for.
    ['en', 'The bells fell silent on Monday.\n\n"The roof will be repaired by spring," a Velmar Cathedral spokesperson said.', [['The roof will be repaired', 'Velmar Cathedral']]],
    ['en', 'The bells fell silent on Monday.\n\n"The roof will be repaired by spring," said a spokesperson for Velmar Cathedral.', [['The roof will be repaired', 'Velmar Cathedral']]],
  ])('%s', run);
});

describe('a noun phrase opening the first clause is a subject written, though no one known', () => {
  it.each<Case>([
    // The name after the first verb is its object: the coordinated verb is not theirs.
    ['en', 'Officers searched the port.\n\nPolice arrested Dana Kellor on Monday, and said "more arrests will follow".', [['more arrests will follow', null]]],
    ['en', 'Officers searched the port.\n\nTomas Verhoek said the port would reopen on Monday, and added "we are ready".', [['we are ready', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('an institution noun as the subject before the verb: the institution, not the person in focus', () => {
  it.each<Case>([
    ['en', 'The Velmar Interior Ministry opened an inquiry. Dana Kellor spoke later.\n\nThe ministry insisted: "The inquiry will take a month."', [['The inquiry will take a month', 'Velmar Interior Ministry']]],
    ['es', 'Dana Kellor habló.\n\nLa fiscalía informó que «las conversaciones degeneraron en una pelea».', [['las conversaciones degeneraron', 'La fiscalía']]],
    // The object of a preposition is no subject.
    ['en', 'Dana Kellor spoke.\n\nThe head of the ministry said "the inquiry will take a month".', [['the inquiry will take a month', null]]],
  ])('%s', run);
});

describe('a name apposed to a title a preposition governs is no subject a later pronoun goes back to', () => {
  it.each<Case>([
    ['en', 'Dana Kellor resigned as prime minister of Northshire on Thursday after 45 days in office.\n\nMs Kellor was appointed on 6 September, two days before the death of Her Majesty, Queen Anna Verhoek.\n\nShe said: “I cannot deliver the mandate on which I was elected.”', [['I cannot deliver the mandate', 'Dana Kellor']]],
    ['en', 'Talks opened in Kessport on Monday. Dana Kellor arrived with the chairman, Anna Verhoek, after a delay.\n\nShe said: “The talks were hard.”', [['The talks were hard', 'Dana Kellor']]],
    // Not after a preposition: a circumstance set off by a comma opens on the subject.
    ['en', 'Talks opened in Kessport on Monday. In a statement, Anna Verhoek said the vote would go ahead.\n\nShe said: “The talks were hard.”', [['The talks were hard', 'Anna Verhoek']]],
  ])('%s', expectSpeakers);
});
