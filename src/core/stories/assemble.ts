// The output side of the story index: its live threads joined into Story records (consolidate.ts),
// undated outsiders peeled off (peel.ts), with key entities and each member's reasons. Reads the
// index's state and never changes it, so it lives apart from placement.
import type { MemberReason, Story } from '../types.js';
import { dayNumber, maxDate, minDate } from './article-time.js';
import { dayRuns } from './day-runs.js';
import { commonBar, CONSOLIDATE_OPTIONS, consolidate, type KeyStats, type ThreadEvidence } from './consolidate.js';
import { isEntityFeature, isNameFeature } from './features.js';
import { laterReports, newActors, outsiders, ownStory } from './peel.js';
import { addCounts, type Member, type StoryState } from './state.js';
import { skeletonExpansion, type SkeletonExpansion } from './skeleton-keys.js';
import { idf, MEMBER_KEYS, type Vocabulary } from './vocabulary.js';

// Names and numbers listed per member to say why it is in its story.
const WHY_KEYS = 5;

/**
 * The stories: threads (the index's clusters) joined on shared cross-language evidence close in
 * time (see consolidate.ts). Each story lists its threads, largest first; its id is its largest
 * thread's (ties: the earliest founded), so a story keeps its id as threads join it.
 */
export function assembleStories(threads: StoryState[], vocabulary: Vocabulary): Story[] {
  return [...storiesOf(threads, vocabulary)];
}

/**
 * `assembleStories` one story at a time, in the same order: a caller writing them as they come
 * holds one story's record at a time, not every story's member list and reasons.
 */
export function* storiesOf(threads: StoryState[], vocabulary: Vocabulary): Generator<Story, void> {
  const groups = new Map<number, StoryState[]>();
  const expand = skeletonExpansion(vocabulary);
  consolidate(threads.map((t) => evidenceOf(t, expand)), keyStats(vocabulary)).forEach((rep, i) => {
    const group = groups.get(rep);
    if (group) group.push(threads[i]);
    else groups.set(rep, [threads[i]]);
  });
  for (const group of groups.values()) yield* groupStories(group, vocabulary);
}

/** What consolidation needs of a thread: its names written in a caseless script count as the names they stand for. */
export function evidenceOf(t: StoryState, expand: SkeletonExpansion): ThreadEvidence {
  return { size: t.members.length, time: t.time, dated: t.first !== null, days: t.days, after: t.after, cross: expand(t.cross), language: mainLanguage(t.languages), centroid: t.centroid };
}

/** What consolidation needs of the corpus. */
export function keyStats(vocabulary: Vocabulary): KeyStats {
  return { df: vocabulary.df, articles: vocabulary.articles, languages: vocabulary.keyLanguages, named: vocabulary.keyNamed };
}

/** The stories of one group of threads (in index order) consolidation joined. */
export function* groupStories(group: StoryState[], vocabulary: Vocabulary): Generator<Story, void> {
  // Undated members whose own dates put them outside the whole story's dated span leave it (peel.ts).
  const members = group.flatMap((t) => t.members);
  const peeled = outsiders(members, CONSOLIDATE_OPTIONS.graceDays, (m) => namesRecurring(group, m, vocabulary));
  // And undated reports alone in their thread that name an actor the rest of the story never does.
  for (const id of newActors(group, (code) => vocabulary.idOf(code))) peeled.add(id);
  if (peeled.size === 0) {
    yield toStory(group, vocabulary);
    return;
  }
  // A thread titled by a member it lost is titled by its opening sentence instead.
  const lost = new Set(group.flatMap((t) => t.members.filter((m) => peeled.has(m.id)).map((m) => m.title)));
  const kept = group
    .map((t) => keptPart(t, peeled, lost))
    .filter((t) => t.members.length > 0);
  if (kept.length > 0) yield toStory(kept, vocabulary);
  const taken = new Set(kept.map((t) => t.id));
  const surface = (k: number) => vocabulary.surfaces.get(k);
  // The reports of a later event leave together, dated ones first; the others each alone.
  const later = laterReports(members, CONSOLIDATE_OPTIONS.graceDays);
  const parts = group.flatMap((thread) => thread.members.filter((m) => peeled.has(m.id)).map((m) => ({ m, thread })));
  const together = parts.filter((p) => later.has(p.m.id)).sort((a, b) => Number(!a.m.published) - Number(!b.m.published));
  if (together.length > 0) yield ownStory(together, taken, surface);
  for (const p of parts) if (!later.has(p.m.id)) yield ownStory([p], taken, surface);
}

// Other threads of a story naming one person for that person to be one the story keeps naming.
const RECURRING_THREADS = 3;

/** Whether a member names a person (not a figure) that RECURRING_THREADS other threads of its group name. */
function namesRecurring(group: readonly StoryState[], m: Member, vocabulary: Vocabulary): boolean {
  return (m.keys ?? []).some((k) => {
    if (vocabulary.keyNamed[k] !== 1 || /^\d/.test(vocabulary.surfaces.get(k) ?? '0')) return false;
    let threads = 0;
    for (const t of group) if ((t.cross.get(k) ?? 0) > 0 && !t.members.some((x) => x.id === m.id)) threads++;
    return threads >= RECURRING_THREADS;
  });
}

/**
 * What a thread keeps once its peeled members leave: its other members, and its days theirs when it
 * lost a dated member (a later event's report dated by its page, see peel.ts).
 */
function keptPart(t: StoryState, peeled: ReadonlySet<string>, lost: ReadonlySet<string | null | undefined>): StoryState {
  const members = t.members.filter((m) => !peeled.has(m.id));
  const part = { ...t, title: lost.has(t.title) ? '' : t.title, members };
  if (!t.members.some((m) => m.published && peeled.has(m.id))) return part;
  const first = members.reduce<string | null>((d, m) => minDate(d, m.published), null);
  const last = members.reduce<string | null>((d, m) => maxDate(d, m.published), null);
  return { ...part, first, last, time: first && last ? [dayNumber(first), dayNumber(last)] : null };
}

function toStory(group: StoryState[], vocabulary: Vocabulary): Story {
  const bySize = [...group].sort((a, b) => b.members.length - a.members.length);
  // The story's id, title and names are its threads' as the index keeps them (a joined thread keeps
  // its largest part's id): cutting threads into runs of days (day-runs.ts) changes only its threads.
  const whole = sameMoves(bySize, vocabulary).sort((a, b) => b.members.length - a.members.length);
  const lead = whole[0];
  const runs = bySize.flatMap(dayRuns).sort((a, b) => b.members.length - a.members.length);
  const ordered = runs.length === bySize.length ? whole : sameMoves(runs, vocabulary).sort((a, b) => b.members.length - a.members.length);
  const members = ordered.flatMap((t) => t.members);
  const first = ordered.reduce<string | null>((d, t) => minDate(d, t.first), null);
  const last = ordered.reduce<string | null>((d, t) => maxDate(d, t.last), null);
  return {
    id: lead.id,
    title: titleOf(whole),
    articles: members.map((m) => m.id),
    span: [first, last],
    outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
    entities: keyEntities(lead, vocabulary),
    threads: ordered.map((t) => ({ id: t.id, title: t.title || t.lead, articles: t.members.map((m) => m.id), span: [t.first, t.last] })),
    why: reasons(ordered, vocabulary.surfaces),
  };
}

/**
 * A story is titled by its central thread: the largest (its headline, else its opening sentence),
 * never a smaller thread's headline, which can be a report of another event that joined on names.
 * Among threads as large, the one whose names and numbers the other threads carry most.
 */
function titleOf(ordered: StoryState[]): string {
  const size = ordered[0].members.length;
  let best = ordered[0];
  if (ordered.length > 1 && ordered[1].members.length === size) {
    const carried = (t: StoryState) => {
      let n = 0;
      for (const o of ordered) if (o !== t) for (const id of t.cross.keys()) n += o.cross.get(id) ?? 0;
      return n;
    };
    let most = carried(best);
    for (let i = 1; i < ordered.length && ordered[i].members.length === size; i++) {
      const n = carried(ordered[i]);
      if (n > most) [best, most] = [ordered[i], n];
    }
  }
  return best.title || best.lead;
}

// A move told in two languages: threads whose events fall within this many days of each other,
// each over at most SAME_MOVE_WIDTH days, sharing MOVE_KEYS names or numbers.
const SAME_MOVE_DAYS = 1;
const SAME_MOVE_WIDTH = 2;
const MOVE_KEYS = 2;

/**
 * The index keeps one move per language (its threads are told in one set of words); a story's
 * threads in other languages about the same move (the same day or two, sharing names or numbers
 * few other articles carry) are one thread: a French and an English report of one briefing. Each
 * thread, largest first, joins the first earlier thread it matches that holds no thread of its
 * language yet; the joined thread keeps the larger one's id and title. Threads whose events
 * spread over more days stay as they are; an undated one joins the move it shares clearly most
 * rare names and numbers with (undatedMove), else stays as it is: nothing says which move it tells.
 */
function sameMoves(ordered: StoryState[], vocabulary: Vocabulary): StoryState[] {
  if (ordered.length < 2) return ordered;
  // A key too common to tie threads into a story says nothing about which move they tell either.
  const common = commonBar(vocabulary.articles);
  const narrow = (t: StoryState) => t.time !== null && t.members.some((m) => m.published) && t.time[1] - t.time[0] <= SAME_MOVE_WIDTH;
  const groups: MoveGroup[] = [];
  for (const t of ordered) {
    const language = mainLanguage(t.languages);
    const near = narrow(t)
      ? groups.find((g) => {
          if (!g.time || language === null || g.languages.has(language)) return false;
          if (t.time![0] > g.time[1] + SAME_MOVE_DAYS || g.time[0] > t.time![1] + SAME_MOVE_DAYS) return false;
          let shared = 0;
          for (const id of t.cross.keys()) if (g.cross.has(id) && vocabulary.df[id] < common && ++shared >= MOVE_KEYS) return true;
          return false;
        })
      : undatedMove(t, language, groups, (id) => vocabulary.df[id] < common);
    if (!near) {
      groups.push({ lead: t, parts: [t], languages: new Set(language ? [language] : []), time: narrow(t) ? t.time : null, cross: new Map(t.cross) });
      continue;
    }
    near.parts.push(t);
    near.languages.add(language!);
    if (near.time && narrow(t)) near.time = [Math.min(near.time[0], t.time![0]), Math.max(near.time[1], t.time![1])];
    addCounts(near.cross, t.cross);
  }
  return groups.map(({ lead, parts, cross }) =>
    parts.length === 1
      ? lead
      : {
          ...lead,
          members: parts.flatMap((p) => p.members),
          first: parts.reduce<string | null>((d, p) => minDate(d, p.first), null),
          last: parts.reduce<string | null>((d, p) => maxDate(d, p.last), null),
          cross,
          languages: parts.reduce((all, p) => addCounts(all, p.languages), new Map<string, number>()),
        },
  );
}

// An undated thread shares at least this many keys (half the rarest keys a member keeps) with the move it joins.
const UNDATED_MOVE_KEYS = MEMBER_KEYS / 2;

interface MoveGroup {
  lead: StoryState;
  parts: StoryState[];
  languages: Set<string>;
  time: [number, number] | null;
  cross: Map<number, number>;
}

/**
 * The move an undated thread told in another language belongs to: the one holding no thread of its
 * language that shares the most keys few other articles carry with it, when that is half a
 * member's rarest keys or more and no other move shares as many. A translation of one statement
 * carries its names and figures; a report of another move of the same event shares fewer of them.
 * Dated threads keep to the days they state (sameMoves).
 */
function undatedMove(t: StoryState, language: string | null, groups: MoveGroup[], specific: (id: number) => boolean): MoveGroup | undefined {
  if (language === null || t.members.some((m) => m.published)) return undefined;
  let best: MoveGroup | undefined;
  let most = 0;
  let tie = false;
  for (const g of groups) {
    if (g.languages.has(language)) continue;
    let shared = 0;
    for (const id of t.cross.keys()) if (g.cross.has(id) && specific(id)) shared++;
    if (shared > most) [best, most, tie] = [g, shared, false];
    else if (shared === most) tie = true;
  }
  return best && !tie && most >= UNDATED_MOVE_KEYS ? best : undefined;
}

/** For each member: the names and numbers it shares with at least one other member of the story. */
function reasons(threads: StoryState[], surfaces: Map<number, string>): MemberReason[] {
  const carriers = new Map<number, number>();
  for (const t of threads) addCounts(carriers, t.cross);
  return threads.flatMap((t) =>
    t.members.map((m) => {
      const names: string[] = [];
      const numbers: string[] = [];
      for (const id of m.keys ?? []) {
        const surface = surfaces.get(id);
        if (surface === undefined || (carriers.get(id) ?? 0) < 2) continue;
        const list = /^\d/.test(surface) ? numbers : names;
        if (list.length < WHY_KEYS) list.push(surface);
      }
      return { article: m.id, thread: t.id, names, numbers, date: m.published, copies: [] };
    }),
  );
}

/**
 * The story's most central names, as first written. Resolved entities (when extraction ran) are
 * taken over capitalised-word runs, which include titles, sentence fragments and German nouns.
 */
function keyEntities(story: StoryState, vocabulary: Vocabulary): string[] {
  const names: [string, number, boolean][] = [];
  const n = vocabulary.articles;
  for (const [f, w] of story.centroid.entries()) {
    const surface = vocabulary.surfaces.get(f);
    const feature = vocabulary.features[f];
    if (surface === undefined || !isNameFeature(feature)) continue;
    names.push([surface, w * idf(n, vocabulary.df[f]), isEntityFeature(feature)]);
  }
  const resolved = names.filter((x) => x[2]);
  // Capitalised runs stand in only when extraction did not run: in German every noun is one
  // ("Hoffnung", "Zukunft"), so a story with few resolved entities lists just those.
  const pool = resolved.length > 0 ? resolved : names;
  pool.sort((a, b) => b[1] - a[1]);
  // A capitalised word that is part of a name listed whole ("Akinde" beside "Ruth Akinde") stands
  // for that name, at its own rank; a resolved entity ("Syria" beside "Center for Syria") stays.
  const words = pool.map(([surface]) => surface.toLowerCase().split(/\s+/));
  const properName = pool.map(([surface]) => surface.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)));
  const whole = (i: number): string => {
    if (pool[i][2]) return pool[i][0];
    let best = i;
    for (let j = 0; j < pool.length; j++) {
      if (properName[j] && words[j].length > words[best].length && words[i].every((w) => words[j].includes(w))) best = j;
    }
    return pool[best][0];
  };
  const out: string[] = [];
  for (let i = 0; i < pool.length && out.length < 8; i++) {
    const surface = whole(i);
    if (!out.some((o) => o.toLowerCase() === surface.toLowerCase())) out.push(surface);
  }
  return out;
}

/** The language most members are written in (ties: alphabetical), or null when none is known. */
function mainLanguage(languages: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [l, n] of languages) if (best === null || n > languages.get(best)! || (n === languages.get(best)! && l < best)) best = l;
  return best;
}
