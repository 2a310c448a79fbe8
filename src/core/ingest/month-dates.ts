// Dates written with month names in the languages chrono-node has no locale for (Polish, Czech,
// Turkish, Arabic, Greek, Korean, Hungarian, Romanian, ...). The platform's CLDR data (Intl) gives
// each language's month names, in every regional variant it knows ("مارس" and "آذار" are both
// March), and the order and joints of a date's parts ("12 marca 2031", "2031. március 12.",
// "2031년 3월 12일"): a reader per language is built from those, never from word lists of ours.
import type { DateParts } from './date-parse.js';

/** A date read from month-name text; `index`/`end` are its offsets in the text searched. */
export interface MonthNameDate {
  parts: DateParts;
  index: number;
  end: number;
}

interface Reader {
  pattern: RegExp;
  months: Map<string, number>;
  /** Capture group of the day, the month and the year. */
  groups: { day: number; month: number; year: number };
}

const readers = new Map<string, Reader | null>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// CLDR's regional month names ("آذار" in Syria, "جانفي" in Algeria) come from the locales of the
// regions whose main language it is: CLDR's likely subtags ("und-SY" is Arabic) name those.
let regionLanguages: Map<string, string[]> | null = null;

/** The region subtags whose most likely language is `language`. */
function regionsOf(language: string): string[] {
  if (!regionLanguages) {
    regionLanguages = new Map();
    for (let i = 0; i < 26 * 26; i++) {
      const region = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
      try {
        const main = new Intl.Locale(`und-${region}`).maximize();
        if (main.region !== region) continue;
        regionLanguages.set(main.language, [...(regionLanguages.get(main.language) ?? []), region]);
      } catch {
        // Not a region code.
      }
    }
  }
  return regionLanguages.get(language) ?? [];
}

/** Month name (lower case, no closing period) -> month 1-12, in every regional form of `language`. */
function monthNamesOf(language: string): Map<string, number> {
  const months = new Map<string, number>();
  const signatures = new Set<string>();
  const dates = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2024, i, 15)));
  for (const locale of [language, ...regionsOf(language).map((r) => `${language}-${r}`)]) {
    const formats: Intl.DateTimeFormat[] = [];
    try {
      // The standalone long names tell one regional variant from another; the other forms are
      // read only for a variant not seen yet (a format costs more to make than to use).
      formats.push(new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' }));
      const signature = dates.map((d) => formats[0].format(d)).join('|');
      if (signatures.has(signature)) continue;
      signatures.add(signature);
      // Standalone and in-date forms differ in some languages ("marzec", "12 marca").
      for (const options of [{ month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const) {
        formats.push(new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...options, timeZone: 'UTC' }));
      }
    } catch {
      continue;
    }
    for (const format of formats) {
      dates.forEach((date, i) => {
        const part = format.formatToParts(date).find((p) => p.type === 'month');
        const name = part?.value.toLowerCase().replace(/\.$/, '').trim();
        // All-numeric "months" ("03") are no names; Korean and Japanese ones carry their counter ("3월").
        if (name && !/^\d+$/.test(name) && !months.has(name)) months.set(name, i + 1);
      });
    }
  }
  return months;
}

function readerFor(language: string): Reader | null {
  if (readers.has(language)) return readers.get(language)!;
  let reader: Reader | null = null;
  try {
    const format = new Intl.DateTimeFormat(`${language}-u-nu-latn-ca-gregory`, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const parts = format.formatToParts(new Date(Date.UTC(2031, 2, 12)));
    const months = monthNamesOf(language);
    if (months.size >= 12) reader = build(parts, months);
  } catch {
    // No locale data for the tag: no reader.
  }
  readers.set(language, reader);
  return reader;
}

// A joint between parts as the language writes it ("12. března", "2031년 3월"): its marks optional,
// any spacing or comma around them.
const joint = (literal: string) => {
  const marks = literal.trim();
  return marks ? `[\\s,]*(?:${escape(marks)})?[\\s,]*` : '[\\s,]*';
};

function build(parts: Intl.DateTimeFormatPart[], months: Map<string, number>): Reader | null {
  const order = parts.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type);
  if (order.length !== 3) return null;
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map((n) => `${escape(n)}\\.?`);
  const field: Record<string, string> = {
    day: '(?<![\\d.])(\\d{1,2})',
    // A joint may end on a letter ("12 במרץ"): only a month opening the date needs a word start before it.
    month: `${order[0] === 'month' ? '(?<![\\p{L}\\d])' : ''}(${names.join('|')})(?!\\p{L})`,
    // The year may carry its abbreviated word ("2031 r.", "2031 г."), when it closes the date.
    year: `((?:19|20)\\d{2})(?!\\d)${order[2] === 'year' ? '(?:\\s?\\p{Ll}{1,3}\\.(?!\\p{L}))?' : ''}`,
  };
  // Joints between the fields, and what closes the date ("2031. március 12.", "12일").
  const joints: string[] = [];
  let trailing = '';
  let seenField = 0;
  for (const p of parts) {
    if (p.type === 'day' || p.type === 'month' || p.type === 'year') seenField++;
    else if (p.type === 'literal' && seenField > 0 && seenField < 3) joints[seenField - 1] = (joints[seenField - 1] ?? '') + p.value;
    else if (p.type === 'literal' && seenField === 3) trailing += p.value;
  }
  // The year may be left out ("12 marca", "3월 12일"): it and the joint beside it are optional.
  const yearAt = order.indexOf('year');
  let source: string;
  if (yearAt === 0) source = `(?:${field.year}${joint(joints[0] ?? '')})?${field[order[1]]}${joint(joints[1] ?? '')}${field[order[2]]}`;
  else if (yearAt === 2) source = `${field[order[0]]}${joint(joints[0] ?? '')}${field[order[1]]}(?:${joint(joints[1] ?? '')}${field.year})?`;
  else source = `${field[order[0]]}${joint(joints[0] ?? '')}${field.year}${joint(joints[1] ?? '')}${field[order[2]]}`;
  const close = trailing.trim();
  if (close) source += `(?:\\s*${escape(close)})?`;
  const group = (type: string) => order.indexOf(type as 'day') + 1;
  return { pattern: new RegExp(source, 'giu'), months, groups: { day: group('day'), month: group('month'), year: group('year') } };
}

// Arabic-Indic and Persian digits, read as the digits they are (one code unit each, so offsets hold).
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const westernDigits = (s: string) => s.replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));

/**
 * Every date naming a day and a month by name in `text`, in `language` (ISO 639-1) as CLDR writes
 * it, in order; the year null where the text gives none. Empty for a language the platform has no
 * locale data for. Impossible dates (31 April) are skipped.
 */
export function monthNameDates(text: string, language: string): MonthNameDate[] {
  const reader = readerFor(language);
  if (!reader) return [];
  const out: MonthNameDate[] = [];
  for (const m of westernDigits(text).matchAll(reader.pattern)) {
    const month = reader.months.get(m[reader.groups.month].toLowerCase().replace(/\.$/, ''));
    const day = Number(m[reader.groups.day]);
    const year = m[reader.groups.year] ? Number(m[reader.groups.year]) : null;
    if (month === undefined || day < 1 || day > new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()) continue;
    // The pattern is case-blind; a year's word is in lower case ("2031 r."), an agency is not ("2031 PAP.").
    const word = /\s?(\p{L}{1,3})\.$/u.exec(m[0]);
    const cut = year !== null && word && word[1] !== word[1].toLowerCase() ? word[0].length : 0;
    out.push({ parts: { year, month, day, hour: null, minute: null }, index: m.index!, end: m.index! + m[0].length - cut });
  }
  return out;
}
