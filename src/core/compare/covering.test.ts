// Where a sentence covering two statements is cut: between the words of one and those of the other,
// at a clause boundary when there is one, and nowhere when the words do not part.
import { describe, expect, it } from 'vitest';
import { crossWords } from './cognates.js';
import { coveringCut } from './covering.js';

const cut = (text: string, head: string, tail: string): string[] | null => {
  const at = coveringCut(text, crossWords(head), crossWords(tail));
  return at && [text.slice(0, at[0]), text.slice(at[1])];
};

describe('covering cut', () => {
  const text = 'The inspection of the cranes is finished on our side, and the terminal will reopen to container traffic on Monday.';

  it('cuts at the clause boundary between the words of the two statements', () => {
    expect(cut(text, "L'inspection des grues est terminée.", 'Le terminal rouvrira au trafic des conteneurs lundi.')).toEqual([
      'The inspection of the cranes is finished on our side',
      'and the terminal will reopen to container traffic on Monday.',
    ]);
  });

  it('does not cut when the words do not fall apart in that order', () => {
    expect(cut(text, 'Le terminal rouvrira au trafic des conteneurs lundi.', "L'inspection des grues est terminée.")).toBeNull();
    expect(cut(text, 'Nous attendons encore.', 'Le terminal rouvrira au trafic des conteneurs lundi.')).toBeNull();
  });
});
