// A speech verb with no subject written ("«…», declaró.") goes on with the speaker in focus; when a
// sentence with a speech verb and a speaker of its own stands between it and the quote before, the
// word has passed to that sentence's speaker. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('a subjectless speech verb after another speaker took the word', () => {
  it.each<Case>([
    ['es', '"El barco se hundió cerca del puerto", declaró Dana Kellor, portavoz de la agencia de rescate. "Seguimos buscando a los desaparecidos", agregó.\n\nTomas Verhoek, director de la autoridad portuaria, anunció en otro comunicado que el barco llevaba 40 pasajeros. "El capitán pidió volver a puerto antes de perder el contacto", declaró.', [['El barco se hundió', 'Dana Kellor'], ['Seguimos buscando', 'Dana Kellor'], ['El capitán pidió volver', 'Tomas Verhoek']]],
    ['pt', '"O navio afundou perto do porto", disse Dana Kellor, porta-voz da agência de resgate.\n\nTomas Verhoek, diretor da autoridade portuária, informou em outro comunicado que o navio levava 40 passageiros. "O capitão pediu para voltar ao porto", declarou.', [['O navio afundou', 'Dana Kellor'], ['O capitão pediu', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('keeps the speaker of the quote before when no other speaker stands between', () => {
    expectSpeakers('es', '"El barco se hundió cerca del puerto", declaró Dana Kellor, portavoz de la agencia de rescate. El mar estaba en calma. "Seguimos buscando a los desaparecidos", agregó.', [['El barco se hundió', 'Dana Kellor'], ['Seguimos buscando', 'Dana Kellor']]);
  });
});

describe('circumstances before a subjectless speech verb write no subject', () => {
  it.each<Case>([
    // "Durante l'audizione alla Commissione Energia": a circumstance before the verb; the office's holder, apposed after its complement, speaks.
    ['it', "E il responsabile della Commissione nucleare di Velmar, Tomas Verhoek, lancia l'allarme: le radiazioni sono \"letali\". Durante un'audizione alla Commissione Energia ha detto: \"Sarebbe molto difficile per i lavoratori avvicinarsi\". \"Le dosi potrebbero essere letali\".", [['Sarebbe molto difficile', 'Tomas Verhoek'], ['Le dosi potrebbero', 'Tomas Verhoek']]],
    ['es', 'Por su parte, el alcalde Tomas Verhoek ha reconocido su derrota en Velmar.\n\nEn cualquier caso, ha destacado que las elecciones han sido «limpias y transparentes».', [['limpias y transparentes', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('a lone surname after a speech verb, ending its clause, is a person', () => {
  it.each<Case>([
    ['de', 'Die Stadt sei zu sehr auf den Hafen angewiesen, betonte Verhoek. Bürgermeisterin Dana Kellor hatte zuvor neue Fähren angekündigt.\n\nVerhoek war mit Applaus empfangen worden. "Es ist eine große Ehre für mich, hier zu sprechen", sagte er. Er überreichte dem Rat eine Fahne aus Velmar. "Diese Fahne ist ein Zeichen unserer Stadt."', [['Es ist eine große Ehre', 'Verhoek'], ['Diese Fahne ist', 'Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('an office with its complement apposed to a description names its holder', () => {
  it.each<Case>([
    ['fr', 'La recherche du ferry disparu se poursuivra, a assuré dimanche la Marine de Velmar.\n\n"Nous continuerons jour et nuit jusqu\'à ce qu\'il réapparaisse", a déclaré dans un communiqué son porte-parole, le capitaine de vaisseau Tomas Verhoek.\n\nLe contact a été perdu au large de Kessa, dans l\'Atlantique Sud. "Les appels étaient trop courts pour être localisés", a-t-il précisé.', [['Nous continuerons jour', 'Tomas Verhoek'], ['Les appels étaient', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});
