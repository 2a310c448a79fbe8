// A quote that is a sentence of its own, then a sentence opening on its speech verb with the
// subject written after it ("«…». Ha commentato il cardinale X."), is attributed by that sentence.
// Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('an attribution sentence after a quote that is its own sentence', () => {
  it.each<SpeakerCase>([
    ['it', "L'annuncio ha colto tutti di sorpresa.\n«Un fulmine a ciel sereno». Ha commentato il cardinale Marco Ventresca. I media vaticani non erano stati avvisati.", [['Un fulmine a ciel sereno', 'Marco Ventresca']]],
    ['it', "Il porto resterà chiuso fino a lunedì. «Non ci sono alternative». Lo ha detto il sindaco Marco Ventresca ai cronisti.", [['Non ci sono alternative', 'Marco Ventresca']]],
    ['es', 'El puerto seguirá cerrado hasta el lunes. «No hay alternativa». Así lo dijo el alcalde Tomas Verhoek a la prensa.', [['No hay alternativa', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('leaves the quote alone when the next sentence opens on something else', () => {
    expectSpeakers('it', "Il porto resterà chiuso fino a lunedì. «Non ci sono alternative». Il sindaco Marco Ventresca ha poi lasciato la sala.", [['Non ci sono alternative', null]]);
  });
});

describe('a quote standing alone after a sentence in which someone gives a speech', () => {
  it.each<SpeakerCase>([
    ['es', 'Tomas Verhoek ha pronunciado un discurso en la plaza de Velmar rodeado de miles de personas. Ha jurado la Constitución y ha prometido un Gobierno de transición.\n\n"Voy a dar el paso con ustedes. Hoy empieza otra etapa".', [['Voy a dar el paso', 'Tomas Verhoek']]],
    ['pt', 'Em abril, Tomas Verhoek fez um discurso que soou como uma despedida, onde reafirmou a força das suas ideias.\n\n“A hora de todo mundo vai chegar, mas ficarão as ideias.”', [['A hora de todo mundo', 'Tomas Verhoek']]],
    // A tribute or condolences are given in words too.
    ['de', 'Bürgermeister Tomas Verhoek (KP) hat die Retter von Velmar gewürdigt und den Familien sein Mitgefühl übermittelt. „Velmar verliert heute seine besten Söhne.“', [['Velmar verliert heute', 'Tomas Verhoek']]],
    ['en', 'Prime Minister Anna Kellor paid tribute to the crew of the ferry on Monday.\n\n"They gave their lives for the people of Velmar."', [['They gave their lives', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);

  it('leaves the quote alone after a sentence of no speech', () => {
    expectSpeakers('pt', 'Em abril, Tomas Verhoek visitou o porto de Velmar com a família.\n\n“A hora de todo mundo vai chegar, mas ficarão as ideias.”', [['A hora de todo mundo', null]]);
  });
});

describe('a quote standing alone after a sentence presenting someone is theirs', () => {
  it.each<SpeakerCase>([
    ['en', 'Crews worked through the night on the wreck in Kessport harbour.\n\nSo when will crews refloat the ship? Here’s Coast Guard Vice Admiral Anna Kellor at a committee hearing on Wednesday.\n\n"I will report today that the ship will be able to be refloated early next week."', [['I will report today', 'Anna Kellor']]],
    ['en', 'Crews worked through the night in Kessport. Here’s what Anna Kellor told reporters.\n\n"We will rebuild."', [['We will rebuild', 'Anna Kellor']]],
    ['it', 'I soccorritori hanno lavorato tutta la notte nel porto di Kessport. Ecco il sindaco Tomas Verhoek, lunedì sera.\n\n«Ricostruiremo il porto».', [['Ricostruiremo il porto', 'Tomas Verhoek']]],
  ])('%s', expectSpeakers);
});
