// Reuse detection over a growing corpus: LSH candidates from band keys, alignment of each
// candidate pair, classification and direction. Batch detection is the incremental index fed once.
import type { Article, ReusePassage, ReuseRecord } from '../types.ts';
import { align, AnchorIndex } from './align.ts';
import { capOf, FORMULA_HOLDERS, isMark, KEY_CAP, pairName, pairOf, recheckOnFormula, selectCandidates, withdrawnPairs } from './candidates.ts';
import { classify, coverage, framedAtEnds, isSharedQuote, MIN_PASSAGE_WORDS, substantial } from './classify.ts';
import { decideDirection } from './direction.ts';
import { SCHEME, signatureKeys, type ReuseSignature } from './signature.ts';
import { PostingTable } from './table.ts';
import { tokenize, type Tokens } from './tokens.ts';

export { KEY_CAP };
const PREPARED_CACHE = 2048;

export interface ReuseIndexOptions {
  /** Keep added articles' bodies to align later arrivals against (default true). */
  keepArticles?: boolean;
  /** Articles the index is expected to hold; sizes the key table up front instead of regrowing. */
  expectedArticles?: number;
}

/** Distinct keys (band keys and fingerprints) per article, on average, for sizing the key table. */
const KEYS_PER_ARTICLE = 100;

export interface AddOptions {
  /** Precomputed signatures of the batch (e.g. from workers); computed here when absent. */
  signatures?: ReuseSignature[];
}

export interface Prepared {
  article: Article;
  tokens: Tokens;
}

/** Reused for every pair; see AnchorIndex. */
const anchors = new AnchorIndex();

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The signature, if it was sketched under this scheme: keys of another cannot be compared. */
function comparable(s: ReuseSignature): ReuseSignature {
  if (s.scheme !== SCHEME) throw new Error(`reuse signature of ${s.article} uses scheme ${s.scheme}, expected ${SCHEME}`);
  return s;
}

/** Deterministic record order: by source, then copy. */
function sortRecords(records: ReuseRecord[]): ReuseRecord[] {
  return records.sort((x, y) => compareIds(x.source, y.source) || compareIds(x.copy, y.copy));
}

const OPENING = '“„«‘"\'(';
const CLOSING = '.,;:!?”»’"\')…';

/** Character span of a token range, widened over the quotation marks and punctuation around it. */
function charSpan(p: Prepared, [from, to]: [number, number]): [number, number] {
  const body = p.article.body;
  let start = p.tokens.starts[from];
  let end = p.tokens.ends[to - 1];
  while (start > 0 && OPENING.includes(body[start - 1])) start--;
  while (end < body.length && CLOSING.includes(body[end])) end++;
  return [start, end];
}

/**
 * Aligns one pair and builds its record, or null when they share nothing that counts. The pair is
 * always taken in id order so the result never depends on which article arrived first.
 */
export function comparePair(p: Prepared, q: Prepared): ReuseRecord | null {
  const [x, y] = compareIds(p.article.id, q.article.id) <= 0 ? [p, q] : [q, p];
  let passages = substantial(x.tokens, y.tokens, align(x.tokens, anchors.index(x.tokens), y.tokens, MIN_PASSAGE_WORDS));
  const kind = classify(x.tokens, y.tokens, passages);
  if (!kind) return null;
  // A sentence shared beside a quote, too little to be reuse, is not shown as what they share.
  if (kind === 'shared quote only') passages = passages.filter((p) => isSharedQuote(x.tokens, y.tokens, p));
  const coverX = coverage(x.tokens, passages.map((a) => a.a));
  const coverY = coverage(y.tokens, passages.map((a) => a.b));
  let xIsSource: boolean | null;
  let evidence: string[];
  let wire: string | undefined;
  let update: true | undefined;
  if (kind === 'shared quote only') {
    xIsSource = null;
    evidence = ['only quoted speech is shared: both quote the same words, neither copies the other'];
  } else {
    const overlap = {
      coverA: coverX,
      coverB: coverY,
      aFramed: framedAtEnds(x.tokens, passages.map((a) => a.a)),
      bFramed: framedAtEnds(y.tokens, passages.map((a) => a.b)),
    };
    ({ aIsSource: xIsSource, evidence, wire, update } = decideDirection(x.article, y.article, overlap));
  }
  const [source, copy] = xIsSource === false ? [y, x] : [x, y];
  const reused: ReusePassage[] = passages.map((a) => {
    const [sourceRange, copyRange] = source === x ? [a.a, a.b] : [a.b, a.a];
    const copySpan = charSpan(copy, copyRange);
    return {
      source_span: charSpan(source, sourceRange),
      copy_span: copySpan,
      text: copy.article.body.slice(copySpan[0], copySpan[1]),
    };
  });
  reused.sort((m, n) => m.copy_span[0] - n.copy_span[0]);
  return {
    source: source.article.id,
    copy: copy.article.id,
    direction: xIsSource === null ? 'unknown' : 'known',
    kind,
    coverage: Math.round((source === x ? coverY : coverX) * 1000) / 1000,
    passages: reused,
    evidence,
    ...(wire ? { wire } : {}),
    ...(update ? { update } : {}),
  };
}

/**
 * Incremental reuse index. `add` compares each new article with every article indexed before it
 * (earlier batches and earlier in the same batch) that is a candidate (see candidates.ts). A
 * fingerprint that new articles make a formula withdraws the pairs it named among earlier ones:
 * from the batch's own records, and through `withdrawn()` for pairs of earlier batches. Each pair
 * is aligned in id order, so the records of a set of articles are the same whatever their arrival
 * order and however they are batched, except past KEY_CAP holders of one band key (mass
 * syndication of one passage), where later arrivals are matched with the first KEY_CAP holders only.
 */
export class ReuseIndex {
  private readonly table: PostingTable;
  private readonly ids: string[] = [];
  private readonly position = new Map<string, number>();
  /** Each registered article's keys (ascending), to examine its pairs again when a fingerprint becomes a formula. */
  private readonly keysOf: (readonly number[])[] = [];
  private readonly held = new Map<string, Article>();
  private readonly prepared = new Map<string, Prepared>();
  private readonly keepArticles: boolean;
  /** Pairs of earlier batches withdrawn since the last `withdrawn()`. */
  private gone: [string, string][] = [];
  /** Pairs to examine again at the end of the current batch. */
  private readonly recheck = new Set<string>();

  constructor(options: ReuseIndexOptions = {}) {
    this.table = new PostingTable(KEY_CAP, (options.expectedArticles ?? 0) * KEYS_PER_ARTICLE);
    this.keepArticles = options.keepArticles ?? true;
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  /**
   * Pairs of earlier batches (as [x, y], x < y) that are no longer candidates since, because
   * fingerprints they shared became formulas: their records, if any, no longer hold. Cleared on read.
   */
  withdrawn(): [string, string][] {
    const out = this.gone;
    this.gone = [];
    return out;
  }

  /** Registers already-processed articles from stored signatures; no records are produced. */
  addSignatures(signatures: ReuseSignature[]): void {
    for (const s of signatures) this.register(s.article, comparable(s).keys);
    this.settle(new Set());
  }

  /**
   * Indexes articles by their signatures alone and returns the pairs to align: each new article
   * with every earlier one (indexed before it, or earlier in this list) it is a candidate with, as
   * [article, earlier]. The serial half of `add`: aligning the pairs (`comparePair`) needs only
   * the two texts, so it can run anywhere, in any order.
   */
  candidatePairs(signatures: ReuseSignature[]): [string, string][] {
    const pairs: [string, string][] = [];
    for (const s of signatures) {
      if (this.position.has(comparable(s).article)) continue;
      for (const other of this.enter(s.article, s.keys)) pairs.push([s.article, this.ids[other]]);
    }
    const made = new Set(pairs.map(([x, y]) => pairName(x, y)));
    const dropped = this.settle(made);
    return dropped.size ? pairs.filter(([x, y]) => !dropped.has(pairName(x, y))) : pairs;
  }

  /** Indexes the batch and returns the reuse records that involve its new articles. */
  add(articles: Article[], options: AddOptions = {}): ReuseRecord[] {
    const batch = new Map<string, Article>();
    const records: ReuseRecord[] = [];
    const made = new Set<string>();
    articles.forEach((article, k) => {
      if (this.position.has(article.id)) return;
      const given = options.signatures?.[k];
      if (given && given.article !== article.id) throw new Error(`reuse: signature ${k} is for ${given.article}, not ${article.id}`);
      // With a precomputed signature the text is only tokenized if it has candidates to align.
      let mine = given ? null : this.prepare(article);
      const keys = given ? given.keys : signatureKeys(mine!.tokens);
      for (const other of this.enter(article.id, keys)) {
        const id = this.ids[other];
        const earlier = this.held.get(id) ?? batch.get(id);
        if (!earlier) throw new Error(`reuse: article ${id} is a candidate for ${article.id} but its body was not supplied`);
        mine ??= this.prepare(article);
        made.add(pairName(article.id, id));
        const record = comparePair(mine, this.prepare(earlier));
        if (record) records.push(record);
      }
      batch.set(article.id, article);
      if (this.keepArticles) this.held.set(article.id, article);
    });
    const dropped = this.settle(made);
    return sortRecords(dropped.size ? records.filter((r) => !dropped.has(pairName(r.source, r.copy))) : records);
  }

  /** Registers already-processed articles with no candidates looked up. */
  private register(id: string, keys: readonly number[]): void {
    if (this.position.has(id)) return;
    const index = this.ids.length;
    this.ids.push(id);
    this.position.set(id, index);
    this.keysOf.push(keys);
    const holders: number[] = [];
    for (const key of keys) {
      holders.length = 0;
      this.noteFormula(key, this.table.take(key, index, capOf(key), holders), holders);
    }
  }

  /**
   * Registers a new article and returns the indexed articles to align with it, in index order
   * (see selectCandidates): each key's holders are read and the article added in one lookup.
   */
  private enter(id: string, keys: readonly number[]): number[] {
    const index = this.ids.length;
    this.ids.push(id);
    this.position.set(id, index);
    this.keysOf.push(keys);
    return selectCandidates(keys, (key, into) => {
      const before = this.table.take(key, index, capOf(key), into);
      this.noteFormula(key, before, into);
      return before;
    });
  }

  /** A fingerprint the new article makes a formula: the pairs of its earlier holders (the last `before` of `holders`) are examined again. */
  private noteFormula(key: number, before: number, holders: number[]): void {
    if (before !== FORMULA_HOLDERS - 1 || !isMark(key)) return;
    recheckOnFormula(before, holders.slice(holders.length - before), (h) => this.ids[h], this.recheck);
  }

  /**
   * Examines the pairs new formulas may have withdrawn, once the batch is registered: returns
   * those of `made` (this batch's) that no longer hold; the others go to `withdrawn()`.
   */
  private settle(made: Set<string>): Set<string> {
    const dropped = new Set<string>();
    if (this.recheck.size === 0) return dropped;
    const keys = (id: string) => this.keysOf[this.position.get(id)!];
    for (const pair of withdrawnPairs(this.recheck, keys, (key) => this.table.countOf(key))) {
      if (made.has(pair)) dropped.add(pair);
      else this.gone.push(pairOf(pair));
    }
    this.recheck.clear();
    return dropped;
  }


  private prepare(a: Article): Prepared {
    let p = this.prepared.get(a.id);
    if (!p) {
      p = { article: a, tokens: tokenize(a.body) };
      this.remember(p);
    }
    return p;
  }

  /** Small FIFO cache: a story's articles arrive close together, so recent ones are aligned most. */
  private remember(p: Prepared): void {
    this.prepared.set(p.article.id, p);
    if (this.prepared.size > PREPARED_CACHE) this.prepared.delete(this.prepared.keys().next().value!);
  }
}

/**
 * Aligns candidate pairs (from `candidatePairs`) given the texts of every article they name;
 * returns the records in deterministic order. Each text is tokenized once however many pairs it is in.
 */
export function alignPairs(pairs: [string, string][], articles: Map<string, Article>): ReuseRecord[] {
  const prepared = new Map<string, Prepared>();
  const prepare = (id: string): Prepared => {
    let p = prepared.get(id);
    if (!p) {
      const article = articles.get(id);
      if (!article) throw new Error(`reuse: article ${id} is in a candidate pair but its text was not supplied`);
      p = { article, tokens: tokenize(article.body) };
      prepared.set(id, p);
    }
    return p;
  };
  const records: ReuseRecord[] = [];
  for (const [a, b] of pairs) {
    const record = comparePair(prepare(a), prepare(b));
    if (record) records.push(record);
  }
  return sortRecords(records);
}

/** All reuse records among the articles, in deterministic order. */
export function detectReuse(articles: Article[]): ReuseRecord[] {
  return new ReuseIndex({ keepArticles: false, expectedArticles: articles.length }).add(articles);
}

