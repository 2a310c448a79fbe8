// A labelling verb that gives a verdict ("calificó de «…»", "a qualifié de « … »", "ha definito
// «…»") makes the quoted label its subject's words; a verb that only names ("bautizó", "dubbed")
// leaves a short label no quote. Invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, speakersOf, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('a verdict given with a labelling verb is its subject’s words', () => {
  it.each<Case>([
    ['es', 'El Parlamento de Northshire aprobó el martes la reforma. El presidente Tomas Verhoek calificó de «traición» la decisión de la cámara.', [['traición', 'Tomas Verhoek']]],
    ['es', 'La ministra Dana Kellor tachó de «inaceptable y peligrosa» la propuesta de Kessport para el puerto.', [['inaceptable y peligrosa', 'Dana Kellor']]],
    ['es', 'Dana Kellor llamó «una vergüenza para todo el país» el plan del gobierno de Velmar.', [['una vergüenza para todo el país', 'Dana Kellor']]],
    ['fr', 'Le président Tomas Verhoek a qualifié de « trahison » la décision du Parlement de Northshire.', [['trahison', 'Tomas Verhoek']]],
    ['it', 'Il ministro Tomas Verhoek ha definito «inaccettabile» la proposta di Kessport sul porto.', [['inaccettabile', 'Tomas Verhoek']]],
    ['it', 'Dana Kellor definì «una proposta inaccettabile» quella di Kessport.', [['una proposta inaccettabile', 'Dana Kellor']]],
    ['pt', 'O ministro Tomas Verhoek classificou de "inaceitável" a proposta da Kessport para o porto.', [['inaceitável', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('a verb that only names', () => {
  it.each<[string, string, string]>([
    ['es', 'Los vecinos de Northshire bautizaron «El Muro» la nueva barrera del puerto de Kessa.', 'El Muro'],
    ['en', 'Residents of Northshire dubbed the barrier "the wall" within a week.', 'the wall'],
  ])('%s: leaves a short name unquoted', (language, body, label) => {
    expect(speakersOf(language, body).some(([text]) => text.includes(label))).toBe(false);
  });
});
