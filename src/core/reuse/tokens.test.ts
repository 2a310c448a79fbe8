import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

function words(body: string): { word: string; quoted: boolean; stop: boolean }[] {
  const t = tokenize(body);
  return [...t.hashes].map((_, i) => ({ word: body.slice(t.starts[i], t.ends[i]), quoted: t.quoted[i] === 1, stop: t.stop[i] === 1 }));
}

const quotedWords = (body: string): string[] => words(body).filter((w) => w.quoted).map((w) => w.word);

describe('tokenize', () => {
  it('splits words on anything but letters and digits, with spans into the body', () => {
    expect(words('Zoë’s 3rd-quarter résumé, 2021!').map((w) => w.word)).toEqual(['Zoë', 's', '3rd', 'quarter', 'résumé', '2021']);
  });

  it('counts each character of scripts written without spaces as a word', () => {
    expect(words('港口工人罢工 today').map((w) => w.word)).toEqual(['港', '口', '工', '人', '罢', '工', 'today']);
  });

  it('hashes case-insensitively', () => {
    const t = tokenize('Port PORT port');
    expect(new Set(t.hashes).size).toBe(1);
  });

  it('marks words inside curly, straight, low-high and angle quotation marks', () => {
    expect(quotedWords('He said “no deal today” and left.')).toEqual(['no', 'deal', 'today']);
    expect(quotedWords('He said "no deal" and "not now".')).toEqual(['no', 'deal', 'not', 'now']);
    expect(quotedWords('Er sagte „kein Abkommen“ heute.')).toEqual(['kein', 'Abkommen']);
    expect(quotedWords('Il a dit « pas d’accord » hier.')).toEqual(['pas', 'd', 'accord']);
  });

  it('closes a quotation left open at a paragraph break', () => {
    expect(quotedWords('“We will stay\n\nThe union said.')).toEqual(['We', 'will', 'stay']);
  });

  it('records where paragraphs start and flags function words', () => {
    const t = tokenize('First one here.\n\nSecond para.\nSame para.\n\n\nThird.');
    expect(t.paragraphStarts).toEqual([0, 3, 7]);
    expect(words('the harbour of Vellmar').map((w) => w.stop)).toEqual([true, false, true, false]);
  });

  it('handles empty text', () => {
    expect(tokenize('').hashes).toHaveLength(0);
  });
});
