// The headline of scraped text: which line above the first paragraph is the article's own title,
// never a menu, kicker, banner, nameplate or a site-name-only title; a page title's site suffix is
// taken off (and kept as the outlet's name).
import { continues, endsOnFunctionWord, endsSentence, isTitleCase, wordCount } from './lines.js';
import { MASTHEAD_NOUN, titleSuffix } from './own-name.js';
import { holdsSignature } from '../extract/signatures.js';
import { unspacedChars } from '../extract/unspaced.js';

export interface HeadlineHints {
  /** A headline known from elsewhere (corpus field, HTML): only a line equal to it is taken as headline. */
  headline?: string | null;
}

// Chinese and Japanese write no spaces between words: their lines are measured in characters,
// about two and a half to a word.
function lineWords(line: string): number {
  const unspaced = unspacedChars(line);
  return unspaced > line.length / 2 ? Math.round(unspaced / 2.5) + wordCount(line) - 1 : wordCount(line);
}

/** A body paragraph, as opposed to a headline, label or button: a long line or a finished sentence. */
export function isParagraph(line: string): boolean {
  const n = lineWords(line);
  return n >= 25 || (n >= 12 && /[.!?。！？]["”’)」』]?$/.test(line) && !isTitleCase(line));
}

export function isHeadlineLike(line: string): boolean {
  const n = lineWords(line);
  return (
    n >= 3 &&
    n <= 30 &&
    line.length <= 250 &&
    !(/[.,;:。、]$/.test(line) && !(line.endsWith('.') && isTitleCase(line))) &&
    // A script without capitals (Arabic, Korean, Japanese) opens a title on any letter.
    /^[\p{Lu}\p{Lo}\p{N}"“‘'«„¿¡]/u.test(line) &&
    !isParagraph(line) &&
    !endsOnFunctionWord(line) &&
    !isSiteTitle(line) &&
    !isPlaceOrMenu(line) &&
    // "… — Harbour Herald (@harbourherald) 1 octobre 2017": an embedded post and its signature.
    !holdsSignature(line)
  );
}

// ---- lines that are never a headline: a place, a menu ----

// Section and menu words of news sites, by language: a line made of them is the site's navigation.
const MENU_WORDS = new Set(
  [
    'news|people|world|sport|sports|business|politics|opinion|culture|entertainment|lifestyle|life|style|tech|technology|science|health|travel|video|videos|home|local|national|international|economy|money|markets|weather|more|live|podcasts|photos|latest|trending|menu|search|subscribe|environment|education|media|arts|books|food|music|features|analysis|comment',
    'noticias|deportes|política|economía|cultura|internacional|nacional|mundo|sociedad|opinión|espectáculos|tecnología|salud|ciencia|vida|portada|inicio|últimas|actualidad|gente',
    'actualités|actualité|monde|société|politique|économie|santé|sciences|accueil|france|culture|idées|sport|vidéos|people',
    'nachrichten|politik|wirtschaft|kultur|panorama|wissen|meinung|startseite|ausland|inland|gesellschaft|leben|digital|reise|regional',
    'notizie|cronaca|esteri|politica|economia|spettacoli|salute|attualità',
    'notícias|esportes|saúde|últimas',
    'новости|политика|экономика|общество|спорт|культура|мир|происшествия|главная',
  ].join('|').split('|'),
);

/** A doubled line ("X X", a page's title scraped twice onto one line) as its half; else the line. */
function undoubled(line: string): string {
  const words = line.split(' ');
  if (words.length % 2 || words.length < 2) return line;
  const half = words.length / 2;
  for (let i = 0; i < half; i++) if (words[i] !== words[i + half]) return line;
  return words.slice(0, half).join(' ');
}

// A place's name: capitalised words, joined by "de", "la" ... ("Port Ellis", "San José de la Sierra").
const PLACE_SEGMENT = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|di|da|do|of|am|an|sur|la|le|el|los|las)){0,3}$/u;

/**
 * A line that is a place and nothing more ("Port Ellis, Northshire", the same written twice) or a
 * run of a site's menu words ("News People"), in any language: a dateline or navigation, never the
 * article's title.
 */
export function isPlaceOrMenu(line: string): boolean {
  return placeOfLine(line) !== null || isMenuRun(line);
}

/** The place a dateline-only line names ("Port Ellis, Northshire", also when scraped twice onto one line), or null. */
export function placeOfLine(line: string): string | null {
  if (line.length > 80 || !line.includes(',') || /\d/.test(line)) return null;
  const text = undoubled(line.trim()).replace(/\.$/, '');
  const segments = text.split(/\s*,\s*/);
  return segments.length >= 2 && wordCount(text) <= 6 && segments.every((s) => PLACE_SEGMENT.test(s)) ? text : null;
}

/** A run of a site's menu words ("News People", "Startseite Politik Ausland"). */
export function isMenuRun(line: string): boolean {
  const first = line.length <= 80 ? /^[^\s|/·•>»]+/.exec(line) : null;
  if (!first || !MENU_WORDS.has(first[0].toLowerCase()) || /\d/.test(line)) return false;
  const words = line.split(/[\s|/·•>»]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) && MENU_WORDS.has(w.toLowerCase()));
}

/** Whether `line` is `headline` behind a few capitalised menu or breadcrumb words ("News People <headline>"). */
function afterMenuWords(line: string, headline: string): boolean {
  if (line.length <= headline.length || !line.endsWith(headline)) return false;
  const prefix = line.slice(0, line.length - headline.length).trim();
  return prefix.length > 0 && prefix.split(/[\s|/·•>»]+/).filter(Boolean).every((w) => /^\p{Lu}/u.test(w) && wordCount(w) === 1 && w.length <= 15) && wordCount(prefix) <= 4;
}

// Words a site's own title is made of ("X | News & Analysis Website", "X - Official Site").
const SITE_WORDS = /^(?:the|official|news|noticias|nachrichten|nouvelles|notizie|новости|and|&|analysis|website|web|site|portal|home|homepage|online|page|latest|breaking|updates|headlines|world|daily|magazine|media|network|of|de|y|et|und)$/i;

/** One word of site vocabulary ("News", "Home") names no site: it is a menu label. */
export function isGenericSiteName(name: string): boolean {
  return !/\s/.test(name.trim()) && SITE_WORDS.test(name.trim());
}

/** A title naming only a site: every part after the name is site vocabulary. */
function isSiteTitle(line: string): boolean {
  const parts = line.split(/\s+[|–—:-]\s+/);
  if (parts.length < 2 || wordCount(parts[0]) > 4) return false;
  return parts.slice(1).every((p) => p.split(/\s+/).every((w) => SITE_WORDS.test(w)));
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

export const ALERT_LABEL = /^(?:breaking(?: news)?|news alert|alert|just in|developing(?: story)?|live|urgent|última hora|dernière minute|eilmeldung|urgente|срочно)\s*:?$/i;

/** A bare title above the headline: a few capitalised words, no verb-like punctuation, no digits. */
export function isNameplate(line: string): boolean {
  const ws = line.split(' ');
  return ws.length >= 1 && ws.length <= 5 && ws.every((w) => /^(?:\p{Lu}[\p{L}&'’.-]*|of|the|and|de|la|el|&)$/u.test(w));
}

function contentWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{3,}/gu) ?? [];
}

/** Share of a candidate's content words that the opening paragraphs repeat: a headline is about its text. */
function leadOverlap(candidate: string, lead: Set<string>): number {
  const ws = contentWords(candidate);
  return ws.length ? ws.filter((w) => lead.has(w)).length / ws.length : 0;
}

/**
 * Takes the headline off the top: of the headline-like lines above the first paragraph, the one the
 * opening paragraphs echo most (the first, on a tie). Everything above it is page furniture (menus,
 * kickers, a nameplate, which is kept as masthead evidence).
 */
// A page's status marks around a title ("UPDATED: ...", "... - UPDATES", "... (VIDEO)") are no part of it.
const STATUS_PREFIX = /^(?:updated?|update \d+|developing)\s*:\s*(?=\S)/i;
const STATUS_SUFFIX = /(?:\s+[-–—|]\s+(?:updates?|updated|live updates|video|photos)|\s*\((?:updated?|video|photos)\))$/i;

export function splitHeadline(lines: string[], hints: HeadlineHints): { headline: string | null; nameplate: string | null; site: string | null; rest: string[] } {
  const firstParagraph = lines.findIndex(isParagraph);
  const header = firstParagraph === -1 ? Math.min(lines.length - 1, 3) : firstParagraph;
  let candidates: number[] = [];
  const seen = new Map<string, number>();
  for (const line of lines.slice(0, header)) seen.set(line, (seen.get(line) ?? 0) + 1);
  for (let i = 0; i < header; i++) {
    const line = lines[i];
    const isCandidate = hints.headline
      ? sameText(line, hints.headline)
      : isHeadlineLike(line) &&
        !(isNameplate(line) && i + 1 < header && isHeadlineLike(lines[i + 1])) &&
        // An alert's text (under a "Breaking News" label, or repeated around the page) is a banner.
        !(i > 0 && ALERT_LABEL.test(lines[i - 1])) &&
        (seen.get(line) ?? 0) < 3 &&
        // The first line of a broken paragraph is not a headline.
        !(i + 1 < lines.length && continues(line, lines[i + 1]));
    if (isCandidate) candidates.push(i);
  }
  // A breadcrumb glued to the title that another line holds alone ("News People <headline>") is
  // no part of it.
  const own = (i: number) => (hints.headline ? null : lines.slice(0, header).find((other) => afterMenuWords(lines[i], other))) ?? lines[i];
  if (candidates.length === 0) return { headline: null, nameplate: null, site: null, rest: lines };
  // A picture's caption closing on where or when it was taken ("..., 24 June") is no title when another line can be.
  const titles = candidates.filter((i) => !closesOnDate(lines[i]));
  if (titles.length > 0) candidates = titles;
  let best = candidates[0];
  if (candidates.length > 1) {
    // A later headline-sized line displaces the first only when the first is off-topic (a menu
    // or a promo) and the later one is clearly on-topic; a long standfirst never does.
    const lead = new Set(contentWords(lines.slice(header, header + 3).join(' ')));
    let bestScore = Math.max(leadOverlap(own(best), lead) + 0.1, 0.3);
    for (const i of candidates.slice(1)) {
      if (wordCount(lines[i]) > 16) continue;
      const score = leadOverlap(own(i), lead);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
  }
  // A question opening a page of question subheads ("What happened?", "How did the police
  // respond?", each over its paragraph) is the first section's head, not the title; a later
  // candidate that is no question is the title.
  if (!hints.headline && isQuestionSubhead(lines[best]) && lines.slice(best + 1).filter(isQuestionSubhead).length >= 2) {
    const other = candidates.find((i) => !isQuestionSubhead(lines[i]));
    if (other === undefined) return { headline: null, nameplate: null, site: null, rest: lines };
    best = other;
  }
  // A page title carries the site's name after the headline ("Headline | Site").
  const suffix = hints.headline ? null : titleSuffix(own(best));
  const headline = withoutGlue((suffix?.headline ?? own(best)).replace(STATUS_PREFIX, '').replace(STATUS_SUFFIX, ''));
  const above = lines.slice(0, best);
  const nameplate = above.find(isNameplate) ?? null;
  // Short unfinished lines above the headline are menus and kickers; anything else stays.
  const kept = above.filter((l) => (wordCount(l) > 8 || endsSentence(l)) && !afterMenuWords(l, headline));
  // Scrapes often carry the headline twice (page title and article heading), the second time
  // below the site's menu when the first was the page title.
  let below = lines.slice(best + 1);
  if (below.length > 1 && (sameText(below[0], headline) || afterMenuWords(below[0], headline))) below.shift();
  else if (suffix) {
    const again = below.slice(0, 15).findIndex((l) => sameText(l, headline));
    if (again > 0 && below.slice(0, again).every((l) => wordCount(l) <= 8 && !isParagraph(l))) below = below.slice(again + 1);
  }
  return { headline, nameplate, site: suffix?.site ?? null, rest: [...kept, ...below] };
}

/** A short question alone on its line: a section head of a question-and-answer page. */
const isQuestionSubhead = (line: string): boolean => /\?\s*$/.test(line) && wordCount(line) <= 10 && !isParagraph(line);

/** A place name on a line of its own: one to three capitalised words, no figures, no outlet's noun. */
export function isPlaceLine(line: string): boolean {
  return wordCount(line) <= 3 && isNameplate(line) && !MASTHEAD_NOUN.test(line) && !/^the\s/i.test(line);
}

// Languages whose month names a caption's closing date is read in (the platform's locale data).
const MONTH_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'ru', 'uk', 'cs', 'sv', 'da', 'nb', 'fi', 'ro', 'hu', 'tr', 'ca'];
let monthWords: Set<string> | null = null;

/** Month names and abbreviations, in the nominative and in a date ("June", "Juni", "июня"), lower case. */
function isMonthWord(word: string): boolean {
  if (!monthWords) {
    monthWords = new Set();
    for (const language of MONTH_LANGUAGES) {
      for (let m = 0; m < 12; m++) {
        const date = new Date(Date.UTC(2001, m, 15));
        for (const opts of [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
          for (const part of new Intl.DateTimeFormat(language, { ...opts, timeZone: 'UTC' }).formatToParts(date)) {
            if (part.type === 'month') monthWords.add(part.value.toLowerCase().replace(/\.$/, ''));
          }
        }
      }
    }
  }
  return monthWords.has(word.toLowerCase());
}

const CLOSING_DATE = /,\s*(?:\d{1,2}\.?\s+(\p{L}{3,})\.?|(\p{L}{3,})\.?\s+\d{1,2})(?:,?\s+\d{4})?$/u;

/** A line closing on a day and month after a comma ("..., 24 June", "..., June 24, 2031"): a caption's place and time. */
export function closesOnDate(line: string): boolean {
  const m = CLOSING_DATE.exec(line);
  return !!m && isMonthWord(m[1] ?? m[2]);
}

// A paywall or premium mark glued to the title without a space ("AboKestrel ...", "PremiumThe ...").
const PAYWALL_MARK = /^(?:Abo\+?|Premium|Exclusive|Exklusiv|Exclusivo|Exclusiva|Exclusif|Esclusiva|Abonnés|Abonné|Assinantes?|Subscribers?|Members)(?=\p{Lu})/u;
// A kicker glued to its title where the line break was lost: a word of five lower-case letters or
// more running into a capitalised one ("Fire in KestrelholmWhy the dam ...").
const GLUED_WORD = /^([\p{L}-]*\p{Ll}{5,})(\p{Lu}\p{Ll}{2,})$/u;

/**
 * A title without a paywall mark glued to it, and without a kicker glued before it (the title is
 * what follows the glue when both sides are a few words: a kicker of two words or more, a title of
 * three or more). Brand names ("PayPal") are one word and stay.
 */
export function withoutGlue(headline: string): string {
  const h = headline.replace(PAYWALL_MARK, '');
  const words = h.split(' ');
  for (let i = 1; i < words.length - 2; i++) {
    const m = GLUED_WORD.exec(words[i]);
    if (m) return [m[2], ...words.slice(i + 1)].join(' ');
  }
  return h;
}
