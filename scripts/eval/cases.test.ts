// The case README reader: invented cases, checked against hand-made output, so a right output
// passes every check and an empty one fails every check.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisReport, Article } from '../../src/core/types.js';
import { type CaseRun, loadCases } from './_cases.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-cases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'README.md'),
  `# Cases

## 01-ferry
Input: \`01-ferry.txt\`

- published: 2031-03-04 (09:00; not the update)
- headline: Ferry halted after hull crack (site name removed)
- outlet: norrvik.example (or "Norrvik Courier")
- body: the two paragraphs; starts "The ferry between ..."; no "Subscribe now",
  "Read more ..."
- quote: "We will not sail until every plate is checked, ...", speaker **Ilse Marken** (not Tom Reed)
- figures: 40 crossings; no figure "9" from the date; 7-4 vote

## 02-pair
Input: \`02-pair\`

- stories: {a, b} one story; {c} its own story
- reuse: none

## 03-empty
`,
);
writeFileSync(join(dir, '01-ferry.txt'), 'text');
mkdirSync(join(dir, '02-pair'));
for (const f of ['a-one.txt', 'b-two.txt', 'c-three.txt']) writeFileSync(join(dir, '02-pair', f), 'text');

const article = (id: string, over: Partial<Article> = {}): Article => ({ id, source: id, outlet: null, url: null, headline: null, published: null, language: null, body: '', original: '', ...over });
const report = (over: Partial<AnalysisReport>): AnalysisReport => ({ articles: [], reuse: [], entities: [], quotes: [], figures: [], attributions: [], stories: [], quote_groups: [], claims: [], framing: [], flags: [], timeline: [], figure_groups: [], verdicts: [], ...over });
const figure = (value: number) => ({ article: 'f', value, unit: null, counts: null, place: null, text: String(value), span: [0, 1] as [number, number] });

const ferry: CaseRun = {
  articles: [article('f', { published: '2031-03-04T09:00', headline: 'Ferry halted after hull crack', outlet: 'Norrvik Courier', body: 'The ferry between Norrvik and Tallholm stopped.\n\nIt will stay in dock.' })],
  fileOf: new Map([['f', '01-ferry.txt']]),
  report: report({ quotes: [{ id: 'q', article: 'f', text: '“We will not sail until every plate is checked, and not a day before”', speaker: 'Ilse Marken', partial: false, span: [0, 1] }], figures: [figure(40)] }),
};
// Nothing found, and the page chrome kept.
const empty: CaseRun = { articles: [article('f', { body: 'Subscribe now\n\nRead more stories\n\nAdvertisement' })], fileOf: new Map([['f', '01-ferry.txt']]), report: report({ figures: [figure(9)] }) };

describe('loadCases', () => {
  const [one, two, three] = loadCases(dir);

  it('finds each case input, a file or a folder', () => {
    expect(one.files).toEqual([join(dir, '01-ferry.txt')]);
    expect(two.files.map((f) => f.split('/').pop())).toEqual(['a-one.txt', 'b-two.txt', 'c-three.txt']);
    expect(three.checks).toEqual([]);
  });

  it('makes a check of every value, named with the owning issue, and lists what it cannot read', () => {
    expect(one.checks.map((k) => `${k.id} ${k.issue}`)).toEqual([
      '01 published 13', '01 headline 13', '01 outlet 13', '01 body 13', '01 body #2 13', '01 body #3 13', '01 body #4 13', '01 quote 14', '01 figures 14', '01 figures #2 14',
    ]);
    expect(one.unparsed).toEqual(['01-ferry: figures: 7-4 vote']);
    expect(two.checks.map((k) => `${k.id} ${k.issue}`)).toEqual(['02 stories 15', '02 reuse 16']);
  });

  it('passes every check on the right output and fails every one on an empty output with the chrome kept', () => {
    expect(one.checks.map((k) => k.run(ferry))).toEqual(one.checks.map(() => null));
    for (const k of one.checks) expect(k.run(empty), k.id).not.toBeNull();
  });

  it('checks stories as groups: together, and apart from the others', () => {
    const articles = ['a', 'b', 'c'].map((id) => article(id));
    const fileOf = new Map([['a', 'a-one.txt'], ['b', 'b-two.txt'], ['c', 'c-three.txt']]);
    const story = (id: string, ids: string[]) => ({ id, title: '', articles: ids, span: [null, null] as [null, null], outlets: [], entities: [], threads: [], why: [] });
    const stories = two.checks[0];
    expect(stories.run({ articles, fileOf, report: report({ stories: [story('s1', ['a', 'b']), story('s2', ['c'])] }) })).toBeNull();
    expect(stories.run({ articles, fileOf, report: report({ stories: [story('s1', ['a', 'b', 'c'])] }) })).not.toBeNull();
    expect(stories.run({ articles, fileOf, report: report({ stories: [story('s1', ['a']), story('s2', ['b']), story('s3', ['c'])] }) })).not.toBeNull();
  });
});
