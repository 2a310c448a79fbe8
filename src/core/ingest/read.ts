// readInput: bytes of one input file in, RawDocs and one-line errors out. Never throws for bad input.
import type { InputError, RawDoc } from '../types.js';
import { DEFAULT_MAX_BYTES, declaredHtmlCharset, decodeText, formatSize, gunzip, isGzip, looksBinary } from './bytes.js';
import { type JsonLine, readCsv, readJsonLines } from './corpus.js';
import { readWarc } from './warc.js';

export interface ReadOptions {
  /** Largest input accepted, compressed or not (default 50 MB). */
  maxBytes?: number;
}

export interface ReadResult {
  docs: RawDoc[];
  errors: InputError[];
}

type Kind = 'txt' | 'html' | 'jsonl' | 'csv' | 'tsv' | 'warc';

const KIND_BY_EXTENSION: Record<string, Kind> = {
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  warc: 'warc',
};

/** The extensions an input may have (before an optional .gz), which name its format. */
export const INPUT_EXTENSIONS: readonly string[] = Object.keys(KIND_BY_EXTENSION);

/** Extension after stripping a trailing .gz; '' when the name has none (stdin, extension-less files). */
function extensionOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? '';
  const bare = name.toLowerCase().replace(/\.gz$/, '');
  const dot = bare.lastIndexOf('.');
  return dot > 0 ? bare.slice(dot + 1) : '';
}

/** For inputs without an extension (such as `-` for stdin): guess the kind from the first bytes. */
function sniffKind(bytes: Uint8Array): Kind {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart();
  if (head.startsWith('WARC/')) return 'warc';
  if (/^(<!doctype html|<html|<head|<body|<\?xml|<!--)/i.test(head)) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'txt';
}

export function readInput(path: string, bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (why: string): ReadResult => ({ docs: [], errors: [{ source: path, message: why }] });

  const ext = extensionOf(path);
  const known = KIND_BY_EXTENSION[ext];
  if (ext && !known) return fail(`unsupported file type '.${ext}' (expected .txt, .html, .jsonl, .csv, .warc, optionally .gz)`);
  if (bytes.length === 0) return fail('empty file');
  if (bytes.length > maxBytes) return fail(`too large (${formatSize(bytes.length)}, limit ${formatSize(maxBytes)})`);

  let data = bytes;
  if (isGzip(bytes)) {
    const unzipped = gunzip(bytes, maxBytes);
    if (!unzipped.ok) {
      // Record formats keep the records that arrived whole; a single document cut short is lost.
      const kind = unzipped.partial && (known ?? sniffKind(unzipped.partial));
      if (!unzipped.partial || !kind || !RECORD_KINDS.has(kind)) return fail(unzipped.reason);
      // A line-based record cut mid-way is not a record: keep whole lines only.
      const whole = kind === 'warc' ? unzipped.partial : unzipped.partial.subarray(0, unzipped.partial.lastIndexOf(0x0a) + 1);
      const salvaged = readDecompressed(path, whole, kind, maxBytes);
      return { docs: salvaged.docs, errors: [...salvaged.errors, { source: path, message: `${unzipped.reason}; kept the records before the cut` }] };
    }
    data = unzipped.value;
    if (data.length === 0) return fail('empty file (after gunzip)');
  } else if (path.toLowerCase().endsWith('.gz')) {
    return fail('truncated or corrupt gzip (no gzip header)');
  }
  return readDecompressed(path, data, known ?? sniffKind(data), maxBytes);
}

const RECORD_KINDS = new Set<Kind>(['jsonl', 'csv', 'tsv', 'warc']);

/**
 * The documents of any format, less those holding a NUL character: text never holds one, and the
 * store's text cannot (PostgreSQL refuses U+0000). A NUL past the binary sniff, in UTF-16 or
 * UTF-32 text, or escaped in JSON (\u0000) refuses its document here, in one line naming it,
 * rather than failing at the store.
 */
function readDecompressed(path: string, data: Uint8Array, kind: Kind, maxBytes: number): ReadResult {
  const read = readKind(path, data, kind, maxBytes);
  const holdsNul = (doc: RawDoc) => [doc.text, doc.html, ...Object.values(doc.meta)].some((v) => typeof v === 'string' && v.includes('\u0000'));
  if (!read.docs.some(holdsNul)) return read;
  return {
    docs: read.docs.filter((doc) => !holdsNul(doc)),
    errors: [...read.errors, ...read.docs.filter(holdsNul).map((doc) => ({ source: doc.source, message: 'NUL character (U+0000) in the text; text cannot hold it' }))],
  };
}

function readKind(path: string, data: Uint8Array, kind: Kind, maxBytes: number): ReadResult {
  const fail = (why: string): ReadResult => ({ docs: [], errors: [{ source: path, message: why }] });

  // WARC payloads may be any binary type; each HTML record is checked on its own.
  if (kind === 'warc') return readWarc(path, data, maxBytes);
  if (kind === 'jsonl') {
    const result = readJsonLines(path, decodeLines(data));
    // A few lines with NUL or control bytes cost those lines; a file with no good line is binary.
    if (result.docs.length === 0 && looksBinary(data)) return fail('binary content (NUL or control bytes), not text');
    return result.docs.length || result.errors.length ? result : fail('empty file (whitespace only)');
  }

  const decoded = decodeText(data, kind === 'html' ? declaredHtmlCharset(data) : null);
  if (!decoded.ok) return fail(decoded.reason);
  const text = decoded.value;
  if (!text.trim()) return fail('empty file (whitespace only)');
  const legacy = decoded.legacy ? { legacyCharset: decoded.legacy } : {};
  if (kind === 'csv' || kind === 'tsv') {
    const parsed = readCsv(path, text, kind === 'tsv' ? '\t' : undefined);
    return { ...parsed, docs: parsed.docs.map((d) => ({ ...d, ...legacy })) };
  }
  const doc: RawDoc = kind === 'html' ? { source: path, format: 'html', html: text, meta: {}, ...legacy } : { source: path, format: 'txt', text, meta: {}, ...legacy };
  return { docs: [doc], errors: [] };
}

/** JSONL decodes line by line so that one undecodable line costs that line only (and a legacy one is flagged alone). */
function decodeLines(data: Uint8Array): JsonLine[] {
  // Whole-file first, strictly: one legacy line must not turn every UTF-8 line into mojibake.
  const whole = decodeText(data, null, { guess: false });
  if (whole.ok) return whole.value.split('\n');
  const lines: JsonLine[] = [];
  let start = 0;
  while (start <= data.length) {
    let end = data.indexOf(0x0a, start);
    if (end === -1) end = data.length;
    const line = decodeText(data.subarray(start, end));
    lines.push(!line.ok ? { undecodable: line.reason } : line.legacy ? { text: line.value, legacy: line.legacy } : line.value);
    start = end + 1;
  }
  return lines;
}
