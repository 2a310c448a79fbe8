import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { clusterStories } from './index.js';
import { outsiders } from './peel.js';

describe('undated members whose own dates put them outside their story', () => {
  const dated = [
    { id: 'a', published: '2031-01-25' },
    { id: 'b', published: '2031-01-27' },
  ];

  it('takes out a report naming the day of its news two weeks after the story, not one within the grace', () => {
    const later = { id: 'x', published: null, own: { day: 40, news: true, lastYear: null } };
    const close = { id: 'y', published: null, own: { day: 29, news: true, lastYear: null } };
    expect([...outsiders([...dated, later, close], 7)]).toEqual(['x']);
  });

  it('leaves a date not written as the day of the news alone (it may be one the report announces)', () => {
    expect(outsiders([...dated, { id: 'x', published: null, own: { day: 40, news: false, lastYear: null } }], 7).size).toBe(0);
  });

  it('takes out a report of the following year: a story date it says was last year', () => {
    // 25 January last year, the story being of late January: the report is eleven months later at least.
    const recap = { id: 'x', published: null, own: { day: null, news: false, lastYear: 24 }, };
    expect([...outsiders([...dated, recap], 7)]).toEqual(['x']);
    // A date of last year far from the story's days says nothing about it.
    expect(outsiders([...dated, { id: 'y', published: null, own: { day: null, news: false, lastYear: 200 } }], 7).size).toBe(0);
  });

  it('keeps a last-year date of late December near a story that runs into January', () => {
    const story = [
      { id: 'a', published: '2031-12-28' },
      { id: 'b', published: '2032-01-03' },
    ];
    expect(outsiders([...story, { id: 'x', published: null, own: { day: null, news: false, lastYear: 361 } }], 7).size).toBe(0);
  });

  it('has nothing to compare with in a story without dated members', () => {
    expect(outsiders([{ id: 'x', published: null, own: { day: 40, news: true, lastYear: null } }], 7).size).toBe(0);
  });
});

function article(id: string, published: string | null, body: string, headline: string | null = null): Article {
  return { id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language: 'en', body, original: body };
}

describe('stories with undated reports of a later event in the same words', () => {
  const text = (when: string) =>
    `Two Ostland navy tugs, the Berek and the Solvik, were seized by the Varnian coast guard in the Kelmar strait ${when}, the Varnian border service said.\n\n` +
    'The border service said the tugs had entered closed waters near Kelport without permission and ignored orders to stop. Ostland called the seizure an act of aggression and summoned the Varnian envoy.';

  it('keeps a report of the day of the news two weeks on and a recap from the next year out of the story', () => {
    const stories = clusterStories([
      article('s1', '2031-01-25', text('on Saturday')),
      article('s2', '2031-01-26', text('on Saturday')),
      article('s3', null, text('on 25 January')),
      article('n1', null, text('on the morning of 9 February'), 'Varnian coast guard holds another Ostland tug'),
      article('n2', null, text('on 25 January last year')),
    ]);
    const of = (id: string) => stories.find((s) => s.articles.includes(id.padEnd(24, '0')))!;
    expect(of('s3').id).toBe(of('s1').id);
    expect(of('n1').id).not.toBe(of('s1').id);
    expect(of('n2').id).not.toBe(of('s1').id);
    expect(of('n1').id).not.toBe(of('n2').id);
    // The report taken out is a story of its own, with a thread of its own; the story it left is not
    // titled by it.
    expect(of('n1').threads).toEqual([{ id: of('n1').id, title: 'Varnian coast guard holds another Ostland tug', articles: ['n1'.padEnd(24, '0')], span: [null, null] }]);
    expect(of('s1').title).toMatch(/^Two Ostland navy tugs/);
  });
});
