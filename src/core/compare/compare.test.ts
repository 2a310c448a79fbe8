import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { Article, Quote, Story } from '../types.js';
import { loadSeeds, loadTruth, type SeedTruth } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { eventDates } from './index.js';
import { DOCK_STRIKE_APART, DOCK_STRIKE_ARTICLES, DOCK_STRIKE_STATEMENTS } from './testdata/dock-strike.js';
import { FLOOD_ARTICLES } from './testdata/flood.js';

/** Every stage, pure, over named texts. */
function analyse(files: { name: string; text: string }[]) {
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (prefix: string) => articles.find((a) => a.source.startsWith(prefix))!.id;
  return { ...analyzeArticles(articles), idOf };
}

const noShared = skipWithoutShared();

describe.skipIf(noShared)('comparison on the seeds', () => {
  // Read in beforeAll: a describe body runs even when the suite is skipped.
  let truth: SeedTruth;
  let r: ReturnType<typeof analyse>;
  let tanf: Story;
  let quoteText: Map<string, Quote>;
  beforeAll(() => {
    truth = loadTruth();
    r = analyse(loadSeeds().map((s) => ({ name: s.file, text: s.text })));
    tanf = r.stories.find((s) => s.articles.includes(r.idOf('001')))!;
    quoteText = new Map(r.quotes.map((q) => [q.id, q]));
  });

  it('finds every truth group of the same statement across outlets, none mixing speakers', () => {
    for (const g of r.quote_groups) {
      for (const id of g.quotes) expect(quoteText.get(id)!.speaker).toBe(g.speaker);
    }
    for (const group of truth.same_quote_across_outlets) {
      const found = r.quote_groups.some(
        (g) =>
          g.speaker === group.speaker &&
          group.members.every((m: string) => {
            const [file, text] = [m.slice(0, 3), m.slice(4)];
            return g.quotes.some((id) => quoteText.get(id)!.article === r.idOf(file) && quoteText.get(id)!.text.includes(text));
          }),
      );
      expect(found, `${group.speaker}: ${group.members.join(' ~ ')}`).toBe(true);
      // The seeds are all English: a re-translation reads as an edited version of the statement.
      const kind = group.kind === 'same wording' ? 'same wording' : 'edited';
      expect(r.quote_groups.find((g) => g.speaker === group.speaker && g.kind === kind)).toBeDefined();
    }
  });

  it('backs the central claim with exactly the three truth origins, the copy under its source', () => {
    const central = r.claims.find((c) => c.story === tanf.id)!;
    const labels = central.origins.map((o) => o.label);
    expect(labels).toHaveLength(3);
    for (const who of ['Sergey Lavrov', 'Valery Gerasimov', 'Reconciliation Center']) expect(labels.some((l) => l.includes(who))).toBe(true);
    const lavrov = central.origins.find((o) => o.label.includes('Lavrov'))!;
    expect(lavrov.articles).toEqual(expect.arrayContaining([r.idOf('000'), r.idOf('001')]));
  });

  it('tracks 350 and 750 across 002 and 003 without merging 004’s 350', () => {
    const claim = r.claims.find((c) => c.figures.some((f) => f.value === 750))!;
    const byArticle = (id: string) => claim.figures.filter((f) => f.article === id).map((f) => f.value).sort();
    expect(byArticle(r.idOf('002'))).toEqual([350, 750]);
    expect(byArticle(r.idOf('003'))).toEqual([350, 750]);
    for (const c of r.claims) {
      const articles = new Set(c.figures.filter((f) => f.value === 350).map((f) => f.article));
      expect(articles.has(r.idOf('004')) && articles.size > 1).toBe(false);
    }
    expect(r.flags.filter((f) => f.kind === 'figures disagree')).toEqual([]);
  });

  it('frames each article as the truth says', () => {
    for (const a of truth.articles) {
      const framing = r.framing.find((f) => f.article === r.idOf(a.file.slice(0, 3)));
      expect(framing?.mode ?? null, a.file).toBe(a.framing);
    }
  });

  it('flags the undated Aleppo article with a 2016 period', () => {
    const flag = r.flags.find((f) => f.article === r.idOf('004') && f.period);
    expect(flag?.period?.[0]).toMatch(/^2016-/);
    expect(flag?.period?.[1]).toMatch(/^2016-/);
  });

  it('puts dated events on the timeline, resolved against the article date', () => {
    const events = r.timeline.filter((t) => t.kind === 'event' && t.article === r.idOf('003')).map((t) => t.date);
    expect(events).toContain('2017-12-16');
    expect(events).toContain('2017-12-27');
    // 002 has no date of its own: its "last month" resolves to nothing rather than to today.
    expect(r.timeline.filter((t) => t.article === r.idOf('002'))).toEqual([]);
  });
});

describe('comparison on our own flood story', () => {
  const r = analyse(FLOOD_ARTICLES);
  const story = r.stories.find((s) => s.articles.includes(r.idOf('ledger')))!;

  it('keeps the three reports in one story and the copy under its source', () => {
    expect(story.articles).toHaveLength(3);
    expect(r.reuse.map((x) => [x.source, x.copy])).toEqual([[r.idOf('ledger'), r.idOf('courier')]]);
  });

  it('matches the mayor’s remarks across two translations', () => {
    const group = r.quote_groups.find((g) => g.speaker === 'Elena Varga' && g.kind === 'edited');
    expect(group).toBeDefined();
    const articles = group!.quotes.map((id) => r.quotes.find((q) => q.id === id)!.article);
    expect(articles).toContain(r.idOf('post'));
  });

  it('flags the number of flooded homes that disagrees across independent outlets', () => {
    const flags = r.flags.filter((f) => f.kind === 'figures disagree');
    // The copy carries the source's figure, so it is flagged too.
    expect([...new Set(flags.map((f) => f.article))].sort()).toEqual([r.idOf('ledger'), r.idOf('courier'), r.idOf('post')].sort());
    expect(flags[0].detail).toBe('homes on 2031-04-08: 1,200 vs 1,500');
    expect(flags[0].articles).toHaveLength(3);
  });

  it('frames the report carrying a denial as disputed', () => {
    expect(r.framing.find((f) => f.article === r.idOf('post'))?.mode).toBe('disputed');
  });
});

describe('origins of what an article reports uncited', () => {
  const wire = `Bridge at Orlen closed after barge strike\n\nhttps://valleynews.example/2031/05/02/orlen-bridge\n\n2 May, 2031\n\nORLEN (AP) — The road bridge at Orlen was closed on Friday after a loaded barge struck one of its piers, leaving commuters facing a long detour.\n\nInspectors will examine the pier before any traffic is allowed back.`;
  const own = `Orlen bridge shut after barge hits pier\n\nhttps://rivertimes.example/news/orlen-bridge-shut\n\n2 May, 2031\n\nThe road bridge at Orlen was closed on Friday after a loaded barge struck one of its piers, our reporter at the riverbank saw.\n\nCommuters queued for the detour through Hasby.`;
  const r = analyse([
    { name: 'wire.txt', text: wire },
    { name: 'own.txt', text: own },
  ]);

  it('credits the wire an article names, and the other outlet with its own reporting', () => {
    const verdict = r.verdicts.find((v) => r.stories.find((s) => s.id === v.story)!.articles.includes(r.idOf('wire')))!;
    expect(verdict.origins.map((o) => o.label).sort()).toEqual(['AP (credited wire)', 'rivertimes.example (own reporting)']);
    expect(verdict.origin_count).toBe(2);
  });

  it('names the own reporting of an article without an outlet by its headline, else its file, never by its id', () => {
    const bare = (name: string, text: string) => analyse([{ name, text }]);
    const headed = bare('note.txt', 'Orlen bridge shut after barge hits pier\n\nThe road bridge at Orlen was closed on Friday after a loaded barge struck one of its piers, our reporter at the riverbank saw.');
    const labels = headed.verdicts.flatMap((v) => v.origins.map((o) => o.label));
    expect(labels.filter((l) => l.endsWith('(own reporting)'))).toEqual(['“Orlen bridge shut after barge hits pier” (own reporting)']);
    expect(labels.join(' ')).not.toMatch(/\b[0-9a-f]{8} \(own reporting\)/);
  });
});

describe('event dates', () => {
  const wednesday = new Date('2031-04-09T12:00:00Z');
  it('resolves weekdays and months against the article date, and ignores durations', () => {
    expect(eventDates('The mayor spoke on Monday.', wednesday)).toEqual(['2031-04-07']);
    expect(eventDates('On March 3, the agency warned of floods.', wednesday)).toEqual(['2031-03-03']);
    expect(eventDates('The camp has been used for the past six months.', wednesday)).toEqual([]);
    expect(eventDates('The mayor spoke on Monday.', null)).toEqual([]);
    expect(eventDates('The bridge will reopen on Monday.', wednesday)).toEqual(['2031-04-14']);
    // A past-tense report of the day wins over a future elsewhere in the sentence.
    expect(eventDates('The minister said on Monday that the bridge will reopen.', wednesday)).toEqual(['2031-04-07']);
    expect(eventDates('The dam was finished in May 2019.', null)).toEqual(['2019-05']);
  });
});

describe('comparison of our own story in four languages', () => {
  const r = analyse(DOCK_STRIKE_ARTICLES);
  const quote = new Map(r.quotes.map((q) => [q.id, q]));
  const outlet = (id: string) => DOCK_STRIKE_ARTICLES.map((a) => a.name.replace('.txt', '')).find((n) => r.idOf(n) === quote.get(id)!.article)!;

  it('keeps the five reports in one story', () => {
    expect(r.stories.find((s) => s.articles.includes(r.idOf('herald')))!.articles).toHaveLength(5);
  });

  it('groups each statement with its translations, one version per outlet, as the truth', () => {
    const translated = r.quote_groups.filter((g) => g.kind === 'other language');
    const found = translated.map((g) => ({
      speaker: g.speaker,
      versions: Object.fromEntries(g.quotes.map((id) => [outlet(id), quote.get(id)!.text.slice(...(g.parts?.[id] ?? []))])),
    }));
    expect(found).toHaveLength(DOCK_STRIKE_STATEMENTS.length);
    for (const truth of DOCK_STRIKE_STATEMENTS) {
      const g = found.find((f) => f.speaker === truth.speaker && Object.keys(f.versions).sort().join() === Object.keys(truth.versions).sort().join());
      expect(g, JSON.stringify(truth)).toBeDefined();
      for (const [name, words] of Object.entries(truth.versions)) expect(g!.versions[name]).toContain(words);
    }
  });

  it('leaves the statements no other outlet quotes in no group', () => {
    for (const words of DOCK_STRIKE_APART) {
      const q = r.quotes.find((x) => x.text.includes(words))!;
      expect(q, words).toBeDefined();
      expect(r.quote_groups.filter((g) => g.quotes.includes(q.id))).toEqual([]);
    }
  });
});
