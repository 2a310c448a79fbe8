// Corpus files (JSONL, CSV): one record per article, with the field names scrapers commonly use.
import { parse as parseCsv } from 'csv-parse/sync';
import type { InputError, KnownMeta, RawDoc } from '../types.js';
import type { LegacyCharset } from './bytes.js';

// Lower-cased field names, best first. Covers news-please, NewsAPI, schema.org and ad-hoc dumps.
const TEXT_FIELDS = ['text', 'content', 'body', 'maintext', 'articlebody', 'article', 'full_text'];
const HTML_FIELDS = ['html', 'raw_html', 'rawhtml'];
const HEADLINE_FIELDS = ['title', 'headline'];
const URL_FIELDS = ['url', 'link', 'canonical_url'];
const DATE_FIELDS = ['date', 'published', 'date_publish', 'pubdate', 'published_at', 'publishedat', 'date_published', 'datepublished'];
const LANGUAGE_FIELDS = ['language', 'lang', 'locale'];
const OUTLET_FIELDS = ['source', 'outlet', 'site_name', 'sitename', 'publisher', 'source_name', 'source_domain'];

type Fields = Map<string, unknown>;

/** Field names that some exports wrap the article's own fields in (`{"article": {"title": …}}`). */
const WRAPPER_FIELDS = ['article', 'data', 'item', 'document'];

function lowerKeys(record: Record<string, unknown>): Fields {
  const fields: Fields = new Map();
  for (const [k, v] of Object.entries(record)) {
    const key = k.trim().toLowerCase();
    if (!fields.has(key)) fields.set(key, v);
  }
  // A wrapped record: the wrapper's fields fill what the outer record lacks (one level deep).
  for (const name of WRAPPER_FIELDS) {
    const inner = fields.get(name);
    if (!isPlainObject(inner)) continue;
    fields.delete(name);
    for (const [k, v] of Object.entries(inner)) {
      const key = k.trim().toLowerCase();
      if (!fields.has(key)) fields.set(key, v);
    }
  }
  return fields;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** What a field holds when it is not one of the types read: "a number (5)", "an array". */
function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return `a number (${v})`;
  if (typeof v === 'boolean') return `a boolean (${v})`;
  return `a ${typeof v}`;
}

/**
 * The value of a field, read as its kind allows: a string, or for a date a finite number (epoch
 * seconds or milliseconds), or for an outlet an object's string `name` (NewsAPI's source). Null,
 * absent and blank mean "not stated"; any other type is a wrong field, returned as why.
 */
function fieldValue(name: string, v: unknown, kind: 'string' | 'date' | 'outlet'): string | null | { wrong: string } {
  if (v === null || v === undefined) return null;
  if (kind === 'outlet' && isPlainObject(v) && 'name' in v) return fieldValue(`${name}.name`, v.name, 'string');
  if (kind === 'date' && typeof v === 'number' && Number.isFinite(v)) v = String(v);
  if (typeof v === 'string') return v.trim() || null;
  const expected = kind === 'date' ? 'a string or an epoch number' : kind === 'outlet' ? 'a string or an object with a string "name"' : 'a string';
  return { wrong: `field "${name}" is ${describeValue(v)}; expected ${expected}` };
}

/**
 * First non-empty value among the named fields. A field of the wrong type met before it refuses the
 * record (returned as why): a scraper that wrote a number or an object where the text or URL goes
 * has put something else there, and guessing at it would store a wrong article. Fields after the
 * one that wins are not read.
 */
function pick(fields: Fields, names: string[], kind: 'string' | 'date' | 'outlet' = 'string'): string | null | { wrong: string } {
  for (const name of names) {
    const v = fieldValue(name, fields.get(name), kind);
    if (v !== null) return v;
  }
  return null;
}

/** Maps one corpus record to a RawDoc, or explains why it cannot be one. */
export function recordToDoc(
  record: Record<string, unknown>,
  source: string,
  format: RawDoc['format'],
): RawDoc | string {
  const fields = lowerKeys(record);
  const picked = {
    text: pick(fields, TEXT_FIELDS),
    html: pick(fields, HTML_FIELDS),
    url: pick(fields, URL_FIELDS),
    headline: pick(fields, HEADLINE_FIELDS),
    published: pick(fields, DATE_FIELDS, 'date'),
    outlet: pick(fields, OUTLET_FIELDS, 'outlet'),
    language: pick(fields, LANGUAGE_FIELDS),
  };
  const wrong = Object.values(picked).filter((v): v is { wrong: string } => v !== null && typeof v === 'object');
  if (wrong.length) return wrong.map((w) => w.wrong).join('; ');
  const value = (v: string | null | { wrong: string }): string | null => (typeof v === 'string' ? v : null);
  const text = value(picked.text);
  const html = value(picked.html);
  if (!text && !html) {
    const stated = [...TEXT_FIELDS, ...HTML_FIELDS].find((name) => fields.has(name));
    if (stated) return `field "${stated}" is ${fields.get(stated) === null ? 'null' : 'blank'}; expected the article text as a string`;
    return `no article text (expected one of: ${[...TEXT_FIELDS, ...HTML_FIELDS].join(', ')})`;
  }
  const meta: KnownMeta = {
    url: value(picked.url),
    headline: value(picked.headline),
    published: value(picked.published),
    outlet: value(picked.outlet),
    language: value(picked.language),
  };
  const doc: RawDoc = { source, format, meta };
  if (text) doc.text = text;
  if (html) doc.html = html;
  return doc;
}

interface Parsed {
  docs: RawDoc[];
  errors: InputError[];
}

/** One JSON object per line; a bad line is reported with its number and the rest still come through. */
/** A JSONL line as decoded: UTF-8 text, text read in a legacy charset, or why it could not be read. */
export type JsonLine = string | { text: string; legacy: LegacyCharset } | { undecodable: string };

export function readJsonLines(path: string, lines: JsonLine[]): Parsed {
  const docs: RawDoc[] = [];
  const errors: InputError[] = [];
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const source = `${path}#${lineNo}`;
    const fail = (why: string) => errors.push({ source, message: why });
    if (typeof line !== 'string' && 'undecodable' in line) return fail(line.undecodable);
    const text = typeof line === 'string' ? line : line.text;
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return fail(`malformed JSON (${(err as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('not a JSON object');
    const doc = recordToDoc(value as Record<string, unknown>, source, 'jsonl');
    if (typeof doc === 'string') fail(doc);
    else docs.push(typeof line === 'string' ? doc : { ...doc, legacyCharset: line.legacy });
  });
  return { docs, errors };
}

/** Delimiters a spreadsheet export separates its columns with. */
const CSV_DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter a CSV's header row uses: of comma, semicolon and tab, the one it holds most often
 * outside quotes (spreadsheets in locales with a decimal comma export with semicolons); comma when
 * it holds none. The header names the columns, so it holds every delimiter the rows do.
 */
function csvDelimiter(text: string): string {
  const counts = new Map(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return CSV_DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

/**
 * Why a refused record is short of the header's columns, when it is: a quotation mark opened and
 * never closed swallows the rest of the line into one field, which is the fault to name, not the
 * missing text that follows from it.
 */
function shortRecord(record: Record<string, string>, columns: number): string | null {
  const fields = Object.values(record);
  if (fields.length >= columns) return null;
  const unclosed = fields.some((f) => /^\s*"/.test(f));
  return `malformed CSV (${fields.length} of ${columns} fields${unclosed ? ': a quotation mark opened and never closed' : ''})`;
}

/** CSV with a header row; `source` carries the line the record starts on. The delimiter is read from the header unless given. */
export function readCsv(path: string, text: string, delimiter?: string): Parsed {
  const docs: RawDoc[] = [];
  const errors: InputError[] = [];
  const normalised = text.replace(/\r\n?/g, '\n');
  delimiter ??= csvDelimiter(normalised);
  let rows: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  let columns = 0;
  try {
    rows = parseCsv(normalised, {
      columns: (header: string[]) => {
        columns = header.length;
        return header;
      },
      delimiter,
      info: true,
      raw: true,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = err?.lines ?? 0;
        errors.push({ source: `${path}#${line}`, message: `malformed CSV (${err?.message ?? 'unreadable record'})` });
        return undefined;
      },
    }) as unknown as typeof rows;
  } catch (err) {
    // Only header-level problems reach here (record errors are skipped above).
    errors.push({ source: path, message: `malformed CSV (${(err as Error).message})` });
    return { docs, errors };
  }
  for (const { record, raw, info } of rows) {
    // info.lines is where the record ends; count back over its own newlines to where it starts.
    const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
    const lineNo = info.lines - (body.match(/\n/g)?.length ?? 0);
    const source = `${path}#${lineNo}`;
    const doc = recordToDoc(record, source, 'csv');
    if (typeof doc === 'string') errors.push({ source, message: shortRecord(record, columns) ?? doc });
    else docs.push(doc);
  }
  if (docs.length === 0 && errors.length === 0) {
    errors.push({ source: path, message: 'no records after the header row' });
  }
  return { docs, errors };
}
