// cleanDoc: one RawDoc to one Article. Metadata a corpus or page states wins; what the text itself
// shows comes next; anything still unknown stays null.
import { createHash } from 'node:crypto';
import type { Article, ArticleFlag, Credit, IsoDate, RawDoc } from '../types.js';
import { findCredits, pictureItemCredit } from './credits.js';
import { dayOrderOf } from './date-parse.js';
import { extractHtml, normaliseDate, type HtmlExtraction } from './html/index.js';
import { isPlaceOrMenu, withoutGlue } from './headline.js';
import { detectLanguage, normaliseLanguage } from './language.js';
import { knownOutletName } from './outlets.js';
import { hostSpelledName, normaliseOutletName, outletFromUrl } from './outlet.js';
import { splitLines, wordCount } from './lines.js';
import { MASTHEAD_NOUN } from './own-name.js';
import { choosePublished, corpusPeriod } from './published.js';
import { cleanText, type TextFindings } from './text.js';

function present(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

/** An article address is a web address: a javascript: or data: "URL" from hostile markup is none. */
function webUrl(value: string | null | undefined): string | null {
  const v = present(value);
  return v && /^https?:\/\/[^\s/]+/i.test(v) ? v : null;
}

/** Query parameters a click-through link (an aggregator's, a search engine's, a share button's) carries its target in. */
const REDIRECT_PARAMS = new Set(['url', 'u', 'q', 'target', 'dest', 'destination', 'redirect', 'redirect_url', 'redirect_uri', 'to', 'link']);

/**
 * The address a click-through link leads to: the one absolute web address its query carries in a
 * redirect parameter (decoded), followed through nested links; null when it carries none. The
 * article lives at the target: its host names the outlet and its path may carry the date.
 */
function redirectTarget(url: string): string | null {
  let target: string | null = null;
  for (let hops = 0, at = url; hops < 3; hops++) {
    let parsed: URL;
    try {
      parsed = new URL(at);
    } catch {
      break;
    }
    const next = [...parsed.searchParams].find(([k, v]) => REDIRECT_PARAMS.has(k.toLowerCase()) && webUrl(v) && !/\s/.test(v.trim()))?.[1].trim();
    if (!next) break;
    target = at = next;
  }
  return target;
}

const SINGLE_QUOTES = /[‘’‚‛′]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;
const DASHES = /[‐‑‒–—―]/g;

/**
 * The text as identity reads it: case, quote style and spacing differences between copies do not
 * count. (Bodies are NFC already: cleaning normalises every line.)
 */
function identityText(body: string): string {
  return body
    .trim()
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ');
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** A fingerprint of the text alone (the article id stores made before articleId carry). */
export function contentId(body: string): string {
  return digest(identityText(body));
}

/** What an article's identity is read from: its text and who ran it, when and where. */
export type IdentityFields = Pick<Article, 'body' | 'outlet' | 'url' | 'published'> & { published_month?: string | null };

/**
 * An article's id: its text (as contentId reads it) with its outlet, stated date and address. The
 * same input read twice is one article; the same text run by another outlet (wire copy run
 * verbatim), or stated with another date or address, is another report: it is kept, so copy
 * detection can say who ran it, and what is stored does not depend on which copy arrived first.
 */
export function articleId(a: IdentityFields): string {
  const outlet = a.outlet?.trim().toLowerCase().replace(/\s+/g, ' ') || null;
  const stated = digest(JSON.stringify([outlet, a.published ?? null, a.published_month ?? null, a.url?.trim() || null]));
  // The text's fingerprint first: articles sort by id as they did by their text alone, so the
  // order in which undated articles are placed (date, then id) is the one older stores had.
  return contentId(a.body).slice(0, 16) + stated.slice(0, 16);
}

// Section words kickers use.
const SECTION = /^(?:news$|world|local|national|international|business|breaking|latest|top|sports?|politics|tech|science|health|entertainment|opinion|live|more)\b/i;

/**
 * A masthead name counts when it reads like a title ("The X", "X Courier"), is a known outlet, or
 * recurs; a section kicker ("World News") does not.
 */
function mastheadOutlet(names: string[]): string | null {
  for (const name of names) {
    // A known name counts unless it is one ordinary word ("Time", "Nation") that a kicker could be.
    const known = knownOutletName(name);
    if (known && (/\s/.test(name) || name === name.toUpperCase())) return known;
    if (SECTION.test(name)) continue;
    if (/^The\s/.test(name) || MASTHEAD_NOUN.test(name) || names.filter((n) => n === name).length >= 2) return name;
  }
  return null;
}

function outletOf(doc: RawDoc, html: HtmlExtraction | null, found: TextFindings, url: string | null): string | null {
  const stated = present(doc.meta.outlet) ?? present(html?.outlet) ?? found.statedOutlet;
  if (stated) return normaliseOutletName(stated);
  const fromUrl = url ? outletFromUrl(url) : null;
  if (fromUrl?.known) return fromUrl.name;
  // A page stating whose article it carries (a feed, a portal) names that publisher, not its own host.
  if (found.publisher) return knownOutletName(found.publisher) ?? found.publisher;
  const own = found.ownNames[0];
  return (
    (own ? knownOutletName(own) ?? own : null) ??
    mastheadOutlet(found.mastheads) ??
    found.selfReference ??
    (url && fromUrl ? hostSpelledName(found.body, url) ?? fromUrl.name : null) ??
    found.contactOutlet
  );
}

/**
 * Last, an agency signing its own dateline ("CITY, 26 Nov — Agency."): a copy that kept it is the
 * agency's text, and nothing else names the outlet.
 */
function signingAgency(found: TextFindings): string | null {
  const lead = found.dates.lead;
  const signer = lead?.signed ? lead.agency : found.datelineAgencies[0] ?? null;
  return signer ? knownOutletName(signer) ?? signer : null;
}

/** The agency distributing a page that is one captioned picture (see pictureItemCredit): it signs the item. */
function pictureAgency(credit: Credit | null): string | null {
  return credit ? knownOutletName(credit.name) ?? credit.name : null;
}

const BLOCK_TAG = /<\/?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|article|section|span|i|b|em|strong|a)(?:\s[^<>]*)?\/?>/gi;

/**
 * Whether a text is an HTML fragment: three or more tags of text markup, one of them a paragraph
 * or line break, a tag every 400 characters or closer. A text that names a tag or two is prose.
 */
function markupFragment(text: string): boolean {
  const tags = text.match(BLOCK_TAG);
  return !!tags && tags.length >= 3 && tags.length * 400 >= text.length && tags.some((t) => /^<\/?(?:p|br|div)\b/i.test(t));
}

/** A corpus date field: epoch seconds or milliseconds (as UTC), else whatever normaliseDate reads. */
function statedDate(value: string): IsoDate | null {
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
    const iso = new Date(ms).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  return normaliseDate(value);
}

/** An input that holds no article, said in one line; callers report the message as it is. */
export class RefusedInput extends Error {}

// Fewer words than this left after cleaning: the article is kept, flagged as short.
const SHORT_WORDS = 40;

export function cleanDoc(doc: RawDoc): Article {
  const statedHeadline = present(doc.meta.headline);
  let html: HtmlExtraction | null = null;
  let text = doc.text;
  // Scraped text that kept its page's markup ("<p>…</p><br /><p><i>« … »</i>, a dit …") is HTML.
  const markup = present(text) && !doc.html && markupFragment(text!) ? text : null;
  if ((!present(text) && doc.html) || markup) {
    html = extractHtml(markup ?? doc.html!, webUrl(doc.meta.url));
    text = html.body;
  }
  // A place or a menu given as the title (a dateline, a breadcrumb) is none.
  const knownHeadline = [statedHeadline, present(html?.headline)].find((h) => h && !isPlaceOrMenu(h)) ?? null;
  const statedLanguage = normaliseLanguage(doc.meta.language);
  // Dates in a language chrono has no locale for are read by its month names, so the language is
  // guessed from the raw text before cleaning (the cleaned text's decides the article's), and only
  // when a date line none of chrono's locales reads asks for it.
  let guessed: string | null | undefined;
  const guessedLanguage = statedLanguage ? undefined : () => (guessed === undefined ? (guessed = detectLanguage(text ?? '')) : guessed);
  const found = cleanText(text ?? '', { headline: knownHeadline, fromMarkup: html !== null, language: statedLanguage, guessedLanguage, above: html?.above });
  const headline = knownHeadline ? withoutGlue(knownHeadline) : found.headline;
  const language = statedLanguage ?? detectLanguage(headline ? `${headline}\n${found.body}` : found.body);

  const flags: ArticleFlag[] = [];
  const writtenUrl = found.url;
  const given = webUrl(doc.meta.url) ?? webUrl(html?.url) ?? writtenUrl?.url ?? null;
  // A click-through link is shown as the address it leads to; the link as given is kept beside it.
  const target = given ? redirectTarget(given) : null;
  const url = target ?? given;
  const written = given === writtenUrl?.url && writtenUrl?.mangled ? writtenUrl.written : null;
  const urlAsWritten = target ? (written ?? given) : written;
  if (target) flags.push('url-redirect');
  else if (urlAsWritten && writtenUrl?.repaired) flags.push('url-repaired');
  if (doc.legacyCharset) flags.push(doc.legacyCharset.startsWith('utf-16') ? 'utf16-no-bom' : 'legacy-charset');

  const stated = present(doc.meta.published);
  const corpus = stated ? statedDate(stated) : null;
  const period = stated && !corpus ? corpusPeriod(stated) : null;
  const date = choosePublished({
    corpus,
    corpusUnread: stated && !corpus && !period ? stated : null,
    corpusPeriod: period,
    meta: present(html?.published),
    text: found.dates,
    url,
    body: found.body,
    // The detected language settles the day/month order a stated one did not.
    ctx: { language, order: found.dateContext.order ?? dayOrderOf('', language) },
  });

  let body = found.body;
  // A page that asks the reader to sign in and holds nothing cleaning keeps is a wall, not an article.
  if (!body.trim() && html?.signIn) throw new RefusedInput(`no article text: a page asking the reader to sign in or subscribe (${html.signIn})`);
  // Cleaning removes only what it can name; an article is never lost to it.
  if (!body.trim() && present(text)) {
    body = keepWhole(text ?? '');
    flags.push('uncleaned');
  } else if (body.length < SHORT_WORDS * 12 && wordCount(body.replace(/\s+/g, ' ').trim()) < SHORT_WORDS) flags.push('short');

  const named = outletOf(doc, html, found, url);
  // Read once: the picture's credit both signs the page and is one of its credits.
  const picture = pictureItemCredit(body);
  const outlet = named ?? signingAgency(found) ?? pictureAgency(picture);
  const credits = findCredits({ leadAgency: found.dates.lead?.agency ?? null, leadEvidence: found.leadEvidence, datelineAgencies: found.datelineAgencies, lines: found.creditLines, body, picture });
  const published = date.published;
  const publishedMonth = date.month ?? null;
  return {
    id: articleId({ body, outlet, url, published, published_month: publishedMonth }),
    source: doc.source,
    outlet,
    url,
    headline,
    published,
    published_source: date.source,
    published_note: date.note,
    published_month: publishedMonth,
    language,
    // An outlet signing its own copy does not credit itself; an agency's signature is still its
    // credit when only that signature names the outlet (the text may be a copy that kept it).
    credits: credits.filter((c) => c.name !== named),
    flags,
    url_as_written: urlAsWritten,
    body,
    original: doc.text ?? doc.html ?? '',
  };
}

/** The text as it came, only normalised into paragraphs. */
function keepWhole(text: string): string {
  return splitLines(text)
    .map((l) => l.text)
    .join('\n\n');
}
