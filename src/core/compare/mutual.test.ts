// Translations that keep a single word that carries over, decided on the quotes alone: invented
// statements of a dockers' union leader and a port director, each quoted in English by two outlets
// and translated by a French, a Swedish and a Danish one. Truth beside each case.
import { describe, expect, it } from 'vitest';
import type { Quote } from '../types.js';
import { groupQuotes } from './quote-groups.js';
import { AliasTable } from './terms.js';

let next = 0;
const quote = (article: string, speaker: string | null, text: string): Quote => ({ id: `q${next++}`, article, text, speaker, partial: false, span: [next * 1000, next * 1000 + text.length] });
const LANGUAGE: Record<string, string> = { en1: 'en', en2: 'en', fr: 'fr', sv: 'sv', da: 'da' };

/** Each group as its speaker and its versions, 'article: the statement's words'. */
const statements = (quotes: Quote[]) =>
  groupQuotes('s', quotes, new AliasTable([]), (a) => LANGUAGE[a] ?? null).map((g) => ({
    speaker: g.speaker,
    kind: g.kind,
    versions: g.quotes
      .map((id) => {
        const q = quotes.find((x) => x.id === id)!;
        return `${q.article}: ${q.text.slice(...(g.parts?.[id] ?? []))}`;
      })
      .sort(),
  }));

const LEADER = 'Hedda Sorvik';
const DIRECTOR = 'Anton Reyvik';

describe('a translation that keeps one word', () => {
  it('joins a question to its translation by one cognate, and a statement to a passage by one shared beginning', () => {
    const quotes = [
      quote('en1', LEADER, 'The board wants to break the union before the vote. Why suspend me, if not to silence me before the vote?'),
      quote('en2', LEADER, 'The board wants to break the union before the vote. Why suspend me, if not to silence me before the vote?'),
      quote('en1', LEADER, 'My suspension this morning is outrageous and unlawful,'),
      quote('fr', LEADER, 'Pourquoi venir me suspendre alors que je respectais toutes les règles, sinon pour me faire taire ?'),
      quote('en1', LEADER, 'We will not accept such a reckless attack on our members and their children.'),
      quote('sv', LEADER, 'Styrelsen har ljugit för hamnens arbetare i flera månader. Vi accepterar inte ett sådant hänsynslöst angrepp på våra medlemmar och deras barn.'),
    ];
    expect(statements(quotes)).toEqual([
      {
        speaker: LEADER,
        kind: 'same wording',
        versions: ['en1: The board wants to break the union before the vote.', 'en2: The board wants to break the union before the vote.'],
      },
      {
        speaker: LEADER,
        kind: 'other language',
        versions: [
          'en1: Why suspend me, if not to silence me before the vote?',
          'en2: Why suspend me, if not to silence me before the vote?',
          'fr: Pourquoi venir me suspendre alors que je respectais toutes les règles, sinon pour me faire taire ?',
        ],
      },
      {
        speaker: LEADER,
        kind: 'other language',
        // The passage's first sentence, which no outlet quotes apart, stays with the statement after it.
        versions: [
          'en1: We will not accept such a reckless attack on our members and their children.',
          'sv: Styrelsen har ljugit för hamnens arbetare i flera månader. Vi accepterar inte ett sådant hänsynslöst angrepp på våra medlemmar och deras barn.',
        ],
      },
    ]);
  });

  it('joins a sentence to its translation by a country written in each language', () => {
    const quotes = [
      quote('en1', DIRECTOR, 'Germany must answer for the poisoned water in our harbour.'),
      quote('en1', DIRECTOR, 'The cranes will stay closed until Monday,'),
      quote('da', DIRECTOR, 'Tyskland skal stå til ansvar for det forgiftede vand i vores havn.'),
    ];
    expect(statements(quotes)).toEqual([
      {
        speaker: DIRECTOR,
        kind: 'other language',
        versions: ['da: Tyskland skal stå til ansvar for det forgiftede vand i vores havn.', 'en1: Germany must answer for the poisoned water in our harbour.'],
      },
    ]);
  });
});

describe('a part of a longer sentence in another language', () => {
  const danish = 'Ud fra tre inspektioner og to ulykker i vinter har bestyrelsen konkluderet, at det er helt sikkert, at Norge står bag lækagen i havnen ved Brenholt.';

  it('joins a quote to the longer sentence whose words it keeps in order, close together', () => {
    const quotes = [
      quote('en1', DIRECTOR, 'The board has concluded that Norway is responsible for the leak,'),
      quote('en1', DIRECTOR, 'Norway and Brenholt signed the treaty on the fjord last spring.'),
      quote('da', DIRECTOR, danish),
    ];
    expect(statements(quotes)).toEqual([
      { speaker: DIRECTOR, kind: 'other language', versions: [`da: ${danish}`, 'en1: The board has concluded that Norway is responsible for the leak,'] },
    ]);
  });

  it('keeps apart a statement whose shared words stand in another order, or that shares names only', () => {
    const quotes = [
      quote('en1', DIRECTOR, 'Norway has not concluded any agreement with the port in ten years,'),
      quote('en2', DIRECTOR, 'Norway and Brenholt signed the treaty on the fjord last spring.'),
      quote('da', DIRECTOR, danish),
    ];
    expect(statements(quotes)).toEqual([]);
  });
});

describe('what stays apart', () => {
  it('keeps two statements of one speaker apart when they share only a word alike by its letters', () => {
    // "force" and "försök" look alike; the statements are not one.
    const quotes = [
      quote('en1', LEADER, 'No court can force us back to work before the inquiry ends.'),
      quote('sv', LEADER, 'Vi kommer att göra ett nytt försök att förhandla på måndag.'),
    ];
    expect(statements(quotes)).toEqual([]);
  });

  it('joins nothing where two statements of the other article meet it equally', () => {
    const quotes = [
      quote('en1', LEADER, 'We will not accept such a reckless attack on our members and their children.'),
      quote('en1', LEADER, 'The harbour accepts ships again from Monday, with half of the cranes.'),
      quote('sv', LEADER, 'Vi accepterar inte ett sådant hänsynslöst angrepp på våra medlemmar och deras barn.'),
    ];
    // Two English statements meet the Swedish one by "accept": neither is its only candidate.
    expect(statements(quotes)).toEqual([]);
  });

  it('does not join a short phrase to a statement it happens to translate a word of', () => {
    const quotes = [
      quote('en1', DIRECTOR, 'a catastrophe for the coast'),
      quote('fr', DIRECTOR, 'Une catastrophe.'),
      quote('en1', DIRECTOR, 'This is a catastrophe for every family that lives from the port.'),
      quote('da', DIRECTOR, 'En katastrofe.'),
    ];
    expect(statements(quotes)).toEqual([]);
  });

  it('never joins two speakers, nor a question to a statement', () => {
    const quotes = [
      quote('en1', LEADER, 'Why suspend me, if not to silence me before the vote?'),
      quote('fr', DIRECTOR, 'Pourquoi venir me suspendre alors que je respectais toutes les règles, sinon pour me faire taire ?'),
      quote('en2', LEADER, 'They want to suspend the union and silence every docker.'),
      quote('fr', LEADER, 'Pourquoi me suspendre maintenant, sinon pour me faire taire ?'),
    ];
    expect(statements(quotes)).toEqual([
      {
        speaker: LEADER,
        kind: 'other language',
        versions: ['en1: Why suspend me, if not to silence me before the vote?', 'fr: Pourquoi me suspendre maintenant, sinon pour me faire taire ?'],
      },
    ]);
  });
});
