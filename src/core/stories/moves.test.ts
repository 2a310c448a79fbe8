import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { article } from '../../testing/invented-event.js';
import type { Quote, Story } from '../types.js';
import { mainVoices, splitMoves, type MoveEvidence } from './moves.js';

// An invented event: a minister's interview, republished a day later, then an army general's
// interview two days on, reported twice. All four tell it in the same words (the dam, its cracks,
// the reservoir, the residents), so the story index keeps them in one thread.
const ferrant =
  'Interior Minister Odile Ferrant told the Harbour Courier on Monday that the Quillon dam would stay closed until engineers had checked every crack in its spillway. "We will not reopen the Quillon dam until every crack in the spillway has been measured, photographed and repaired, and I will not be rushed by anyone," Ferrant said.\n\n' +
  'The dam above Marvel Bay was closed last week after inspectors found cracks. Ferrant said the Quillon reservoir would be lowered by two metres and that 1,200 residents of Marvel Bay might have to leave their homes. "Nobody living below the dam is in danger today, but we are ready to move 1,200 people within a day," she said.';
const rocher = (lead: string) =>
  `${lead} "My engineers have found that the cracks in the Quillon spillway are older than anyone admitted, and the army will keep its pumps on the dam for as long as the ministry needs them," Rocher said.\n\n` +
  'The Quillon dam above Marvel Bay was closed last week after inspectors found cracks in its spillway. Rocher said the army would lower the reservoir by two metres and could move the 1,200 residents of Marvel Bay within a day. "The soldiers are ready, and the pumps are already running on the spillway at the Quillon dam," he added.';
const interviews = (days: [string, string, string]) => [
  article('mv1', 'en', days[0], 'Quillon dam stays shut until every crack is repaired, minister says', ferrant),
  article('mv2', 'en', days[1], 'Minister: Quillon dam stays shut', `${ferrant}\n\nThis interview first appeared in the Harbour Courier.`),
  article('mv3', 'en', days[2], 'Army general says Quillon dam cracks are older than admitted', rocher('General Baptiste Rocher, who commands the army engineers at the Quillon dam, said in an interview on Wednesday that the cracks were not new.')),
  article('mv4', 'en', null, 'General Rocher: the cracks at Quillon are old', rocher('The army engineer in charge of the Quillon dam, General Baptiste Rocher, said in an interview that the cracks had been there for years.')),
];
const ids = (articles: string[]) => articles.map((a) => a.slice(0, 3));

describe('threads split into moves', () => {
  it('parts two officials’ interviews on different days, each carried by two reports, into two threads', () => {
    const [story] = analyzeArticles(interviews(['2031-06-02', '2031-06-03', '2031-06-04'])).stories;
    expect(story.threads.map((t) => ids(t.articles))).toEqual([
      ['mv1', 'mv2'],
      ['mv3', 'mv4'],
    ]);
    // The story keeps its id; its articles and reasons follow the threads.
    expect(story.id).toBe('story-mv1000000000');
    expect(story.articles).toEqual(story.threads.flatMap((t) => t.articles));
    expect(story.why.map((w) => w.article)).toEqual(story.articles);
    for (const w of story.why) expect(story.threads.find((t) => t.id === w.thread)!.articles).toContain(w.article);
    expect(story.threads[1].title).toBe('Army general says Quillon dam cracks are older than admitted');
    expect(story.threads.map((t) => t.span)).toEqual([
      ['2031-06-02', '2031-06-03'],
      ['2031-06-04', '2031-06-04'],
    ]);
  });

  it('keeps two voices of one day in one thread: the reactions to one event', () => {
    const [story] = analyzeArticles(interviews(['2031-06-02', '2031-06-02', '2031-06-02'])).stories;
    expect(story.threads).toHaveLength(1);
  });
});

// The rules on their own, over a story of five reports in one thread.
const quote = (article: string, speaker: string, text: string): Quote => ({ id: `${article}:${speaker}`, article, text, speaker, partial: false, span: [0, text.length] });
const long = (what: string) => `${what}, and we will say more about it when the engineers have finished their work on the dam`;

function oneThread(articles: string[], names: Record<string, string[]> = {}): Story {
  return {
    id: 'story-s1',
    title: 'Dam closed',
    articles,
    span: [null, null],
    outlets: [],
    entities: [],
    threads: [{ id: 'story-s1', title: 'Dam closed', articles, span: [null, null] }],
    why: articles.map((a) => ({ article: a, thread: 'story-s1', names: names[a] ?? [], numbers: [], date: null, copies: [] })),
  };
}

function evidence(dates: Record<string, string | null>, quotes: Quote[], copies: Record<string, string[]> = {}): MoveEvidence {
  return {
    articles: new Map(Object.entries(dates).map(([id, published]) => [id, { published, headline: null }])),
    quotes,
    copies: new Map(Object.entries(copies)),
  };
}

describe('the move rules', () => {
  it('reads a report’s main voice only when it is quoted at length and clearly more than anyone else', () => {
    const voices = mainVoices(['a', 'b', 'c', 'd'], [
      quote('a', 'Odile Ferrant', long('We close it')),
      quote('a', 'Baptiste Rocher', 'Fine.'),
      quote('b', 'Ferrant', long('We close it')),
      quote('c', 'Odile Ferrant', long('We close it')),
      quote('c', 'Baptiste Rocher', long('We pump it')),
      quote('d', 'Odile Ferrant', 'Closed.'),
    ]);
    // One person's forms of name are one voice; two voices quoted alike, or a word or two, are none.
    expect([...voices]).toEqual([
      ['a', 'ferrant'],
      ['b', 'ferrant'],
    ]);
  });

  it('keeps a copy with what it copies, whoever the copy quotes most', () => {
    const story = oneThread(['a', 'b', 'c', 'd', 'e']);
    const quotes = [
      quote('a', 'Odile Ferrant', long('We close it')),
      quote('e', 'Odile Ferrant', long('We close it')),
      quote('b', 'Baptiste Rocher', long('We pump it, day and night, for as long as it takes')),
      quote('c', 'Baptiste Rocher', long('We pump it')),
      quote('d', 'Baptiste Rocher', long('We pump it')),
    ];
    const dates = { a: '2031-06-02', b: '2031-06-03', c: '2031-06-05', d: '2031-06-05', e: '2031-06-02' };
    const apart = splitMoves(story, evidence(dates, quotes));
    expect(apart.threads.map((t) => t.articles)).toEqual([
      ['b', 'c', 'd'],
      ['a', 'e'],
    ]);
    // b republishes a (adding a quote of its own): it stays with a, in a's voice.
    const copied = splitMoves(story, evidence(dates, quotes, { b: ['a'] }));
    expect(copied.threads.map((t) => t.articles)).toEqual([
      ['a', 'b', 'e'],
      ['c', 'd'],
    ]);
  });

  it('makes no move of a voice only one report carries', () => {
    const story = oneThread(['a', 'b', 'c']);
    const quotes = [quote('a', 'Odile Ferrant', long('We close it')), quote('b', 'Odile Ferrant', long('We close it')), quote('c', 'Baptiste Rocher', long('We pump it'))];
    const split = splitMoves(story, evidence({ a: '2031-06-02', b: '2031-06-02', c: '2031-06-06' }, quotes));
    expect(split).toBe(story);
  });

  it('puts a report without a main voice with the move it shares the most names with', () => {
    const story = oneThread(['a', 'b', 'c', 'd', 'e'], { e: ['Rocher', 'Marvel Bay'], c: ['Rocher', 'Marvel Bay'], a: ['Quillon'] });
    const quotes = [
      quote('a', 'Odile Ferrant', long('We close it')),
      quote('b', 'Odile Ferrant', long('We close it')),
      quote('c', 'Baptiste Rocher', long('We pump it')),
      quote('d', 'Baptiste Rocher', long('We pump it')),
    ];
    const split = splitMoves(story, evidence({ a: '2031-06-02', b: '2031-06-02', c: '2031-06-04', d: null, e: null }, quotes));
    expect(split.threads.map((t) => t.articles)).toEqual([
      ['c', 'd', 'e'],
      ['a', 'b'],
    ]);
  });
});
