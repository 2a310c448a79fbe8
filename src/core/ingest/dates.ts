// Publication dates from the places scraped text states them: a dateline line, a leading
// "date YYYY-MM-DD" token, the URL path. Only whole, unambiguous dates count: never a guessed year.
import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number, hour?: number | null, minute?: number | null): IsoDate | null {
  if (!validDate(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return hour == null ? date : `${date}T${pad(hour)}:${pad(minute ?? 0)}`;
}

// Words a dateline may carry besides the date itself.
const LABEL =
  /^(?:(?:first\s+)?published|publication\s+date|date\s+published|pub\s+date|release\s+date|posted|updated|last\s+updated|last\s+modified|modified|created|date|dated|on)\b\s*(?:on|at)?\s*[:\-–—]?\s*/i;
// "December 23, 2031 / 4:32 PM / Updated 2 hours ago": the update note after a separator is not part of the date.
const UPDATE_NOTE = /\s+[|/·•]\s*(?:updated|last updated|modified)\b.*$/i;
const FILLER =
  /\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|aest|aedt|z|am|pm|a\.m\.|p\.m\.|at|on|hrs?|local time|time|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|[+-]\d{2}:?\d{2}\b|[|,•·/()[\]\-–—:.\s]/gi;

/** Day and month both <= 12 in an all-numeric date: 04/05/2019 is April or May depending on who wrote it. */
function ambiguousNumeric(text: string): boolean {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})/.exec(text.trim());
  return !!m && (m[3].length === 2 || (+m[1] <= 12 && +m[2] <= 12 && m[1] !== m[2]));
}

export interface DatelineMatch {
  /** Null when the line is a date but not an unambiguous one (04/05/2031). */
  date: IsoDate | null;
  /** The line said "Published"/"Posted"/... rather than being a bare date. */
  labelled: boolean;
  /** The line said "Updated"/"Modified": a later date than publication. */
  updated: boolean;
}

/**
 * A line that is a date and nothing else (give or take a label, weekday, time zone or separators),
 * e.g. "3 Feb, 2031 17:20" or "Published: March 3, 2030 | 09:15 GMT". Sentences never match, so an
 * event date in a paragraph or a caption is not mistaken for the publication date.
 */
export function datelineDate(line: string): DatelineMatch | null {
  // Cheap gate before chrono: a whole date needs a year.
  if (line.length > 80 || !/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(line)) return null;
  const labelMatch = LABEL.exec(line);
  const rest = (labelMatch ? line.slice(labelMatch[0].length) : line).replace(UPDATE_NOTE, '');
  const results = chrono.parse(rest);
  const first = results[0];
  if (!first) return null;
  const s = first.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  // Two whole dates on one line are a range ("29 November 2030 | 20 January 2031"), not a dateline.
  if (first.end || results.slice(1).some((r) => r.start.isCertain('day') && r.start.isCertain('year'))) return null;
  let leftover = rest;
  for (const r of results) leftover = leftover.replace(r.text, ' ');
  if (leftover.replace(FILLER, '').length > 0) return null;
  const label = labelMatch?.[0].toLowerCase() ?? '';
  const kind = { labelled: label !== '', updated: /updated|modified/.test(label) };
  if (ambiguousNumeric(first.text)) return { date: null, ...kind };
  const timed = s.isCertain('hour') ? s : results.slice(1).find((r) => r.start.isCertain('hour') && !r.start.isCertain('day'))?.start;
  const date = iso(s.get('year')!, s.get('month')!, s.get('day')!, timed?.get('hour'), timed?.get('minute'));
  return date ? { date, ...kind } : null;
}

const LEADING_TOKEN =
  /^(?:date|published|posted|dated)\s*:?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?(?=\s|$)\s*/i;

/** A machine-style date token opening the text (" date 2031-07-09 The city's ..."): the date and what follows. */
export function leadingDateToken(text: string): { date: IsoDate; rest: string } | null {
  const m = LEADING_TOKEN.exec(text);
  if (!m) return null;
  const date = iso(+m[1], +m[2], +m[3], m[4] == null ? null : +m[4], m[5] == null ? null : +m[5]);
  return date ? { date, rest: text.slice(m[0].length) } : null;
}

/** Date encoded in a URL path: /2031/06/02/, /2031-06-02/ or /20310602/. */
export function dateFromUrl(url: string): IsoDate | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const parts = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  return parts ? iso(+parts[1], +parts[2], +parts[3]) : null;
}

// "KESTREL BAY, Dec. 25, 2031 (Agency) - ...", "December 25, 2031 — ...": a wire dateline opening the lead.
const LEAD_DATELINE = /^((?:[\p{Lu}][\p{Lu}\p{L}.'’ -]{1,40},\s+)?[^—–|]{6,40}?)(?:\s*\([^)]{1,40}\))?\s+[-—–|]\s+\S/u;

/** The date of a dateline that opens the first paragraph, when it names a whole date. */
export function leadDateline(paragraph: string): IsoDate | null {
  const m = LEAD_DATELINE.exec(paragraph.slice(0, 120));
  if (!m) return null;
  const place = /^[\p{Lu}][\p{Lu}\p{L}.'’ -]{1,40},\s+/u.exec(m[1]);
  const found = datelineDate(place ? m[1].slice(place[0].length) : m[1]);
  return found && !found.updated ? found.date : null;
}
