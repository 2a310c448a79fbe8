// Headline, publication date, outlet and URL from the places publishers state them for machines:
// JSON-LD, Open Graph / article: meta tags, <time>, canonical link and <title>.
import * as chrono from 'chrono-node';
import { elementsOf, rawText, squash, visibleText, type Document, type Element } from './dom.js';
import { isGenericSiteName } from '../headline.js';

export interface PageMeta {
  headline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Report|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|Posting|WebPage)$/;

interface LdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  publisher?: string;
  rank: number;
}

export function extractMeta(doc: Document, pageUrl: string | null = null): PageMeta {
  const all = elementsOf(doc);
  const meta = metaTags(all);
  const ld = jsonLdArticle(all);
  const url = pageUrlFrom(all, meta, ld, pageUrl);
  const outlet = clean(
    meta.get('og:site_name') ?? ld?.publisher ?? meta.get('publisher') ?? meta.get('dc.publisher') ?? meta.get('application-name') ?? pageSiteName(all),
  );
  const headline = headlineFrom(all, meta, ld);
  return {
    headline: headline && stripSiteName(headline, [outlet, url ? new URL(url).hostname : null]),
    published: publishedFrom(all, meta, ld, url),
    outlet,
    url,
  };
}

/**
 * The site's name when no tag states it: the last part of <title> ("Story - Site") when the page
 * names it again, as its home link or in a copyright line. A title suffix alone may be a speaker.
 */
function pageSiteName(all: Element[]): string | null {
  const title = all.find((el) => el.name === 'title');
  const parts = title ? squash(rawText(title)).split(/\s+(?:[|\u2013\u2014»·:]|-{1,2}|::)\s+/) : [];
  if (parts.length < 2) return null;
  const suffix = parts[parts.length - 1];
  if (suffix.split(' ').length > 5 || isGenericSiteName(suffix)) return null;
  const key = compact(suffix);
  for (const el of all) {
    if (el.name === 'a' && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(el.attribs.href ?? '') && compact(visibleText(el)) === key) return suffix;
    if (el.name === 'footer' || /copyright|footer/i.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`)) {
      const text = squash(visibleText(el));
      if (/(?:©|\(c\)|copyright)/i.test(text) && compact(text).includes(key)) return suffix;
    }
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = squash(value);
  return text === '' ? null : text;
}

/** name/property/itemprop -> first non-empty content, keys lower-cased. */
function metaTags(all: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of all) {
    if (el.name !== 'meta') continue;
    const content = el.attribs.content ?? el.attribs.value;
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.attribs[attr]?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content.trim());
    }
  }
  return out;
}

function jsonLdArticle(all: Element[]): LdArticle | null {
  let best: LdArticle | null = null;
  for (const el of all) {
    if (el.name !== 'script' || !/ld\+json/i.test(el.attribs.type ?? '')) continue;
    let data: unknown;
    try {
      data = JSON.parse(rawText(el).trim());
    } catch {
      continue;
    }
    for (const node of ldNodes(data)) {
      const candidate = ldArticle(node);
      if (candidate && (!best || candidate.rank > best.rank)) best = candidate;
    }
  }
  return best;
}

function* ldNodes(data: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || data == null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) yield* ldNodes(item, depth + 1);
    return;
  }
  const obj = data as Record<string, unknown>;
  yield obj;
  if (obj['@graph']) yield* ldNodes(obj['@graph'], depth + 1);
  if (obj.mainEntity) yield* ldNodes(obj.mainEntity, depth + 1);
}

function ldString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return ldString(value[0]);
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return ldString(obj.name ?? obj['@id'] ?? obj.url);
  }
  return undefined;
}

function ldArticle(node: Record<string, unknown>): LdArticle | null {
  const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
  const match = types.find((t) => ARTICLE_TYPES.test(t));
  if (!match) return null;
  // A page's WebPage node is a weaker witness than its Article node.
  const rank = match.endsWith('Article') || match.endsWith('Posting') ? 2 : 1;
  return {
    headline: ldString(node.headline) ?? ldString(node.name),
    datePublished: ldString(node.datePublished) ?? ldString(node.dateCreated),
    url: ldString(node.url) ?? ldString(node.mainEntityOfPage),
    publisher: ldString(node.publisher),
    rank,
  };
}

function absolute(href: string | undefined | null, base: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function pageUrlFrom(all: Element[], meta: Map<string, string>, ld: LdArticle | null, pageUrl: string | null): string | null {
  const canonical = all.find((el) => el.name === 'link' && /(^|\s)canonical(\s|$)/i.test(el.attribs.rel ?? ''));
  return (
    absolute(canonical?.attribs.href, pageUrl) ??
    absolute(meta.get('og:url'), pageUrl) ??
    absolute(ld?.url, pageUrl) ??
    absolute(pageUrl, null)
  );
}

function headlineFrom(all: Element[], meta: Map<string, string>, ld: LdArticle | null): string | null {
  const stated = clean(meta.get('og:title') ?? ld?.headline ?? meta.get('twitter:title') ?? meta.get('headline'));
  if (stated) return stated;
  const h1 = all.find((el) => el.name === 'h1');
  const h1Text = h1 ? clean(visibleText(h1)) : null;
  if (h1Text) return h1Text;
  const title = all.find((el) => el.name === 'title');
  return title ? clean(rawText(title)) : null;
}

/** Host labels that say nothing about which site it is. */
const HOST_FILLER = new Set(['www', 'com', 'net', 'org', 'gov', 'edu', 'info', 'biz', 'amp', 'news', 'blog', 'blogs', 'mobile']);

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "Story headline | Site" -> "Story headline": a first or last segment naming the site (its
 * stated name or its host) is not part of the headline.
 */
export function stripSiteName(headline: string, sites: (string | null)[]): string {
  const names = sites
    .filter((s): s is string => !!s)
    .flatMap((s) => [compact(s), ...s.toLowerCase().split('.').filter((label) => label.length >= 3 && !HOST_FILLER.has(label))])
    .filter((n) => n.length >= 2);
  const isSite = (segment: string) => {
    const c = compact(segment);
    return c.length >= 2 && names.some((n) => n === c || (c.length >= 4 && n.includes(c)) || (n.length >= 4 && c.includes(n) && c.length <= n.length + 8));
  };
  const parts = headline.split(/\s+(?:[|\u2013\u2014»·:]|-{1,2}|::)\s+/);
  if (parts.length < 2) return headline;
  if (isSite(parts[parts.length - 1])) return stripSiteName(headline.slice(0, headline.lastIndexOf(parts[parts.length - 1])).replace(/\s+\S+\s*$/, ''), sites);
  if (isSite(parts[0])) return headline.slice(headline.indexOf(parts[1], parts[0].length)).trim();
  return headline;
}

const DATE_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'og:published_time',
  'article:modified_time',
];

function publishedFrom(all: Element[], meta: Map<string, string>, ld: LdArticle | null, url: string | null): string | null {
  for (const candidate of dateCandidates(all, meta, ld)) {
    const date = candidate ? normaliseDate(candidate) : null;
    if (date) return date;
  }
  return url ? dateFromUrlPath(url) : null;
}

/** Where pages state their publication date, most explicit first; generated lazily since the first hit wins. */
function* dateCandidates(all: Element[], meta: Map<string, string>, ld: LdArticle | null): Generator<string | undefined> {
  yield ld?.datePublished;
  for (const key of DATE_META_KEYS) yield meta.get(key);
  for (const [key, value] of meta) if (OTHER_DATE_META.test(key) && !NOT_PUBLISHED.test(key)) yield value;
  // Reader comments and related-story teasers carry dates of their own: never the article's.
  const own = all.filter((el) => !inOtherContent(el));
  for (const el of own) {
    if (el.name === 'time' || el.attribs.itemprop === 'datePublished') yield dateAttr(el) ?? rawText(el);
  }
  // Bylines and date lines marked up by class: "published" beats a bare "date", which beats a byline.
  for (const tier of [PUBLISHED_CLASS, DATE_CLASS, BYLINE_CLASS]) {
    for (const el of own) {
      const name = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
      if (name.length === 1 || !tier.test(name) || NOT_PUBLISHED.test(name)) continue;
      const value = dateAttr(el) ?? rawText(el);
      if (value.length <= 100 && !NOT_PUBLISHED.test(value)) yield value;
    }
  }
}

const OTHER_CONTENT = /(?:^|[\s_-])(?:comments?|comment-list|replies|reply|discussion|disqus|respond|related|recommended|more-stories|read-more|teaser|trending|popular)(?:$|[\s_-])/i;

/** Inside a comment thread or a related-stories block (by an ancestor's class or id). */
function inOtherContent(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parent && 'attribs' in node.parent ? (node.parent as Element) : null) {
    const name = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`;
    if (name.length > 1 && OTHER_CONTENT.test(name)) return true;
  }
  return false;
}

const OTHER_DATE_META = /(?:publish|post|pub|creat|release|issue)[\w.:-]*(?:date|time)|(?:date|time)[\w.:-]*(?:publish|post|creat)/i;
const NOT_PUBLISHED = /updat|modif|expir|edited|revis/i;
const PUBLISHED_CLASS = /publish|posted|pubdate|(?:^|[^a-z])pub(?:[^a-z]|$)|created/i;
const DATE_CLASS = /date|timestamp|(?:^|[^a-z])time(?:[^a-z]|$)/i;
const BYLINE_CLASS = /byline|dateline|(?:^|[^a-z])(?:post|article|entry)-?meta(?:[^a-z]|$)/i;

function dateAttr(el: Element): string | undefined {
  const a = el.attribs;
  return a.datetime ?? a['data-datetime'] ?? a['data-date'] ?? a['data-published'] ?? a.content ?? a.value;
}

/** ISO-like and free-text dates -> 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM' in the time zone the page states. */
export function normaliseDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (iso) {
    const [, y, m, d, hh, mm] = iso;
    if (!validDay(+y, +m, +d)) return null;
    // Midnight exactly is how many CMSs write "date only".
    return hh && !(hh === '00' && mm === '00') ? `${y}-${m}-${d}T${hh}:${mm}` : `${y}-${m}-${d}`;
  }
  // A dotted numeric date is day-first wherever it is written (12.03.2024 is 12 March); chrono
  // would read it month-first.
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) {
    const [, d, m, y, hh, mm] = dotted;
    if (!validDay(+y, +m, +d) || (hh && (+hh > 23 || +mm > 59))) return null;
    const date = `${y}-${pad(+m)}-${pad(+d)}`;
    return hh ? `${date}T${pad(+hh)}:${mm}` : date;
  }
  const parsed = chrono.strict.parse(text)[0];
  // Relative dates ("13 hours ago") would be computed from today: only a stated year is evidence.
  if (!parsed || !/\b(?:19|20)\d{2}\b/.test(parsed.text)) return null;
  const s = parsed.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  const date = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
  return s.isCertain('hour') ? `${date}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` : date;
}

const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)(?:[,\s]+(?:\p{L}{1,3}\.?\s+)?(\d{1,2})[:.](\d{2})(?!\d))?/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function dateFromUrlPath(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|[-_])/.exec(new URL(url).pathname);
  if (!m || !validDay(+m[1], +m[2], +m[3])) return null;
  return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
}
