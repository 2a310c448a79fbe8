// The index's vocabulary: feature codes to dense ids, document frequencies, the languages each
// cross-language key was seen in, and first-seen surfaces; turns an article's features into the
// unit TF-IDF vector that placement scores. Kept apart from placement, which only reads it.
import { strongest, type Sparse } from './centroid.js';
import { isCrossFeature, isNameFeature, type StoryFeatures } from './features.js';
import type { StoryIndexHead } from './state.js';

// Caps that keep memory and time per article bounded at 100k articles.
const DOC_TERMS = 150;
export const QUERY_TERMS = 12;
// Cross-language keys kept per member to explain its placement.
export const MEMBER_KEYS = 16;
// Names are what set one story apart from another on the same beat.
const NAME_WEIGHT = 1.25;
// IDF with a prior of this many background documents in which every word is rare: a small corpus
// cannot tell general words from specific ones, so until it grows, words count about equally.
const IDF_PRIOR = 20;

export function idf(n: number, df: number): number {
  return Math.log((n + 1 + IDF_PRIOR) / (df + 0.01 * IDF_PRIOR));
}

/** The vocabulary's part of the persisted state, in the order `toJSON` writes it. */
export type VocabularyState = Pick<StoryIndexHead, 'features' | 'df' | 'keyLanguages' | 'keyNamed' | 'languages' | 'articles' | 'surfaces' | 'skeletons'>;

const NO_NAMES: ReadonlySet<number> = new Set();

export class Vocabulary {
  /** Feature code -> dense id, and back. */
  private readonly featureIds = new Map<number, number>();
  readonly features: number[] = [];
  readonly df: number[] = [];
  /** Per cross-language key: a bit for each language it was seen in (see `languageBit`). */
  readonly keyLanguages: number[] = [];
  /** Per cross-language key: 1 once an article carried it as a word of a person's name or as a figure (see consolidate.ts). */
  readonly keyNamed: number[] = [];
  private readonly languageBits = new Map<string, number>();
  /** Per consonant skeleton (code): the ids of the capitalised names' keys with that skeleton (see skeleton-keys.ts). */
  private readonly skeletonNames = new Map<number, Set<number>>();
  /** The skeletons (codes) an article of a caseless script carried. */
  private readonly carried = new Set<number>();
  /** Articles vectorised so far. */
  articles = 0;
  readonly surfaces = new Map<number, string>();

  /** Records that the keys were seen in the language. */
  markLanguage(cross: number[], language: string): void {
    const bit = this.languageBit(language);
    for (const id of cross) this.keyLanguages[id] |= bit;
  }

  /**
   * Records what the keys (codes) are across languages (keyNamed): 1, they name a person or state a
   * figure in some article; 2, numbers under a hundred (StoryFeatures.small).
   */
  markNamed(codes: readonly number[], kind: 1 | 2 = 1): void {
    for (const code of codes) {
      const id = this.featureIds.get(code);
      if (id !== undefined) this.keyNamed[id] = kind;
    }
  }

  /** Records an article's [name key, skeleton] pairs (StoryFeatures.skeletons; see skeleton-keys.ts). */
  markSkeletons(pairs: readonly [number, number][]): void {
    for (const [code, skeleton] of pairs) {
      if (code === skeleton) {
        this.carried.add(skeleton);
        continue;
      }
      const id = this.featureIds.get(code);
      if (id === undefined) continue;
      const names = this.skeletonNames.get(skeleton);
      if (names) names.add(id);
      else this.skeletonNames.set(skeleton, new Set([id]));
    }
  }

  /** Each skeleton (code) an article of a caseless script carried, with the ids of the name keys of that skeleton. */
  *carriedSkeletons(): Generator<[skeleton: number, names: ReadonlySet<number>]> {
    for (const skeleton of this.carried) yield [skeleton, this.skeletonNames.get(skeleton) ?? NO_NAMES];
  }

  /** The language's bit; languages past the 30th share the last bit (they can still tell a key seen in two languages). */
  private languageBit(language: string): number {
    let bit = this.languageBits.get(language);
    if (bit === undefined) {
      bit = 1 << Math.min(30, this.languageBits.size);
      if (this.languageBits.size <= 30) this.languageBits.set(language, bit);
    }
    return bit;
  }

  private featureId(f: number): number {
    let id = this.featureIds.get(f);
    if (id === undefined) {
      id = this.features.length;
      this.featureIds.set(f, id);
      this.features.push(f);
      this.df.push(0);
      this.keyLanguages.push(0);
      this.keyNamed.push(0);
    }
    return id;
  }

  /** Unit TF-IDF vector over the article's strongest features, the query terms first. */
  vectorise({ terms, counts, surfaces }: StoryFeatures): Sparse & { cross: number[] } {
    this.articles += 1;
    const n = this.articles;
    const ids: number[] = [];
    const weights: number[] = [];
    const cross: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const f = terms[i];
      const id = this.featureId(f);
      this.df[id] += 1;
      if (isCrossFeature(f)) {
        cross.push(id);
        continue;
      }
      ids.push(id);
      weights.push((1 + Math.log(counts[i])) * idf(n, this.df[id]) * (isNameFeature(f) ? NAME_WEIGHT : 1));
    }
    for (const [f, s] of surfaces) {
      const id = this.featureIds.get(f)!;
      if (!this.surfaces.has(id)) this.surfaces.set(id, s);
    }
    const top = strongest(weights, DOC_TERMS, QUERY_TERMS);
    let normSq = 0;
    for (const i of top) normSq += weights[i] * weights[i];
    const norm = Math.sqrt(normSq) || 1;
    return { ids: top.map((i) => ids[i]), weights: top.map((i) => weights[i] / norm), cross };
  }

  /** The dense id of a feature code, or undefined when no article has carried it. */
  idOf(code: number): number | undefined {
    return this.featureIds.get(code);
  }

  /** The article's rarest cross-language keys so far: what it can share most tellingly with its story. */
  specificKeys(cross: number[]): number[] {
    return [...cross].sort((a, b) => this.df[a] - this.df[b] || a - b).slice(0, MEMBER_KEYS);
  }

  /** A copy: the arrays go on growing as articles are placed. */
  toJSON(): VocabularyState {
    return {
      features: [...this.features],
      df: [...this.df],
      keyLanguages: [...this.keyLanguages],
      keyNamed: [...this.keyNamed],
      languages: [...this.languageBits.keys()],
      articles: this.articles,
      surfaces: [...this.surfaces],
      skeletons: [...new Set([...this.skeletonNames.keys(), ...this.carried])].map((s) => [s, this.carried.has(s) ? 1 : 0, ...(this.skeletonNames.get(s) ?? [])]),
    };
  }

  static fromJSON(state: VocabularyState): Vocabulary {
    const vocabulary = new Vocabulary();
    state.features.forEach((f, i) => {
      vocabulary.featureIds.set(f, i);
      vocabulary.features.push(f);
      vocabulary.df.push(state.df[i]);
      vocabulary.keyLanguages.push(state.keyLanguages[i]);
      vocabulary.keyNamed.push(state.keyNamed[i] ?? 0);
    });
    state.languages.forEach((l, i) => vocabulary.languageBits.set(l, 1 << i));
    vocabulary.articles = state.articles;
    for (const [f, s] of state.surfaces) vocabulary.surfaces.set(f, s);
    for (const [skeleton, carried, ...names] of state.skeletons ?? []) {
      if (carried === 1) vocabulary.carried.add(skeleton);
      if (names.length > 0) vocabulary.skeletonNames.set(skeleton, new Set(names));
    }
    return vocabulary;
  }
}
