// Cleaning of already-scraped article text: keep what a reader reads, note the metadata the page
// furniture carried (dateline, URL, masthead) on the way out.
import type { IsoDate } from '../types.js';
import {
  isAppealContinuation,
  isCaptionLine,
  isCreditLine,
  isNavLine,
  isUiLine,
  isWidgetLine,
  readMoreTail,
  startsAppeal,
} from './boilerplate.js';
import { dayOrderOf, type DateContext, type DateParts } from './date-parse.js';
import { datelineDate, leadDateline, leadingDateToken, type LeadDateline } from './dates.js';
import { continues, endsOnFunctionWord, endsSentence, repairParagraphs, splitLines, unwrapHardWrapped, wordCount, type Line } from './lines.js';
import { isCreditSignOff } from './credits.js';
import { mastheadName, selfReference, urlLine, type UrlLine } from './outlet.js';
import { wireName } from './wires.js';
import { contactOutlet, newsroomByline, selfReportName, sourceLineName, titleSuffix, webSignOff } from './own-name.js';

export interface TextFindings {
  /** Paragraphs separated by a blank line. */
  body: string;
  headline: string | null;
  url: UrlLine | null;
  /** What the text says about its own date; the choice among these is made in published.ts. */
  dates: TextDates;
  /** Outlet names from masthead/sign-off lines, in order of appearance. */
  mastheads: string[];
  /** Outlet named by its own exclusive ("- X to Outlet" + "told Outlet"). */
  selfReference: string | null;
  /** Names the text gives itself, strongest first: a title's site suffix, a newsroom byline, a web name it reports under. */
  ownNames: string[];
  /** Outlet of the contact address in a reader appeal ("email us at editors@site.example"). */
  contactOutlet: string | null;
  /** Outlet a "Source:"/"Publisher:" header field of a scraped dump names. */
  statedOutlet: string | null;
  /** How dates in this text are read (its language, its day/month order). */
  dateContext: DateContext;
  /** The lead's dateline as written ("TOKYO (AP) —"), when it has one. */
  leadEvidence: string | null;
  /** Credit sign-offs and copyright lines below the text ("MD avec l'AFP", "© Agency"). */
  creditLines: string[];
  /** Agencies dateline lines name ("CITY, 18 dec — Agency."). */
  datelineAgencies: string[];
}

/** Dates the text states about itself, by kind; never a date from a sentence. */
export interface TextDates {
  /** A date line above the text, or a labelled one ("Published: ...") anywhere before comments. */
  dateline: IsoDate | null;
  /** A crawler's leading "date YYYY-MM-DD" token. */
  token: IsoDate | null;
  /** The month of a crawler token without a day ('YYYY-MM'). */
  tokenMonth: string | null;
  /** The dateline opening the lead paragraph. */
  lead: LeadDateline | null;
  /** A date line without a year ("CITY, 18 dec"), to complete from context. */
  yearless: DateParts | null;
  /** An all-numeric date line whose day/month order nothing in the text settles. */
  ambiguous: string | null;
  /** Agencies datelines name ("CITY, 18 dec — Agency."). */
  agencies: string[];
}

export interface TextHints {
  /** A headline known from elsewhere (corpus field, HTML): only a line equal to it is taken as headline. */
  headline?: string | null;
  /** The text was extracted from HTML: a line that is a web address is a link in the article, not its address. */
  fromMarkup?: boolean;
  /** ISO 639-1 language of the text, when known: picks the date parser and the day/month order. */
  language?: string | null;
}

/** A body paragraph, as opposed to a headline, label or button: a long line or a finished sentence. */
function isParagraph(line: string): boolean {
  const n = wordCount(line);
  return n >= 25 || (n >= 12 && /[.!?]["”’)]?$/.test(line));
}

function isHeadlineLike(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= 3 &&
    n <= 30 &&
    line.length <= 250 &&
    !/[.,;:]$/.test(line) &&
    /^[\p{Lu}\p{N}"“‘'«„¿¡]/u.test(line) &&
    !isParagraph(line) &&
    !endsOnFunctionWord(line) &&
    !isSiteTitle(line)
  );
}

// Words a site's own title is made of ("X | News & Analysis Website", "X - Official Site").
const SITE_WORDS = /^(?:the|official|news|noticias|nachrichten|nouvelles|notizie|новости|and|&|analysis|website|web|site|portal|home|homepage|online|page|latest|breaking|updates|headlines|world|daily|magazine|media|network|of|de|y|et|und)$/i;

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

interface FirstPass {
  kept: string[];
  url: UrlLine | null;
  dates: { date: IsoDate; rank: number }[];
  yearless: DateParts | null;
  ambiguous: string | null;
  agencies: string[];
  creditLines: string[];
  mastheads: string[];
  /** Newsroom bylines naming the outlet. */
  ownNames: string[];
  contactOutlet: string | null;
  /** From "Title: ..." / "Source: ..." header fields of scraped dumps. */
  fields: { headline: string | null; outlet: string | null };
}

// "Key: value" lines that scraped dumps put above the text. Summaries and descriptions are prose and stay.
const HEADER_FIELD =
  /^(title|headline|author|authors|byline|writer|source|outlet|publisher|site|site name|section|category|categories|language|lang|keywords|tags)\s*:\s*(\S.*)$/i;

const ALERT_LABEL = /^(?:breaking(?: news)?|news alert|alert|just in|developing(?: story)?|live|urgent|última hora|dernière minute|eilmeldung|urgente|срочно)\s*:?$/i;

// The start of a reader-comment section: no date below it is the article's.
const COMMENTS =
  /^(?:\d+\s+)?(?:(?:top(?: rated)?|reader'?s?|latest|newest|oldest|all)\s+)?(?:comments?|reactions|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer|комментарии|yorumlar)(?:\s*\(\d+\))?\s*:?$|^(?:leave|post|add|write) a (?:comment|reply)\b|^(?:join|start) the (?:discussion|conversation)\b/i;

/** A date-carrying line of a few parts: "By Jane Doe | Mar 3, 2031 | 08:15", "By: | Harare | Published: ...". */
function partedDateline(line: string, ctx: DateContext): ReturnType<typeof datelineDate> {
  if (!/[|•·]/.test(line)) return null;
  const parts = line.split(/\s*[|•·]\s*/);
  if (parts.length < 2 || line.length > 140) return null;
  for (let i = 0; i < parts.length; i++) {
    const found = datelineDate(parts.slice(i).join(' | '), ctx) ?? datelineDate(parts[i], ctx);
    if (found) return parts.slice(0, i).every((p) => wordCount(p) <= 6 && !endsSentence(p)) ? found : null;
  }
  return null;
}

/** An article's address has a worded slug, a date or a page suffix in its path; a share link has an id. */
function articlePath(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return /\p{L}{2,}[-_]\p{L}{2,}|\/(?:19|20)\d{2}[/-]|\.s?html?$|\.php/iu.test(path);
}

/** Drops page furniture line by line and collects what it said about the page. */
function dropFurniture(lines: Line[], hints: TextHints, ctx: DateContext): FirstPass {
  const out: FirstPass = {
    kept: [],
    url: null,
    dates: [],
    yearless: null,
    ambiguous: null,
    agencies: [],
    creditLines: [],
    mastheads: [],
    ownNames: [],
    contactOutlet: null,
    fields: { headline: null, outlet: null },
  };
  let inHeader = true;
  let inComments = false;
  // After a bare "Related:" label, related headlines follow: the first maybe after a blank line,
  // the rest one per line below it.
  let relatedHeadlines = 0;
  let alertNext = false;
  let afterAlert = false;
  const alerts = new Set<string>();
  lines.forEach(({ text, blankBefore }, index) => {
    // Embedded posts leave their picture link at the end of the post's text.
    const line = text.includes('pic.twitter.com/') ? text.replace(/ ?pic\.twitter\.com\/\w+$/, '') : text;
    if (!line) return;
    // A copyright line above the text credits a photo, and below it a wire's is a credit, not the page's.
    const copyright = /^(?:©|\(c\)|copyright\b)/i.test(line);
    const masthead = copyright && inHeader ? null : mastheadName(line);
    if (masthead && !(copyright && wireName(masthead))) out.mastheads.push(masthead);
    out.contactOutlet ??= line.includes('@') ? contactOutlet(line) : null;
    // A newsroom byline on a line of its own is furniture that names the outlet.
    const byline = newsroomByline(line);
    if (byline && byline.length >= line.length - 1) {
      out.ownNames.push(byline.name);
      return;
    }
    // "Site.com/Desk/XY" below the text: the site signing off.
    const signOff = inHeader ? null : webSignOff(line);
    if (signOff) {
      out.ownNames.push(signOff);
      return;
    }
    // "Source: X" below the text credits where the text came from (a republisher's line).
    if (!inHeader && sourceLineName(line)) {
      out.creditLines.push(line);
      return;
    }
    // Before the furniture test: a bare "Read more:" also says the next line is a related headline.
    const related = readMoreTail(line);
    // "Watch: <a whole paragraph>" is the article's text under a label, not a link.
    if (related !== null && wordCount(related) <= 25) {
      relatedHeadlines = related.trim() === '' ? 5 : 0;
      return;
    }
    if (relatedHeadlines > 0) {
      const first = relatedHeadlines === 5;
      relatedHeadlines--;
      // Headlines, or topic links of a word or few.
      const isRelated = isHeadlineLike(line) || (wordCount(line) <= 4 && !endsSentence(line) && /^\p{Lu}/u.test(line));
      if (isRelated && (first || !blankBefore)) return;
      relatedHeadlines = 0;
    }
    // A site-wide alert above the article: its label, its title wherever it recurs, and the blurb
    // right under it.
    if (inHeader && ALERT_LABEL.test(line)) {
      alertNext = true;
      return;
    }
    const alertTitle = alertNext && isHeadlineLike(line);
    alertNext = false;
    if (alertTitle || [...alerts].some((a) => line.startsWith(a) && wordCount(line) - wordCount(a) <= 2)) {
      if (alertTitle) alerts.add(line);
      afterAlert = true;
      return;
    }
    // The alert's blurb: the first paragraph after its title, past its buttons ("Show less").
    if (afterAlert && inHeader && isParagraph(line)) {
      afterAlert = false;
      return;
    }
    // Below the text, a credit sign-off or a copyright line credits the text (above it, a photo).
    if (!inHeader && (isCreditSignOff(line) || (/^(?:©|\(c\)|copyright\b)/i.test(line) && !line.includes('/') && wordCount(line) <= 12))) {
      out.creditLines.push(line);
      if (isCreditSignOff(line)) return;
    }
    if (isNavLine(line) || isUiLine(line) || isWidgetLine(line) || isCreditLine(line) || isCaptionLine(line)) return;
    // The article's own address sits above the text, at its very end, or under a label; a link
    // on its own line inside the text is part of the text.
    const url = hints.fromMarkup ? null : urlLine(line);
    // At the very end, only an article's address (a slug or a date in its path), not a video link.
    if (url && (inHeader || url.labelled || (index === lines.length - 1 && articlePath(url.url)))) {
      out.url ??= url;
      return;
    }
    const field = inHeader ? HEADER_FIELD.exec(line) : null;
    if (field) {
      const key = field[1].toLowerCase();
      if (key === 'title' || key === 'headline') out.fields.headline ??= field[2];
      else if (['source', 'outlet', 'publisher', 'site', 'site name'].includes(key)) {
        // "Source: Agency| 2031-01-03 12:15|": the name, and the date it gives.
        const [name, ...rest] = field[2].split(/\s*\|\s*/);
        const dated = rest.length ? datelineDate(rest.filter(Boolean).join(' '), ctx) : null;
        if (dated?.date && !dated.updated) out.dates.push({ date: dated.date, rank: 0 });
        if (name) out.fields.outlet ??= name;
      }
      return;
    }
    if (!inHeader && COMMENTS.test(line)) inComments = true;
    const dateline = datelineDate(line, ctx) ?? (inHeader ? partedDateline(line, ctx) : null);
    if (dateline) {
      // A bare date counts only above the text; a labelled one ("Published: ...") anywhere above comments.
      const counts = !dateline.updated && !inComments && (inHeader || dateline.labelled);
      if (counts && dateline.date) out.dates.push({ date: dateline.date, rank: dateline.labelled ? 0 : 1 });
      if (counts && dateline.yearless) out.yearless ??= dateline.yearless;
      if (counts && dateline.ambiguous) out.ambiguous ??= dateline.ambiguous;
      if (dateline.agency) out.agencies.push(dateline.agency);
      return;
    }
    // A byline above the text ("By Jane Doe") is furniture.
    if (inHeader && /^by\s+\p{Lu}/iu.test(line) && wordCount(line) <= 8 && !endsSentence(line)) return;
    out.kept.push(line);
    afterAlert = false;
    if (isParagraph(line)) inHeader = false;
  });
  return out;
}

/**
 * Cuts a closing appeal: from a line that opens one ("Sign up ...", "A message from ...") to the end,
 * provided everything after it reads as appeal too. Short appeal lines elsewhere go on their own.
 */
function dropAppeals(lines: string[]): string[] {
  let cut = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (startsAppeal(lines[i])) cut = i;
    else if (!isAppealContinuation(lines[i])) break;
  }
  return lines.slice(0, cut).filter((line) => !(startsAppeal(line) && wordCount(line) <= 15));
}

/** A bare title above the headline: a few capitalised words, no verb-like punctuation, no digits. */
function isNameplate(line: string): boolean {
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
function splitHeadline(lines: string[], hints: TextHints): { headline: string | null; nameplate: string | null; site: string | null; rest: string[] } {
  const firstParagraph = lines.findIndex(isParagraph);
  const header = firstParagraph === -1 ? Math.min(lines.length - 1, 3) : firstParagraph;
  const candidates: number[] = [];
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
  if (candidates.length === 0) return { headline: null, nameplate: null, site: null, rest: lines };
  let best = candidates[0];
  if (candidates.length > 1) {
    // A later headline-sized line displaces the first only when the first is off-topic (a menu
    // or a promo) and the later one is clearly on-topic; a long standfirst never does.
    const lead = new Set(contentWords(lines.slice(header, header + 3).join(' ')));
    let bestScore = Math.max(leadOverlap(lines[best], lead) + 0.1, 0.3);
    for (const i of candidates.slice(1)) {
      if (wordCount(lines[i]) > 16) continue;
      const score = leadOverlap(lines[i], lead);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
  }
  // A page title carries the site's name after the headline ("Headline | Site").
  const suffix = hints.headline ? null : titleSuffix(lines[best]);
  const headline = suffix?.headline ?? lines[best];
  const above = lines.slice(0, best);
  const nameplate = above.find(isNameplate) ?? null;
  // Short unfinished lines above the headline are menus and kickers; anything else stays.
  const kept = above.filter((l) => wordCount(l) > 8 || endsSentence(l));
  // Scrapes often carry the headline twice (page title and article heading), the second time
  // below the site's menu when the first was the page title.
  let below = lines.slice(best + 1);
  const again = below.slice(0, 15).findIndex((l) => sameText(l, headline));
  if (below.length > again + 1 && again === 0) below.shift();
  else if (again > 0 && suffix && below.slice(0, again).every((l) => wordCount(l) <= 8 && !isParagraph(l))) below = below.slice(again + 1);
  return { headline, nameplate, site: suffix?.site ?? null, rest: [...kept, ...below] };
}

export function cleanText(text: string, hints: TextHints = {}): TextFindings {
  const lines = unwrapHardWrapped(splitLines(text));
  const token = lines.length ? leadingDateToken(lines[0].text) : null;
  if (token) {
    if (token.rest.trim()) lines[0] = { ...lines[0], text: token.rest.trim() };
    else lines.shift();
  }
  const ctx: DateContext = { language: hints.language, order: dayOrderOf(text.slice(0, 4000), hints.language) };
  const first = dropFurniture(lines, hints, ctx);
  const statedHeadline = hints.headline ?? first.fields.headline;
  const split = splitHeadline(dropAppeals(first.kept), { ...hints, headline: statedHeadline });
  const { nameplate, rest } = split;
  const ownNames = [...(split.site ? [split.site] : []), ...first.ownNames];
  // A lone title line closing the text ("Herald") is the outlet's sign-off, not a paragraph.
  const last = rest[rest.length - 1];
  const signOff = rest.length > 1 && last && wordCount(last) <= 3 && isNameplate(last) && !/\d/.test(last) ? rest.pop()! : null;
  const headline = statedHeadline ?? split.headline;
  const paragraphs = repairParagraphs(rest);
  // A newsroom byline opening the lead ("(De la Redacción de X) Francia ...") names the outlet.
  const leadByline = paragraphs.length ? newsroomByline(paragraphs[0]) : null;
  if (leadByline && leadByline.length < paragraphs[0].length) {
    ownNames.push(leadByline.name);
    paragraphs[0] = paragraphs[0].slice(leadByline.length);
  }
  const reportsAs = selfReportName(paragraphs.slice(0, 2).join(' '));
  if (reportsAs) ownNames.push(reportsAs);
  // Labelled dates first; among bare ones the last above the text, nearest the article (a page's
  // "today is ..." banner sits further up).
  const dates = first.dates.map((d, i) => ({ ...d, i })).sort((a, b) => a.rank - b.rank || (a.rank === 1 ? b.i - a.i : a.i - b.i));
  const lead = paragraphs.length ? leadDateline(paragraphs[0], ctx) : null;
  return {
    body: paragraphs.join('\n\n'),
    headline,
    url: first.url,
    dates: {
      dateline: dates[0]?.date ?? null,
      token: token?.date ?? null,
      tokenMonth: token?.month ?? null,
      lead,
      yearless: first.yearless,
      ambiguous: first.ambiguous,
      agencies: first.agencies,
    },
    dateContext: ctx,
    leadEvidence: lead?.text ?? null,
    datelineAgencies: first.agencies,
    creditLines: first.creditLines,
    mastheads: [...(nameplate ? [nameplate] : []), ...first.mastheads, ...(signOff ? [signOff] : [])],
    selfReference: selfReference(headline, paragraphs.slice(0, 2).join(' ')),
    ownNames,
    contactOutlet: first.contactOutlet,
    statedOutlet: first.fields.outlet,
  };
}
