// WARC 1.0/1.1 reader for HTML responses. Hand-written because readInput must stay synchronous and
// pure (bytes in, records out) while the maintained WARC packages (warcio, node-warc) expose only
// async stream iterators. The format is small: a header block, Content-Length bytes, CRLF CRLF.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { InputError, RawDoc } from '../types.js';
import { declaredHtmlCharset, decodeText, formatSize } from './bytes.js';

const CRLF2 = [0x0d, 0x0a, 0x0d, 0x0a];
const LF2 = [0x0a, 0x0a];
const latin1 = new TextDecoder('latin1');

function indexOfSeq(bytes: Uint8Array, seq: number[], from: number): number {
  const first = seq[0];
  for (let i = bytes.indexOf(first, from); i !== -1 && i + seq.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && bytes[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

/** Splits a header block (status line + `Name: value` lines) at the first blank line. */
function splitHeaders(bytes: Uint8Array, from: number): { lines: string[]; bodyStart: number } | null {
  const crlf = indexOfSeq(bytes, CRLF2, from);
  const lf = indexOfSeq(bytes, LF2, from);
  const useLf = lf !== -1 && (crlf === -1 || lf < crlf);
  const end = useLf ? lf : crlf;
  if (end === -1) return null;
  const lines = latin1.decode(bytes.subarray(from, end)).split(/\r?\n/);
  return { lines, bodyStart: end + (useLf ? 2 : 4) };
}

function headerMap(lines: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

function dechunk(body: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let pos = 0;
  while (pos < body.length) {
    const eol = body.indexOf(0x0a, pos);
    if (eol === -1) break;
    const size = parseInt(latin1.decode(body.subarray(pos, eol)).split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(eol + 1, eol + 1 + size));
    pos = eol + 1 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Thrown when a record's body would decompress past the byte budget. */
class TooLarge extends Error {}

/** Decompresses a body with zlib's output cap, so a small bomb stops at the limit instead of filling memory. */
function decodeContent(body: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const opts = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    switch ((encoding ?? '').toLowerCase()) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, opts);
      case 'deflate':
        return inflateSync(body, opts);
      case 'br':
        return brotliDecompressSync(body, opts);
      default:
        if (body.length > maxBytes) throw new TooLarge();
        return body;
    }
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    throw err;
  }
}

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

interface Payload {
  contentType: string;
  body: Uint8Array;
}

/** The HTML payload of a response/resource record, null for anything that is not an HTML page. */
function htmlPayload(warc: Map<string, string>, block: Uint8Array, maxBytes: number): Payload | null {
  const type = (warc.get('warc-type') ?? '').toLowerCase();
  const blockType = warc.get('content-type') ?? '';
  if (type === 'resource') return HTML_TYPE.test(blockType) ? { contentType: blockType, body: block } : null;
  if (type !== 'response' || !/application\/http/i.test(blockType)) return null;
  const http = splitHeaders(block, 0);
  if (!http) return null;
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(http.lines[0]);
  if (!status || !status[1].startsWith('2')) return null;
  const headers = headerMap(http.lines);
  const contentType = headers.get('content-type') ?? '';
  if (!HTML_TYPE.test(contentType)) return null;
  let body = block.subarray(http.bodyStart);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  return { contentType, body: decodeContent(body, headers.get('content-encoding'), maxBytes) };
}

const WARC_HEADER = /^WARC\/1\.\d\r?$/;
const WARC_MAGIC = [0x57, 0x41, 0x52, 0x43, 0x2f, 0x31, 0x2e]; // "WARC/1."

/** Offset of the next line starting a WARC/1.x header after `from`, or -1: where reading resumes after a broken record. */
function nextRecordStart(bytes: Uint8Array, from: number): number {
  for (let i = indexOfSeq(bytes, WARC_MAGIC, from); i !== -1; i = indexOfSeq(bytes, WARC_MAGIC, i + 1)) {
    if (i === 0 || bytes[i - 1] === 0x0a) return i;
  }
  return -1;
}

/** Whether only line breaks lie between `pos` and the next record (or the end): a wrong Content-Length lands elsewhere. */
function atRecordBoundary(bytes: Uint8Array, pos: number): boolean {
  while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
  return pos >= bytes.length || WARC_MAGIC.every((b, k) => bytes[pos + k] === b);
}

/**
 * Reads every record; HTML responses become RawDocs with the target URI as known URL. A broken
 * record costs that record: reading resumes at the next `WARC/1.x` header. Decompressed bodies
 * together may not exceed maxBytes.
 */
export function readWarc(path: string, bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): { docs: RawDoc[]; errors: InputError[] } {
  const docs: RawDoc[] = [];
  const errors: InputError[] = [];
  let budget = maxBytes;
  let pos = 0;
  let recordNo = 0;
  while (pos < bytes.length) {
    while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
    if (pos >= bytes.length) break;
    recordNo++;
    const start = pos;
    const source = `${path}#record-${recordNo}`;
    const fail = (why: string) => errors.push({ source, message: why });
    const skip = (why: string): boolean => {
      const next = nextRecordStart(bytes, start + 1);
      fail(next === -1 ? why : `${why}; resumed at the next record (byte ${next})`);
      pos = next === -1 ? bytes.length : next;
      return true;
    };
    const head = splitHeaders(bytes, pos);
    if (!head || !WARC_HEADER.test(head.lines[0])) {
      skip(`not a WARC record at byte ${pos}`);
      continue;
    }
    const warc = headerMap(head.lines);
    // Decimal digits only: Number() would also take hex ("0x1F"), exponents and spaces.
    const declared = warc.get('content-length') ?? '';
    const length = /^\d{1,15}$/.test(declared) ? Number(declared) : NaN;
    if (!Number.isSafeInteger(length)) {
      skip(`missing or invalid Content-Length '${declared.slice(0, 40)}'`);
      continue;
    }
    if (head.bodyStart + length > bytes.length) {
      skip(`truncated (Content-Length ${length}, only ${bytes.length - head.bodyStart} bytes left)`);
      continue;
    }
    if (!atRecordBoundary(bytes, head.bodyStart + length)) {
      skip(`Content-Length ${length} does not end at a record boundary`);
      continue;
    }
    const block = bytes.subarray(head.bodyStart, head.bodyStart + length);
    pos = head.bodyStart + length;
    let payload: Payload | null;
    try {
      payload = htmlPayload(warc, block, budget);
    } catch (err) {
      if (!(err instanceof TooLarge)) {
        fail(`undecodable HTTP body (${(err as Error).message})`);
        continue;
      }
      fail(`bodies too large once decompressed (limit ${formatSize(maxBytes)} per file); the records after it were not read`);
      break;
    }
    if (!payload) continue;
    budget -= payload.body.length;
    const charset = /charset=["']?([\w:.-]+)/i.exec(payload.contentType)?.[1] ?? declaredHtmlCharset(payload.body);
    const html = decodeText(payload.body, charset);
    if (!html.ok) {
      fail(html.reason);
      continue;
    }
    const uri = warc.get('warc-target-uri')?.replace(/^<|>$/g, '') || null;
    docs.push({ source, format: 'warc', html: html.value, meta: { url: uri }, ...(html.legacy ? { legacyCharset: html.legacy } : {}) });
  }
  if (docs.length === 0 && errors.length === 0) {
    errors.push({ source: path, message: 'no HTML response records in this WARC' });
  }
  return { docs, errors };
}
