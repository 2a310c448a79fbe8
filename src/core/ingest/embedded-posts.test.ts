// An embedded post in scraped text keeps its signature ("— Name (@handle) date", a date in any
// language) under its words: the signature says whose words they are. Neither the post nor its
// signature is a title, a date line or text wrapped at a fixed width. Invented texts.
import { describe, expect, it } from 'vitest';
import { cleanDoc } from './index.js';

const clean = (text: string) => cleanDoc({ source: 'a.txt', format: 'txt', text, meta: {} });

describe('an embedded post and its signature', () => {
  it('keeps the signature under the post, in any language, and takes neither for the headline', () => {
    const a = clean(
      'Parliament resolved. The port closes at midnight pic.twitter.com/Ab12Cd\n— Harbour Herald (@harbourherald) 1 octobre 2017\nLe parlement de Northshire a voté lundi la fermeture du port de Kessport après un long débat.\nLe vote a été adopté par 41 voix contre 12 dans la soirée de lundi.',
    );
    expect(a.headline).toBeNull();
    expect(a.body).toContain('Parliament resolved. The port closes at midnight\n— Harbour Herald (@harbourherald) 1 octobre 2017\n\nLe parlement');
  });

  it('keeps a signature dated in English, which no widget filter drops', () => {
    const a = clean(
      'Northshire closes its port\nThe Northshire assembly voted on Monday to close the port of Kessport after a long debate.\nParliament resolved. The port closes at midnight. pic.twitter.com/Ab12Cd\n— Civic League (@civicleague_ns) November 21, 2017\nThe vote passed by 41 to 12 late on Monday evening after hours of debate.',
    );
    expect(a.headline).toBe('Northshire closes its port');
    expect(a.body).toContain('The port closes at midnight.\n— Civic League (@civicleague_ns) November 21, 2017\n\nThe vote passed');
  });

  it('does not join a quoted post and its signature to the next line as wrapped text', () => {
    const a = clean('"Tornarem més forts. Gràcies a tothom!" — Dana Kellor ??? (@dkellor) 14 d’octubre de 2019\nEl Tribunal de Velmar condenó el lunes a Dana Kellor a nueve años de prisión.\nKellor reaccionó en las redes sociales poco después.');
    expect(a.body.split('\n\n')[0]).toBe('"Tornarem més forts. Gràcies a tothom!" — Dana Kellor ??? (@dkellor) 14 d’octubre de 2019');
  });
});
