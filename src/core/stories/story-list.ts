// The story list of an index whose closed threads are out of the heap (see resident.ts), without
// loading them all back: consolidation asks for the threads it reads a few at a time and lets
// them go after their last pair (consolidate.ts, pairs.ts), and the stories are then assembled a
// batch of groups at a time. Threads without a date or spanning long periods are held longer.
// The stories are those `storiesOf` gives over every thread in the heap, in the same order.
import type { Story } from '../types.js';
import { evidenceOf, groupStories, keyStats } from './assemble.js';
import { skeletonExpansion } from './skeleton-keys.js';
import { CONSOLIDATE_OPTIONS, consolidating, type ThreadEvidence } from './consolidate.js';
import { LOAD_CHUNK } from './pairs.js';
import { isShell, storyState, type StoryState, type ThreadSlot, type ThreadState } from './state.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The stories of the live threads given (in the heap, or shells whose states `load` gives by seq).
 * `held` hears how many threads are at hand (in the heap, and loaded) each time more are loaded;
 * `chunk`: threads asked for per request (a group larger than that comes whole).
 */
export async function* streamStories(threads: ThreadSlot[], vocabulary: Vocabulary, load: (seqs: number[]) => Promise<ThreadState[]>, held?: (count: number) => void, chunk = LOAD_CHUNK): AsyncGenerator<Story, void> {
  const inHeap = threads.filter((t) => !isShell(t)).length;
  held?.(inHeap);
  const loaded = new Map<number, StoryState>();
  const fetch = async (indices: number[]) => {
    const bySeq = new Map<number, number>();
    for (const i of indices) if (isShell(threads[i]) && !loaded.has(i)) bySeq.set(threads[i].seq, i);
    if (bySeq.size === 0) return;
    for (const s of await load([...bySeq.keys()])) {
      const i = bySeq.get(s.seq);
      if (i === undefined) continue;
      loaded.set(i, storyState(s));
      bySeq.delete(s.seq);
    }
    if (bySeq.size > 0) throw new Error(`threads ${[...bySeq.keys()].slice(0, 5).join(', ')} of the story index are not stored`);
    held?.(inHeap + loaded.size);
  };
  const at = (i: number): StoryState => {
    const t = threads[i];
    if (!isShell(t)) return t;
    const s = loaded.get(i);
    if (!s) throw new Error(`thread ${t.seq} of the story index was read before it was loaded`);
    return s;
  };
  const expand = skeletonExpansion(vocabulary);
  const evidence = new Map<number, ThreadEvidence>();
  const evidenceAt = (i: number): ThreadEvidence => {
    let e = evidence.get(i);
    if (!e) evidence.set(i, (e = evidenceOf(at(i), expand)));
    return e;
  };
  // A shell carries its time: consolidation reads the times of all threads from the slots.
  const run = consolidating(threads, evidenceAt, keyStats(vocabulary), CONSOLIDATE_OPTIONS, chunk);
  let step = run.next();
  while (!step.done) {
    for (const i of step.value.release) {
      loaded.delete(i);
      evidence.delete(i);
    }
    await fetch(step.value.load);
    step = run.next();
  }
  loaded.clear();
  evidence.clear();
  // Each group in order of its lowest thread, its threads in index order: as storiesOf.
  const groups = new Map<number, number[]>();
  step.value.forEach((rep, i) => {
    const group = groups.get(rep);
    if (group) group.push(i);
    else groups.set(rep, [i]);
  });
  const all = [...groups.values()];
  const shells = (group: number[]) => group.reduce((n, i) => n + (isShell(threads[i]) ? 1 : 0), 0);
  for (let g = 0; g < all.length; ) {
    const batch: number[][] = [];
    for (let count = 0; g < all.length && (batch.length === 0 || count + shells(all[g]) <= chunk); g++) {
      count += shells(all[g]);
      batch.push(all[g]);
    }
    await fetch(batch.flat());
    for (const group of batch) yield* groupStories(group.map(at), vocabulary);
    loaded.clear();
  }
}
