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
import { bylineDate, datelineDate, leadDateline, leadingDateToken, partedDateline, type DatelineMatch, type LeadDateline } from './dates.js';
import { endsSentence, repairParagraphs, splitLines, unwrapHardWrapped, wordCount, type Line } from './lines.js';
import { isCreditSignOff } from './credits.js';
import { mastheadName, selfReference, urlLine, type UrlLine } from './outlet.js';
import { wireName } from './wires.js';
import { bylineOrganisation, contactOutlet, newsroomByline, reportsAsName, selfReportName, signedStandfirst, sourceLineName, webSignOff } from './own-name.js';
import { ALERT_LABEL, isHeadlineLike, isMenuRun, isNameplate, isParagraph, isPlaceLine, placeOfLine, splitHeadline } from './headline.js';

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
  /** The date of a byline on one of the first lines ("By Jane Doe in Berlin June 24, 2031"). */
  byline: IsoDate | null;
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
  /** A date the page says it was updated on: never the publication date, but the reason there is none. */
  updated: IsoDate | null;
}

export interface TextHints {
  /** A headline known from elsewhere (corpus field, HTML): only a line equal to it is taken as headline. */
  headline?: string | null;
  /** The text was extracted from HTML: a line that is a web address is a link in the article, not its address. */
  fromMarkup?: boolean;
  /** ISO 639-1 language of the text, when known: picks the date parser and the day/month order. */
  language?: string | null;
  /**
   * Lines above the text that markup extraction left out of it (a byline, a date line): read for
   * the article's date as the same lines of a plain text would be, never kept in the body.
   */
  above?: string[];
}

interface FirstPass {
  kept: string[];
  url: UrlLine | null;
  dates: { date: IsoDate; rank: number }[];
  byline: IsoDate | null;
  yearless: DateParts | null;
  ambiguous: string | null;
  agencies: string[];
  updated: IsoDate | null;
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


// The start of a reader-comment section: no date below it is the article's.
const COMMENTS =
  /^(?:\d+\s+)?(?:(?:top(?: rated)?|reader'?s?|latest|newest|oldest|all)\s+)?(?:comments?|reactions|replies|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer|комментарии|yorumlar)(?:\s*\(\d+\))?\s*:?$|^(?:leave|post|add|write) a (?:comment|reply)\b|^(?:join|start) the (?:discussion|conversation)\b/i;

/** An article's address has a worded slug, a date or a page suffix in its path; a share link has an id. */
function articlePath(url: string): boolean {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  return /\p{L}{2,}[-_]\p{L}{2,}|\/(?:19|20)\d{2}[/-]|\.s?html?$|\.php/iu.test(path);
}

function noteDate(out: FirstPass, found: DatelineMatch, counts: boolean, labelled: boolean): void {
  if (!counts) return;
  if (found.date) out.dates.push({ date: found.date, rank: labelled ? 0 : 1 });
  if (found.yearless) out.yearless ??= found.yearless;
  if (found.ambiguous) out.ambiguous ??= found.ambiguous;
}

/** A numeric date before a header line ("25.11.2031. Headline") or a whole date after one ("Headline April 15, 2031"). */
function gluedDate(line: string, ctx: DateContext): { date: DatelineMatch; rest: string } | null {
  const before = /^(\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})\.?\s+(?=\p{Lu})/u.exec(line);
  if (before) {
    const date = datelineDate(before[1], ctx);
    return date ? { date, rest: line.slice(before[0].length) } : null;
  }
  if (!/\D(?:19|20)\d{2}$/.test(line) || wordCount(line) < 6) return null;
  const words = line.split(' ');
  for (let k = 2; k <= 4; k++) {
    const rest = words.slice(0, -k).join(' ');
    const date = datelineDate(words.slice(-k).join(' '), ctx);
    if (date?.date && isHeadlineLike(rest)) return { date, rest };
  }
  return null;
}

/** Drops page furniture line by line and collects what it said about the page. */
function dropFurniture(lines: Line[], hints: TextHints, ctx: DateContext): FirstPass {
  const out: FirstPass = {
    kept: [],
    url: null,
    dates: [],
    byline: null,
    yearless: null,
    ambiguous: null,
    agencies: [],
    updated: null,
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
    let line = text.includes('pic.twitter.com/') ? text.replace(/ ?pic\.twitter\.com\/\w+$/, '') : text;
    // A dated byline stands among the first lines, above the text or under its standfirst.
    const dated = index < 8 && out.kept.filter(isParagraph).length < 2 && /^\p{L}{2,6}\s/u.test(line) ? bylineDate(line, ctx) : null;
    if (dated) {
      out.byline ??= dated;
      return;
    }
    if (inHeader) {
      // "[Breaking News] Headline": a bracketed kicker; "25.11.2031. Headline", "Headline April 15,
      // 2031": a date glued to the headline is a date line.
      line = line.replace(/^\[[^\]]{2,30}\]\s*(?=[\p{Lu}"“‘«])/u, '');
      const glued = gluedDate(line, ctx);
      if (glued) {
        noteDate(out, glued.date, true, false);
        line = glued.rest;
      }
    }
    if (!line) return;
    // "<standfirst>. / Outlet": the site signing its standfirst at the top, or the wire it credits.
    const signed = index < 6 ? signedStandfirst(line) : null;
    if (signed) {
      if (wireName(signed.name)) out.creditLines.push(signed.name);
      else out.ownNames.push(signed.name);
      line = signed.text;
    }
    // A copyright line above the text credits a photo, and below it a wire's is a credit, not the page's.
    const copyright = /^(?:©|\(c\)|copyright\b)/i.test(line);
    const masthead = copyright && inHeader ? null : mastheadName(line);
    // The last line's copyright notice is the publisher's own ("© 2031 Name", "(c) Name").
    if (masthead && copyright && index >= lines.length - 2 && !wireName(masthead)) out.ownNames.push(masthead);
    else if (masthead && !(copyright && wireName(masthead))) out.mastheads.push(masthead);
    out.contactOutlet ??= line.includes('@') ? contactOutlet(line) : null;
    // A newsroom byline on a line of its own is furniture that names the outlet.
    const byline = newsroomByline(line);
    if (byline && byline.length >= line.length - 1) {
      out.ownNames.push(byline.name);
      return;
    }
    // "Site.com/Desk/XY" below the text: the site signing off.
    const signOff = inHeader ? null : webSignOff(line, index === lines.length - 1);
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
    // The first line of a page that labels a headline ("WATCH: Spire collapses ...") is the headline.
    const ownHeadline = inHeader && out.kept.length === 0 && related !== null && isHeadlineLike(line);
    if (related !== null && wordCount(related) <= 25 && !ownHeadline) {
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
    // A wire's name alone on a line above the text is its byline.
    if (inHeader && line.length <= 40 && wireName(line)) {
      out.creditLines.push(line);
      return;
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
    // A parted line below the text only when labelled ("By: | City | Published: ...").
    const whole = datelineDate(line, ctx);
    const parted = whole ? null : partedDateline(line, ctx);
    const dateline = whole ?? (inHeader || parted?.labelled ? parted : null);
    if (dateline) {
      // A bare date counts only above the text; a labelled one ("Published: ...") anywhere above comments.
      noteDate(out, dateline, !dateline.updated && !inComments && (inHeader || dateline.labelled), dateline.labelled);
      if (dateline.updated && !inComments) out.updated ??= dateline.date;
      if (dateline.agency) out.agencies.push(dateline.agency);
      return;
    }
    // A byline above the text ("By Jane Doe") is furniture; the organisation it names after the
    // writer ("By Jane Doe, Coast Daily") is the outlet, or a credit when it is a wire.
    if (inHeader && /^by\s+\p{Lu}/iu.test(line) && wordCount(line) <= 10 && !endsSentence(line)) {
      const org = bylineOrganisation(line);
      if (org && wireName(org)) out.creditLines.push(org);
      else if (org) out.ownNames.push(org);
      return;
    }

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


/** Dates of the lines set aside above the text come first, as they stand first on the page. */
function addDatesAbove(first: FirstPass, above: FirstPass): void {
  first.dates.unshift(...above.dates);
  first.byline = above.byline ?? first.byline;
  first.yearless = above.yearless ?? first.yearless;
  first.ambiguous = above.ambiguous ?? first.ambiguous;
  first.updated = above.updated ?? first.updated;
}

const GLUED_YEAR = /\D(?:19|20)\d{2}(?=\p{Lu}\p{Ll})/u;

export function cleanText(text: string, hints: TextHints = {}): TextFindings {
  // A scraper that glued the headline and its date to the text ("... April 15, 2031The fire ..."):
  // the opening lines come apart where a year runs into a capitalised word.
  const lines = unwrapHardWrapped(splitLines(text));
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const glued = GLUED_YEAR.exec(lines[i].text);
    if (!glued) continue;
    const at = glued.index + glued[0].length;
    lines.splice(i, 1, { ...lines[i], text: lines[i].text.slice(0, at) }, { text: lines[i].text.slice(at), blankBefore: true });
  }
  const token = lines.length ? leadingDateToken(lines[0].text) : null;
  if (token) {
    if (token.rest.trim()) lines[0] = { ...lines[0], text: token.rest.trim() };
    else lines.shift();
  }
  const ctx: DateContext = { language: hints.language, order: dayOrderOf(text.slice(0, 4000), hints.language) };
  const first = dropFurniture(lines, hints, ctx);
  if (hints.above?.length) addDatesAbove(first, dropFurniture(hints.above.map((text) => ({ text, blankBefore: true })), hints, ctx));
  const statedHeadline = hints.headline ?? first.fields.headline;
  const split = splitHeadline(dropAppeals(first.kept), { ...hints, headline: statedHeadline });
  const { nameplate, rest } = split;
  const ownNames = [...(split.site ? [split.site] : []), ...first.ownNames];
  // A lone title line closing the text ("Herald") is the outlet's sign-off, not a paragraph.
  const last = rest[rest.length - 1];
  const signOff = rest.length > 1 && last && wordCount(last) <= 3 && isNameplate(last) && !/\d/.test(last) ? rest.pop()! : null;
  const headline = statedHeadline ?? split.headline;
  // A place alone above the lead ("Rabat") is its dateline, not a title: it opens the lead as one.
  if (!headline && rest.length > 1 && isPlaceLine(rest[0]) && isParagraph(rest[1])) rest.splice(0, 2, `${rest[0]} — ${rest[1]}`);
  // So is a place with its region ("Port Ellis, Northshire", even scraped twice onto its line); a
  // run of menu words there is the site's navigation.
  else if (rest.length > 1 && isParagraph(rest[1]) && placeOfLine(rest[0])) rest.splice(0, 2, `${placeOfLine(rest[0])} — ${rest[1]}`);
  else if (rest.length > 1 && isMenuRun(rest[0])) rest.shift();
  const paragraphs = repairParagraphs(rest);
  // A newsroom byline opening the lead ("(De la Redacción de X) Francia ...") names the outlet.
  const leadByline = paragraphs.length ? newsroomByline(paragraphs[0]) : null;
  if (leadByline && leadByline.length < paragraphs[0].length) {
    ownNames.push(leadByline.name);
    paragraphs[0] = paragraphs[0].slice(leadByline.length);
  }
  const reportsAs = selfReportName(paragraphs.slice(0, 2).join(' ')) ?? reportsAsName(paragraphs.slice(0, 2).join('\n'));
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
      byline: first.byline,
      token: token?.date ?? null,
      tokenMonth: token?.month ?? null,
      lead,
      yearless: first.yearless,
      ambiguous: first.ambiguous,
      agencies: first.agencies,
      updated: first.updated,
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
