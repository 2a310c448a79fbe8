// One outlet per host across the corpus, whatever order the articles came in.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc } from '../ingest/index.js';
import type { Article } from '../types.js';
import { outletIdentities, withOutletIdentity } from './index.js';

const page = (url: string, text: string): Article => cleanDoc({ source: url, format: 'txt', text, meta: { url } });

// Two reports of the pier closure from one site: the first signs with its name, the second does not.
const signed = page(
  'https://www.valeherald.example/news/pier-closed',
  [
    'Marlow council closes the old ferry pier',
    '',
    'The Marlow town council voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings, councillor Edna Varga told the Vale Herald.',
    '',
    '"We cannot ask people to stand on a pier that might not hold them," Varga said after the vote, adding that repairs would cost more than the town could raise this year.',
  ].join('\n'),
);
const unsigned = page(
  'https://valeherald.example/news/ferry-quay',
  [
    'Ferry moves to the north quay after pier closure',
    '',
    'The Marlow ferry operator said on Wednesday it would move its boats to the north quay after the town council closed the old ferry pier over cracks in its pilings.',
    '',
    '"We will run every sailing we can from the north quay," manager Tobias Lind said, warning passengers of delays of about twenty minutes while the pier stays closed.',
  ].join('\n'),
);
const elsewhere = page(
  'https://coastlinepost.example/2031/pier',
  [
    'Pier shut in Marlow',
    '',
    'Marlow has closed its old ferry pier after engineers found cracks in the pilings, the town council said on Tuesday, and the ferry will sail from the north quay.',
    '',
    '"We cannot ask people to stand on a pier that might not hold them," councillor Edna Varga said.',
  ].join('\n'),
);

describe('outlet identity per host', () => {
  it('gives every article of a host the name its articles give, in every surface and in any order', () => {
    // Cleaning alone names the two articles of one site differently.
    expect([signed.outlet, unsigned.outlet]).toEqual(['Vale Herald', 'valeherald.example']);
    const orders = [
      [signed, unsigned, elsewhere],
      [elsewhere, unsigned, signed],
    ];
    const reports = orders.map((order) => analyzeArticles(order));
    for (const report of reports) {
      const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet]));
      expect(outletOf.get(signed.id)).toBe('Vale Herald');
      expect(outletOf.get(unsigned.id)).toBe('Vale Herald');
      expect(outletOf.get(elsewhere.id)).toBe('coastlinepost.example');
      const named = report.stories.flatMap((s) => s.outlets);
      expect(named).not.toContain('valeherald.example');
      expect(report.stories.find((s) => s.articles.includes(unsigned.id))!.outlets).toContain('Vale Herald');
    }
    const summary = (r: (typeof reports)[number]) => JSON.stringify([r.articles.map((a) => [a.id, a.outlet]).sort(), r.stories.map((s) => [s.articles.slice().sort(), s.outlets]).sort()]);
    expect(summary(reports[0])).toBe(summary(reports[1]));
  });

  it('takes the name given most, breaks a tie the same way whatever the order, and keeps the host when none names it', () => {
    const at = (url: string, outlet: string | null) => ({ url, outlet });
    const host = 'https://kestrelcourier.example/a';
    const most = [at(host, 'Kestrel Courier'), at(host, 'The Kestrel Courier'), at(host, 'Kestrel Courier'), at(host, 'kestrelcourier.example')];
    expect(outletIdentities(most).get('kestrelcourier.example')).toBe('Kestrel Courier');
    const tie = [at(host, 'The Kestrel Courier'), at(host, 'Kestrel Courier')];
    expect(outletIdentities(tie).get('kestrelcourier.example')).toBe('Kestrel Courier');
    expect(outletIdentities([...tie].reverse()).get('kestrelcourier.example')).toBe('Kestrel Courier');
    expect(outletIdentities([at(host, null), at('https://www.kestrelcourier.example/b', 'kestrelcourier.example')]).get('kestrelcourier.example')).toBe('kestrelcourier.example');
    // An article without a web address keeps the name cleaning gave it.
    expect(withOutletIdentity([{ url: null, outlet: 'Harbour Gazette' }])).toEqual([{ url: null, outlet: 'Harbour Gazette' }]);
  });
});
