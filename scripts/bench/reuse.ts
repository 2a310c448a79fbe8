// Text reuse throughput, end to end (tokens, signatures, LSH candidates, alignment, classification,
// direction) on 10k / 30k / 100k generated articles, one thread. Generation is outside the timing
// but its articles stay in memory, so peak RSS includes the corpus itself. The machine is shared
// by several engineers: wall time is noisy, so CPU time (this process, all threads incl. GC) is
// printed beside it as the steadier measure of the work done.
import { detectReuse } from '../../src/core/reuse/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { rate, timed } from './_measure.js';

export default async function benchReuse(): Promise<void> {
  const sizes = (process.env.REUSE_BENCH_SIZES ?? '10000,30000,100000').split(',').map(Number);
  for (const size of sizes) {
    const articles = generateCorpus({ articles: size, seed: 11 }).articles.map((a) => a.article);
    const baseline = Math.round(process.memoryUsage().rss / 2 ** 20);
    const m = await timed(() => detectReuse(articles));
    const cpuSeconds = m.cpuSeconds;
    console.log(
      `  reuse ${String(size).padStart(7)} articles: ${m.seconds.toFixed(1).padStart(6)} s wall (${cpuSeconds.toFixed(1)} s CPU)  ${rate(size, m.seconds).padStart(9)}  ` +
        `${String(m.result.length).padStart(7)} records  peak RSS ${m.peakRssMb} MB (corpus alone ${baseline} MB)`,
    );
  }
}
