// From threads to moves. The index keeps articles told in one set of words together, but two
// moves of one event (one official's interview, then another official's a day or two later) are
// often told in the same words: the same names, the same background. What sets them apart is whose
// statement each report carries and when: reports whose main voices differ and whose publication
// days do not overlap are two moves, when each voice is carried by two reports or more. Reports
// of one day in several voices stay one move (the reactions to one incident), and so do reports
// of one voice over several days.
//
// A copy (wire copy, republication) is placed with what it copies, whatever its own quotes. A
// report without a main voice, or with one whose reports carry no date, joins the move it shares
// the most names and numbers with (else the one of its day, else the largest).
import type { IsoDate, MemberReason, Quote, Story, Thread } from '../types.js';
import { nameKey } from './features.js';

/** What splitting a story's threads into moves reads of its articles. */
/** What moves read of a quote: its article, its (corpus-resolved) speaker and its length in characters. */
export type QuoteVoice = Pick<Quote, 'article' | 'speaker'> & { text: Pick<string, 'length'> };

export interface MoveEvidence {
  /** Article id -> its publication date and headline. */
  articles: Map<string, { published: IsoDate | null; headline: string | null }>;
  /** The corpus-resolved quotes of the story's articles (others are ignored). */
  quotes: QuoteVoice[];
  /** Copy -> the articles it copies text from (the reuse stage's copy verdicts). */
  copies: Map<string, string[]>;
}

// A main voice is quoted at some length (a clause, not a word or two) and clearly more than anyone
// else in the report: a report quoting two people about equally has no main voice.
const MIN_VOICE_CHARS = 50;
const DOMINANCE = 1.5;
// Reports (copies included) that must carry a voice for it to make a move of its own.
const MIN_MOVE_REPORTS = 2;

/** The story with each thread split into its moves; unchanged when no thread holds two. */
export function splitMoves(untitled: Story, evidence: MoveEvidence): Story {
  // A thread is titled by a headline of its own: one cut from a longer thread by its days
  // (day-runs.ts) came with that thread's title.
  const titled = untitled.threads.map((t) => ownTitle(t, evidence));
  const story = titled.every((t, i) => t === untitled.threads[i]) ? untitled : { ...untitled, threads: titled };
  const voices = mainVoices(story.articles, evidence.quotes);
  const reasons = new Map(story.why.map((w) => [w.article, w]));
  const threads = story.threads.flatMap((t) => threadMoves(t, voices, reasons, evidence));
  if (threads.length === story.threads.length) return story;
  threads.sort((a, b) => b.articles.length - a.articles.length || (a.span[0] ?? '~').localeCompare(b.span[0] ?? '~') || a.id.localeCompare(b.id));
  const threadOf = new Map(threads.flatMap((t) => t.articles.map((a) => [a, t.id] as const)));
  const articles = threads.flatMap((t) => t.articles);
  return {
    ...story,
    articles,
    threads,
    why: articles.map((a): MemberReason => ({ ...reasons.get(a)!, thread: threadOf.get(a)! })),
  };
}

/** The thread, titled by its first headline when its title is none of its articles' headlines. */
function ownTitle(thread: Thread, evidence: MoveEvidence): Thread {
  const headlines = thread.articles.map((a) => evidence.articles.get(a)?.headline).filter((h): h is string => !!h);
  return headlines.length === 0 || headlines.includes(thread.title) ? thread : { ...thread, title: headlines[0] };
}

/**
 * Each article's main voice: the speaker it quotes at most length, by a key that folds one
 * person's forms of name to their last word ('Anna Kowal', 'Anna Maria Kowal'). Two people
 * sharing a surname, or two organisations a head noun, then share a voice: that can only keep
 * reports together, never part them.
 */
export function mainVoices(articles: string[], quotes: QuoteVoice[]): Map<string, string> {
  const wanted = new Set(articles);
  const chars = new Map<string, Map<string, number>>();
  for (const q of quotes) {
    if (!q.speaker || !wanted.has(q.article)) continue;
    const key = nameKey(q.speaker).split(' ').pop();
    if (!key) continue;
    const bySpeaker = chars.get(q.article) ?? chars.set(q.article, new Map()).get(q.article)!;
    bySpeaker.set(key, (bySpeaker.get(key) ?? 0) + q.text.length);
  }
  const out = new Map<string, string>();
  for (const [article, bySpeaker] of chars) {
    const [first, second] = [...bySpeaker].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (first[1] >= MIN_VOICE_CHARS && first[1] >= DOMINANCE * (second?.[1] ?? 0)) out.set(article, first[0]);
  }
  return out;
}

/** A report and its copies in the thread: they always share a move. */
interface Unit {
  articles: string[];
  voice: string | null;
  days: string[];
}

interface Move {
  units: Unit[];
  first: string;
  last: string;
}

function threadMoves(thread: Thread, voices: Map<string, string>, reasons: Map<string, MemberReason>, evidence: MoveEvidence): Thread[] {
  if (thread.articles.length < 2) return [thread];
  const units = copyUnits(thread.articles, voices, evidence);
  // Voices with dated reports, as day ranges; ranges that overlap are one move.
  const byVoice = new Map<string, Unit[]>();
  for (const u of units) if (u.voice) (byVoice.get(u.voice) ?? byVoice.set(u.voice, []).get(u.voice)!).push(u);
  const dated: Move[] = [];
  for (const group of byVoice.values()) {
    const days = group.flatMap((u) => u.days).sort();
    // A move is something several reports carry: one report's voice alone is one outlet's angle.
    if (days.length && group.reduce((n, u) => n + u.articles.length, 0) >= MIN_MOVE_REPORTS) dated.push({ units: group, first: days[0], last: days[days.length - 1] });
  }
  dated.sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last));
  const moves: Move[] = [];
  for (const m of dated) {
    const prev = moves[moves.length - 1];
    if (prev && m.first <= prev.last) {
      prev.units.push(...m.units);
      if (m.last > prev.last) prev.last = m.last;
    } else moves.push({ ...m, units: [...m.units] });
  }
  if (moves.length < 2) return [thread];
  const placed = new Set(moves.flatMap((m) => m.units));
  for (const u of units) if (!placed.has(u)) closestMove(u, moves, reasons).units.push(u);
  const order = new Map(thread.articles.map((a, i) => [a, i]));
  return moves.map((m) => {
    const articles = m.units.flatMap((u) => u.articles).sort((a, b) => order.get(a)! - order.get(b)!);
    const dates = articles.flatMap((a) => evidence.articles.get(a)?.published?.slice(0, 10) ?? []).sort();
    // The move holding the thread's founding article keeps its id; the others are named after their own first article.
    const id = articles.includes(thread.articles[0]) ? thread.id : `${thread.id}-${articles[0].slice(0, 8)}`;
    const title = articles.map((a) => evidence.articles.get(a)?.headline).find((h) => h) ?? thread.title;
    return { id, title, articles, span: [dates[0] ?? null, dates[dates.length - 1] ?? null] };
  });
}

/** The thread's articles grouped with their copies (followed both ways within the thread). */
function copyUnits(articles: string[], voices: Map<string, string>, evidence: MoveEvidence): Unit[] {
  const parent = new Map(articles.map((a) => [a, a]));
  const find = (a: string): string => {
    while (parent.get(a) !== a) a = parent.get(a)!;
    return a;
  };
  for (const a of articles)
    for (const s of evidence.copies.get(a) ?? []) {
      if (!parent.has(s)) continue;
      const [x, y] = [find(a), find(s)];
      if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
    }
  const groups = new Map<string, string[]>();
  for (const a of articles) (groups.get(find(a)) ?? groups.set(find(a), []).get(find(a))!).push(a);
  return [...groups.values()].map((members) => {
    // The unit speaks with the voice of what was copied: its original's, else a copy's own.
    const original = members.find((a) => !(evidence.copies.get(a) ?? []).some((s) => members.includes(s)));
    const voice = (original && voices.get(original)) ?? members.map((a) => voices.get(a)).find((v) => v) ?? null;
    const days = members.flatMap((a) => evidence.articles.get(a)?.published?.slice(0, 10) ?? []);
    return { articles: members, voice, days };
  });
}

/** The move a unit without a dated voice of its own belongs to: most shared names and numbers, then its day, then the largest. */
function closestMove(unit: Unit, moves: Move[], reasons: Map<string, MemberReason>): Move {
  const keys = (articles: string[]) => new Set(articles.flatMap((a) => [...(reasons.get(a)?.names ?? []), ...(reasons.get(a)?.numbers ?? [])]));
  const own = keys(unit.articles);
  let best = moves[0];
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (const m of moves) {
    const theirs = keys(m.units.flatMap((u) => u.articles));
    const shared = [...own].filter((k) => theirs.has(k)).length;
    const sameDay = unit.days.some((d) => d >= m.first && d <= m.last) ? 1 : 0;
    const size = m.units.reduce((n, u) => n + u.articles.length, 0);
    const score: [number, number, number] = [shared, sameDay, size];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && (score[1] > bestScore[1] || (score[1] === bestScore[1] && score[2] > bestScore[2])))) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}
