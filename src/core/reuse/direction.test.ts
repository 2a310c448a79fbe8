import { describe, expect, it } from 'vitest';
import { credits, decideDirection, normaliseName } from './direction.ts';
import { article } from './testdata.ts';

const noOverlap = { coverA: 0.6, coverB: 0.6, aFramed: false, bFramed: false };

describe('credits', () => {
  it('finds the usual ways a copy names where its text came from', () => {
    const body = [
      'Valley Courier reports:',
      'Prices rose again, according to the Harbour Gazette, which first broke the story.',
      'NORDBURG (Coastline Wire) - The council met on Tuesday.',
      'The mayor told North Sea Radio that she would resign.',
      'The figures were first reported by the Daily Lantern last week.',
      'In an interview with Radio Ostmark, the minister defended the plan.',
      'Source: Tallin Post',
    ].join('\n\n');
    const names = credits(article('c', body)).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['Valley Courier', 'Harbour Gazette', 'Coastline Wire', 'North Sea Radio', 'Daily Lantern', 'Radio Ostmark', 'Tallin Post']),
    );
  });

  it('normalises outlet names for comparison', () => {
    expect(normaliseName('The Harbour Gazette')).toBe(normaliseName('harbour-gazette'));
  });
});

describe('decideDirection', () => {
  const text = 'Dock workers walked off the job on Monday.';

  it('takes a credit naming the other article’s outlet or site as strong evidence', () => {
    const source = article('s', text, { url: 'https://www.harbourgazette.example/2021/strike' });
    const copy = article('c', `According to HarbourGazette, dock workers walked off the job.\n\n${text}`);
    const v = decideDirection(copy, source, noOverlap);
    expect(v.aIsSource).toBe(false);
    expect(v.evidence[0]).toContain('According to HarbourGazette');
  });

  it('accepts an outlet the source names only in its own interview phrasing', () => {
    const source = article('s', `The minister told Valley Radio that talks would resume.\n\n${text}`, {
      headline: 'Talks to resume, minister to Valley Radio',
    });
    const copy = article('c', `Valley Radio reports:\n\n${text}`);
    const v = decideDirection(source, copy, noOverlap);
    expect(v.aIsSource).toBe(true);
    expect(v.evidence[0]).toMatch(/presents itself as Valley Radio/);
  });

  it('ignores a credit to the copy’s own outlet', () => {
    const a = article('a', `The minister told Valley Radio that talks would resume.`, { outlet: 'Valley Radio' });
    const b = article('b', text, { outlet: 'Harbour Gazette' });
    expect(decideDirection(a, b, noOverlap).aIsSource).toBeNull();
  });

  it('orders same-day articles by time only when both have one', () => {
    const early = article('e', text, { published: '2021-03-01T08:00' });
    const late = article('l', text, { published: '2021-03-01T17:45' });
    expect(decideDirection(late, early, noOverlap).aIsSource).toBe(false);
    const dayOnly = article('d', text, { published: '2021-03-01' });
    const v = decideDirection(dayOnly, early, noOverlap);
    expect(v.aIsSource).toBeNull();
    expect(v.evidence.join(' ')).toContain('do not order them');
  });

  it('reads added framing around an intact copy as the sign of the copy', () => {
    const a = article('a', text);
    const b = article('b', text);
    expect(decideDirection(a, b, { coverA: 1, coverB: 0.7, aFramed: false, bFramed: true }).aIsSource).toBe(true);
    expect(decideDirection(a, b, { coverA: 1, coverB: 0.7, aFramed: false, bFramed: false }).aIsSource).toBeNull();
  });

  it('reads one credited wire atop both texts as two outlets carrying it, not one copying the other', () => {
    const wire = `KESTRIN, May 9 (Baltwire) - ${text}`;
    const a = article('a', wire, { outlet: 'Harbour Gazette', published: '2021-05-09T08:00', credits: [{ name: 'Baltwire', evidence: '(Baltwire) -' }] });
    // Each carries the credit ingest reads from the dateline.
    const b = article('b', `${wire}\n\nMore on the port in our weekend edition.`, { outlet: 'Valley Courier', published: '2021-05-09T10:00', credits: [{ name: 'Baltwire', evidence: '(Baltwire) -' }] });
    const v = decideDirection(a, b, { coverA: 1, coverB: 0.85, aFramed: false, bFramed: true });
    expect(v.aIsSource).toBeNull();
    expect(v.wire).toBe('Baltwire');
    expect(v.evidence.join(' ')).toContain('both carry the same wire text');
    // A credit of the other outlet still decides: a copy of a paper's wire story is that paper's copy.
    const copy = article('c', `According to the Harbour Gazette, dock workers walked off the job.\n\n${wire}`, { outlet: 'Valley Courier' });
    const credited = decideDirection(a, copy, noOverlap);
    expect(credited.aIsSource).toBe(true);
    expect(credited.wire).toBeUndefined();
  });

  it('reads a later version of one outlet’s article (same address or headline, or a correction note) as its update, not a copy', () => {
    const first = article('v1', text, { outlet: 'Kestrel Daily', headline: 'Dockworkers walk out', url: 'https://kestreldaily.example/news/walkout', published: '2031-05-06T09:10' });
    const corrected = `${text}\n\nCorrection: An earlier version of this article gave the wrong day of the walkout.`;
    const later = article('v2', corrected, { outlet: 'Kestrel Daily', headline: 'Dockworkers walk out', url: 'https://www.kestreldaily.example/news/walkout/', published: '2031-05-06T15:40' });
    const framed = { coverA: 1, coverB: 0.8, aFramed: false, bFramed: true };
    const v = decideDirection(later, first, framed);
    expect(v.update).toBe(true);
    expect(v.aIsSource).toBe(false);
    expect(v.evidence[0]).toContain('two versions of one article of the same outlet');
    // Undated, the version with the note is the later one; a retitled update is still one by its note.
    const undated = decideDirection(article('u1', text, { outlet: 'Kestrel Daily', headline: 'Walkout at the docks' }), article('u2', corrected, { outlet: 'Kestrel Daily' }), framed);
    expect([undated.update, undated.aIsSource]).toEqual([true, true]);
    // Another outlet's copy of the same text under the same headline stays a copy.
    const other = decideDirection(first, article('c', text, { outlet: 'Valley Courier', headline: 'Dockworkers walk out', published: '2031-05-06T12:00' }), framed);
    expect([other.update, other.aIsSource]).toEqual([undefined, true]);
  });

  it('decides a translation by the outlet it names, else says it is one and leaves the direction open', () => {
    const en = article('en', text, { outlet: 'Harbour Herald', language: 'en' });
    const named = article('es', 'Los estibadores abandonaron el trabajo el lunes, informó el Harbour Herald.\n\nSegún el Harbour Herald, la huelga sigue.', { outlet: 'Diario del Puerto', language: 'es' });
    expect(decideDirection(en, named, noOverlap).aIsSource).toBe(true);
    const unnamed = decideDirection(en, article('es2', 'Los estibadores abandonaron el trabajo el lunes.', { outlet: 'Diario del Puerto', language: 'es' }), noOverlap);
    expect(unnamed.aIsSource).toBeNull();
    expect(unnamed.evidence.join(' ')).toContain("one is a translation of the other's text (en, es)");
  });

  describe('common source', () => {
    const lead = 'Ferry services from Northshire were suspended on Friday after a crack was found in the hull of the largest vessel, leaving hundreds of passengers stranded at the terminal.';
    const sourced = `${lead}\n\nThe crack was found during a routine check, a port official with direct knowledge of the inspection told Harbour Herald.`;
    const wired = (id: string, meta: Parameters<typeof article>[2] = {}) =>
      article(id, `NORTHSHIRE (Coastline Wire) — ${sourced}`, { credits: [{ name: 'Coastline Wire', evidence: 'NORTHSHIRE (Coastline Wire) —' }], ...meta });

    it('reads a wire credited by one text, the outlet of neither, as the source both carry', () => {
      const a = wired('a', { outlet: 'Northshire Courier', published: '2031-02-07' });
      const b = article('b', `${sourced}\n\nTomas Verhoek, who was due to sail, said he would take the coach.`, { outlet: 'Valley Radio', published: '2031-02-08' });
      const v = decideDirection(a, b, { coverA: 1, coverB: 0.8, aFramed: false, bFramed: true });
      expect([v.aIsSource, v.wire]).toEqual([null, 'Coastline Wire']);
      expect(v.evidence.join(' ')).toMatch(/credits Coastline Wire for its text .* both carry Coastline Wire's text/);
      // Decided from the pair alone: the same verdict with the two taken the other way round.
      const w = decideDirection(b, a, { coverA: 0.8, coverB: 1, aFramed: true, bFramed: false });
      expect([w.aIsSource, w.wire]).toEqual([null, 'Coastline Wire']);
    });

    it('still lets a credit of the other article’s outlet decide, and a wire’s own article is the source', () => {
      // The copy names the crediting paper itself: it copied the paper, wire and all.
      const paper = wired('p', { outlet: 'Northshire Courier' });
      const copy = article('c', `Northshire Courier reports:\n\n${sourced}`, { outlet: 'Valley Radio' });
      expect(decideDirection(paper, copy, noOverlap)).toMatchObject({ aIsSource: true });
      // The wire's own site carries its dateline: the text credited to it is its own.
      const wire = wired('w', { outlet: 'Coastline Wire' });
      const carried = wired('x', { outlet: 'Northshire Courier' });
      const v = decideDirection(carried, wire, noOverlap);
      expect(v.aIsSource).toBe(false);
      expect(v.wire).toBeUndefined();
      expect(v.evidence[0]).toContain('the outlet of w (Coastline Wire)');
    });

    it('reads an outlet’s own interview line kept word for word in both as that outlet’s text', () => {
      const a = article('a', sourced, { outlet: 'Northshire Courier' });
      const b = article('b', sourced.replace('\n\n', '\n'), { outlet: 'Valley Radio' });
      const v = decideDirection(a, b, noOverlap);
      expect([v.aIsSource, v.wire]).toEqual([null, 'Harbour Herald']);
      expect(v.evidence.join(' ')).toContain("both keep Harbour Herald's own interview line word for word");
      // One of them is that outlet: it is the source.
      expect(decideDirection(article('h', sourced, { outlet: 'Harbour Herald' }), b, noOverlap).aIsSource).toBe(true);
      // A person interviewed is no outlet, and a line only one text has is no shared evidence.
      const person = sourced.replace('Harbour Herald', 'Dana Kellor');
      expect(decideDirection(article('p', person), article('q', person), noOverlap).wire).toBeUndefined();
      const own = decideDirection(a, article('o', lead, { outlet: 'Valley Radio' }), noOverlap);
      expect([own.aIsSource, own.wire]).toEqual([null, undefined]);
      expect(own.evidence.at(-1)).toContain('direction undecided');
    });
  });
});

