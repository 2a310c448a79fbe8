// The whole pipeline on the seeds through the embedded store: the wiring of every stage, and
// incremental runs giving the same answer as one run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../core/types.js';
import { cleanDoc } from '../core/ingest/index.js';
import { Store } from '../store/index.js';
import { loadSeeds } from '../testing/fixtures.js';
import { skipWithoutShared } from '../testing/shared.js';
import { ingestFiles } from './ingest.js';
import { generateCorpus } from '../gen/index.js';
import { storyInputs } from '../core/analyze.js';
import { extractArticle, resolveCorpusNames } from '../core/extract/index.js';
import type { StoryIndexHead } from '../core/stories/index.js';
import { loadStoryIndex } from './corpus-stories.js';
import { alignCandidates, analyzeStore, buildReport, processArticles, type ReportStats, updateCorpus } from './pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-pipeline-'));
  dirs.push(dir);
  const store = await Store.open({ dir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

const noShared = skipWithoutShared();
const seeds = noShared ? [] : loadSeeds();
const byPrefix = (report: AnalysisReport) => {
  const ids = new Map<string, string>();
  for (const a of report.articles) ids.set(a.source.split('/').pop()!.slice(0, 3), a.id);
  return (prefix: string) => ids.get(prefix)!;
};
const storyOf = (report: AnalysisReport, id: string) => report.stories.find((s) => s.articles.includes(id))?.id;

describe.skipIf(noShared)('pipeline on the seeds', () => {
  it('analyses all five seeds in one run', async () => {
    const report = await withStore(async (store) => {
      await ingestFiles(store, seeds.map((s) => s.path));
      return analyzeStore(store);
    });
    const id = byPrefix(report);
    expect(report.articles).toHaveLength(5);

    expect(report.reuse).toHaveLength(1);
    expect(report.reuse[0]).toMatchObject({ source: id('001'), copy: id('000'), kind: 'republication', direction: 'known' });

    expect(report.stories).toHaveLength(2);
    const tanf = storyOf(report, id('000'));
    expect(['001', '002', '003'].map((p) => storyOf(report, id(p)))).toEqual([tanf, tanf, tanf]);
    expect(storyOf(report, id('004'))).not.toBe(tanf);

    const speakers = new Set(report.quotes.map((q) => q.speaker));
    for (const who of ['Sergey Lavrov', 'Valery Gerasimov', 'Samantha Power', 'Vitaly Churkin']) expect(speakers).toContain(who);
    expect(report.entities.find((e) => e.name === 'Sergey Lavrov')?.aliases).toContain('Sergei Lavrov');
  });

  it('recomputes reuse signatures stored under an older scheme', async () => {
    const report = await withStore(async (store) => {
      await ingestFiles(store, seeds.map((s) => s.path));
      const ids = (await store.articles(undefined, { original: false })).map((a) => a.id);
      await processArticles(store, ids);
      await store.db.query(`update reuse_signatures set data = jsonb_set(data::jsonb, '{scheme}', '"retired-scheme"')::text`);
      return analyzeStore(store);
    });
    expect(report.reuse).toHaveLength(1);
  });

  it('rebuilds a story index persisted by an older version, placing every article again', async () => {
    const [fresh, rebuilt] = await withStore(async (store) => {
      await ingestFiles(store, seeds.map((s) => s.path));
      const before = await analyzeStore(store);
      // As an older version left it: another state format, and no stored story features.
      await store.db.query(`update story_state set data = '{"version": 1, "features": ["n:old"], "stories": []}'`);
      await store.db.query('delete from story_features');
      await store.db.query(`update story_members set story_id = 'story-from-old-version'`);
      return [before, await analyzeStore(store)];
    });
    expect(rebuilt.stories).toEqual(fresh.stories);
    expect(rebuilt.reuse).toEqual(fresh.reuse);
  });

  it('gives the same stories and reuse when articles arrive in two runs', async () => {
    const [first, second] = await withStore(async (store) => {
      await ingestFiles(store, seeds.filter((s) => s.prefix !== '000' && s.prefix !== '004').map((s) => s.path));
      const before = await analyzeStore(store);
      await ingestFiles(store, seeds.map((s) => s.path));
      return [before, await analyzeStore(store)];
    });
    const id = byPrefix(second);
    expect(first.articles).toHaveLength(3);
    expect(second.articles).toHaveLength(5);
    // Stable story ids: the story the first three opened is the one the newcomers join.
    const tanf = storyOf(first, id('001'));
    expect(storyOf(second, id('001'))).toBe(tanf);
    expect(storyOf(second, id('000'))).toBe(tanf);
    expect(storyOf(second, id('004'))).not.toBe(tanf);
    expect(second.reuse.map((r) => [r.source, r.copy])).toEqual([[id('001'), id('000')]]);
  });

  it('gives the same stories, with the same ids, whatever order articles arrive in one at a time', async () => {
    const partition = (report: AnalysisReport) => report.stories.map((s) => `${s.id}:${[...s.articles].sort().join(',')}`).sort();
    const batch = await withStore(async (store) => {
      await ingestFiles(store, seeds.map((s) => s.path));
      await updateCorpus(store);
      return partition(await buildReport(store));
    });
    // Latest first: every arrival sorts before what is already placed.
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
      const oneByOne = await withStore(async (store) => {
        for (const i of order) {
          await ingestFiles(store, [seeds[i].path]);
          await updateCorpus(store);
        }
        return partition(await buildReport(store));
      });
      expect(oneByOne).toEqual(batch);
    }
  });

  it('recovers from a corpus update cut off between storing its candidate pairs and placing the stories', async () => {
    const [clean, recovered] = await withStore(async (store) => {
      await ingestFiles(store, seeds.map((s) => s.path));
      const reference = await analyzeStore(store);
      // Back to "ingested, nothing placed", then an update that dies right after its first commit.
      await store.db.query('delete from story_members');
      await store.db.query('delete from story_state');
      await store.db.query('delete from reuse_records');
      await expect(
        updateCorpus(store, {
          async candidatesSaved() {
            throw new Error('killed after storing the candidate pairs');
          },
        }),
      ).rejects.toThrow('killed after storing');
      expect(await store.articlesWithCandidates()).not.toEqual([]);
      expect(await store.storyMembers()).toEqual(new Map());
      // A half-done alignment (its transaction rolled back) leaves the pairs for the next one.
      const waiting = await store.articlesWithCandidates();
      await expect(
        store.db.transaction(async (tx) => {
          await store.settleReuseCandidates(waiting, [], tx);
          throw new Error('killed mid-alignment');
        }),
      ).rejects.toThrow('killed mid-alignment');
      // The retried update and alignment finish the job.
      expect(await updateCorpus(store)).toBe(5);
      expect(await alignCandidates(store)).toBeGreaterThan(0);
      expect(await store.articlesWithCandidates()).toEqual([]);
      return [reference, await analyzeStore(store)];
    });
    expect(recovered).toEqual(clean);
  });
});

describe('incremental report', () => {
  const corpus = generateCorpus({ articles: 48, seed: 11 }).articles.map((a) => a.article);
  // Dated articles in placement order: by date, then id.
  const byDate = corpus.filter((a) => a.published !== null).sort((a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id));
  /** What a story's comparison reads of it: a story whose members or span changed is compared again. */
  const compared = (s: AnalysisReport['stories'][number]) => JSON.stringify([s.id, s.articles, s.span]);
  let full: AnalysisReport;
  const extractions = corpus.map(extractArticle);
  const { renames } = resolveCorpusNames(extractions);
  /** Each story's comparison input, as text, from a report's parts. */
  const inputsOf = (report: AnalysisReport) =>
    [...storyInputs({ ...report, articles: corpus, extractions, resolved: report, renames })].map((input) =>
      JSON.stringify([compared(input.story), input.articles.map((a) => a.id), input.resolved, input.reuse]),
    );

  it('a full run over every article', async () => {
    full = await withStore(async (store) => {
      await store.insertArticles(corpus);
      return analyzeStore(store);
    });
    expect(corpus.some((a) => a.published === null)).toBe(true);
  }, 300_000);

  for (const [name, held] of [
    // The next day's news: dated after every stored article (the store also holds undated ones).
    ['later-dated', byDate.slice(-6)],
    // A backfill: dated before stored articles, so every article is placed again.
    ['earlier-dated', byDate.slice(0, 6)],
  ] as const) {
    it(`adding ${name} articles compares again only the stories they changed, and gives the full run's report`, async () => {
      await withStore(async (store) => {
        const heldIds = new Set(held.map((a) => a.id));
        await store.insertArticles(corpus.filter((a) => !heldIds.has(a.id)));
        const stats: ReportStats = { compared: 0, reused: 0 };
        const before = await analyzeStore(store, { stats });
        expect(stats).toEqual({ compared: before.stories.length, reused: 0, inputs: before.stories.length, rebuilt: before.stories.length, resolved: true });

        const again: ReportStats = { compared: 0, reused: 0 };
        expect(await analyzeStore(store, { stats: again })).toEqual(before);
        // Nothing new: every story is taken as stored, keyed by its articles' names alone (no
        // story's extractions or text read), and so is the corpus's entity resolution.
        expect(again).toEqual({ compared: 0, reused: before.stories.length, inputs: 0, rebuilt: 0, resolved: false });
        // A report that reads its sections from the store (the terminal summary) gives the same.
        expect(await buildReport(store, { sections: false })).toEqual(before);

        await store.insertArticles(held);
        const undated = corpus.filter((a) => a.published === null).length;
        // Placed again: the newcomers and the undated articles after a later-dated arrival; everything after a backfill.
        expect(await updateCorpus(store)).toBe(name === 'later-dated' ? held.length + undated : corpus.length);
        const added: ReportStats = { compared: 0, reused: 0 };
        const after = await analyzeStore(store, { stats: added });
        // Compared again: exactly the stories whose comparison input changed (members, span, the
        // names resolved in them, the copies among them), read off the two reports; fewer than all.
        const previous = new Set(inputsOf(before));
        const touched = inputsOf(after).filter((input) => !previous.has(input)).length;
        const moved = new Set(before.stories.map(compared));
        expect(touched).toBeGreaterThanOrEqual(after.stories.filter((s) => !moved.has(compared(s))).length);
        expect(touched).toBeGreaterThan(0);
        expect(touched).toBeLessThan(after.stories.length);
        expect(added).toMatchObject({ compared: touched, reused: after.stories.length - touched, resolved: true });
        // Inputs built (to be keyed) only for stories whose parts changed: the compared ones, and
        // those that gained an alias their text cannot hold.
        expect(added.inputs).toBeGreaterThanOrEqual(touched);
        expect(added.inputs).toBeLessThan(after.stories.length);
        // Read whole and built again: those, and those whose reported form changed (a copy among
        // their members, moves); the rest as stored.
        expect(added.rebuilt).toBeGreaterThanOrEqual(added.inputs!);
        expect(added.rebuilt).toBeLessThan(after.stories.length);
        expect(after).toEqual(full);
        expect(after).toEqual(await buildReport(store, { recompute: true }));
        // The story list stored with the index is the one the index gives.
        const state = (await store.storyState<StoryIndexHead>())!;
        expect((await store.storyList())?.stories).toEqual((await loadStoryIndex(store, state)).stories());
      });
    }, 300_000);
  }
});

describe('report from stored names', () => {
  const corpus = generateCorpus({ articles: 24, seed: 5 }).articles.map((a) => a.article);

  it('reads extractions stored before their names were kept, and builds every story again when its stored report is gone', async () => {
    await withStore(async (store) => {
      await store.insertArticles(corpus);
      const before = await analyzeStore(store);
      await store.db.query('update extractions set names = null');
      await store.db.query('update story_comparisons set reported = null');
      const stats: ReportStats = { compared: 0, reused: 0 };
      expect(await buildReport(store, { sections: false, stats })).toEqual(before);
      // Every story's reported form built again (from the names read off the whole extractions),
      // none compared again nor its input built (its parts are as stored).
      expect(stats).toEqual({ compared: 0, reused: before.stories.length, inputs: 0, rebuilt: before.stories.length, resolved: false });
      expect(await buildReport(store)).toEqual(before);
      // The next run over the store stores the names again.
      expect(await analyzeStore(store)).toEqual(before);
      expect(await store.db.query('select article_id from extractions where names is null')).toEqual([]);
    });
  });
});

describe('outlet identity over the store', () => {
  const page = (url: string, lines: string[]) => cleanDoc({ source: url, format: 'txt', text: lines.join('\n\n'), meta: { url } });
  const signed = page('https://www.lowmoorstar.example/pier', [
    'Lowmoor pier shut after divers find cracks',
    'The Lowmoor harbour board shut the old pier on Monday after divers found cracks in its piles, harbour master Ines Draper told the Lowmoor Star.',
    '"Nobody walks on it until it is fixed," Draper said, adding that the ferry would berth at the east jetty.',
  ]);
  const unsigned = page('https://lowmoorstar.example/jetty', [
    'Ferry berths at east jetty while pier is shut',
    'The Lowmoor ferry began berthing at the east jetty on Tuesday, a day after the harbour board shut the old pier over cracks in its piles.',
    '"The jetty is short, so boarding will be slower," harbour master Ines Draper said on Tuesday.',
  ]);

  it('names one outlet per host in articles and stories, whichever article arrives first', async () => {
    expect([signed.outlet, unsigned.outlet]).toEqual(['Lowmoor Star', 'lowmoorstar.example']);
    const runs = [];
    for (const order of [[signed, unsigned], [unsigned, signed]]) {
      runs.push(
        await withStore(async (store) => {
          for (const a of order) {
            await store.insertArticles([a]);
            await analyzeStore(store);
          }
          return analyzeStore(store);
        }),
      );
    }
    for (const report of runs) {
      expect(report.articles.map((a) => a.outlet)).toEqual(['Lowmoor Star', 'Lowmoor Star']);
      expect(report.stories.flatMap((s) => s.outlets)).not.toContain('lowmoorstar.example');
    }
    expect(runs[1].stories.map((s) => [s.articles, s.outlets])).toEqual(runs[0].stories.map((s) => [s.articles, s.outlets]));
  }, 120_000);
});
