// WARC 1.0/1.1 reader for HTML responses. Hand-written because readInput must stay synchronous and
// pure (bytes in, records out) while the maintained WARC packages (warcio, node-warc) expose only
// async stream iterators. The format is small: a header block, Content-Length bytes, CRLF CRLF.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { InputError, RawDoc } from '../types.js';
import { declaredHtmlCharset, decodeText } from './bytes.js';

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

function decodeContent(body: Uint8Array, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      return body;
  }
}

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

interface Payload {
  contentType: string;
  body: Uint8Array;
}

/** The HTML payload of a response/resource record, null for anything that is not an HTML page. */
function htmlPayload(warc: Map<string, string>, block: Uint8Array): Payload | null {
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
  return { contentType, body: decodeContent(body, headers.get('content-encoding')) };
}

/** Reads every record; HTML responses become RawDocs with the target URI as known URL. */
export function readWarc(path: string, bytes: Uint8Array): { docs: RawDoc[]; errors: InputError[] } {
  const docs: RawDoc[] = [];
  const errors: InputError[] = [];
  let pos = 0;
  let recordNo = 0;
  while (pos < bytes.length) {
    while (pos < bytes.length && (bytes[pos] === 0x0d || bytes[pos] === 0x0a)) pos++;
    if (pos >= bytes.length) break;
    recordNo++;
    const source = `${path}#record-${recordNo}`;
    const fail = (why: string) => errors.push({ source, message: `${path}: record ${recordNo}: ${why}` });
    const head = splitHeaders(bytes, pos);
    if (!head || !/^WARC\/\d/.test(head.lines[0])) {
      fail(`not a WARC record at byte ${pos}`);
      break;
    }
    const warc = headerMap(head.lines);
    const length = Number(warc.get('content-length'));
    if (!Number.isInteger(length) || length < 0) {
      fail('missing or invalid Content-Length');
      break;
    }
    if (head.bodyStart + length > bytes.length) {
      fail(`truncated (Content-Length ${length}, only ${bytes.length - head.bodyStart} bytes left)`);
      break;
    }
    const block = bytes.subarray(head.bodyStart, head.bodyStart + length);
    pos = head.bodyStart + length;
    let payload: Payload | null;
    try {
      payload = htmlPayload(warc, block);
    } catch (err) {
      fail(`undecodable HTTP body (${(err as Error).message})`);
      continue;
    }
    if (!payload) continue;
    const charset = /charset=["']?([\w:.-]+)/i.exec(payload.contentType)?.[1] ?? declaredHtmlCharset(payload.body);
    const html = decodeText(payload.body, charset);
    if (!html.ok) {
      fail(html.reason);
      continue;
    }
    const uri = warc.get('warc-target-uri')?.replace(/^<|>$/g, '') || null;
    docs.push({ source, format: 'warc', html: html.value, meta: { url: uri } });
  }
  if (docs.length === 0 && errors.length === 0) {
    errors.push({ source: path, message: `${path}: no HTML response records in this WARC` });
  }
  return { docs, errors };
}
