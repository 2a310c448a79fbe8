// The first pass of cleaning: drops page furniture line by line and notes what it said about the
// page (dates, address, mastheads, credits); apart from text.ts, which assembles the findings.
import type { IsoDate } from '../types.js';
import { isCaptionLine, isCreditLine, isNavLine, isUiLine, isWidgetLine, readMoreTail } from './boilerplate.js';
import type { DateContext, DateParts } from './date-parse.js';
import { bylineDate, bylineDay, datelineDate, partedDateline, signOffDate, type DatelineMatch } from './dates.js';
import { endsSentence, wordCount, type Line } from './lines.js';
import { isCreditSignOff } from './credits.js';
import { mastheadName, urlLine, type UrlLine } from './outlet.js';
import { wireName } from './wires.js';
import { bylineOrganisation, capitalsCredit, contactOutlet, newsroomByline, publisherStatement, signedStandfirst, sourceLineName, webSignOff } from './own-name.js';
import { ALERT_LABEL, isHeadlineLike, isParagraph } from './headline.js';
import { opensWithSignature } from '../extract/signatures.js';
import type { TextHints } from './text.js';

interface FirstPass {
  kept: string[];
  url: UrlLine | null;
  /** rank: 0 labelled, 1 a bare date line, 2 a wire's sign-off below the text. */
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
  /** Publishers the page states ("Published by X", "X via Portal"). */
  publishers: string[];
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
export function dropFurniture(lines: Line[], hints: TextHints, ctx: DateContext): FirstPass {
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
    publishers: [],
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
  // One paragraph among the first lines, above the first title-like line, is a lead picture's
  // caption, not the text: a date line under the standfirst still stands in the byline area.
  let captionAbove = 0;
  let titled = false;
  lines.forEach(({ text, blankBefore }, index) => {
    // Embedded posts leave their picture link at the end of the post's text.
    let line = text.includes('pic.twitter.com/') ? text.replace(/ ?pic\.twitter\.com\/\w+$/, '') : text;
    // "— Dana Kellor (@dkellor) 14 octobre 2019" under the post's line: kept with it, as the line that
    // says whose words they are, never read as a date line or a title.
    if (opensWithSignature(line)) {
      const last = out.kept.length - 1;
      if (last >= 0 && !blankBefore) out.kept[last] = `${out.kept[last]}\n${line}`;
      else out.kept.push(line);
      return;
    }
    // A dated byline or a date line stands among the first lines, above the text or under its standfirst.
    const nearTop = index < 8 && out.kept.filter(isParagraph).length - captionAbove < 2;
    const bylined = nearTop && /^\p{L}{2,6}\s/u.test(line);
    const dated = bylined ? bylineDate(line, ctx) : null;
    if (dated) {
      out.byline ??= dated;
      return;
    }
    // A byline's day without a year ("By Jane Doe | 24 June"): a stated month may complete it.
    const day = bylined ? bylineDay(line, ctx) : null;
    if (day) {
      out.yearless ??= day;
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
    // Tested before any line is dropped: a "Comments" heading is page furniture itself.
    if (!inHeader && COMMENTS.test(line)) inComments = true;
    // "Published by X", "X via Portal": the page stating whose article it carries.
    const publisher = publisherStatement(line);
    if (publisher) {
      out.publishers.push(publisher);
      return;
    }
    // A caption at the top closing on the outlet's name in capitals: its own picture's credit.
    const caps = nearTop ? capitalsCredit(line) : null;
    if (caps) {
      out.mastheads.push(caps.name);
      line = caps.text;
    }
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
    // "(dpa, 28.6.2031)" closing the text: the wire's dated sign-off, after every date above the text.
    const signedOff = !inHeader && !inComments && index >= lines.length - 3 ? signOffDate(line, ctx) : null;
    if (signedOff) {
      out.dates.push({ date: signedOff.date, rank: 2 });
      out.creditLines.push(signedOff.agency);
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
    // A parted line below the text only when labelled ("By: | City | Published: ...").
    const whole = datelineDate(line, ctx);
    const parted = whole ? null : partedDateline(line, ctx);
    const dateline = whole ?? (inHeader || parted?.labelled ? parted : null);
    if (dateline) {
      // A bare date counts only above the text or under its standfirst (the byline area); a labelled
      // one ("Published: ...") anywhere above comments.
      noteDate(out, dateline, !dateline.updated && !inComments && (inHeader || (nearTop && !!whole) || dateline.labelled), dateline.labelled);
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

    if (!titled && isHeadlineLike(line)) {
      titled = true;
      captionAbove = index <= 3 && out.kept.filter(isParagraph).length === 1 ? 1 : 0;
    }
    out.kept.push(line);
    afterAlert = false;
    if (isParagraph(line)) inHeader = false;
  });
  return out;
}

/** Dates of the lines set aside above the text come first, as they stand first on the page. */
export function addDatesAbove(first: FirstPass, above: FirstPass): void {
  first.dates.unshift(...above.dates);
  first.byline = above.byline ?? first.byline;
  first.yearless = above.yearless ?? first.yearless;
  first.ambiguous = above.ambiguous ?? first.ambiguous;
  first.updated = above.updated ?? first.updated;
}
