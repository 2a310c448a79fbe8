// Per-story comparison: the same statement across outlets, claims with their modes, figures and
// independent origins, each outlet's framing, a timeline, and stale-story flags.
import type {
  Article,
  ArticleExtraction,
  Attribution,
  AttributionMode,
  Claim,
  Entity,
  Figure,
  FigureGroup,
  Flag,
  Framing,
  Quote,
  QuoteGroup,
  ReuseRecord,
  Story,
  StoryVerdict,
  TimelineEntry,
} from '../types.js';
import { compareClaims } from './claims.js';
import { ownOrigin, rootIn } from './origins.js';
import { compareFigures } from './figures.js';
import { groupQuotes } from './quote-groups.js';
import { AliasTable, mentionsIn } from './terms.js';
import { staleFlags, storyTimeline } from './timeline.js';
import { articleUnits } from './units.js';
import { COPY_KINDS } from '../reuse/index.js';

export { eventDates } from './event-dates.js';
/** Whether an entity alias can match in a text (see terms.ts canMatch), for leaving out of a comparison's input those that cannot. */
export { canMatch, wordLine } from './terms.js';

/**
 * What the comparison reads of a story: its id, members and span. A stored comparison's key
 * holds only these (the story's title, reasons and entities change with the rest of the corpus).
 */
export type ComparedStory = Pick<Story, 'id' | 'articles' | 'span'>;

export interface CompareInput {
  stories: ComparedStory[];
  articles: Article[];
  extractions: ArticleExtraction[];
  /** Corpus-resolved: canonical speakers and sources. */
  entities: Entity[];
  quotes: Quote[];
  attributions: Attribution[];
  figures: Figure[];
  reuse: ReuseRecord[];
}

export interface Comparison {
  quote_groups: QuoteGroup[];
  claims: Claim[];
  framing: Framing[];
  flags: Flag[];
  timeline: TimelineEntry[];
  figure_groups: FigureGroup[];
  verdicts: StoryVerdict[];
}

/** The sentence of its article a quote starts in. */
function sentenceOf(q: Quote, articles: Map<string, Article>, extractions: Map<string, ArticleExtraction>): string | null {
  const s = extractions.get(q.article)?.sentences.find(([a, b]) => a <= q.span[0] && q.span[0] < b);
  return s ? (articles.get(q.article)?.body.slice(s[0], Math.max(s[1], q.span[1])) ?? null) : null;
}

export function compareStories(input: CompareInput): Comparison {
  const aliases = new AliasTable(input.entities);
  const entityType = new Map(input.entities.map((e) => [e.name, e.type]));
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const extractions = new Map(input.extractions.map((e) => [e.article, e]));
  const quotes = groupBy(input.quotes, (q) => q.article);
  const figures = groupBy(input.figures, (f) => f.article);
  const attributions = new Map<string, Map<number, { mode: AttributionMode; source: string | null }>>();
  for (const a of input.attributions) {
    const perArticle = attributions.get(a.article) ?? attributions.set(a.article, new Map()).get(a.article)!;
    perArticle.set(a.span[0], { mode: a.mode, source: a.source });
  }
  const namesIn = (text: string) => mentionsIn(text, aliases).map((m) => ({ ...m, type: entityType.get(m.name) }));
  const copyOf = new Map<string, string>();
  const copies = input.reuse.filter((r) => COPY_KINDS.has(r.kind) && r.copy !== r.source);
  for (const r of copies) copyOf.set(r.copy, r.source);
  const partial = input.reuse.filter((r) => r.kind === 'partial reuse' && r.copy !== r.source);

  const out: Comparison = { quote_groups: [], claims: [], framing: [], flags: [], timeline: [], figure_groups: [], verdicts: [] };
  for (const story of input.stories) {
    const members = story.articles.map((id) => articles.get(id)).filter((a): a is Article => !!a);
    members.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id));
    const units = members.map((a) =>
      articleUnits(a, extractions.get(a.id), quotes.get(a.id) ?? [], figures.get(a.id) ?? [], attributions.get(a.id) ?? new Map(), aliases),
    );
    const languageOf = (a: string) => articles.get(a)?.language ?? null;
    out.quote_groups.push(...groupQuotes(story.id, members.flatMap((a) => quotes.get(a.id) ?? []), aliases, languageOf, (q) => sentenceOf(q, articles, extractions)));
    const claims = compareClaims({ story, units, copyOf, entityType, aliases });
    out.claims.push(...claims.claims);
    const compared = compareFigures(story, units, (a) => rootIn(copyOf, a), namesIn);
    out.figure_groups.push(...compared.groups);
    out.flags.push(...compared.flags);
    for (const [article, mode] of claims.framing) out.framing.push({ story: story.id, article, mode });
    out.verdicts.push(storyVerdict(story, members, claims.claims.find((c) => c.id === claims.central) ?? null, claims.origins, copies, partial, copyOf));
    out.timeline.push(...storyTimeline(story, units));
    out.flags.push(...staleFlags(story, members));
  }
  return out;
}

/**
 * The story's summary verdict: its central claim and the independent origins of its subject (the
 * central claim's and related statements'), else of that claim; a story with neither (or one
 * nobody is credited for) has one origin per article copying none.
 */
function storyVerdict(
  story: ComparedStory,
  members: Article[],
  central: Claim | null,
  subjectOrigins: Claim['origins'] | null,
  reuse: ReuseRecord[],
  partialReuse: ReuseRecord[],
  copyOf: Map<string, string>,
): StoryVerdict {
  const inStory = new Set(story.articles);
  // Two articles carrying one credited wire's text are no copy of each other, nor is an article's update of it.
  const within = (r: ReuseRecord) => inStory.has(r.source) && inStory.has(r.copy) && !r.wire && !r.update;
  const copies = reuse.filter(within).map((r) => ({ source: r.source, copy: r.copy, kind: r.kind, coverage: r.coverage }));
  const partial_reuse = partialReuse.filter(within).map((r) => ({ source: r.source, copy: r.copy, coverage: r.coverage }));
  let origins = subjectOrigins ?? central?.origins ?? [];
  if (!origins.length) {
    const byRoot = new Map<string, string[]>();
    for (const a of members) {
      const root = rootIn(copyOf, a.id);
      (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(a.id);
    }
    origins = [...byRoot].map(([root, articles]) => {
      const article = members.find((a) => a.id === root);
      return { label: article ? ownOrigin(article) : `${root.slice(0, 8)} (own reporting)`, articles: articles.sort() };
    });
  }
  return { story: story.id, central_claim: central?.id ?? null, origins, origin_count: origins.length, copies, partial_reuse };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) (out.get(key(item)) ?? out.set(key(item), []).get(key(item))!).push(item);
  return out;
}
