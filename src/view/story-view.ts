// Views of one AnalysisReport shared by the terminal and HTML reports, the HTTP API and so the web
// UI: the report is indexed once, then each view is a cheap lookup instead of a scan per request.
// A view only projects what the core decided (central claim, origins, figure verdicts, copies);
// it decides nothing itself, so every surface shows the same answers as the JSON.
import type {
  AnalysisReport,
  Article,
  AttributionMode,
  Claim,
  Figure,
  FigureGroup,
  Flag,
  Quote,
  QuoteGroup,
  ReuseKind,
  ReuseRecord,
  Story,
  StoryVerdict,
  Thread,
  TimelineEntry,
} from '../core/types.js';
import { type ComparisonTable, comparisonTable } from './comparison.js';
import { type StoryDating, storyDating } from './dating.js';
import { articleLabel, articleTitle, clip, dateText, LEGEND, type LegendEntry, outletsText, storyLabels, UNKNOWN_OUTLET } from './format.js';

export { articleLabel } from './format.js';

export type ArticleMeta = Omit<Article, 'original'>;

const LEDE_CHARS = 600;

export interface StorySummary {
  id: string;
  title: string;
  span: Story['span'];
  outlets: string[];
  entities: string[];
  articleCount: number;
  outletCount: number;
  /** Articles whose outlet is not known (not counted in outletCount). */
  unknownOutletArticles: number;
  /** outletCount as a reader says it (see outletsText). */
  outletsText: string;
  originCount: number;
}

export interface StoryArticle {
  id: string;
  label: string;
  outlet: string | null;
  headline: string | null;
  /** The headline, else "(no headline)" and the text's opening words (articleTitle). */
  title: string;
  published: string | null;
  /** The date as shown: the day, the month when only it is stated, or 'undated'. */
  when: string;
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
  /**
   * Kinds of the story's flags that name this article. Each flag is shown once, at story level
   * (a figure flag names every article it concerns); a card only points to it. The article view has them all.
   */
  flagKinds: string[];
}

export interface QuoteCell {
  speaker: string;
  article: string;
  quotes: Quote[];
}

/** How a group of the same words quoted without a name is labelled. */
export const UNNAMED_SPEAKER = 'speaker not named';

export interface QuoteGroupView extends QuoteGroup {
  members: Quote[];
}

/** One quantity of the story (a core figure group) laid out per article. */
export interface FigureRow {
  /** What is counted ("dockworkers"), with its unit. */
  label: string;
  verdict: FigureGroup['verdict'];
  /** The core's one-line reading: "dockworkers: 1,200 vs 1,100". */
  detail: string;
  cells: { article: string; figures: { value: number; date: string | null; text: string; disputed: boolean }[] }[];
  disagrees: boolean;
}

/** A story-level flag: one per finding, with every article it concerns. */
export interface StoryFlag {
  kind: string;
  detail: string;
  articles: string[];
  /** The period the core read from the text, for a dating flag. */
  period?: [string, string];
}

export interface ProvenanceView {
  origins: { label: string; articles: string[] }[];
  copies: StoryVerdict['copies'];
  partialReuse: NonNullable<StoryVerdict['partial_reuse']>;
}

export interface StoryView {
  story: StorySummary;
  articles: StoryArticle[];
  speakers: string[];
  quoteMatrix: QuoteCell[];
  quoteGroups: QuoteGroupView[];
  claims: Claim[];
  /** Id of the core's central claim, or null. */
  centralClaim: string | null;
  figures: FigureRow[];
  /** Figure disagreements and other story-level flags, as the core raised them. */
  flags: StoryFlag[];
  timeline: TimelineEntry[];
  provenance: ProvenanceView;
  legend: LegendEntry[];
  /** The story's threads as the core split it, largest first. */
  threads: Thread[];
  /** Statements and figures, one column per outlet, versions side by side. */
  comparison: ComparisonTable;
  /** When it happened and on what evidence (publication dates, or the text's own for an undated story). */
  dating: StoryDating;
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
  private readonly verdictByStory = new Map<string, StoryVerdict>();
  private readonly figureGroupsByStory = new Map<string, FigureGroup[]>();
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
    for (const v of report.verdicts) this.verdictByStory.set(v.story, v);
    for (const g of report.figure_groups) push(this.figureGroupsByStory, g.story, g);
    for (const list of this.quotesByArticle.values()) list.sort((a, b) => a.span[0] - b.span[0]);
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
    const flags = this.storyFlags(story);
    const metas = story.articles.flatMap((a) => this.articles.get(a) ?? []);
    // Articles of unknown outlet are told apart by a short label of their own, on every surface.
    const labels = storyLabels(metas);
    const articles = metas.map((meta) => ({ ...this.storyArticle(meta, flags), label: labels.get(meta.id)! }));
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
    const verdict = this.verdictOf(id);
    const figures = (this.figureGroupsByStory.get(id) ?? []).map((g) => figureRow(g, story.articles));
    const timeline = this.timelineByStory.get(id) ?? [];
    return {
      story: summary,
      articles,
      // Most quoted speakers first: they are the story's main voices.
      speakers: [...speakers.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s),
      quoteMatrix,
      quoteGroups: groups,
      claims: this.claimsOf(id),
      centralClaim: verdict.central_claim,
      figures,
      flags,
      timeline,
      provenance: { origins: verdict.origins, copies: verdict.copies, partialReuse: verdict.partial_reuse ?? [] },
      legend: LEGEND,
      threads: story.threads ?? [],
      comparison: comparisonTable(articles, groups, (a) => this.quotesOf(a), figures),
      dating: storyDating(story.span, timeline, story.articles.flatMap((a) => this.flagsOf(a))),
    };
  }

  verdictOf(story: string): StoryVerdict {
    return this.verdictByStory.get(story) ?? { story, central_claim: null, origins: [], origin_count: 0, copies: [] };
  }

  /** The flags of the story's articles, one per finding (a figure flag sits on every article it names). */
  storyFlags(story: Story): StoryFlag[] {
    const byKey = new Map<string, StoryFlag>();
    for (const a of story.articles)
      for (const f of this.flagsOf(a)) {
        if (f.story && f.story !== story.id) continue;
        const key = `${f.kind}\u0000${f.detail}`;
        const entry = byKey.get(key) ?? byKey.set(key, { kind: f.kind, detail: f.detail, articles: [], ...(f.period ? { period: f.period } : {}) }).get(key)!;
        for (const x of f.articles ?? [f.article]) if (!entry.articles.includes(x)) entry.articles.push(x);
      }
    return [...byKey.values()];
  }

  /** A group's versions, each as the words of its quote that are the group's statement. */
  groupView(g: QuoteGroup): QuoteGroupView {
    return {
      ...g,
      speaker: g.speaker || UNNAMED_SPEAKER,
      members: g.quotes.flatMap((id) => {
        const q = this.quotes.get(id);
        const part = g.parts?.[id];
        return !q ? [] : part ? [{ ...q, text: q.text.slice(part[0], part[1]) }] : [q];
      }),
    };
  }

  private storyArticle(a: ArticleMeta, storyFlags: StoryFlag[]): StoryArticle {
    return {
      ...articleSummary(a),
      url: a.url,
      mode: this.modeOf(a.id),
      lede: clip(a.body.split(/\n\s*\n/).find((p) => p.trim()) ?? '', LEDE_CHARS),
      copies: this.verdictOf(this.storyOfArticle.get(a.id) ?? '')
        .copies.filter((c) => c.copy === a.id)
        .map((c) => ({ source: c.source, kind: c.kind, coverage: c.coverage })),
      quoteCount: this.quotesOf(a.id).length,
      figureCount: this.figuresOf(a.id).length,
      flagKinds: [...new Set(storyFlags.filter((f) => f.articles.includes(a.id)).map((f) => f.kind))],
    };
  }

  private summarize(s: Story): StorySummary {
    const outlets = new Set(s.outlets.length ? s.outlets : s.articles.flatMap((a) => this.articles.get(a)?.outlet ?? []));
    // Unknown: neither an outlet nor a URL host names it (a host names the article, see articleLabel).
    const unknown = s.articles.filter((a) => {
      const meta = this.articles.get(a);
      return meta && articleLabel(meta) === UNKNOWN_OUTLET;
    }).length;
    return {
      id: s.id,
      title: s.title,
      span: s.span,
      outlets: [...outlets],
      entities: s.entities,
      articleCount: s.articles.length,
      outletCount: outlets.size,
      unknownOutletArticles: unknown,
      outletsText: outletsText(outlets.size, unknown),
      originCount: this.verdictOf(s.id).origin_count,
    };
  }

}

/** The fields every listing of an article shows. */
export function articleSummary(a: ArticleMeta) {
  return { id: a.id, label: articleLabel(a), outlet: a.outlet, headline: a.headline, title: articleTitle(a), published: a.published, when: dateText(a), language: a.language, source: a.source };
}

function figureRow(g: FigureGroup, articles: string[]): FigureRow {
  const cells = articles
    .map((article) => ({
      article,
      figures: g.values.filter((v) => v.articles.includes(article)).map((v) => ({ value: v.value, date: v.date, text: v.texts.join(' / '), disputed: v.disputed })),
    }))
    .filter((c) => c.figures.length);
  return { label: g.unit && !g.quantity.includes(g.unit) ? `${g.quantity} (${g.unit})` : g.quantity, verdict: g.verdict, detail: g.detail, cells, disagrees: g.verdict === 'disagree' };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
