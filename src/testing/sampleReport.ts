// A small AnalysisReport of our own invention (no real outlets or events) with every section
// filled, for testing the report surfaces: one story told by three outlets, one of which
// republishes another, an edited quote, disagreeing figures, and one hostile article.
import type { AnalysisReport, Figure, Quote } from '../core/types.js';

export const HOSTILE_HEADLINE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
export const HOSTILE_BODY = `Click <a href="javascript:window.__pwned=3">here</a> "><svg onload=window.__pwned=4>`;

const body = {
  a: 'The ferry between Norrvik and Tallholm stopped on Monday after a hull crack was found.\n\n"We will not sail until every plate is checked," said harbour master Ilse Marken. The operator said 40 crossings were cancelled.',
  b: 'The ferry between Norrvik and Tallholm stopped on Monday after a hull crack was found.\n\n"We will not sail until every plate is checked," said harbour master Ilse Marken. The operator said 40 crossings were cancelled.\n\nRepublished from the Norrvik Courier.',
  c: 'Die Fähre steht still. Harbour master Ilse Marken said: "No ship leaves before each plate has been inspected." According to the union, 45 crossings were cancelled.',
  x: HOSTILE_BODY,
};

const quote = (id: string, article: string, text: string, at: number): Quote => ({
  id,
  article,
  text,
  speaker: 'Ilse Marken',
  partial: false,
  span: [at, at + text.length],
});

const figure = (article: string, value: number, text: string, at: number): Figure => ({
  article,
  value,
  unit: null,
  counts: 'crossings',
  place: null,
  text,
  span: [at, at + text.length],
});

export function sampleReport(): AnalysisReport {
  const qa = quote('qa', 'a', 'We will not sail until every plate is checked', body.a.indexOf('We will'));
  const qb = quote('qb', 'b', 'We will not sail until every plate is checked', body.b.indexOf('We will'));
  const qc = quote('qc', 'c', 'No ship leaves before each plate has been inspected', body.c.indexOf('No ship'));
  const fa = figure('a', 40, '40 crossings', body.a.indexOf('40 crossings'));
  const fb = figure('b', 40, '40 crossings', body.b.indexOf('40 crossings'));
  const fc = figure('c', 45, '45 crossings', body.c.indexOf('45 crossings'));
  return {
    articles: [
      { id: 'a', source: 'in/a.txt', outlet: 'Norrvik Courier', url: 'https://courier.example/ferry', headline: 'Ferry halted over hull crack', published: '2031-03-03', language: null, body: body.a },
      { id: 'b', source: 'in/b.txt', outlet: 'Island Wire', url: null, headline: 'Ferry halted over hull crack', published: '2031-03-04', language: null, body: body.b },
      { id: 'c', source: 'in/c.txt', outlet: null, url: 'https://www.tageblatt.example/f', headline: 'Fähre steht still', published: null, language: null, body: body.c },
      { id: 'x', source: 'in/x.html', outlet: HOSTILE_HEADLINE, url: 'javascript:alert(1)', headline: HOSTILE_HEADLINE, published: null, language: null, body: body.x },
    ],
    reuse: [
      { source: 'a', copy: 'b', direction: 'known', kind: 'republication', coverage: 0.9, passages: [{ source_span: [0, body.a.length], copy_span: [0, body.a.length], text: body.a }], evidence: ['credit line names the source'] },
    ],
    entities: [{ id: 'e1', name: 'Ilse Marken', type: 'person', aliases: ['Marken'], mentions: 3 }],
    quotes: [qa, qb, qc],
    figures: [fa, fb, fc],
    attributions: [],
    stories: [
      { id: 's1', title: 'Ferry halted over hull crack', articles: ['a', 'b', 'c'], span: ['2031-03-03', '2031-03-04'], outlets: ['Norrvik Courier', 'Island Wire'], entities: ['Ilse Marken'],
        threads: [
          { id: 's1', title: 'Ferry halted over hull crack', articles: ['a', 'b'], span: ['2031-03-03', '2031-03-04'] },
          { id: 's1-c', title: 'Fähre steht still', articles: ['c'], span: [null, null] },
        ],
        why: [
          { article: 'a', thread: 's1', names: ['Ilse Marken'], numbers: ['40'], date: '2031-03-03', copies: [] },
          { article: 'b', thread: 's1', names: ['Ilse Marken'], numbers: ['40'], date: '2031-03-04', copies: ['a'] },
          { article: 'c', thread: 's1-c', names: ['Marken'], numbers: [], date: null, copies: [] },
        ] },
    ],
    quote_groups: [
      { story: 's1', speaker: 'Ilse Marken', quotes: ['qa', 'qb', 'qc'], kind: 'edited' },
    ],
    claims: [
      {
        id: 'c1',
        story: 's1',
        text: 'Crossings were cancelled after a hull crack',
        figures: [fa, fb, fc],
        coverage: [
          { article: 'a', mode: 'attributed' },
          { article: 'b', mode: 'attributed' },
          { article: 'c', mode: 'attributed' },
        ],
        origins: [
          { label: 'ferry operator (statement)', articles: ['a', 'b'] },
          { label: 'seafarers union', articles: ['c'] },
        ],
      },
    ],
    framing: [
      { story: 's1', article: 'a', mode: 'attributed' },
      { story: 's1', article: 'b', mode: 'attributed' },
      { story: 's1', article: 'c', mode: 'hedged' },
    ],
    flags: [
      { article: 'c', kind: 'stale story', detail: 'events point to an earlier year', period: ['2030-01', '2030-02'] },
      ...['a', 'b', 'c'].map((article) => ({ article, kind: 'figures disagree', detail: 'crossings cancelled: 40 vs 45', story: 's1', quantity: 'crossings cancelled', articles: ['a', 'b', 'c'] })),
    ],
    timeline: [
      { story: 's1', article: 'a', date: '2031-03-03', kind: 'published', text: 'published' },
      { story: 's1', article: 'a', date: '2031-03-02', kind: 'event', text: 'on Monday' },
      { story: 's1', article: 'b', date: '2031-03-04', kind: 'published', text: 'published' },
    ],
    figure_groups: [
      {
        story: 's1',
        quantity: 'crossings cancelled',
        unit: null,
        dates: [],
        values: [
          { value: 40, date: null, articles: ['a', 'b'], texts: ['40 crossings'], disputed: true },
          { value: 45, date: null, articles: ['c'], texts: ['45 crossings'], disputed: true },
        ],
        verdict: 'disagree',
        detail: 'crossings cancelled: 40 vs 45',
      },
    ],
    verdicts: [
      {
        story: 's1',
        central_claim: 'c1',
        origins: [
          { label: 'ferry operator (statement)', articles: ['a', 'b'] },
          { label: 'seafarers union', articles: ['c'] },
        ],
        origin_count: 2,
        copies: [{ source: 'a', copy: 'b', kind: 'republication', coverage: 0.9 }],
      },
    ],
  };
}
