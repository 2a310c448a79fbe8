import { describe, expect, it } from 'vitest';
import type { Article, ReuseRecord } from '../types.ts';
import { comparePair, detectReuse } from './index.ts';
import { tokenize } from './tokens.ts';
import { article, dockStrike, independentReport, regionalFollowUp, stockOnly } from './testdata.ts';

const paragraphs = (body: string): string[] => body.split('\n\n');

/** Every word of `text` (located in `body`) lies inside one of the spans. */
function covered(body: string, text: string, spans: [number, number][]): boolean {
  const at = body.indexOf(text);
  if (at < 0) throw new Error(`not in body: ${text}`);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const pos = at + m.index!;
    if (!spans.some(([s, e]) => s <= pos && pos < e)) return false;
  }
  return true;
}

const onlyRecord = (records: ReuseRecord[]): ReuseRecord => {
  expect(records).toHaveLength(1);
  return records[0];
};

describe('detectReuse', () => {
  it('finds a credited section pasted into a longer article, with spans into both bodies', () => {
    const wire = article('a-wire', dockStrike, { outlet: 'Harbour Gazette', published: '2021-03-01T09:30' });
    const follow = article('b-follow', regionalFollowUp, { outlet: 'Valley Courier', published: null });
    const r = onlyRecord(detectReuse([follow, wire]));
    expect(r).toMatchObject({ source: 'a-wire', copy: 'b-follow', direction: 'known', kind: 'republication' });
    expect(r.evidence.join(' ')).toContain('According to the Harbour Gazette');
    const copySpans = r.passages.map((p) => p.copy_span);
    for (const p of [3, 4, 5]) expect(covered(follow.body, paragraphs(regionalFollowUp)[p], copySpans)).toBe(true);
    for (const p of [0, 1, 6, 7]) expect(covered(follow.body, paragraphs(regionalFollowUp)[p], copySpans)).toBe(false);
    for (const p of r.passages) {
      expect(p.text).toBe(follow.body.slice(p.copy_span[0], p.copy_span[1]));
      const words = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      expect(words(wire.body.slice(p.source_span[0], p.source_span[1]))).toBe(words(p.text));
    }
    expect(r.coverage).toBeGreaterThan(0.3);
    expect(r.coverage).toBeLessThan(0.6);
  });

  it('calls a re-punctuated copy an exact duplicate and orders it by date', () => {
    const copyBody = dockStrike.replace(/,/g, '').replace(/[“”]/g, '"');
    const first = article('z-first', dockStrike, { published: '2021-03-01' });
    const second = article('a-second', copyBody, { published: '2021-03-02' });
    const r = onlyRecord(detectReuse([second, first]));
    expect(r).toMatchObject({ source: 'z-first', copy: 'a-second', kind: 'exact duplicate', direction: 'known', coverage: 1 });
    expect(r.evidence.join(' ')).toMatch(/2021-03-01.*before.*2021-03-02/);
  });

  it('tolerates edits, an inserted sentence and re-ordered paragraphs: near duplicate', () => {
    const ps = paragraphs(dockStrike);
    const edited = [
      ps[0].replace('walked off the job', 'stopped work'),
      ps[3],
      ps[2],
      ps[1].replace('late on Sunday', 'on Sunday night') + ' The union has 1,200 members at the port.',
      ps[4],
    ].join('\n\n');
    const r = onlyRecord(detectReuse([article('x1', dockStrike), article('x2', edited)]));
    expect(r.kind).toBe('near duplicate');
    expect(r.passages.length).toBeGreaterThanOrEqual(4);
    expect(r.coverage).toBeGreaterThan(0.85);
    for (const p of [1, 2, 4]) expect(covered(edited, paragraphs(edited)[p], r.passages.map((x) => x.copy_span))).toBe(true);
    expect(covered(edited, 'The union has 1,200 members at the port.', r.passages.map((x) => x.copy_span))).toBe(false);
  });

  it('says so when nothing decides the direction', () => {
    const r = onlyRecord(detectReuse([article('x1', dockStrike), article('x2', dockStrike.replace(/,/g, ''))]));
    expect(r.direction).toBe('unknown');
    expect(r.evidence.join(' ')).toContain('undecided');
    expect([r.source, r.copy]).toEqual(['x1', 'x2']);
  });

  it('a shared quote is not copying; stock phrases are nothing at all', () => {
    const wire = article('w', dockStrike);
    const other = article('o', independentReport);
    const fire = article('f', stockOnly);
    const prepared = (a: Article) => ({ article: a, tokens: tokenize(a.body) });
    const quoted = comparePair(prepared(wire), prepared(other))!;
    expect(quoted.kind).toBe('shared quote only');
    expect(quoted.direction).toBe('unknown');
    expect(quoted.passages[0].text).toContain('a photograph of a budget spreadsheet');
    const withStock = article('s', `${dockStrike}\n\nThe union did not immediately respond to a request for comment. It was not immediately clear whether the ministry would intervene.`);
    expect(comparePair(prepared(fire), prepared(withStock))).toBeNull();
    // Quoted words are left out of the signatures, so the quote alone does not even make a candidate.
    expect(detectReuse([wire, other, fire])).toEqual([]);
  });

  it('the same quote with the same attribution is still only a shared quote', () => {
    const said = '“We asked for a fair night rate and we were offered a photograph of a budget spreadsheet,” union secretary Ilka Brenner said.';
    const one = article('q1', `Talks at the port broke down again on Tuesday.\n\n${said}\n\nThe authority will meet shippers next week.`);
    const two = article('q2', `Grain exporters are counting the cost of the stoppage.\n\n${said}\n\nFarmers have begun to store wheat in barns.`);
    const r = comparePair({ article: one, tokens: tokenize(one.body) }, { article: two, tokens: tokenize(two.body) })!;
    expect(r.kind).toBe('shared quote only');
    expect(r.passages[0].text).toContain('Ilka Brenner said.');
  });

  it('a credit to the other outlet outweighs a date that disagrees', () => {
    const wire = article('w', dockStrike, { outlet: 'Harbour Gazette', published: '2021-03-05' });
    const follow = article('f', regionalFollowUp, { outlet: 'Valley Courier', published: '2021-03-04' });
    const r = onlyRecord(detectReuse([wire, follow]));
    expect(r).toMatchObject({ source: 'w', copy: 'f', direction: 'known' });
  });

  it('sees through a wire dateline credit and merged paragraphs', () => {
    const wire = article('w', dockStrike, { outlet: 'Coastline Wire' });
    const ps = paragraphs(dockStrike);
    const copyBody = [`VELLMAR (Coastline Wire) - ${ps[0]}`, `${ps[1]} ${ps[2]}`, ps[3], ps[4]].join('\n\n');
    const r = onlyRecord(detectReuse([article('c', copyBody, { outlet: 'Evening Lamp' }), wire]));
    expect(r).toMatchObject({ source: 'w', copy: 'c', direction: 'known', kind: 'near duplicate' });
    expect(r.evidence[0]).toContain('(Coastline Wire) -');
  });

  it('two translations of one statement share no passage', () => {
    const one = article('t1', 'The minister said: “We will not accept a deal that leaves the harbour closed through the winter, and we have told our partners so.”\n\nShe spoke after a cabinet meeting in the capital on Friday.');
    const two = article('t2', 'According to the minister, “we shall not agree to any arrangement that keeps the port shut all winter, and our partners have been told this.”\n\nThe remarks came as farmers blocked two motorways with tractors.');
    expect(detectReuse([one, two])).toEqual([]);
    expect(comparePair({ article: one, tokens: tokenize(one.body) }, { article: two, tokens: tokenize(two.body) })).toBeNull();
  });

  it('ignores duplicate ids and empty bodies', () => {
    const a = article('a', dockStrike);
    expect(detectReuse([a, a, article('e', '')])).toEqual([]);
  });
});
