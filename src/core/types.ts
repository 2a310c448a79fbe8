// The typed records that flow one way through storytrace's stages:
// RawDoc -> Article -> (ReuseRecord, ArticleExtraction) -> Story/comparison.
// Every stage is a pure function over these; only src/app and src/store do I/O.

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
export type IsoDate = string;
/** Character offsets [start, end) into Article.body. */
export type Span = [number, number];

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'csv' | 'warc';

/** Metadata a corpus or container already states (JSONL fields, WARC headers). Wins over guessing. */
export interface KnownMeta {
  url?: string | null;
  headline?: string | null;
  published?: string | null;
  outlet?: string | null;
  /** Language as the input states it ('en', 'pt-BR'). */
  language?: string | null;
}

/** One document as read from an input, before cleaning. */
export interface RawDoc {
  /** Input path, or `path#line` / `path#record` for records inside a corpus file. */
  source: string;
  format: InputFormat;
  /** Already-scraped text (txt files, corpus text fields). */
  text?: string;
  /** Raw HTML (html files, WARC responses, corpus html fields). */
  html?: string;
  meta: KnownMeta;
  /**
   * The legacy charset the bytes were read in (an iconv-lite name: 'windows-1252', 'iso-8859-2',
   * 'shift_jis', 'utf-16le'...): they were not UTF-8, and declared no charset or UTF-8 wrongly.
   */
  legacyCharset?: string;
}

/** A problem with one input; the batch goes on without it. */
export interface InputError {
  /** Where: a file, or a record in one (`feed.jsonl#3`, `crawl.warc#record-4`). */
  source: string;
  /** Why, in one line, without the source: printers put `source: ` before it. */
  message: string;
}

/** How an article's publication date was found. */
export type PublishedSource =
  /** a corpus record's or container's date field */
  | 'corpus'
  /** the page's metadata (JSON-LD, meta tags, <time>, a marked-up byline) */
  | 'meta'
  /** a dateline in the text (a date line, or the dateline opening the lead) */
  | 'dateline'
  /** the date of a byline on one of the first lines ("By Jane Doe in Berlin June 24, 2031") */
  | 'byline'
  /** a crawler's "date YYYY-MM-DD" token before the text */
  | 'crawler'
  /** the URL path */
  | 'url'
  /** a day named in the opening paragraphs, of a month stated elsewhere */
  | 'text';

/** A wire, agency or outlet the text credits for its content ("TOKYO (AP) —", "© Agency", "avec l'AFP"). */
export interface Credit {
  name: string;
  /** The words that credit it, as the text gives them. */
  evidence: string;
}

/**
 * Cleaning notes an analyst should see: 'short' (little text left; kept whole rather than cut),
 * 'uncleaned' (cleaning would have left nothing, so the text is kept as it came),
 * 'url-repaired' (the address was written mangled and is shown repaired; `url_as_written` has it),
 * 'url-redirect' (the address given was a click-through link; the article's address is its target,
 * `url_as_written` has the link),
 * 'legacy-charset' (the input was not UTF-8, declaring no charset or UTF-8 wrongly: read as windows-1251
 * when it reads as Cyrillic, else windows-1252; a guess), 'utf16-no-bom' (UTF-16 without a byte order
 * mark, its byte order read from where its NUL bytes fall).
 */
export type ArticleFlag = 'short' | 'uncleaned' | 'url-repaired' | 'url-redirect' | 'legacy-charset' | 'utf16-no-bom';

export interface Article {
  /** Content hash of the cleaned body (hex): identical content is one article. */
  id: string;
  source: string;
  outlet: string | null;
  url: string | null;
  headline: string | null;
  published: IsoDate | null;
  /** ISO 639-1 code ('en', 'es', ...): as stated by the input, else detected from the text; null if unknown. */
  language: string | null;
  /** How `published` (or, without it, `published_month`) was found; null when it was not. */
  published_source?: PublishedSource | null;
  /** Why `published` is null, or how a weak one was completed. */
  published_note?: string | null;
  /**
   * 'YYYY-MM' when the article states only its month ('YYYY' when a corpus field states only its
   * year): shown as its date, never used as one (stories take the month as the period its events
   * fall in).
   */
  published_month?: string | null;
  /** Wires and sources the text credits, in order of appearance. */
  credits?: Credit[];
  flags?: ArticleFlag[];
  /** The address exactly as the text wrote it, when `url` is a repaired reading of it. */
  url_as_written?: string | null;
  /** Cleaned main text; paragraphs separated by a blank line. All spans index this. */
  body: string;
  /** The text or HTML as it came in. */
  original: string;
}

// ---- text reuse ----

export type ReuseKind =
  | 'exact duplicate'
  | 'near duplicate'
  | 'republication'
  | 'partial reuse'
  | 'shared quote only';

export interface ReusePassage {
  source_span: Span;
  copy_span: Span;
  text: string;
}

export interface ReuseRecord {
  /** Article the text comes from (for direction 'unknown', simply one side). */
  source: string;
  copy: string;
  direction: 'known' | 'unknown';
  kind: ReuseKind;
  /** Share of the copy's body covered by reused passages, 0..1. */
  coverage: number;
  passages: ReusePassage[];
  evidence: string[];
  /**
   * Set when both articles carry this common source's text (a wire or outlet credited in either,
   * or whose own interview line both keep): siblings, neither is a copy of the other.
   */
  wire?: string;
  /**
   * Set when both are versions of one article of one outlet (same address or headline, or a
   * correction note): `copy` is the later version, an update of `source`, not a copy of it.
   */
  update?: true;
}

// ---- extraction ----

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention {
  text: string;
  span: Span;
}

/** An entity as resolved inside one article. */
export interface LocalEntity {
  /** Local id, unique within the article. */
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
}

/** An entity resolved across the corpus. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

export interface Quote {
  id: string;
  article: string;
  text: string;
  /** Canonical entity name (corpus-level after resolution), or null. */
  speaker: string | null;
  partial: boolean;
  span: Span;
}

export interface Figure {
  article: string;
  /** The number; for unit 'score' both sides of a match result, larger first: 4-2 is 4002 (`text` keeps "4-2"). */
  value: number;
  unit: string | null;
  /** What is counted ("militants", "airstrikes"), when stated. */
  counts: string | null;
  place: string | null;
  text: string;
  span: Span;
  /** Given as an estimate or a bound ("about 9,000", "plus de 500", "at least 40"); absent when exact. */
  approximate?: true;
}

export type AttributionMode = 'asserted' | 'attributed' | 'hedged' | 'disputed';

export interface Attribution {
  article: string;
  sentence: string;
  span: Span;
  mode: AttributionMode;
  /** Who the claim is attributed to (canonical name or the text's own words), or null. */
  source: string | null;
}

export interface ArticleExtraction {
  article: string;
  sentences: Span[];
  entities: LocalEntity[];
  quotes: Quote[];
  figures: Figure[];
  attributions: Attribution[];
}

// ---- stories and comparison ----

/** One move within a story (one statement, briefing or incident report), as told in one set of words. */
export interface Thread {
  id: string;
  title: string;
  articles: string[];
  span: [IsoDate | null, IsoDate | null];
}

export interface Story {
  id: string;
  title: string;
  /** Every member article: its threads' articles, largest thread first. */
  articles: string[];
  span: [IsoDate | null, IsoDate | null];
  outlets: string[];
  entities: string[];
  /**
   * The story's threads (its moves: the index's threads, split by the main voice and the day of
   * their reports, see stories/moves.ts), largest first. The story's id is its largest index thread's.
   */
  threads: Thread[];
  /** Why each article is in the story, in `articles` order. */
  why: MemberReason[];
}

/** The evidence an article shares with the rest of its story, for an analyst to check the grouping. */
export interface MemberReason {
  article: string;
  thread: string;
  /** Names it shares with other members (each as first written in the corpus), most specific first. */
  names: string[];
  /** Numbers it shares with other members, as written. */
  numbers: string[];
  /** Its publication date, when known. */
  date: IsoDate | null;
  /** Articles of the story it copies text from (filled in when reuse is known). */
  copies: string[];
}

/**
 * One statement as several articles quote it: at most one version per article, and each statement
 * of a quote in at most one group. 'same wording': the versions read alike; 'edited': the same
 * statement reworded or cut; 'other language': versions in different languages.
 */
export interface QuoteGroup {
  story: string;
  /** Who said it; '' when no article names the speaker (the same words quoted without a name). */
  speaker: string;
  /**
   * Every source the versions are credited to, `speaker` first, when outlets credit the same
   * words to different sources (an organisation in one, its spokesperson by name in another).
   */
  speakers?: string[];
  quotes: string[];
  kind: QuoteGroupKind;
  /**
   * For a member quote that holds more than this statement (a passage another outlet quotes a
   * sentence of): the [start, end) offsets of the statement in that quote's text. Such a quote
   * can be in several groups, one per statement it holds.
   */
  parts?: Record<string, [number, number]>;
}

export type QuoteGroupKind = 'same wording' | 'edited' | 'other language';

export interface ClaimOrigin {
  label: string;
  articles: string[];
}

export interface Claim {
  id: string;
  story: string;
  text: string;
  figures: Figure[];
  /** Each article stating the claim: how it frames it, and the named source it gives (or null). */
  coverage: { article: string; mode: AttributionMode; source?: string | null }[];
  origins: ClaimOrigin[];
}

export interface Framing {
  story: string;
  article: string;
  mode: AttributionMode | null;
}

export interface Flag {
  article: string;
  kind: string;
  detail: string;
  /** For figure flags: the story, the quantity named ("dockworkers on strike") and every article involved. */
  story?: string;
  quantity?: string;
  articles?: string[];
  /** For stale-story flags: the period ['YYYY-MM', 'YYYY-MM'] the evidence points to. */
  period?: [string, string];
}

/**
 * One quantity of a story (the thing counted, its unit, and the day it refers to when the text
 * says) with every value the articles give for it. 'disagree': independent articles give
 * different values for the same day; 'changed': the value differs between days, a change over
 * time; 'agree': one value, given by two independent origins or more; 'one source': one value from
 * a single independent origin (its copies included), corroborated by no other.
 */
export interface FigureGroup {
  story: string;
  /** What is counted, as the articles say it ("dockworkers", "ships"). */
  quantity: string;
  unit: string | null;
  /** Days the values refer to (ascending), or [] when the texts give none. */
  dates: IsoDate[];
  /** Each value with its day; `disputed` when independent articles give another value for that day. */
  values: { value: number; date: IsoDate | null; articles: string[]; texts: string[]; disputed: boolean }[];
  verdict: 'agree' | 'disagree' | 'changed' | 'one source';
  /** One line a reader can check: "dockworkers on 2025-03-13: 1,200 vs 1,100". */
  detail: string;
}

/** A story's decided summary: every surface shows these, none recomputes them. */
export interface StoryVerdict {
  story: string;
  /** Id of the story's central claim (what most of its articles report), or null. */
  central_claim: string | null;
  /**
   * Independent origins of the central claim (speakers, statements, credited wires, or an
   * outlet's own reporting), copies collapsed into what they copy. Without a central claim, one
   * per article that copies no other. `origin_count` is its length.
   */
  origins: ClaimOrigin[];
  origin_count: number;
  /** Copies inside the story: the copy republishes the source (copy kinds of reuse only). */
  copies: { source: string; copy: string; kind: ReuseKind; coverage: number }[];
  /**
   * Partial reuse inside the story: the copy reuses passages of the source without republishing
   * it (reuse kind 'partial reuse', no credited wire or update). Absent in reports stored before it.
   */
  partial_reuse?: { source: string; copy: string; coverage: number }[];
}

export interface TimelineEntry {
  story: string;
  article: string;
  date: IsoDate;
  kind: 'published' | 'event';
  text: string;
  /** For events: every article that reports it (the first is `article`). */
  articles?: string[];
}

/** The whole `--json` document. */
export interface AnalysisReport {
  articles: Omit<Article, 'original'>[];
  reuse: ReuseRecord[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  attributions: Attribution[];
  stories: Story[];
  quote_groups: QuoteGroup[];
  claims: Claim[];
  framing: Framing[];
  flags: Flag[];
  timeline: TimelineEntry[];
  figure_groups: FigureGroup[];
  verdicts: StoryVerdict[];
}
