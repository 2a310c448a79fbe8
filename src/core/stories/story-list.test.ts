// The story list of an index whose closed threads are out of the heap: read a window of threads
// at a time (in time order, let go after their last pair), it holds far fewer threads than the
// index has and gives the stories of an index holding every thread, in the same order.
import { describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../../scripts/eval/_story-corpus.js';
import { byDateThenId } from './article-time.js';
import { StoryIndex, storyFeatures, type Placement, type ThreadSource, type ThreadState } from './index.js';
import type { Story } from '../types.js';

/** Thread rows as the app keeps them: set aside as they leave the heap, read back by seq. */
function rowsSource(): ThreadSource & { loads: number } {
  const aside = new Map<number, string>();
  return {
    loads: 0,
    async load(seqs: number[]) {
      this.loads++;
      return seqs.map((seq) => JSON.parse(aside.get(seq)!) as ThreadState);
    },
    async setAside(threads: ThreadState[]) {
      for (const t of threads) aside.set(t.seq, JSON.stringify(t));
    },
  };
}

async function listOf(stream: AsyncIterable<Story>): Promise<Story[]> {
  const out: Story[] = [];
  for await (const s of stream) out.push(s);
  return out;
}

function placed(undated: number): { whole: StoryIndex; resident: Promise<[StoryIndex, ThreadSource]> } {
  // Five months of stories on shared beats.
  const corpus = generateStoryCorpus({ articles: 1500, seed: 7, undated, days: 150 }).articles;
  const placements: Placement[] = corpus.map((article) => ({ article, features: storyFeatures(article) })).sort((x, y) => byDateThenId(x.article, y.article));
  const whole = new StoryIndex();
  whole.placeBatch(placements);
  const resident = (async (): Promise<[StoryIndex, ThreadSource]> => {
    const source = rowsSource();
    const index = new StoryIndex();
    for (let i = 0; i < placements.length; i += 100) await index.placeAll(placements.slice(i, i + 100), source);
    return [index, source];
  })();
  return { whole, resident };
}

describe('the story list by time window', () => {
  it('gives the stories of an index holding every thread while holding a fraction of them', async () => {
    const { whole, resident } = placed(0);
    const [index, source] = await resident;
    const { inHeap, threads } = index.heapStats();
    expect(inHeap).toBeLessThan(threads / 4);
    expect(await listOf(index.storiesFrom(source, 40))).toEqual(whole.stories());
    const { held } = index.listStats();
    expect(held).toBeGreaterThan(inHeap);
    // Weeks apart, threads cannot be joined: a window of them is at hand at any time.
    expect(held).toBeLessThan(threads / 2);
    // Nothing was brought back into the index's heap.
    expect(index.heapStats().inHeap).toBe(inHeap);
  });

  it('holds undated threads from their first pair to their last and still gives the same stories', async () => {
    const { whole, resident } = placed(0.1);
    const [index, source] = await resident;
    expect(await listOf(index.storiesFrom(source, 40))).toEqual(whole.stories());
    expect(index.listStats().held).toBeLessThan(index.listStats().threads);
  });
});
