// A quote followed by a noun for words and their owner, with no verb: "«…», palabras de X",
// "“…”, le prime parole di X", "« … », les premiers mots de X", "“…” were X's first words". The
// owner speaks; a noun for words that goes on into a clause of its own names no one. Invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, speakersOf, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('a noun for words and its owner after a quote: the owner', () => {
  it.each<Case>([
    ['it', 'Il consiglio di Northshire ha votato lunedì la chiusura del porto.\n\n“Una giornata nera per Port Velmar e per i suoi lavoratori”, le prime parole di Ventresca.\n\nMarco Ventresca è il sindaco della città dal 2015.', [['Una giornata nera per Port Velmar', 'Marco Ventresca']]],
    ['es', 'El consejo de Northshire votó el lunes el cierre del puerto.\n\n«Es un día negro para Port Velmar», palabras de Dana Kellor.\n\n«No aceptaremos esta decisión», fueron las palabras del ministro Tomas Verhoek.', [['Es un día negro para Port Velmar', 'Dana Kellor'], ['No aceptaremos esta decisión', 'Tomas Verhoek']]],
    ['fr', "Le conseil de Northshire a voté lundi la fermeture du port.\n\n« C'est un jour sombre pour Port Velmar », les premiers mots de Dana Kellor.", [["C'est un jour sombre pour Port Velmar", 'Dana Kellor']]],
    ['en', 'The Northshire council voted on Monday to close the port. Dana Kellor and Tomas Verhoek attended.\n\n"It is a dark day for Port Velmar," in the words of Tomas Verhoek.\n\n"We will rebuild," were Kellor\'s first words.', [['It is a dark day for Port Velmar', 'Tomas Verhoek'], ['We will rebuild', 'Dana Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a noun for words that is no attribution', () => {
  it('leaves the person named in a clause after the noun, or words about someone, without the quote', () => {
    const choose = speakersOf('fr', "Le ministre Tomas Verhoek a choisi ses mots avec soin lundi. « La démission de la maire est inévitable », les mots ont circulé toute la journée parmi les partisans de Dana Kellor.");
    expect(choose.find(([t]) => t.includes('La démission'))?.[1]).not.toBe('Dana Kellor');
    const against = speakersOf('fr', "Le conseil de Northshire s'est réuni lundi. « Vous avez trahi la ville et ses habitants », des mots durs contre Dana Kellor.");
    expect(against.find(([t]) => t.includes('Vous avez trahi'))?.[1]).not.toBe('Dana Kellor');
  });

  it('keeps a speech verb\'s speaker where the sentence before chose its words', () => {
    expectSpeakers('fr', "Le ministre Tomas Verhoek a choisi ses mots avec soin. « Nous respectons le vote », a-t-il dit.", [['Nous respectons le vote', 'Tomas Verhoek']]);
  });
});
