// After a quote, a lowercase role of up to three words may stand before the speaker's name; a
// longer one does too when an office word ends it right before the name. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('a long lowercase role before the name after a quote', () => {
  it.each<SpeakerCase>([
    ['en', 'The ferry sank off Port Velmar on Monday.\n\n"The victims that we found were far from the coast," search and rescue agency operational director Tomas Verhoek told reporters.', [['The victims that we found', 'Tomas Verhoek']]],
    ['en', 'The ferry sank off Port Velmar on Monday. "We will keep searching tonight," regional coast guard deputy commander Dana Kellor said.', [['We will keep searching tonight', 'Dana Kellor']]],
  ])('%s: %s', expectSpeakers);

  it('still needs the office word to meet the name when the lowercase run is long', () => {
    expectSpeakers('en', 'The ferry sank off Port Velmar on Monday. "We will keep searching tonight," rescuers from the island near the wreck and Dana Kellor said.', [['We will keep searching tonight', null]]);
  });
});

describe('a place holding a given name before a title', () => {
  it.each<SpeakerCase>([
    ['en', '"The port that we knew yesterday is no longer here," San Juan Mayor Anna Kellor told the Harbour Herald. The mayor said the city is "looking at four to six months without electricity."', [['The port that we knew', 'Anna Kellor'], ['looking at four to six months', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a person named before a statement noun in the subject after a quote', () => {
  it.each<SpeakerCase>([
    // The agency is named before: "agency" in the apposition is no statement of it.
    ['en', 'Velmar’s emergency management agency opened shelters on Tuesday.\n\n“We will find our island destroyed,” Tomas Verhoek, director of the emergency management agency, said in a news conference.', [['We will find our island destroyed', 'Tomas Verhoek']]],
    // The statement noun first: its owner speaks.
    ['en', 'The harbour of Velmar closed on Tuesday.\n\n“We will reopen on Monday,” a post on Tomas Verhoek’s account said.', [['We will reopen on Monday', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('a capitalised office with an institution in it before the name', () => {
  it.each<SpeakerCase>([
    // "Cabinet" is an institution's word, but a title before it makes the run an office, and the name follows the last title.
    ['en', 'Chief Cabinet Secretary Kessan Verhoek said the dam at Velmar held overnight.\n\n"The spillway was not damaged at all," he said.', [['The spillway was not damaged', 'Kessan Verhoek']]],
    // "No. 2" is a number, not a name that could be "he".
    ['en', 'Water reached the No. 1 turbine at the Velmar No. 2 plant, officials said.\n\nChief Cabinet Secretary Kessan Verhoek said the dam held.\n\n"The spillway was not damaged at all," he said.', [['The spillway was not damaged', 'Kessan Verhoek']]],
    // "de Gabinete" after the office's connector is what it is of, not a name: the apposed holder speaks.
    ['es', '«Hemos confirmado que la presa no sufrió daños», afirmó el Jefe de Secretaría de Gabinete de Northshire, Kessan Verhoek.', [['Hemos confirmado', 'Kessan Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('an office set off by commas after the speaking office, as a rank the name carries', () => {
  it.each<SpeakerCase>([
    ['it', '“Non crediamo che riusciremo a trovare nessuno”, ha detto il capo della Guardia Costiera di Velmar, l’ammiraglio Dana Kellor, durante una conferenza stampa.', [['Non crediamo', 'Dana Kellor']]],
    ['fr', '« Nous ne retrouverons personne », a déclaré le chef des garde-côtes de Velmar, l’amiral Dana Kellor, lors d’une conférence de presse.', [['Nous ne retrouverons', 'Dana Kellor']]],
    ['es', '“Nunca encontraremos a nadie”, dijo el jefe de la Guardia Costera de Velmar, el almirante Dana Kellor, en una rueda de prensa.', [['Nunca encontraremos', 'Dana Kellor']]],
  ])('%s', expectSpeakers);
});
