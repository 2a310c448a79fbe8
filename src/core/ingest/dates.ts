// Publication dates from the places scraped text states them: a dateline line (a place or an agency
// may stand before the date), a leading crawler "date YYYY-MM[-DD]" token, the dateline opening the
// lead, the URL path. A date line only counts when it is a date and nothing else.
import type { IsoDate } from '../types.js';
import { findDate, isoOf, validDate, type DateContext, type DateParts } from './date-parse.js';
import { wordCount } from './lines.js';
import { wireName } from './wires.js';

export type { DateContext } from './date-parse.js';

// "Published"/"Updated" and their kin in the languages of the news, as a line's label.
const PUBLISHED_WORDS =
  '(?:first\\s+)?published|publication\\s+date|date\\s+published|pub\\s+date|release\\s+date|posted|created|date|dated|on|' +
  'publié|publiée|mis en ligne|publicado|publicada|publicación|veröffentlicht|erschienen|publicerad|publiceret|gepubliceerd|pubblicato|опубликовано|дата публикации|yayınlanma|yayın tarihi|' +
  'opublikowano|publikacja|publikováno|zveřejněno|publikované|publicat|publicată|publikálva|közzétéve|δημοσίευση|δημοσιεύθηκε|diterbitkan|dipublikasikan|' +
  'تاريخ النشر|نشر في|نشر بتاريخ|입력|기사입력|등록|发布时间|发布日期|發布時間|发表时间|公開日|投稿日|掲載日|प्रकाशित';
const UPDATED_WORDS =
  'updated|last\\s+updated|last\\s+modified|modified|mis à jour|modifié|actualizado|actualizada|actualización|atualizado|atualizada|aktualisiert|aktualisierung|geändert|' +
  'aggiornato|aggiornamento|agg\\.|bijgewerkt|uppdaterad|opdateret|обновлено|обновлён|güncelleme|güncellenme|' +
  'zaktualizowano|aktualizacja|aktualizováno|aktualizované|actualizat|frissítve|ενημερώθηκε|ενημέρωση|diperbarui|آخر تحديث|تحديث|최종수정|수정|更新时间|更新日|更新';
// "Actualizado 06/06/2031 11:00 · Publicado 05/06/2031", "Mis à jour le ..., publié le ...": an update
// note that goes on to state the first publication.
const PUBLISHED_AFTER_UPDATE = new RegExp(
  `^\\s*(?:${UPDATED_WORDS})(?!\\p{L})[^|·•;]{0,60}?[|·•,;/(–—-]\\s*((?:first\\s+|originally\\s+)?(?:published|posted|publié|publiée|mis en ligne|publicado|publicada|veröffentlicht|erschienen|pubblicato|gepubliceerd|publicerad|publiceret|опубликовано|yayınlanma)(?!\\p{L}).*)$`,
  'iu',
);
const LABEL = new RegExp(`^(?:(${UPDATED_WORDS})|${PUBLISHED_WORDS})(?!\\p{L})\\s*(?:on|at|le|am|el|em|il|op|den|:)?\\s*[:：\\-–—]?\\s*`, 'iu');
// "December 23, 2031 / 4:32 PM / Updated 2 hours ago": the update note after a separator is not part of the date.
const UPDATE_NOTE = new RegExp(`\\s*[|/·•,(]\\s*(?:${UPDATED_WORDS})(?!\\p{L}).*$`, 'iu');
// What else a date line may hold: time zones, weekdays, connecting words, separators, a time of day
// the date parser left ("15 marzo 2031, ore 08:20").
const FILLER =
  /\b(?:gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|jst|aest|aedt|hkt|sgt|wib|z|am|pm|a\.m\.|p\.m\.|at|on|hrs?|local time|time|uhr|um|à|le|a las|las|às|alle|ore|om|kl|den|el|de|del|в|г|года|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b|[+-]\d{2}:?\d{2}\b|\b[0-2]?\d[:.h][0-5]\d\b|[0-2]?\d\s*(?:시|時|时|点)\s*(?:[0-5]?\d\s*(?:분|分))?|[|,•·/()[\]\-–—:.\s]/giu;
// Weekday names in the other languages: chrono reads them only next to a date, so they may be left over.
const WEEKDAY =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\b/giu;

/**
 * Bare date lines with a place before them: "Kellstadt, 9. Dezember 2024", "PORT ELLIS, NB, April 8, 2031".
 * A name's capitalised words may be joined by a lower-case particle, as many places' and papers' names
 * are ("Puerto de Kessa, 2 de abril de 2031", "Gazzetta di Velmar, 2 aprile 2031", "Kessa-upon-Avel").
 */
const PLACE =
  /^\p{Lu}[\p{L}'’.-]*(?:[ -](?:(?:de|del|della|di|da|do|dos|das|du|des|of|am|an|upon|sur|la|le|el|los|las)[ -])?\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{1,15})?\s*,\s*/u;

export interface DatelineMatch {
  /** Null when the line is a date but not a whole, unambiguous one (04/05/2031, "18 dec"). */
  date: IsoDate | null;
  /** The line said "Published"/"Posted"/... rather than being a bare date. */
  labelled: boolean;
  /** The line said "Updated"/"Actualizado"/...: a later date than publication. */
  updated: boolean;
  /** A day and month without a year, for the caller to complete from context. */
  yearless?: DateParts;
  /** The all-numeric date whose day/month order is unknown. */
  ambiguous?: string;
  /** An agency named after the date ("CITY, 18 dec — Agency."). */
  agency?: string;
}

// "2031年03月12日 10:30 来源：新华网": the source a date line names after the date is no part of it.
const TRAILING_SOURCE = /\s+(?:来源|來源|出典|출처|source|fuente|quelle|źródło|zdroj|kaynak|المصدر)\s*[:：]\s*\S.*$/iu;
// "CITY, 18 dec — Agency.": a wire's name closing a dateline line.
const TRAILING_AGENCY = /\s+[—–-]\s+(\p{Lu}[\p{L}&.'’ -]{1,30}?)\.?$/u;

function leftoverIsFiller(text: string, found: { index: number; end: number }): boolean {
  const leftover = text.slice(0, found.index) + ' ' + text.slice(found.end);
  return leftover.replace(WEEKDAY, '').replace(FILLER, '').length === 0;
}

/**
 * A line that is a date and nothing else (give or take a label, a place before it, a weekday, a time
 * zone or separators), e.g. "3 Feb, 2031 17:20", "Published: March 3, 2030 | 09:15 GMT",
 * "Kellstadt, 9. Dezember 2024", "27/11/2024 01:57 | Actualizado a 27/11/2024 19:20". Sentences never
 * match, so an event date in a paragraph or a caption is not mistaken for the publication date.
 */
export function datelineDate(line: string, ctx: DateContext = {}): DatelineMatch | null {
  const first = PUBLISHED_AFTER_UPDATE.exec(line);
  if (first) {
    const published = datelineDate(first[1].replace(/\)\s*$/, ''), ctx);
    return published && !published.updated ? published : null;
  }
  // An update note after the date ("Publié le ..., mis à jour le ...") is no part of it; nor is
  // a list bullet before it ("• 입력 2031년 1월 3일 13시 09분").
  const core = line.replace(UPDATE_NOTE, '').replace(/^\s*[•·▪◦‣∙]\s*/u, '');
  // Cheap gate before the parsers: short, with a digit.
  if (core.length > 90 || !/\d/.test(core) || core.split(' ').length > 14) return null;
  const labelMatch = LABEL.exec(core);
  let rest = labelMatch ? core.slice(labelMatch[0].length) : core;
  // "Published by Jane Doe on 2031-06-28", "Publicado por X el ...": a name between the label and the date.
  if (labelMatch && !labelMatch[1] && BYLINE_WORD.test(rest)) {
    const parts = bylineParts(rest, ctx);
    const date = parts?.year != null ? isoOf(parts) : null;
    return date ? { date, labelled: true, updated: false } : null;
  }
  rest = rest.replace(TRAILING_SOURCE, '');
  const trailing = TRAILING_AGENCY.exec(rest);
  if (trailing) rest = rest.slice(0, trailing.index);
  const place = PLACE.exec(rest);
  if (place && !labelMatch) rest = rest.slice(place[0].length);
  // A whole date needs a year; year-less ones count only with a place in front (a dateline form).
  if (!place && !/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(rest)) return null;
  // A date, its weekday, time and zone take a few words; more is a sentence (cheap gate before the parsers).
  if (rest.split(' ').length > (place ? 6 : 9) || (rest.match(/(?:^|\s)\p{Ll}{3,}/gu)?.length ?? 0) > 3) return null;
  const { found, ambiguous } = findDate(rest, ctx);
  const kind = { labelled: !!labelMatch, updated: !!labelMatch?.[1], ...(trailing ? { agency: trailing[1].trim() } : {}) };
  if (!found) {
    if (!ambiguous) return null;
    const at = rest.indexOf(ambiguous);
    return leftoverIsFiller(rest, { index: at, end: at + ambiguous.length }) || secondDate(rest, at + ambiguous.length)
      ? { date: null, ...kind, ambiguous }
      : null;
  }
  if (!leftoverIsFiller(rest, found)) return null;
  if (found.parts.year == null) return place ? { date: null, ...kind, yearless: found.parts } : null;
  const date = isoOf(found.parts);
  return date ? { date, ...kind } : null;
}

// A byline names the writer before its date: "By Jane Doe in Berlin June 24, 2031", "Par Jean
// Dupont, le 9 septembre 2031", "Por Ana Ruiz | 30 oct 2031", "Von Eva Berg, 24. Juni 2031".
const BYLINE_WORD = /^(?:by|par|por|von|di|door|av|af|od|от|автор)\s+(?=\p{Lu})/iu;
// What may stand between the writer's name and the date: a place after "in", a connecting word.
const BYLINE_JOINERS = /^(?:in|on|à|a|en|em|aus|da|de|du|des|del|do|la|le|el|am|den|der|the|and|et|y|e|und|i|и|в|from|for|pour|para|für|per)$/iu;

/**
 * The date of a byline line ("By Jane Doe in Berlin June 24, 2031"): the writer's name (capitalised
 * words, a place, joining words, separators) and then a whole date with its year, nothing after it
 * but a time or zone. A sentence that starts with "By" never matches: its words are not a name's.
 */
export function bylineDate(line: string, ctx: DateContext = {}): IsoDate | null {
  const parts = /\d{4}/.test(line) ? bylineParts(line, ctx) : null;
  return parts?.year != null ? isoOf(parts) : null;
}

/** The day and month of a byline that names no year ("By Jane Doe | 24 June"), for a stated month to complete. */
export function bylineDay(line: string, ctx: DateContext = {}): DateParts | null {
  const parts = bylineParts(line, ctx);
  return parts && parts.year == null ? parts : null;
}

function bylineParts(line: string, ctx: DateContext): DateParts | null {
  const intro = line.length <= 120 && /\d/.test(line) ? BYLINE_WORD.exec(line) : null;
  if (!intro) return null;
  const rest = line.slice(intro[0].length);
  const { found } = findDate(rest, ctx);
  if (!found) return null;
  const name = rest.slice(0, found.index).replace(/[,|/•·–—-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (name.length === 0 || name.length > 9) return null;
  if (!name.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || BYLINE_JOINERS.test(w))) return null;
  if (!leftoverIsFiller(rest.slice(found.index), { index: 0, end: found.end - found.index })) return null;
  return found.parts;
}

// "(dpa, 28.6.2031)", "(AFP/Reuters, 28 June 2031)": wires signing off the text, with the date.
const SIGN_OFF = /^\(\s*([^(),]{2,40}?)\s*,\s*([^()]{6,40}?)\s*\)\.?$/u;

/** The date of a wire's sign-off closing the text, and the wire; null for any other line. */
export function signOffDate(line: string, ctx: DateContext): { date: IsoDate; agency: string } | null {
  const m = line.length <= 90 ? SIGN_OFF.exec(line.trim()) : null;
  const agencies = m ? m[1].split(/\s*\/\s*/).map(wireName) : [];
  if (!m || agencies.length === 0 || agencies.some((a) => a === null)) return null;
  const found = datelineDate(m[2], ctx);
  return found?.date && !found.labelled ? { date: found.date, agency: agencies[0]! } : null;
}

/** A date-carrying line of a few parts: "By Jane Doe | Mar 3, 2031 | 08:15", "By: | Harare | Published: ...". */
export function partedDateline(line: string, ctx: DateContext): ReturnType<typeof datelineDate> {
  if (!/[|•·]/.test(line)) return null;
  const parts = line.split(/\s*[|•·]\s*/);
  if (parts.length < 2 || line.length > 140) return null;
  for (let i = 0; i < parts.length; i++) {
    const found = datelineDate(parts.slice(i).join(' | '), ctx) ?? datelineDate(parts[i], ctx);
    // Parts before the date are short labels and names ("By:", a place), never sentences.
    if (found) return parts.slice(0, i).every((p) => wordCount(p) <= 6 && !/[.!?]$/.test(p)) ? found : null;
  }
  return null;
}

/** After one date, another whole date on the line (a range) or only filler. */
function secondDate(rest: string, from: number): boolean {
  return /^[\s\d/.:|-]*(?:gmt|utc)?\s*$/i.test(rest.slice(from));
}

const LEADING_TOKEN =
  /^(?:date|published|posted|dated)\s*:?\s*((?:19|20)\d{2})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?)?(?=\s|$)\s*/i;

/**
 * A machine-style date token a crawler put before the text (" date 2031-07-09 The city's ...", or
 * only the month: " date 2031-07"): the date (or month, 'YYYY-MM') and what follows.
 */
export function leadingDateToken(text: string): { date: IsoDate | null; month: string; rest: string } | null {
  const m = LEADING_TOKEN.exec(text);
  if (!m || +m[2] < 1 || +m[2] > 12) return null;
  const month = `${m[1]}-${m[2]}`;
  if (m[3] == null) return { date: null, month, rest: text.slice(m[0].length) };
  const date = isoOf({ year: +m[1], month: +m[2], day: +m[3], hour: m[4] == null ? null : +m[4], minute: m[5] == null ? null : +m[5] });
  return date ? { date, month, rest: text.slice(m[0].length) } : null;
}

function urlPath(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
}

/** Date encoded in a URL path: /2031/06/02/, /2031-06-02/ or /20310602/. */
export function dateFromUrl(url: string): IsoDate | null {
  const path = urlPath(url);
  const parts = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  return parts ? isoOf({ year: +parts[1], month: +parts[2], day: +parts[3], hour: null, minute: null }) : null;
}

/** Year and month a URL path states without a day (/2031/06/slug): context for a year-less dateline. */
export function monthFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})(?=\/)/.exec(urlPath(url));
  return m && +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
}

// ---- the dateline opening a lead ----

export interface LeadDateline {
  /** Whole date, when the dateline names one. */
  date: IsoDate | null;
  /** Day and month without a year ("CITY, 18 dec —"). */
  yearless: DateParts | null;
  /** Wire or agency the dateline credits ("(AP)", "/ WIREDESK /", "— Agency."). */
  agency: string | null;
  /** The agency signs the dateline after it, its own style ("CITY, 26 Nov — Agency. ..."). */
  signed?: boolean;
  /** The dateline as written, up to its separator. */
  text: string;
}

// Separators a dateline ends on, before the first sentence starts.
// ".-" closes a Spanish dateline ("Ciudad de México 15/07/2031.- ...").
const LEAD_SEPARATOR = /\s+(?:[—–|/]|--?)\s+|\s*[—–]\s*|:\s+|\s+\/(?=\s)|\.-\s*/gu;
const AGENCY_PARENS = /\(([\p{L}][\p{L}\p{N}&.'’ -]{0,30})\)/u;
// Place or agency words: capitalised or upper-case words, postal abbreviations.
const PLACE_JOINER = /^(?:de|del|di|da|do|of|am|an|sur|la|le|el|los|las)$/i;
// A script without capitals (Arabic, Hebrew) writes a place as any word: "كيسبورت، 12 مارس 2031 -".
const PLACE_WORDS = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*(?:\s+(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*|de|del|di|da|do|of|am|an|sur|la|le|el))*$/u;

/**
 * The dateline opening a lead paragraph: place, agency and/or date before a separator, e.g.
 * "KESTREL BAY, Dec. 25, 2031 (Agency) - ...", "DUNMARA (AP) — ...", "PORT ELLIS, NB / WIREDESK /
 * April 8, 2031 / ...", "Kellstadt, 9. Dezember 2031 – ...". Null when the lead opens with a sentence.
 */
export function leadDateline(paragraph: string, ctx: DateContext = {}): LeadDateline | null {
  const head = paragraph.slice(0, 140);
  let best: LeadDateline | null = null;
  for (const sep of head.matchAll(LEAD_SEPARATOR)) {
    const prefix = head.slice(0, sep.index).trim();
    const after = head.slice(sep.index + sep[0].length);
    if (prefix.length < 2 || prefix.length > 90) continue;
    if (!/^[\p{Lu}\p{Lo}\p{N}"“«„¿¡'‘]/u.test(after)) continue;
    const read = readPrefix(prefix, ctx);
    if (!read) continue;
    const signer = !read.agency && (read.date || read.yearless) && /[—–-]/.test(sep[0]) ? SIGNER.exec(after) : null;
    best = signer
      ? { ...read, agency: signer[1], signed: true, text: head.slice(0, sep.index + sep[0].length + signer[0].length).trim() }
      : { ...read, text: head.slice(0, sep.index + sep[0].length).trim() };
  }
  return best;
}

// An agency's name closing a dated dateline before the first sentence: "— Agency. Three ships ...".
const SIGNER = /^(\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,2})\.\s+(?=[\p{Lu}"«„“])/u;

function readPrefix(prefix: string, ctx: DateContext): Omit<LeadDateline, 'text'> | null {
  let rest = prefix;
  let agency: string | null = null;
  const parens = AGENCY_PARENS.exec(rest);
  if (parens) {
    agency = parens[1].trim();
    rest = rest.slice(0, parens.index) + ' ' + rest.slice(parens.index + parens[0].length);
  }
  let date: IsoDate | null = null;
  let yearless: DateParts | null = null;
  if (/\d/.test(rest)) {
    const { found } = findDate(rest, ctx);
    if (!found) return null;
    if (found.parts.year == null) yearless = found.parts;
    else date = isoOf(found.parts);
    rest = rest.slice(0, found.index) + ' / ' + rest.slice(found.end);
  }
  if (!date && !yearless && !agency) return placeAndAgency(rest);
  // Everything else must be place or agency names.
  const segments = rest
    .replace(WEEKDAY, ' ')
    // "=" parts a place from the rest in Korean and Japanese datelines ("서울=2031년 3월 12일").
    .split(/\s*[,،/|=＝]\s*|\s+[—–-]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const segment of segments) {
    // A place of up to four names, joined by "de", "la" ... ("PORT ELLIS DE LA SIERRA").
    if (!PLACE_WORDS.test(segment) || segment.split(' ').filter((w) => !PLACE_JOINER.test(w)).length > 4) return null;
    // An upper-case name between slashes after the place is the distributing wire ("/ WIREDESK /").
    if (!agency && segment !== segments[0] && segment.length >= 2 && segment === segment.toUpperCase() && /\p{Lu}{2}/u.test(segment) && segment.length > 3) {
      agency = segment;
    }
  }
  return { date, yearless, agency };
}

// Three capitals after a place that are a country's or a region's, not an agency's ("DUBAI, UAE —").
const PLACE_CODES = new Set(['USA', 'UAE', 'DRC', 'PRC', 'ROC', 'ROK', 'KSA', 'CAR', 'BVI', 'PNG', 'NYC', 'GTA']);

/**
 * "CITY, AGENCY –" without a date: a place, then a wire's name or an acronym of three capitals
 * that is no country's; the agency the dateline credits. Null for anything else (a place alone, a
 * state's postal code: "PORT ELLIS, NB —").
 */
function placeAndAgency(prefix: string): Omit<LeadDateline, 'text'> | null {
  const parts = prefix.split(',').map((s) => s.trim());
  if (parts.length !== 2 || !PLACE_WORDS.test(parts[0]) || parts[0].split(' ').length > 4) return null;
  const agency = parts[1];
  const wire = wireName(agency);
  return wire || (/^\p{Lu}{3}$/u.test(agency) && !PLACE_CODES.has(agency)) ? { date: null, yearless: null, agency } : null;
}

/** A year-less date completed from a context month ('YYYY-MM'): the context's year, or the year before across New Year. */
export function completeYear(parts: DateParts, contextMonth: string | null): IsoDate | null {
  if (!contextMonth) return null;
  const year = +contextMonth.slice(0, 4);
  const month = +contextMonth.slice(5, 7);
  // A December dateline in a January context is last year's.
  const y = parts.month === 12 && month === 1 ? year - 1 : year;
  return validDate(y, parts.month, parts.day) ? isoOf(parts, y) : null;
}
