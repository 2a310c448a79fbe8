import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { clusterStories } from './index.js';
import { joinYearSpans, statedYearSpan, timeFactor, yearSpanGap, yearSpanOf } from './yearless.js';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('dates a text states without a year', () => {
  it('reads the latest of them in the text’s language, leaving dated background out', () => {
    expect(statedYearSpan('The ship left port on the morning of 29 August. It was seized on 15 August 2031, officials recalled.', 'en')).toEqual([240, 0]);
    expect(statedYearSpan("Après l'inondation du 17 mai dernier, la convention a été signée ce vendredi 8 septembre.", 'fr')).toEqual([250, 0]);
    expect(statedYearSpan('La nave aterrizó el viernes (12 de mayo) en la cara oculta.', 'es')).toEqual([131, 0]);
    expect(statedYearSpan('Born on 30 July 1950, he ruled for decades.', 'en')).toBeNull();
  });

  it('takes the end of the shortest stretch of the year over a new year', () => {
    // 28 December and 3 January: the latest is 3 January, not 28 December.
    expect(statedYearSpan('The probe launched on 28 December and landed on 3 January.', 'en')).toEqual([2, 0]);
  });

  it('measures gaps round the year and joins spans by the shorter way', () => {
    expect(yearSpanGap([360, 0], [3, 0])).toBe(8);
    expect(yearSpanGap([100, 20], [110, 0])).toBe(0);
    expect(joinYearSpans([360, 0], [3, 0])).toEqual([360, 8]);
    expect(yearSpanOf([day('2031-03-04'), day('2031-03-06')])).toEqual([62, 2]);
  });

  it('discounts a match whose stated dates lie months from the other side’s, but by half at most', () => {
    const dated = { time: [day('2031-01-03'), day('2031-01-03')] as [number, number], days: yearSpanOf([day('2031-01-03'), day('2031-01-03')]), after: null };
    const june = { time: null, days: null, after: [152, 0] as [number, number] };
    const january = { time: null, days: null, after: [2, 0] as [number, number] };
    expect(timeFactor(dated, january, 3, 5)).toBe(1);
    expect(timeFactor(dated, june, 3, 5)).toBe(0.5);
    expect(timeFactor(january, { time: null, days: null, after: null }, 3, 5)).toBe(1);
  });
});

function article(id: string, published: string | null, headline: string, body: string): Article {
  return { id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language: 'en', body, original: body };
}

describe('undated reports placed by the dates they state', () => {
  const seizure = (id: string, published: string | null, when: string) =>
    article(
      id,
      published,
      'Coast guard seizes two Ostland navy tugs in the Varna strait',
      `The Ostland navy tugs Berek and Solvik were seized by the coast guard in the Varna strait ${when}, the border service said.\n\n` +
        'The border service said the tugs had entered closed waters without permission and ignored orders to stop. Ostland called the seizure an act of aggression.',
    );
  const later = article(
    'n1',
    null,
    'Ostland navy ship heads for the Varna strait',
    'An Ostland navy ship left Kelport on the morning of 9 June and headed for the Varna strait, the border service said.\n\n' +
      'The border service said the crew ignored orders to change course; the coast guard escorted it. Ostland said it had entered no closed waters.',
  );

  it('keeps an undated report stating a date months later out of the dated story, and lets one stating its day in', () => {
    const stories = clusterStories([seizure('s1', '2031-01-25', 'on Saturday'), seizure('s2', '2031-01-26', 'on Saturday'), seizure('s3', null, 'on 25 January'), later]);
    const of = (id: string) => stories.find((s) => s.articles.includes(id.padEnd(24, '0')))!.id;
    expect(of('s3')).toBe(of('s1'));
    expect(of('n1')).not.toBe(of('s1'));
  });
});
