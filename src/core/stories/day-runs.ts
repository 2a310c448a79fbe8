// From the index's threads to moves in time. The index keeps reports told in one set of words
// together, whatever their days: the claim of the 7th, the denial of the 13th and the admission of
// the 19th share every name and most words. A move is reported over a day or two (time zones put
// one announcement on two dates); a day with no report between two runs of reports says the later
// run is a new move: a follow-up, a reply, a retaliation. A thread is cut there, before threads
// told in other languages are joined to the move of their days (assemble.ts).
//
// An undated member goes with the run it shares the most names and numbers with (then the largest
// run, then the earliest): nothing says which day it tells. Cutting is a function of the members
// alone, so the partition does not depend on the order they arrived in.
import type { StoryState } from './state.js';
import { dayNumber } from './article-time.js';

// Runs of reports whose publication days are at most this far apart are one move.
export const RUN_GAP_DAYS = 1;

/** The thread's members cut into runs of days with no empty day inside; the thread itself when it holds one run. */
export function dayRuns(t: StoryState): StoryState[] {
  const dated = t.members.filter((m) => m.published && m.published.length >= 10);
  if (dated.length < 2) return [t];
  const days = [...new Set(dated.map((m) => dayNumber(m.published!)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && d - last[1] <= RUN_GAP_DAYS) last[1] = d;
    else runs.push([d, d]);
  }
  if (runs.length < 2) return [t];
  const parts = runs.map(() => [] as StoryState['members']);
  const undated: StoryState['members'] = [];
  for (const m of t.members) {
    if (!m.published || m.published.length < 10) {
      undated.push(m);
      continue;
    }
    const d = dayNumber(m.published);
    parts[runs.findIndex(([a, b]) => d >= a && d <= b)].push(m);
  }
  const keysOf = parts.map((p) => new Set(p.flatMap((m) => m.keys ?? [])));
  const dated0 = parts.map((p) => p.length);
  for (const m of undated) {
    let best = 0;
    let bestScore = [-1, -1];
    parts.forEach((_, i) => {
      const shared = (m.keys ?? []).filter((k) => keysOf[i].has(k)).length;
      const score = [shared, dated0[i]];
      if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) [best, bestScore] = [i, score];
    });
    parts[best].push(m);
  }
  const founder = t.members[0].id;
  // Members keep no language: a run is told in its thread's main language (a thread is one set of words).
  let language: string | null = null;
  for (const [l, n] of t.languages) if (language === null || n > t.languages.get(language)! || (n === t.languages.get(language)! && l < language)) language = l;
  return parts.map((members, i) => {
    const cross = new Map<number, number>();
    for (const m of members) for (const k of m.keys ?? []) cross.set(k, (cross.get(k) ?? 0) + 1);
    const own = members.some((m) => m.id === founder);
    const firstDated = members.filter((m) => m.published && m.published.length >= 10).map((m) => m.published!.slice(0, 10)).sort();
    const ids = members.map((m) => m.id).sort();
    return {
      ...t,
      id: own ? t.id : `${t.id}-${ids[0].slice(0, 8)}`,
      members,
      first: firstDated[0],
      last: firstDated[firstDated.length - 1],
      time: runs[i],
      // Its evidence across languages is its members' rarest keys (the thread's counts are the whole thread's).
      cross,
      languages: new Map(language === null ? [] : [[language, members.length]]),
      // The index keeps no headline per member: a run without the founding report is titled like its
      // thread here, and by a headline of its own once the story stage reads them (moves.ts).
      title: t.title,
      lead: t.lead,
    };
  });
}
