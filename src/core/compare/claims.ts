// Claims of a story aligned across its articles, each with the outlets' modes, its figures, and
// the independent origins behind it (republications and repeated attributions collapsed).
import { DisjointSets } from '../disjoint-sets.js';
import type { AttributionMode, Claim, ClaimOrigin, EntityType, Story } from '../types.js';
import { namedSources, originsOf, rootIn } from './origins.js';
import { type AliasTable, overlap, type Terms, termsOf, weight } from './terms.js';
import type { ArticleUnits, SentenceUnit } from './units.js';

/** Share of the articles whose headline+lead must carry a term for it to define the story's claim. */
const CENTRAL_SHARE = 0.75;
/** A paragraph states the central claim when it carries this share of its terms. */
const CENTRAL_PARAGRAPH = 0.75;
/** A sentence restates the claim when it shares this much with another article's claim sentence. */
const CENTRAL_STATEMENT = 0.35;
/** Two sentences of different articles state one claim above this weighted overlap... */
const SAME_CLAIM = 0.5;
/** ...sharing at least this weight (a name and a few words, or a number and a word). */
const MIN_SHARED = 5;
const MIN_SENTENCE_WEIGHT = 4;
const COMMON_TERM_MIN = 50;
const COMMON_TERM_SHARE = 0.2;
/** Sentences within this share of the best central coverage are as good a statement of the claim. */
const NEAR_BEST = 0.1;
/** A denial is about the claim when it shares this much of the claim's terms (a name and a word, or a number). */
const DISPUTE_SHARED = 3;
/** "…has not responded to the accusations", "denied the claims": a denial of the report itself, not of some other matter ("denied reports that…" names its own). */
const REFERS_BACK = /\b(?:accusations?|allegations?|claims?|reports?|charges?|assertions?)\b(?!\s+(?:that|of|about|on)\b)/i;
/** Verbs by which an outlet presents a report as established fact. */
const FACTIVE = /\b(?:revealed|exposed|uncovered|confirmed|proved|showed|shown|demonstrated)\b/i;

export interface StoryContext {
  story: Pick<Story, 'id'>;
  units: ArticleUnits[];
  /** Copy article -> the article it republishes (exact/near duplicates and republications). */
  copyOf: Map<string, string>;
  entityType: Map<string, EntityType>;
  aliases: AliasTable;
}

export interface StoryClaims {
  claims: Claim[];
  /** Id of the claim the story is about: the one its headlines and leads share, else the one most articles carry. */
  central: string | null;
  framing: Map<string, AttributionMode | null>;
  /** Who stands behind the story's subject: the origins of every sentence on it (the central claim's and related ones); null without a subject. */
  origins: ClaimOrigin[] | null;
}

export function compareClaims(ctx: StoryContext): StoryClaims {
  const central = centralTerms(ctx);
  const claims: Claim[] = [];
  const sentencesOf = new Map<Claim, SentenceUnit[]>();
  const add = (sentences: SentenceUnit[], terms: Terms | null) => {
    const claim = makeClaim(ctx, `${ctx.story.id}:c${claims.length}`, sentences, terms);
    claims.push(claim);
    sentencesOf.set(claim, sentences);
  };
  // Sentences on the story's subject; of them, those stating its claim. A lead on the same subject
  // that says something else (another count, a later turn) is no statement of that claim.
  const subject = central.size ? centralClaimSentences(ctx, central) : [];
  const centralSentences = stating(ctx, subject, central);
  if (centralSentences.length) add(centralSentences, central);
  const inCentral = new Set(centralSentences);
  for (const cluster of sentenceClusters(ctx)) {
    // A cluster that mostly restates the central claim is part of it, not a claim of its own.
    if (cluster.filter((s) => inCentral.has(s)).length * 2 >= cluster.length) continue;
    add(cluster, null);
  }
  const centralClaim = centralSentences.length ? claims[0] : widest(claims);
  const terms = central.size ? central : centralClaim ? bagOf(sentencesOf.get(centralClaim)!) : central;
  // The central claim's framing per outlet weighs the outlet's whole article (a denial of the
  // claim anywhere in it disputes what the story is about).
  if (centralClaim && ctx.units.length > 1) {
    const content = claimContent(sentencesOf.get(centralClaim)!, terms);
    for (const c of centralClaim.coverage) {
      const u = ctx.units.find((x) => x.article.id === c.article)!;
      c.mode = frameArticle(u, statingIn(ctx, u, sentencesOf.get(centralClaim)!), terms, content) ?? c.mode;
    }
  }
  const centralId = centralClaim?.id ?? null;
  // An article's framing is how it reports the story's subject, read as the central claim's is;
  // one not on the subject is framed by its claims, so the article list and the claims list never
  // contradict each other.
  const onSubject = new Set(subject.map((s) => s.article));
  const framing = new Map<string, AttributionMode | null>();
  for (const u of ctx.units) {
    const mode =
      ctx.units.length < 2
        ? null
        : onSubject.has(u.article.id)
          ? frameArticle(u, statingIn(ctx, u, subject), terms, claimContent(subject, terms))
          : articleFraming(u.article.id, claims, centralId);
    framing.set(u.article.id, mode);
  }
  return { claims, central: centralId, framing, origins: subject.length ? originsOf(ctx, subject) : null };
}

function bagOf(sentences: SentenceUnit[]): Terms {
  const terms: Terms = new Map();
  for (const s of sentences) for (const [t, w] of s.terms) terms.set(t, w);
  return terms;
}

/**
 * An article's framing, derived from the claims it states: its framing of the central claim, else
 * a dispute of any claim, else how it frames most of them; null when it states none.
 */
function articleFraming(article: string, claims: Claim[], central: string | null): AttributionMode | null {
  const modes: AttributionMode[] = [];
  for (const c of claims) {
    const mode = c.coverage.find((x) => x.article === article)?.mode;
    if (!mode) continue;
    if (c.id === central) return mode;
    modes.push(mode);
  }
  if (!modes.length) return null;
  if (modes.includes('disputed')) return 'disputed';
  const rank: AttributionMode[] = ['attributed', 'hedged', 'asserted'];
  return rank.reduce((best, m) => (modes.filter((x) => x === m).length > modes.filter((x) => x === best).length ? m : best), rank[0]);
}

/** The claim most articles carry; on a tie, the one with more origins, then the first. */
function widest(claims: Claim[]): Claim | null {
  let best: Claim | null = null;
  let bestScore = -1;
  for (const c of claims) {
    const score = new Set(c.coverage.map((x) => x.article)).size;
    if (score > bestScore || (score === bestScore && best && c.origins.length > best.origins.length)) (best = c), (bestScore = score);
  }
  return best;
}

/** Terms most of the story's headlines and leads share: what the story is about. */
function centralTerms(ctx: StoryContext): Terms {
  const df = new Map<string, number>();
  const weights = new Map<string, number>();
  for (const u of ctx.units) {
    const lead = u.paragraphs[0]?.map((i) => u.sentences[i]) ?? [];
    const seen = new Set<string>();
    for (const s of lead) for (const [t, w] of s.terms) (seen.add(t), weights.set(t, w));
    if (u.article.headline) for (const [t, w] of termsOf(u.article.headline, ctx.aliases)) (seen.add(t), weights.set(t, w));
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const n = ctx.units.length;
  const need = n === 1 ? 1 : Math.max(2, Math.ceil(CENTRAL_SHARE * n));
  const out: Terms = new Map();
  for (const [t, n] of df) if (n >= need) out.set(t, weights.get(t) ?? 1);
  return out;
}


function coverage(terms: Terms, central: Terms): number {
  let hit = 0;
  for (const [t, w] of central) if (terms.has(t)) hit += w;
  return hit / Math.max(1, weight(central));
}

function centralClaimSentences(ctx: StoryContext, central: Terms): SentenceUnit[] {
  const out: SentenceUnit[] = [];
  for (const u of ctx.units) {
    for (const paragraph of u.paragraphs) {
      const sentences = paragraph.map((i) => u.sentences[i]);
      const terms: Terms = new Map();
      for (const s of sentences) for (const [t, w] of s.terms) terms.set(t, w);
      if (coverage(terms, central) >= CENTRAL_PARAGRAPH) out.push(...sentences);
    }
  }
  return out;
}

/** Sentences of different, independent articles that state the same thing. */
function sentenceClusters(ctx: StoryContext): SentenceUnit[][] {
  const all = ctx.units.flatMap((u) => u.sentences).filter((s) => weight(s.terms) >= MIN_SENTENCE_WEIGHT);
  const postings = new Map<string, number[]>();
  all.forEach((s, i) => {
    for (const t of s.terms.keys()) (postings.get(t) ?? postings.set(t, []).get(t)!).push(i);
  });
  // Terms in a large share of a big story's sentences find candidates no better than chance and
  // make candidate search quadratic: they still count in the overlap, not in the search.
  const common = Math.max(COMMON_TERM_MIN, all.length * COMMON_TERM_SHARE);
  const sets = new DisjointSets(all.length);
  all.forEach((s, i) => {
    const shared = new Map<number, number>();
    for (const [t, w] of s.terms) {
      const list = postings.get(t)!;
      if (list.length > common) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + w);
    }
    for (const [j, sharedWeight] of shared) {
      if (sharedWeight < MIN_SHARED || independentOf(ctx, all[j].article) === independentOf(ctx, s.article)) continue;
      if (overlap(s.terms, all[j].terms).score >= SAME_CLAIM) sets.union(i, j);
    }
  });
  const clusters = new Map<number, SentenceUnit[]>();
  all.forEach((s, i) => (clusters.get(sets.find(i)) ?? clusters.set(sets.find(i), []).get(sets.find(i))!).push(s));
  return [...clusters.values()].filter((c) => new Set(c.map((s) => independentOf(ctx, s.article))).size >= 2);
}

function independentOf(ctx: StoryContext, article: string): string {
  return rootIn(ctx.copyOf, article);
}

/** Sentences in article order (the story's order), then text order. */
function inOrder(ctx: StoryContext, sentences: SentenceUnit[]): SentenceUnit[] {
  const order = new Map(ctx.units.map((u, i) => [u.article.id, i]));
  return [...sentences].sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.start - b.start);
}

/**
 * The sentence that words the claim: as an original states it, not as a copy does; for the story's
 * claim, the earliest original sentence that carries (nearly) as much of the story's terms as the best one.
 */
function representativeOf(ctx: StoryContext, sorted: SentenceUnit[], central: Terms | null): SentenceUnit {
  const originals = sorted.filter((s) => independentOf(ctx, s.article) === s.article);
  const pool = originals.length ? originals : sorted;
  const best = central ? Math.max(...pool.map((s) => coverage(s.terms, central))) : 0;
  return central ? pool.find((s) => coverage(s.terms, central) >= best - NEAR_BEST)! : pool[0];
}

/**
 * Of the sentences on the story's subject, those that state its claim, a paragraph (a statement
 * with its context) at a time: paragraphs another independent article restates (the statement the
 * outlets share), the one wording the claim, and every paragraph restating one of them. Alone, a
 * paragraph on the subject that nobody else restates states another claim (another count, a later turn).
 */
function stating(ctx: StoryContext, subject: SentenceUnit[], central: Terms): SentenceUnit[] {
  if (!subject.length) return [];
  const byParagraph = new Map<string, SentenceUnit[]>();
  for (const s of subject) (byParagraph.get(`${s.article}:${s.paragraph}`) ?? byParagraph.set(`${s.article}:${s.paragraph}`, []).get(`${s.article}:${s.paragraph}`)!).push(s);
  const paragraphs = [...byParagraph.values()].map((sentences) => ({ sentences, root: independentOf(ctx, sentences[0].article), terms: bagOf(sentences) }));
  type Paragraph = (typeof paragraphs)[number];
  const restates = (a: Paragraph, b: Paragraph) => {
    const o = overlap(a.terms, b.terms);
    return o.score >= CENTRAL_STATEMENT && o.shared >= MIN_SHARED;
  };
  const shared = paragraphs.filter((p) => paragraphs.some((x) => x.root !== p.root && restates(p, x)));
  const pool = shared.length ? shared.flatMap((p) => p.sentences) : subject;
  const representative = representativeOf(ctx, inOrder(ctx, pool), central);
  const members = [...new Set([paragraphs.find((p) => p.sentences.includes(representative))!, ...shared])];
  const rest = new Set(paragraphs.filter((p) => !members.includes(p)));
  for (let i = 0; i < members.length; i++)
    for (const p of rest)
      if (restates(p, members[i])) {
        members.push(p);
        rest.delete(p);
      }
  return members.flatMap((p) => p.sentences);
}

function makeClaim(ctx: StoryContext, id: string, sentences: SentenceUnit[], central: Terms | null): Claim {
  const sorted = inOrder(ctx, sentences);
  const representative = representativeOf(ctx, sorted, central);
  const byArticle = new Map<string, SentenceUnit[]>();
  for (const s of sorted) (byArticle.get(s.article) ?? byArticle.set(s.article, []).get(s.article)!).push(s);
  const figures = sorted.flatMap((s) => s.figures);
  return {
    id,
    story: ctx.story.id,
    text: representative.text.trim(),
    figures,
    coverage: [...byArticle].map(([article, list]) => ({
      article,
      mode: majorityMode(list, claimContent(sentences, central)),
      source: list.flatMap((x) => namedSources(ctx, x))[0] ?? null,
    })),
    origins: originsOf(ctx, sorted),
  };
}

function majorityMode(sentences: SentenceUnit[], claim: Terms): AttributionMode {
  if (sentences.some((s) => disputes(s, claim))) return 'disputed';
  const counts = new Map<AttributionMode, number>();
  for (const s of sentences) counts.set(s.mode, (counts.get(s.mode) ?? 0) + 1);
  const rank: AttributionMode[] = ['attributed', 'hedged', 'asserted'];
  return rank.reduce((best, m) => ((counts.get(m) ?? 0) > (counts.get(best) ?? 0) ? m : best), rank[0]);
}

/**
 * The article's sentences that state the claim: its own claim sentences, and any other sentence
 * that says what another independent article's claim sentence says (a restatement further down).
 */
function statingIn(ctx: StoryContext, u: ArticleUnits, claim: SentenceUnit[]): SentenceUnit[] {
  const own = new Set(claim.filter((s) => s.article === u.article.id));
  const root = independentOf(ctx, u.article.id);
  const others = claim.filter((s) => independentOf(ctx, s.article) !== root);
  return u.sentences.filter(
    (s) =>
      own.has(s) ||
      others.some((x) => {
        const o = overlap(s.terms, x.terms);
        return o.score >= CENTRAL_STATEMENT && o.shared >= MIN_SHARED;
      }),
  );
}

/**
 * Whether the sentence disputes the claim: a denial ("denied", "no evidence") of what the claim
 * says, sharing its content (a word or number beyond the names), not a denial of another matter
 * ("the firm denied any wrongdoing") that happens to stand in the same article or paragraph.
 */
function disputes(s: SentenceUnit, claim: Terms): boolean {
  if (s.mode !== 'disputed') return false;
  let shared = 0;
  let content = false;
  for (const [t, w] of s.terms) {
    if (!claim.has(t)) continue;
    shared += w;
    if (!t.startsWith('e:')) content = true;
  }
  // A bare reference to the report ("the accusations") disputes it when it names who the claim is about.
  return (content && shared >= DISPUTE_SHARED) || (shared > 0 && REFERS_BACK.test(s.text));
}

/**
 * What the claim says, for telling whether a denial is about it: the story's terms and every
 * statement of the claim (the denying article's own included), denials aside.
 */
function claimContent(sentences: SentenceUnit[], central: Terms | null): Terms {
  const content = bagOf(sentences.filter((s) => s.mode !== 'disputed'));
  for (const [t, w] of central ?? []) content.set(t, w);
  return content;
}

/**
 * How the outlet frames the story's claim: a dispute of it that it reports is decisive; its own voice
 * (an unattributed sentence stating the claim, or a factive verb such as "revealed") makes it
 * asserted; otherwise the majority of the sentences stating it.
 */
function frameArticle(u: ArticleUnits, stating: SentenceUnit[], central: Terms, content: Terms): AttributionMode | null {
  if (u.sentences.some((s) => disputes(s, content))) return 'disputed';
  // "revealed", "confirmed": a report on the story's subject (two of its terms) presented as
  // established fact. The verb is a strong cue, so a looser tie to the claim than a restatement's.
  const factive = u.sentences.some((s) => s.mode === 'attributed' && FACTIVE.test(s.text) && [...central.keys()].filter((t) => s.terms.has(t)).length >= 2);
  if (factive || stating.some((s) => s.mode === 'asserted' && s.quotes.length === 0)) return 'asserted';
  if (stating.length === 0) return null;
  const counts = { hedged: 0, attributed: 0 };
  for (const s of stating) if (s.mode === 'hedged' || s.mode === 'attributed') counts[s.mode]++;
  return counts.hedged > counts.attributed ? 'hedged' : 'attributed';
}
