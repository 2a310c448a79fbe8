// API throughput: 10,000 generated articles (src/gen) analysed in an embedded store, then the
// story-page endpoint loaded with autocannon on loopback, for the largest story and for a
// spread of stories. autocannon runs on a worker thread of its own: on the server's event loop its
// reading of every response (it decodes each body to a string) was queued with the requests it
// timed, about as much work again as the server's. The machine has 2 shared cores: the load
// average is printed with each figure.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServer } from '../../src/app/server/index.js';
import { Store } from '../../src/store/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { measure, rate } from './_measure.js';

const ARTICLES = Number(process.env.API_BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;

export default async function benchApi(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bench-api-'));
  const store = await Store.open({ dir });
  try {
    const articles = generateCorpus({ articles: ARTICLES, seed: 23 }).articles.map((a) => a.article);
    const load = await measure(async () => {
      for (let i = 0; i < articles.length; i += 1000) {
        const batch = articles.slice(i, i + 1000);
        await store.db.transaction((tx) => store.insertArticles(batch, tx));
      }
    });
    console.log(`  store ${ARTICLES} generated articles: ${load.seconds.toFixed(1)} s (${rate(ARTICLES, load.seconds)})`);

    const server = await startServer({ store, port: 0, log: () => undefined });
    try {
      // The server loads what is stored (nothing yet) and analyses in the background: wait for that.
      const analysis = await measure(async () => {
        await server.cache.settled();
        return server.cache.get();
      });
      const index = analysis.result;
      console.log(
        `  first analysis (all stages, then cached in memory): ${analysis.seconds.toFixed(1)} s, ` +
          `${index.stories.size} stories, peak RSS ${analysis.peakRssMb} MB`,
      );
      const stories = index.storySummaries();
      if (!stories.length) throw new Error('the analysis found no stories to request');
      const largest = stories.reduce((a, b) => (b.articleCount > a.articleCount ? b : a));
      const spread = stories.filter((_, i) => i % Math.max(1, Math.floor(stories.length / 200)) === 0).slice(0, 200);

      const page = `/api/stories/${encodeURIComponent(largest.id)}`;
      // The first request of a story after an analysis projects its view and serialises and
      // gzips it (kept until the next analysis): timed on its own, then a short unprinted run lets
      // the collector clear what the analysis left before the steady state is measured.
      const first = await measure(async () => (await fetch(server.url + page)).arrayBuffer());
      console.log(`  first request of the largest story (view built, serialised and gzipped): ${Math.round(first.seconds * 1000)} ms, ${first.result.byteLength.toLocaleString('en-US')} bytes of JSON`);
      await autocannon({ url: server.url, connections: CONNECTIONS, workers: 1, duration: WARMUP_SECONDS, requests: [{ method: 'GET', path: page }] });
      await run(server.url, `largest story (${largest.articleCount} articles)`, [page]);
      // As a browser asks for it: gzip accepted (the server keeps the story gzipped once).
      await run(server.url, `largest story, gzip accepted`, [page], { 'accept-encoding': 'gzip, deflate, br' });
      await run(server.url, `${spread.length} stories in turn`, spread.map((s) => `/api/stories/${encodeURIComponent(s.id)}`));
      await run(server.url, 'story list', ['/api/stories']);
    } finally {
      await server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function run(url: string, label: string, paths: string[], headers: Record<string, string> = {}): Promise<void> {
  // The server's event loop runs on this thread and the client on its own: the loop's busy time
  // per request is the server's cost, which the load of the machine does not inflate as it does latency.
  const loop0 = performance.eventLoopUtilization();
  const m = await measure(() =>
    autocannon({
      url,
      connections: CONNECTIONS,
      workers: 1,
      duration: SECONDS,
      requests: paths.map((path) => ({ method: 'GET' as const, path, headers })),
    }),
  );
  const r = m.result;
  const busyMs = performance.eventLoopUtilization(loop0).active / Math.max(1, r.requests.total);
  const failed = r.non2xx + r.errors + r.timeouts;
  console.log(
    `  GET ${label}: ${Math.round(r.requests.average).toLocaleString('en-US')} req/s, ` +
      `p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, server loop busy ${busyMs.toFixed(2)} ms/request, ${failed} failed, ` +
      `${(r.throughput.average / 2 ** 20).toFixed(1)} MB/s, peak RSS ${m.peakRssMb} MB (${CONNECTIONS} connections, ${SECONDS} s; load average ${loadavg()[0].toFixed(1)})`,
  );
}
