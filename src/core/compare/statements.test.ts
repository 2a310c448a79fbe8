// Where a quote's statements begin and end: at sentence ends, never at an omission mark inside a
// sentence, and never leaving a scrap of a few words on its own.
import { describe, expect, it } from 'vitest';
import { statementUnits } from './statements.js';

const units = (text: string): string[] => statementUnits(text).map(([a, b]) => text.slice(a, b));

describe('statement units', () => {
  it('cuts a passage at its sentence ends, a question or an exclamation included', () => {
    expect(units('The cranes are unsafe. Why should we keep working? We will not go back!')).toEqual([
      'The cranes are unsafe.',
      'Why should we keep working?',
      'We will not go back!',
    ]);
  });

  it('keeps an omission mark inside a sentence, and drops one between sentences', () => {
    expect(units('Moi, Lina Marsac (...) quitte la présidence du port.')).toEqual(['Moi, Lina Marsac (...) quitte la présidence du port.']);
    expect(units('Nous partirons demain matin. (...) La décision du conseil est prise.')).toEqual(['Nous partirons demain matin.', 'La décision du conseil est prise.']);
  });

  it('leaves a short sentence with its neighbour', () => {
    expect(units('Thank you. We will reopen the northern basin on Thursday.')).toEqual(['Thank you. We will reopen the northern basin on Thursday.']);
    expect(units('We will reopen the northern basin on Thursday. Not before.')).toEqual(['We will reopen the northern basin on Thursday. Not before.']);
  });
});
