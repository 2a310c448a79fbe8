// Synthetic news corpus with known stories, for the story-clustering eval and bench.
// Stories are written on "beats" (topic areas with their own recurring names and vocabulary), so
// stories on the same beat share many names and words, run at overlapping times, and have to be told
// apart by their own specific terms and dates: the situation the seeds' two Syria stories are in.
import type { Article } from '../../src/core/types.js';

export interface StoryCorpus {
  articles: Article[];
  /** article id -> true story label */
  truth: Map<string, string>;
}

export interface StoryCorpusOptions {
  articles: number;
  seed?: number;
  /** Share of articles published without a date. */
  undated?: number;
  /** Days the corpus spans. */
  days?: number;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru sa te vo zi ba de fu go hi ja ko lu ma no pe ri so tu va we xi yo za'.split(' ');
const FUNCTION = 'the of and to in a that for on with as by at from was were is are has have had it its their which but also after over into about'.split(' ');
const VERBS = 'said reported announced confirmed warned claimed added noted stated told'.split(' ');

function word(r: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

function name(r: () => number): string {
  const w = word(r, 2 + Math.floor(r() * 2));
  return w[0].toUpperCase() + w.slice(1);
}

function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

interface Beat {
  names: string[];
  words: string[];
}

interface StoryPlan {
  label: string;
  beat: Beat;
  names: string[];
  words: string[];
  day: number;
  length: number;
  size: number;
}

export function generateStoryCorpus(options: StoryCorpusOptions): StoryCorpus {
  const r = rng(options.seed ?? 1);
  const days = options.days ?? 730;
  const undated = options.undated ?? 0.05;
  const general = Array.from({ length: 3000 }, () => word(r, 2 + Math.floor(r() * 2)));
  const beats: Beat[] = Array.from({ length: 30 }, () => ({
    names: Array.from({ length: 25 }, () => name(r)),
    words: Array.from({ length: 150 }, () => word(r, 3)),
  }));
  const outlets = Array.from({ length: 60 }, () => `${name(r)} ${pick(r, ['News', 'Times', 'Post', 'Daily'])}`);

  // Story sizes are heavy-tailed: most stories get one or two articles, a few get dozens.
  const plans: StoryPlan[] = [];
  let planned = 0;
  while (planned < options.articles) {
    const size = Math.min(options.articles - planned, 80, Math.floor(1 / Math.pow(r(), 0.9)));
    const beat = pick(r, beats);
    // A fifth of stories are follow-ups: the same people as an earlier story on the beat, months
    // later, about something else.
    const earlier = plans.filter((p) => p.beat === beat);
    const followUp = earlier.length > 0 && r() < 0.2 ? pick(r, earlier) : null;
    plans.push({
      label: `s${plans.length}`,
      beat,
      names: followUp ? followUp.names : [...Array.from({ length: 3 }, () => name(r)), pick(r, beat.names)],
      // Half of a story's own vocabulary is its beat's: stories on one beat overlap heavily.
      words: Array.from({ length: 30 }, () => (r() < 0.5 ? pick(r, beat.words) : word(r, 3))),
      day: Math.floor(r() * days),
      length: 1 + Math.floor(r() * 6),
      size,
    });
    planned += size;
  }

  const articles: Article[] = [];
  const truth = new Map<string, string>();
  const epoch = Date.UTC(2020, 0, 1);
  for (const plan of plans) {
    for (let k = 0; k < plan.size; k++) {
      const id = `${plan.label}-${k}-${Math.floor(r() * 1e9).toString(16)}`;
      const sentences: string[] = [];
      const count = 6 + Math.floor(r() * 12);
      // Each article uses only part of its story's vocabulary, as real reports pick different details.
      const own = plan.words.filter(() => r() < 0.6);
      const ownNames = plan.names.filter(() => r() < 0.75);
      if (own.length === 0) own.push(plan.words[0]);
      if (ownNames.length === 0) ownNames.push(plan.names[0]);
      for (let s = 0; s < count; s++) {
        const parts: string[] = [pick(r, FUNCTION)];
        const len = 10 + Math.floor(r() * 14);
        for (let i = 0; i < len; i++) {
          const x = r();
          if (x < 0.12) parts.push(pick(r, own));
          else if (x < 0.27) parts.push(pick(r, plan.beat.words));
          else if (x < 0.32) parts.push(pick(r, ownNames));
          else if (x < 0.4) parts.push(pick(r, plan.beat.names));
          else if (x < 0.7) parts.push(pick(r, FUNCTION));
          else parts.push(pick(r, general));
          if (i === Math.floor(len / 2)) parts.push(pick(r, VERBS));
        }
        const text = parts.join(' ');
        sentences.push(text[0].toUpperCase() + text.slice(1) + '.');
      }
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
      const day = plan.day + Math.floor(r() * plan.length);
      const published = r() < undated ? null : new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
      const headline = [pick(r, ownNames), pick(r, own), pick(r, FUNCTION), pick(r, own), pick(r, plan.beat.words)].join(' ');
      articles.push({
        id,
        source: `gen/${id}.txt`,
        outlet: pick(r, outlets),
        url: null,
        headline,
        published,
        language: 'en',
        body: paragraphs.join('\n\n'),
        original: '',
      });
      truth.set(id, plan.label);
    }
  }
  // Shuffle so that arrival order is not story order.
  for (let i = articles.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [articles[i], articles[j]] = [articles[j], articles[i]];
  }
  return { articles, truth };
}

/** BCubed precision, recall and F1 of a clustering against the true labels. */
export function bcubed(
  clusters: string[][],
  truth: Map<string, string>,
): { precision: number; recall: number; f1: number } {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((a) => clusterOf.set(a, i)));
  const pairCount = new Map<string, number>();
  const labelSize = new Map<string, number>();
  for (const [a, label] of truth) {
    labelSize.set(label, (labelSize.get(label) ?? 0) + 1);
    const key = `${clusterOf.get(a)}|${label}`;
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  }
  let p = 0;
  let rc = 0;
  for (const [a, label] of truth) {
    const c = clusterOf.get(a) ?? -1;
    const both = pairCount.get(`${c}|${label}`) ?? 0;
    p += both / (c >= 0 ? clusters[c].length : 1);
    rc += both / (labelSize.get(label) ?? 1);
  }
  const n = truth.size || 1;
  const precision = p / n;
  const recall = rc / n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}
