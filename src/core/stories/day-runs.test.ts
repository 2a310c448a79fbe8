import { describe, expect, it } from 'vitest';
import { article } from '../../testing/invented-event.js';
import { clusterStories } from './index.js';
import { withMoves } from '../analyze.js';

// A claim reported twice on one day, the same people's follow-up three days later told in the
// same words, and an undated German report of the claim.
const claim = article(
  'hh1',
  'en',
  '2032-03-09',
  'Northshire harbour chief Dana Kellor accused of rigging dredging tender',
  'Harbour Herald reported that Northshire harbour chief Dana Kellor steered the 36 million euro dredging tender to a firm run by Tomas Verhoek, citing port auditors.\n\n' +
    'Kellor did not answer calls. Verhoek said his firm won the Northshire dredging contract fairly.',
);
const claim2 = article(
  'hh2',
  'en',
  '2032-03-10',
  'Auditors say Northshire harbour chief Dana Kellor rigged dredging tender',
  'Port auditors say Northshire harbour chief Dana Kellor steered the 36 million euro dredging tender to a firm run by Tomas Verhoek, the Harbour Herald reported.\n\n' +
    'Kellor did not answer calls. Verhoek said his firm won the dredging contract fairly.',
);
const followUp = article(
  'hh3',
  'en',
  '2032-03-13',
  'Northshire harbour chief Dana Kellor suspended over dredging tender',
  'Northshire suspended harbour chief Dana Kellor on Friday while auditors examine the 36 million euro dredging tender won by a firm run by Tomas Verhoek.\n\n' +
    'Kellor said she would clear her name. Verhoek said his firm won the Northshire dredging contract fairly.',
);
const claimDe = article(
  'hh4',
  'de',
  null,
  'Northshire: Hafenchefin Dana Kellor soll Baggerauftrag manipuliert haben',
  'Laut dem Harbour Herald hat die Hafenchefin von Northshire, Dana Kellor, den Baggerauftrag über 36 Millionen Euro einer Firma von Tomas Verhoek zugeschanzt, wie Prüfer des Hafens sagen.\n\n' +
    'Kellor war nicht erreichbar. Verhoek sagte, seine Firma habe den Auftrag in Northshire fair gewonnen.',
);

const threadsOf = (articles: ReturnType<typeof article>[]) => {
  const story = clusterStories(articles).find((s) => s.articles.length === articles.length)!;
  return story.threads.map((t) => t.articles.map((a) => a.slice(0, 3)).sort().join(',')).sort();
};

describe('threads cut at a day without reports', () => {
  it('makes a follow-up days later a thread of its own, whatever the arrival order', () => {
    expect(threadsOf([claim, claim2, followUp])).toEqual(['hh1,hh2', 'hh3']);
    expect(threadsOf([followUp, claim2, claim])).toEqual(['hh1,hh2', 'hh3']);
  });

  it('puts an undated translation with the move it shares most names and figures with', () => {
    expect(threadsOf([claim, claim2, followUp, claimDe])).toEqual(['hh1,hh2,hh4', 'hh3']);
    expect(threadsOf([claimDe, followUp, claim, claim2])).toEqual(['hh1,hh2,hh4', 'hh3']);
  });

  it('titles a thread cut from another by a headline of its own', () => {
    const articles = [claim, claim2, followUp];
    const [story] = withMoves(clusterStories(articles).filter((s) => s.articles.length === 3), articles, [], []);
    const cut = story.threads.find((t) => t.articles.some((a) => a.startsWith('hh3')))!;
    expect(cut.title).toBe(followUp.headline);
  });
});
