// Cleaning of already-scraped article text: keep what a reader reads, note the metadata the page
// furniture carried (dateline, URL, masthead) on the way out.
import type { IsoDate } from '../types.js';
import { isAppealContinuation, startsAppeal } from './boilerplate.js';
import { dayOrderOf, type DateContext, type DateParts } from './date-parse.js';
import { leadDateline, leadingDateToken, type LeadDateline } from './dates.js';
import { repairParagraphs, splitLines, unwrapHardWrapped, wordCount } from './lines.js';
import { selfReference, type UrlLine } from './outlet.js';
import { moreFromName, newsroomByline, ownPieceName, reportsAsName, selfReportName } from './own-name.js';
import { givenNameGender } from '../extract/gazetteer.js';
import { isMenuRun, isNameplate, isParagraph, isPlaceLine, placeOfLine, splitHeadline } from './headline.js';
import { addDatesAbove, dropFurniture } from './furniture.js';

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
  /** Publisher a line of the page states ("Published by X", "X via Portal"): whose article a feed carries. */
  publisher: string | null;
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
  /** The language of the raw text when none is stated, detected on first call: reads month names only (see DateContext). */
  guessedLanguage?: () => string | null;
  /**
   * Lines above the text that markup extraction left out of it (a byline, a date line): read for
   * the article's date as the same lines of a plain text would be, never kept in the body.
   */
  above?: string[];
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
  const ctx: DateContext = { language: hints.language, guess: hints.guessedLanguage, order: dayOrderOf(text.slice(0, 4000), hints.language) };
  const first = dropFurniture(lines, hints, ctx);
  if (hints.above?.length) addDatesAbove(first, dropFurniture(hints.above.map((text) => ({ text, blankBefore: true })), hints, ctx));
  const statedHeadline = hints.headline ?? first.fields.headline;
  const split = splitHeadline(dropAppeals(first.kept), { ...hints, headline: statedHeadline });
  const { nameplate, rest } = split;
  const ownNames = [...(split.site ? [split.site] : []), ...first.ownNames];
  // A lone title line closing the text ("Herald") is the outlet's sign-off, not a paragraph.
  const last = rest[rest.length - 1];
  const signOff = rest.length > 1 && last && wordCount(last) <= 3 && isNameplate(last) && !/\d/.test(last) ? rest.pop()! : null;
  // "More from X" below the text heads the site's own links: X is the outlet, unless the text names
  // X itself (a source it cites).
  for (let i = rest.length - 1; i >= Math.max(1, rest.length - 3); i--) {
    const more = moreFromName(rest[i], (w) => givenNameGender(w) !== null);
    if (!more) continue;
    if (!rest.some((l, j) => j !== i && l.includes(more))) ownNames.push(more);
    rest.splice(i, 1);
    break;
  }
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
  const ownPiece = paragraphs.slice(0, 8).map(ownPieceName).find((n) => n !== null);
  if (ownPiece) ownNames.push(ownPiece);
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
    publisher: first.publishers[0] ?? null,
  };
}
