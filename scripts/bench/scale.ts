// Scale-out benchmark: the same generated corpus through 1 and through 2 `storytrace worker`
// processes on one PostgreSQL, each run on a fresh database. Prints both wall times, the speed-up
// and the queue's own cost per article (time in pg-boss calls, measured inside the workers).
// STORYTRACE_SCALE_ARTICLES overrides the corpus size (default 50,000).
import { Store } from '../../src/store/index.ts';
import { enqueueDocs, openQueue } from '../../src/app/worker/index.ts';
import type { WorkerStats } from '../../src/app/worker/index.ts';
import type { RawDoc } from '../../src/core/types.ts';
import { generateCorpus } from '../../src/gen/index.ts';
import { createTestDatabase } from '../../src/testing/postgres.ts';
import { spawnWorker } from '../../src/testing/workers.ts';
import { measure, rate } from './_measure.ts';

interface Run {
  workers: number;
  seconds: number;
  enqueueSeconds: number;
  articles: number;
  placed: number;
  peakRssMb: number;
  stats: WorkerStats[];
}

async function runWorkers(docs: RawDoc[], workers: number): Promise<Run> {
  const db = await createTestDatabase('storytrace_bench');
  try {
    const queued = await measure(async () => {
      const store = await Store.open({ url: db.url });
      await store.close();
      const boss = await openQueue(db.url);
      await enqueueDocs(boss, docs, { docs: 200, chars: 8 * 2 ** 20 });
      await boss.stop({ graceful: false });
    });
    const t0 = performance.now();
    const procs = Array.from({ length: workers }, () => spawnWorker(db.url, ['--until-idle', '--poll', '0.2']));
    const codes = await Promise.all(procs.map((p) => p.exited));
    const seconds = (performance.now() - t0) / 1000;
    codes.forEach((code, i) => {
      if (code !== 0) throw new Error(`worker ${i} exited with ${code}:\n${procs[i]!.stderr()}`);
    });
    const store = await Store.open({ url: db.url });
    const articles = await store.articleCount();
    const placed = (await store.storyMembers()).size;
    await store.close();
    return {
      workers,
      seconds,
      enqueueSeconds: queued.seconds,
      articles,
      placed,
      peakRssMb: procs.reduce((sum, p) => sum + p.peakRssMb(), 0),
      stats: procs.map((p) => JSON.parse(p.stdout().trim().split('\n').pop()!) as WorkerStats),
    };
  } finally {
    await db.drop();
  }
}

export default async function scaleBench(): Promise<void> {
  const count = Number(process.env.STORYTRACE_SCALE_ARTICLES ?? 50_000);
  const generated = await measure(() => generateCorpus({ articles: count, seed: 11 }));
  const docs: RawDoc[] = generated.result.articles.map((a) => ({ source: `${a.file}.txt`, format: 'txt', text: a.text, meta: {} }));
  console.log(`generated ${count.toLocaleString('en-US')} articles in ${generated.seconds.toFixed(1)} s`);
  console.log('(2 shared cores, PostgreSQL on the same machine, other engineers running too: figures are noisy)');

  const runs: Run[] = [];
  for (const workers of [1, 2]) {
    const run = await runWorkers(docs, workers);
    runs.push(run);
    const sum = (key: keyof WorkerStats) => run.stats.reduce((n, s) => n + s[key], 0) / 1000;
    const serial = sum('corpusMs') / (sum('ingestMs') + sum('corpusMs'));
    console.log(
      `${workers} worker(s): ${run.seconds.toFixed(1)} s, ${rate(run.articles, run.seconds)} articles, ` +
        `${run.articles} stored, ${run.placed} placed in stories, peak RSS ${run.peakRssMb} MB (all workers), ` +
        `enqueue ${run.enqueueSeconds.toFixed(1)} s; jobs ${run.stats.map((s) => s.jobs).join('+')}, ` +
        `per-article stages ${sum('ingestMs').toFixed(1)} s, corpus updates ${sum('corpusMs').toFixed(1)} s ` +
        `(serial share ${(100 * serial).toFixed(0)}%, so at most ${(1 / (serial + (1 - serial) / 2)).toFixed(2)}x from a 2nd worker), ` +
        `queue calls ${sum('queueMs').toFixed(1)} s = ${((1000 * sum('queueMs')) / Math.max(1, run.articles)).toFixed(3)} ms/article`,
    );
  }
  const [one, two] = runs as [Run, Run];
  const speedup = one.seconds / two.seconds;
  console.log(`speed-up with 2 workers: ${speedup.toFixed(2)}x (goal >= 1.8x)`);
}
