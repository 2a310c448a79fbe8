// An unnamed spokesperson of a body speaks for it: the body named with the description is the
// speaker ("un portavoz del Gobierno", "ein Sprecher des Ministeriums"), else the description
// itself when it names an institution ("a foreign ministry spokesman"). Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('a spokesperson of a named body: the body', () => {
  it.each<Case>([
    ['es', 'Dana Kellor visitó Northshire el lunes. Un portavoz del Gobierno afirmó que "no habrá más retrasos en las obras".', [['no habrá más retrasos', 'Gobierno']]],
    ['es', 'Dana Kellor visitó Northshire el lunes. Un portavoz del Gobierno de Velmar afirmó: «No habrá más retrasos en las obras».', [['No habrá más retrasos', 'Gobierno de Velmar']]],
    ['de', 'Tomas Verhoek besuchte am Montag Northshire. „Wir prüfen den Antrag sorgfältig“, sagte ein Sprecher des Innenministeriums.', [['Wir prüfen den Antrag', 'Innenministeriums']]],
    ['en', 'Northshire closed its border on Monday. A Velmar spokesperson said that "the closure breaks the treaty" and asked for talks. Dana Kellor, the Northshire premier, spoke later.', [['the closure breaks the treaty', 'Velmar']]],
  ])('%s: %s', expectSpeakers);
});

describe('a spokesperson of a body named only by its noun: the description, never a person named before', () => {
  it.each<Case>([
    ['en', 'Dana Kellor met the envoy on Monday. A foreign ministry spokesman said that "the closure breaks the treaty".', [['the closure breaks the treaty', 'A foreign ministry spokesman']]],
    ['fr', "Tomas Verhoek s'est rendu lundi à Northshire. Un porte-parole du ministère a déclaré : « Nous examinons la demande avec soin. »", [['Nous examinons la demande', 'Un porte-parole du ministère']]],
    ['fr', "Tomas Verhoek s'est rendu lundi à Northshire. « Nous examinons la demande avec soin », a déclaré un porte-parole du ministère.", [['Nous examinons la demande', 'un porte-parole du ministère']]],
  ])('%s: %s', expectSpeakers);

  it('leaves an unnamed person who speaks for no body without a speaker', () => {
    expectSpeakers('en', 'Floods cut the valley road on Monday. "We lost everything," a farmer said. "Nobody came," a spokesman said.', [['We lost everything', null], ['Nobody came', null]]);
  });
});
