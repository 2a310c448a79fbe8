// Embedded social-media posts as scraped text: the post's words (in quotation marks or not), its
// picture link, then the signature "— Name (@handle) date" in any language. The name signing the
// post, a person or an organisation, is whose words they are. Invented articles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';
import { expectSpeakers, speakersOf, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('a quoted post signed under its words: the signer', () => {
  it.each<Case>([
    ['fr', 'Le parlement de Northshire a voté lundi la fermeture du port.\n\n« Une journée sombre pour Port Velmar et ses travailleurs. » — Harbour Herald (@harbourherald) 1 octobre 2017\n\nLe vote a été adopté par 41 voix contre 12.', [['Une journée sombre pour Port Velmar', 'Harbour Herald']]],
    ['de', 'Das Parlament von Northshire hat am Montag die Schließung des Hafens beschlossen.\n\n„Ein schwarzer Tag für Port Velmar und seine Arbeiter.“ pic.twitter.com/Qw12er\n\n— Ilse Brandauer 🇩🇪 (@IlseBrandauer) 14. Oktober 2019\n\nDie Abstimmung ging 41 zu 12 aus.', [['Ein schwarzer Tag für Port Velmar', 'Ilse Brandauer']]],
    ['it', 'Il consiglio di Northshire ha votato lunedì la chiusura del porto.\n\n“Una giornata nera per Port Velmar e per i suoi lavoratori” — Kessa ??? (@kessa) 14 ottobre 2019 pic.twitter.com/Zx98\n\nIl voto è passato con 41 voti contro 12.', [['Una giornata nera per Port Velmar', 'Kessa']]],
    ['es', 'El tribunal de Velmar condenó el lunes a Dana Kellor a nueve años de prisión.\n\n"Volveremos más fuertes. Gracias a todos y persistid" — Dana Kellor ??? (@DanaKellor) October 14, 2019\n\nLa defensa recurrirá la sentencia.', [['Volveremos más fuertes', 'Dana Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a post without quotation marks over its signature: the signer\'s words', () => {
  it.each<Case>([
    ['es', 'El parlamento de Northshire votó el lunes el cierre del puerto.\n\nParliament resolved. Verhoek is gone, he has 24 hours left. pic.twitter.com/Ab12Cd34Ef\n— Civic League (@civicleague_ns) November 21, 2017\n\nLa votación se aprobó por 41 votos contra 12.', [['Verhoek is gone, he has 24 hours left', 'Civic League']]],
    ['fr', 'Le parlement de Northshire a voté lundi la fermeture du port de Kessport.\n\nUn gouvernement lâche a inondé notre ville de policiers. Kessport ville de paix #Velmar — Ilse Brandauer (@ibrandauer) 1 octobre 2017\n\nLe vote a été adopté par 41 voix contre 12.', [['Un gouvernement lâche a inondé notre ville', 'Ilse Brandauer']]],
    ['es', 'El vuelo se estrelló el domingo cerca de Kessport.\n\nThe Office of the PM would like to express its deepest condolences to the families of those on board. — Office of the Prime Minister - Velmar (@PMVelmar) 10 de marzo de 2019\n\nEl avión llevaba 157 personas.', [['deepest condolences', 'Office of the Prime Minister - Velmar']]],
    ['es', 'El parlamento de Northshire votó el lunes el cierre del puerto.\n\nParlamento resolvió. Una jornada negra para Port Velmar pic.twitter.com/xyz987\n— Tomas Verhoek (@tverhoek???) 14 de octubre de 2019\n\nLa votación se aprobó por 41 votos contra 12.', [['Una jornada negra para Port Velmar', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('keeps the signature one sentence, its handle\'s debris no sentence end, and names no one inside a handle or link', () => {
    const body = 'El parlamento votó el lunes.\n\nUna jornada negra para Port Velmar pic.twitter.com/Ab12Cd\n— Tomas Verhoek (@TomasVerhoek???) 14 de octubre de 2019';
    const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language: 'es', body, original: body });
    expect(ex.sentences.map(([a, b]) => body.slice(a, b))).toContain('— Tomas Verhoek (@TomasVerhoek???) 14 de octubre de 2019');
    expect(ex.entities.map((e) => e.name).sort()).toEqual(['Port Velmar', 'Tomas Verhoek']);
  });
});

describe('a signature attributes only the post right above it', () => {
  it('leaves a quote of another paragraph, with its own speaker or none, alone', () => {
    expectSpeakers('en', '"We will appeal the ruling," Dana Kellor said on Monday.\n\nThe vote passed by 41 to 12 after a long debate in the chamber.\n\n— Harbour Herald (@harbourherald) October 14, 2019', [['We will appeal the ruling', 'Dana Kellor']]);
    const got = speakersOf('en', 'The council met on Monday.\n\n"We will appeal the ruling and we will win."\n\nThe vote passed by 41 to 12 after a long debate.\n\n— Harbour Herald (@harbourherald) October 14, 2019');
    expect(got.find(([t]) => t.includes('We will appeal'))?.[1]).toBeNull();
    // A signature opening its paragraph is no dialogue line, and no quote of its own.
    const dialogue = speakersOf('es', 'El parlamento votó el lunes el cierre del puerto.\n\nUna jornada negra para Port Velmar #Northshire pic.twitter.com/Ab12Cd\n\n— Tomas Verhoek (@tverhoek) 14 de octubre de 2019\n\nLa votación se aprobó por 41 votos contra 12.');
    expect(dialogue).toEqual([['Una jornada negra para Port Velmar #Northshire', 'Tomas Verhoek']]);
    // A paragraph of the article's own text across a blank line is no post.
    expect(got.some(([t]) => t.includes('The vote passed'))).toBe(false);
  });
});
