import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const figuresIn = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).figures.map(
    (f) => [f.value, f.unit, f.text],
  );

describe('match scores', () => {
  it('reads a score as one figure, both sides, larger first, in any language', () => {
    expect(figuresIn('en', 'Varnholm beat Castel 4-2 in the Ostria Cup final on Sunday.')).toEqual([[4002, 'score', '4-2']]);
    expect(figuresIn('es', 'Castel cayó 2-4 ante Varnholm en la final del domingo.')).toEqual([[4002, 'score', '2-4']]);
    expect(figuresIn('de', 'Varnholm gewann das Finale am Sonntag 4:2 gegen Castel.')).toEqual([[4002, 'score', '4:2']]);
    expect(figuresIn('ru', 'Варнхольм обыграл Кастель со счётом 4:1 в финале.')).toEqual([[4001, 'score', '4:1']]);
  });

  it('reads no result from a score at a moment of the match', () => {
    const scores = (language: string, body: string) => figuresIn(language, body).filter((f) => f[1] === 'score');
    expect(scores('fr', "Varnholm a battu Castel 4-2 en finale, grâce à un but de Kellor (18e, 1-0) et un doublé d'Orsat (65e, 4-1).")).toEqual([[4002, 'score', '4-2']]);
    expect(scores('en', 'Varnholm led 2-1 at half-time and beat Castel 4-2 in the final.')).toEqual([[4002, 'score', '4-2']]);
    expect(scores('es', 'Varnholm ganó 4-2 a Castel en la final tras llegar 2-1 al descanso.')).toEqual([[4002, 'score', '4-2']]);
  });

  it('reads no score from a time, a range or a dash outside a match report', () => {
    const units = (language: string, body: string) => figuresIn(language, body).map((f) => f[1]);
    expect(units('en', 'The final kicked off at 10:30 and ended at 12:15.')).not.toContain('score');
    expect(units('en', 'Between 10-12 people waited at the gate of the town hall.')).not.toContain('score');
    expect(units('de', 'Das Spiel beginnt um 4:30 Uhr.')).not.toContain('score');
    expect(units('en', 'The match ended at 12:15 on Sunday.')).not.toContain('score');
    expect(units('fr', 'Le match a repris à 9:10 dimanche.')).not.toContain('score');
  });
});
