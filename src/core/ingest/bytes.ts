// Byte-level checks shared by every input format: gzip, binary sniffing and strict text decoding.
import { constants, gunzipSync } from 'node:zlib';
import { analyse } from 'chardet';
import type { RawDoc } from '../types.js';
import iconv from 'iconv-lite';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export type Gunzipped = Result<Uint8Array> & {
  /** For a cut-off stream: whatever decompressed before the cut, for formats made of records. */
  partial?: Uint8Array;
};

/** Gunzips (all members), refusing output past maxBytes so a small bomb cannot exhaust memory. */
export function gunzip(bytes: Uint8Array, maxBytes: number): Gunzipped {
  try {
    return { ok: true, value: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      return { ok: false, reason: `too large once decompressed (over ${formatSize(maxBytes)})` };
    }
    const reason = `truncated or corrupt gzip (${e.message})`;
    try {
      // A sync flush returns what was decodable instead of failing on the missing end.
      const partial = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
      return { ok: false, reason, partial: partial.length ? partial : undefined };
    } catch {
      return { ok: false, reason };
    }
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Text never holds NUL, and only rarely C0 controls other than tab/newline/CR/FF/ESC;
 * a few per cent of them within the first 64 KB means a binary file.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return end > 0 && controls / end > 0.02;
}

/**
 * The Unicode encoding a byte order mark names. UTF-32's are read first: the UTF-32LE mark opens
 * with the UTF-16LE one (FF FE 00 00), and read as UTF-16 its text is a NUL after every character.
 */
function unicodeBom(bytes: Uint8Array): 'utf-32le' | 'utf-32be' | 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return 'utf-32le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte order mark, told by its NUL bytes: text in Latin, Greek, Cyrillic or
 * Arabic script writes spaces, digits, punctuation and line breaks as a NUL and an ASCII byte, so
 * one byte of each pair (the high byte: the second in LE, the first in BE) is often NUL and the
 * other almost never. Taken only when the first 64 KB decode as UTF-16 without a broken surrogate
 * pair or a control character (a binary file's NULs fall on both sides, or decode to garbage).
 */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (end < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = end / 2;
  const [high, low, order] = oddNul >= evenNul ? [oddNul, evenNul, 'utf-16le' as const] : [evenNul, oddNul, 'utf-16be' as const];
  // A tenth of the code units at least are ASCII; a NUL on the other side is a NUL character.
  if (high < units * 0.1 || low > units * 0.01) return null;
  let text: string;
  try {
    text = new TextDecoder(order, { fatal: true }).decode(bytes.subarray(0, end));
  } catch {
    return null;
  }
  // A cut in the middle of a surrogate pair at the sniff's end is not a broken one.
  if (/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/.test(text.replace(/[\ud800-\udbff]$/, ''))) return null;
  return order;
}

/**
 * A declared charset label as the WHATWG Encoding Standard resolves it: the Latin-1 and ASCII
 * labels mean windows-1252 (what pages so labelled are written in: curly quotes, dashes and the
 * euro sign sit in 0x80-0x9F), and a UTF-16/32 declaration without a byte order mark cannot be
 * what the bytes are (HTML treats it as UTF-8). null for a label iconv-lite does not know.
 */
function resolveCharset(label: string): string | 'impossible' | null {
  const name = label.trim().toLowerCase();
  if (/^(?:us-)?ascii$|^(?:iso[-_]?8859-1|iso8859-1|iso_8859-1(?::1987)?|latin-?1|l1|cp1252|cp819|ibm819|csisolatin1|windows-1252)$/.test(name)) return 'windows-1252';
  if (/^(?:iso[-_]?8859-9|latin5|l5|windows-1254)$/.test(name)) return 'windows-1254';
  if (/^(?:iso[-_]?8859-11|tis-620|windows-874)$/.test(name)) return 'windows-874';
  if (/^utf-?(?:16|32)/.test(name) || name === 'ucs-2') return 'impossible';
  return iconv.encodingExists(name) ? name : null;
}

/** Decoded text; `legacy` names the charset guessed for bytes that were not UTF-8 (declared or not). */
export type Decoded = Result<string> & { legacy?: LegacyCharset };
export type LegacyCharset = NonNullable<RawDoc['legacyCharset']>;

/** Bytes windows-1252 leaves undefined: text in it holds them only as strays (read as U+FFFD). */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * More undefined bytes than this share of the text rules windows-1252 out: a saved or pasted page
 * keeps a stray one every few thousand bytes, while the double-byte charsets (Shift_JIS, GBK)
 * write them as lead bytes every few characters.
 */
const MAX_CP1252_UNDEFINED_SHARE = 0.005;

/** What chardet reads of at most this many bytes is enough to tell one legacy charset from another. */
const DETECT_BYTES = 64 * 1024;

/** Charsets of two bytes a character, whose guesses chardet must be this sure of (0-100) to be read in them. */
const MULTIBYTE = /^(?:shift_jis|euc-jp|euc-kr|gb18030|big5)$/i;
const MULTIBYTE_CONFIDENCE = 50;

/**
 * The legacy charset of text that is not UTF-8: chardet's best match by its byte and language
 * statistics (windows-1250 or ISO-8859-2 for Central European text, windows-1251 or KOI8-R for
 * Cyrillic, ISO-8859-7 Greek, windows-1256 Arabic, Shift_JIS...), resolved as a declared label
 * would be (ISO-8859-1 is read as windows-1252); windows-1252, the Western charset such files are
 * mostly in, when it names none it can read or a double-byte charset it is unsure of.
 */
function legacyCharsetOf(bytes: Uint8Array): LegacyCharset {
  const best = analyse(bytes.subarray(0, DETECT_BYTES))[0];
  if (!best || /^(?:utf|iso-2022)/i.test(best.name)) return 'windows-1252';
  if (MULTIBYTE.test(best.name) && best.confidence < MULTIBYTE_CONFIDENCE) return 'windows-1252';
  const charset = resolveCharset(best.name);
  return charset && charset !== 'impossible' ? charset : 'windows-1252';
}

/**
 * Strict decoding: UTF-16 or UTF-32 with a BOM, or without one when its NUL bytes say so (`legacy` names it), otherwise UTF-8 unless `fallbackCharset` (a declared
 * charset such as an HTML meta tag's or an HTTP header's) names another encoding, decoded with
 * iconv-lite's tables (Node's own decoder turns windows-1252's 0x80-0x9F into C1 controls).
 * Text that is not UTF-8, declaring nothing or UTF-8 wrongly, is read in its legacy charset
 * (chardet's guess, see legacyCharsetOf), and said so in `legacy`; with
 * `guess: false` it is refused instead. Text that is UTF-8 but for a few stray bytes keeps its
 * UTF-8 and reads only those bytes in the legacy charset. A few bytes windows-1252 leaves
 * undefined read as U+FFFD; more than a stray share of them refuse the guess.
 */
export function decodeText(bytes: Uint8Array, fallbackCharset?: string | null, opts: { guess?: boolean } = {}): Decoded {
  const bom = unicodeBom(bytes);
  if (bom) return { ok: true, value: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bom) };
  if (looksBinary(bytes)) {
    const utf16 = utf16ByNuls(bytes);
    if (!utf16) return { ok: false, reason: 'binary content (NUL or control bytes), not text' };
    // An odd last byte cannot be UTF-16: refused, rather than read with a replacement character.
    if (bytes.length % 2) return { ok: false, reason: `UTF-16 (${utf16 === 'utf-16le' ? 'LE' : 'BE'}) without a byte order mark, cut off (odd length)` };
    try {
      return { ok: true, value: new TextDecoder(utf16, { fatal: true }).decode(bytes), legacy: utf16 };
    } catch {
      return { ok: false, reason: `UTF-16 (${utf16 === 'utf-16le' ? 'LE' : 'BE'}) without a byte order mark, with a broken surrogate pair` };
    }
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const label = fallbackCharset?.trim().toLowerCase();
    if (label && label !== 'utf-8' && label !== 'utf8') {
      const charset = resolveCharset(label);
      if (charset === 'impossible') return { ok: false, reason: `invalid UTF-8, and the declared charset '${label}' is impossible without a byte order mark` };
      if (!charset) return { ok: false, reason: `invalid UTF-8 and unknown declared charset '${label}'` };
      return { ok: true, value: iconv.decode(buffer, charset) };
    }
    // Where the UTF-8 breaks is only said when the bytes are refused.
    if (opts.guess === false) return { ok: false, reason: `invalid UTF-8 (at byte ${firstInvalidUtf8(bytes)})` };
    const mixed = mostlyUtf8(bytes);
    const legacy = mixed ? 'windows-1252' : legacyCharsetOf(bytes);
    if (legacy === 'windows-1252') {
      const undefinedAt = cp1252Undefined(bytes, mixed);
      if (undefinedAt.length > bytes.length * MAX_CP1252_UNDEFINED_SHARE) return { ok: false, reason: `invalid UTF-8 (at byte ${firstInvalidUtf8(bytes)}), and not windows-1252 either (byte 0x${bytes[undefinedAt[0]].toString(16)} at ${undefinedAt[0]})` };
    }
    return { ok: true, value: mixed ? decodeMixed(bytes, legacy) : iconv.decode(buffer, legacy), legacy };
  }
}

/** Length of the UTF-8 sequence at i: 1 for ASCII, 2-4 for a whole multi-byte one, 0 for a byte that breaks UTF-8. */
function utf8Length(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
  if (need < 0 || i + need >= bytes.length) return 0;
  for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return need + 1;
}

/** Offset of the first byte that breaks UTF-8, so the error message points somewhere useful. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return i;
}

/**
 * Offsets of the bytes windows-1252 leaves undefined among those read in it: every byte, or in
 * mixed text only the stray ones (a UTF-8 '”' ends in 0x9D, which is no stray).
 */
function cp1252Undefined(bytes: Uint8Array, mixed: boolean): number[] {
  const at: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = mixed ? utf8Length(bytes, i) : 0;
    if (n === 0 && CP1252_UNDEFINED.has(bytes[i])) at.push(i);
    i += Math.max(n, 1);
  }
  return at;
}

/**
 * Whether the bytes are UTF-8 with a few stray legacy bytes: its whole multi-byte sequences are at
 * least as many as the bytes that break it. A legacy text breaks UTF-8 at most of its letters and
 * makes a sequence only by chance (often in Greek or a double-byte charset, almost never in Western text).
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let sequences = 0;
  let broken = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8Length(bytes, i);
    if (n > 1) sequences++;
    else broken++;
    i += Math.max(n, 1);
  }
  return sequences > 0 && sequences >= broken;
}

/** UTF-8 text with stray legacy bytes (a windows-1252 quote pasted into a UTF-8 page): each stray byte read in `charset`. */
function decodeMixed(bytes: Uint8Array, charset: LegacyCharset): string {
  const utf8 = new TextDecoder('utf-8');
  let out = '';
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += utf8.decode(bytes.subarray(start, i)) + iconv.decode(Buffer.from([bytes[i]]), charset);
    start = ++i;
  }
  return out + utf8.decode(bytes.subarray(start));
}

/** The charset an HTML document declares in its first few KB (meta charset or http-equiv). */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1] : null;
}
