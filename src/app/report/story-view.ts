// Views of one AnalysisReport shared by the HTML report, the HTTP API and so the web UI: the
// report is indexed once, then each view is a cheap lookup instead of a scan per request.
import type {
  AnalysisReport,
  Article,
  AttributionMode,
  Claim,
  Figure,
  Flag,
  Quote,
  QuoteGroup,
  ReuseKind,
  ReuseRecord,
  Story,
  TimelineEntry,
} from '../../core/types.js';
import { clip } from './charts.js';
import { COPY_KINDS } from '../../core/reuse/index.js';

export type ArticleMeta = Omit<Article, 'original'>;

/** Flags shown on an article's card in a story: enough to warn, not to bury the card. */
const CARD_FLAGS = 3;
const LEDE_CHARS = 600;

export interface StorySummary {
  id: string;
  title: string;
  span: Story['span'];
  outlets: string[];
  entities: string[];
  articleCount: number;
  outletCount: number;
  originCount: number;
}

export interface StoryArticle {
  id: string;
  label: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  /** ISO 639-1 code of the article's language, or null. */
  language: string | null;
  source: string;
  url: string | null;
  mode: AttributionMode | null;
  lede: string;
  /** Articles this one republishes (copy kinds only). */
  copies: { source: string; kind: ReuseKind; coverage: number }[];
  quoteCount: number;
  figureCount: number;
  /** The first few flags; the article view has them all. */
  flags: Flag[];
  flagCount: number;
}

export interface QuoteCell {
  speaker: string;
  article: string;
  quotes: Quote[];
}

export interface QuoteGroupView extends QuoteGroup {
  members: Quote[];
}

export interface FigureRow {
  /** What the row counts: the claim's text, or the figures' own `counts`. */
  label: string;
  claim: string | null;
  cells: { article: string; figures: Figure[] }[];
  /** Different values for the same thing across outlets. */
  disagrees: boolean;
}

export interface ProvenanceView {
  origins: { label: string; articles: string[] }[];
  copies: { source: string; copy: string; kind: ReuseKind; coverage: number }[];
}

export interface StoryView {
  story: StorySummary;
  articles: StoryArticle[];
  speakers: string[];
  quoteMatrix: QuoteCell[];
  quoteGroups: QuoteGroupView[];
  claims: Claim[];
  centralClaim: string | null;
  figures: FigureRow[];
  timeline: TimelineEntry[];
  provenance: ProvenanceView;
}

export class ReportIndex {
  readonly articles = new Map<string, ArticleMeta>();
  readonly stories = new Map<string, Story>();
  readonly storyOfArticle = new Map<string, string>();
  readonly quotes = new Map<string, Quote>();
  private readonly quotesByArticle = new Map<string, Quote[]>();
  private readonly figuresByArticle = new Map<string, Figure[]>();
  private readonly flagsByArticle = new Map<string, Flag[]>();
  private readonly reuseByArticle = new Map<string, ReuseRecord[]>();
  private readonly groupsByStory = new Map<string, QuoteGroup[]>();
  private readonly groupsByQuote = new Map<string, QuoteGroup[]>();
  private readonly claimsByStory = new Map<string, Claim[]>();
  private readonly timelineByStory = new Map<string, TimelineEntry[]>();
  private readonly modeByArticle = new Map<string, AttributionMode | null>();
  private readonly summaries: StorySummary[];
  private readonly summaryById: Map<string, StorySummary>;
  /** Views are built on first request: the report never changes under an index. */
  private readonly views = new Map<string, StoryView>();

  constructor(readonly report: AnalysisReport) {
    for (const a of report.articles) this.articles.set(a.id, a);
    for (const s of report.stories) {
      this.stories.set(s.id, s);
      for (const id of s.articles) this.storyOfArticle.set(id, s.id);
    }
    for (const q of report.quotes) {
      this.quotes.set(q.id, q);
      push(this.quotesByArticle, q.article, q);
    }
    for (const f of report.figures) push(this.figuresByArticle, f.article, f);
    for (const f of report.flags) push(this.flagsByArticle, f.article, f);
    for (const r of report.reuse) {
      push(this.reuseByArticle, r.source, r);
      if (r.copy !== r.source) push(this.reuseByArticle, r.copy, r);
    }
    for (const g of report.quote_groups) {
      push(this.groupsByStory, g.story, g);
      for (const q of g.quotes) push(this.groupsByQuote, q, g);
    }
    for (const c of report.claims) push(this.claimsByStory, c.story, c);
    for (const t of report.timeline) push(this.timelineByStory, t.story, t);
    for (const f of report.framing) this.modeByArticle.set(f.article, f.mode);
    for (const list of this.quotesByArticle.values()) list.sort((a, b) => a.span[0] - b.span[0]);
    for (const list of this.timelineByStory.values()) list.sort((a, b) => a.date.localeCompare(b.date));
    this.summaries = report.stories.map((s) => this.summarize(s));
    this.summaryById = new Map(this.summaries.map((s) => [s.id, s]));
  }

  storySummary(id: string): StorySummary | null {
    return this.summaryById.get(id) ?? null;
  }

  storySummaries(): StorySummary[] {
    return this.summaries;
  }

  quotesOf(article: string): Quote[] {
    return this.quotesByArticle.get(article) ?? [];
  }

  figuresOf(article: string): Figure[] {
    return this.figuresByArticle.get(article) ?? [];
  }

  flagsOf(article: string): Flag[] {
    return this.flagsByArticle.get(article) ?? [];
  }

  reuseOf(article: string): ReuseRecord[] {
    return this.reuseByArticle.get(article) ?? [];
  }

  groupsOf(quote: string): QuoteGroupView[] {
    return (this.groupsByQuote.get(quote) ?? []).map((g) => this.groupView(g));
  }

  modeOf(article: string): AttributionMode | null {
    return this.modeByArticle.get(article) ?? null;
  }

  claimsOf(story: string): Claim[] {
    return this.claimsByStory.get(story) ?? [];
  }

  storyView(id: string): StoryView | null {
    const cached = this.views.get(id);
    if (cached) return cached;
    const story = this.stories.get(id);
    if (!story) return null;
    const view = this.buildStoryView(story);
    this.views.set(id, view);
    return view;
  }

  private buildStoryView(story: Story): StoryView {
    const id = story.id;
    const summary = this.summaryById.get(id)!;
    const members = new Set(story.articles);
    const articles = story.articles.flatMap((a) => {
      const meta = this.articles.get(a);
      return meta ? [this.storyArticle(meta)] : [];
    });
    const groups = (this.groupsByStory.get(id) ?? []).map((g) => this.groupView(g));
    const quoteMatrix: QuoteCell[] = [];
    const speakers = new Map<string, number>();
    for (const a of articles) {
      const bySpeaker = new Map<string, Quote[]>();
      for (const q of this.quotesOf(a.id)) if (q.speaker) push(bySpeaker, q.speaker, q);
      for (const [speaker, quotes] of bySpeaker) {
        quoteMatrix.push({ speaker, article: a.id, quotes });
        speakers.set(speaker, (speakers.get(speaker) ?? 0) + quotes.length);
      }
    }
    const claims = this.claimsOf(id);
    const copies = this.report.reuse
      .filter((r) => members.has(r.source) && members.has(r.copy) && COPY_KINDS.has(r.kind))
      .map((r) => ({ source: r.source, copy: r.copy, kind: r.kind, coverage: r.coverage }));
    return {
      story: summary,
      articles,
      // Most quoted speakers first: they are the story's main voices.
      speakers: [...speakers.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s),
      quoteMatrix,
      quoteGroups: groups,
      claims,
      centralClaim: centralClaim(claims)?.id ?? null,
      figures: figureRows(claims, articles.map((a) => a.id), (a) => this.figuresOf(a)),
      timeline: withPublication(this.timelineByStory.get(id) ?? [], id, articles),
      provenance: { origins: storyOrigins(claims), copies },
    };
  }

  private groupView(g: QuoteGroup): QuoteGroupView {
    return { ...g, members: g.quotes.flatMap((q) => this.quotes.get(q) ?? []) };
  }

  private storyArticle(a: ArticleMeta): StoryArticle {
    return {
      ...articleSummary(a),
      url: a.url,
      mode: this.modeOf(a.id),
      lede: clip(a.body.split(/\n\s*\n/).find((p) => p.trim()) ?? '', LEDE_CHARS),
      copies: this.reuseOf(a.id)
        .filter((r) => r.copy === a.id && r.source !== a.id && COPY_KINDS.has(r.kind))
        .map((r) => ({ source: r.source, kind: r.kind, coverage: r.coverage })),
      quoteCount: this.quotesOf(a.id).length,
      figureCount: this.figuresOf(a.id).length,
      flags: this.flagsOf(a.id).slice(0, CARD_FLAGS),
      flagCount: this.flagsOf(a.id).length,
    };
  }

  private summarize(s: Story): StorySummary {
    const outlets = new Set(s.outlets.length ? s.outlets : s.articles.flatMap((a) => this.articles.get(a)?.outlet ?? []));
    return {
      id: s.id,
      title: s.title,
      span: s.span,
      outlets: [...outlets],
      entities: s.entities,
      articleCount: s.articles.length,
      outletCount: outlets.size,
      originCount: this.originCount(s),
    };
  }

  /** Independent origins of the story's central claim; without claims, the articles that copy no other. */
  private originCount(s: Story): number {
    const central = centralClaim(this.claimsOf(s.id));
    if (central && central.origins.length) return central.origins.length;
    const members = new Set(s.articles);
    const copied = new Set(
      this.report.reuse.filter((r) => members.has(r.source) && COPY_KINDS.has(r.kind)).map((r) => r.copy),
    );
    return s.articles.filter((a) => !copied.has(a)).length;
  }
}

/** The claim most articles carry: the story's headline claim. */
export function centralClaim(claims: Claim[]): Claim | null {
  let best: Claim | null = null;
  for (const c of claims) {
    const score = new Set(c.coverage.map((x) => x.article)).size;
    const bestScore = best ? new Set(best.coverage.map((x) => x.article)).size : -1;
    if (score > bestScore || (score === bestScore && best && c.origins.length > best.origins.length)) best = c;
  }
  return best;
}

/** A readable name for an article whose outlet may be unknown. */
/** The fields every listing of an article shows. */
export function articleSummary(a: ArticleMeta) {
  return { id: a.id, label: articleLabel(a), outlet: a.outlet, headline: a.headline, published: a.published, language: a.language, source: a.source };
}

export function articleLabel(a: Pick<Article, 'outlet' | 'url' | 'source' | 'id'>): string {
  if (a.outlet) return a.outlet;
  if (a.url) {
    try {
      return new URL(a.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL we can parse: fall through to the file name
    }
  }
  const file = a.source.split(/[\\/]/).pop();
  return file || a.id.slice(0, 8);
}

/** The timeline always shows when each dated article came out, even if no stage listed it. */
function withPublication(entries: TimelineEntry[], story: string, articles: StoryArticle[]): TimelineEntry[] {
  const listed = new Set(entries.filter((e) => e.kind === 'published').map((e) => e.article));
  const added: TimelineEntry[] = articles
    .filter((a) => a.published && !listed.has(a.id))
    .map((a) => ({ story, article: a.id, date: a.published!, kind: 'published', text: 'published' }));
  return added.length ? [...entries, ...added].sort((a, b) => a.date.localeCompare(b.date)) : entries;
}

/** Origins across the story's claims, merged by label, largest first. */
function storyOrigins(claims: Claim[]): ProvenanceView['origins'] {
  const byLabel = new Map<string, Set<string>>();
  for (const c of claims)
    for (const o of c.origins) {
      const set = byLabel.get(o.label) ?? new Set<string>();
      for (const a of o.articles) set.add(a);
      byLabel.set(o.label, set);
    }
  return [...byLabel.entries()]
    .map(([label, set]) => ({ label, articles: [...set] }))
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label));
}

/**
 * One row per claim that carries figures (so the same number in two claims stays apart), then
 * one per counted thing among figures no claim holds.
 */
export function figureRows(claims: Claim[], articles: string[], figuresOf: (a: string) => Figure[]): FigureRow[] {
  const rows: FigureRow[] = [];
  const keyOf = (f: Figure) => `${f.article}:${f.span[0]}`;
  const claimedKeys = new Set<string>();
  for (const c of claims) {
    if (!c.figures.length) continue;
    for (const f of c.figures) claimedKeys.add(keyOf(f));
    rows.push(makeRow(c.text, c.id, c.figures, articles));
  }
  const loose = new Map<string, Figure[]>();
  for (const a of articles)
    for (const f of figuresOf(a)) {
      if (claimedKeys.has(keyOf(f))) continue;
      push(loose, (f.counts ?? f.unit ?? f.text).toLowerCase(), f);
    }
  for (const [label, figures] of loose) rows.push(makeRow(label, null, figures, articles));
  return rows;
}

function makeRow(label: string, claim: string | null, figures: Figure[], articles: string[]): FigureRow {
  const cells = articles
    .map((article) => ({ article, figures: figures.filter((f) => f.article === article) }))
    .filter((c) => c.figures.length);
  // Disagreement: two outlets state different value sets for the same row.
  const valueSets = new Set(cells.map((c) => [...new Set(c.figures.map((f) => f.value))].sort().join(',')));
  return { label, claim, cells, disagrees: cells.length > 1 && valueSets.size > 1 };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
