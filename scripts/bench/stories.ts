// Story clustering throughput: a StoryIndex fed 10k / 30k / 100k generated articles (src/gen,
// dated, in publication order as clusterStories feeds them). Generation is outside the timing.
// Single-threaded, so the rate is per core; the machine is shared, so figures are noisy.
import { clusterStories } from '../../src/core/stories/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { measure, rate } from './_measure.js';

export default async function benchStories(): Promise<void> {
  const sizes = (process.env.STORIES_BENCH_SIZES ?? '10000,30000,100000').split(',').map(Number);
  for (const size of sizes) {
    const articles = generateCorpus({ articles: size, seed: 11 }).articles.map((a) => a.article);
    const cpu0 = process.cpuUsage();
    const m = await measure(() => clusterStories(articles));
    const cpu = process.cpuUsage(cpu0);
    // CPU time is printed beside wall time: on a shared machine it is the steadier figure.
    console.log(
      `  clustering ${String(size).padStart(7)} articles: ${m.seconds.toFixed(1).padStart(6)} s wall, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(1).padStart(6)} s CPU  ${rate(size, m.seconds).padStart(9)}  ` +
        `${String(m.result.length).padStart(6)} stories  peak RSS ${m.peakRssMb} MB`,
    );
  }
}
