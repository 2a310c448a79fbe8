// A quote whose opening mark a scraped copy lost ("?" or U+FFFD in its place) while its closing
// mark and attribution remain: read as a quote of the speaker the attribution names. Invented text.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';
import { findQuoteSpans, quoteText } from './quotemarks.js';
import { paragraphSpans } from './text.js';

const quotes = (body: string): string[] => findQuoteSpans(body, paragraphSpans(body)).map((q) => quoteText(body, q));

describe('a lost opening mark', () => {
  it.each<SpeakerCase>([
    ['en', 'Dana Kellor toured the flooded harbour on Monday. ?We will rebuild every house in Northshire," she said.', [['We will rebuild every house', 'Dana Kellor']]],
    ['en', 'Dana Kellor toured the flooded harbour on Monday. \uFFFDWe will rebuild every house in Northshire,” Kellor told the Harbour Herald.', [['We will rebuild every house', 'Dana Kellor']]],
    ['de', 'Tomas Verhoek besuchte am Montag den Hafen von Northshire. ?Wir bauen jedes Haus wieder auf“, sagte Verhoek.', [['Wir bauen jedes Haus', 'Tomas Verhoek']]],
    ['es', 'Dana Kellor recorrió el lunes el puerto de Northshire. ?Vamos a reconstruir cada casa», dijo Kellor.', [['Vamos a reconstruir cada casa', 'Dana Kellor']]],
    ['fr', "Tomas Verhoek s'est rendu lundi au port de Northshire. \uFFFDNous reconstruirons chaque maison », a déclaré Verhoek.", [['Nous reconstruirons chaque maison', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('leaves a question mark that ends a word, or a stand-in no closing mark follows', () => {
    expect(quotes('Is Northshire ready? Dana Kellor said it was.')).toEqual([]);
    expect(quotes('The file listed ?Velmar as the owner. Kellor said "it was sold," later.')).toEqual(['it was sold,']);
    expect(quotes('Why now?"We waited long enough," Kellor said.')).toEqual(['We waited long enough,']);
  });
});
