// WARC files built record by record the way crawlers write them, read back through readInput.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(type: string, headers: Record<string, string>, block: Uint8Array | string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : Buffer.from(block);
  const head = [`WARC/1.1`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`];
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, headers: Record<string, string>, body: Uint8Array | string): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), typeof body === 'string' ? Buffer.from(body) : body]);
}

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><p>${title} body text.</p></article></body></html>`;
const response = (uri: string, http: Buffer) =>
  record('response', { 'WARC-Target-URI': uri, 'WARC-Date': '2031-05-01T10:00:00Z', 'Content-Type': 'application/http; msgtype=response' }, http);

function chunked(bytes: Buffer): Buffer {
  const half = Math.floor(bytes.length / 2);
  const chunk = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
  return Buffer.concat([chunk(bytes.subarray(0, half)), chunk(bytes.subarray(half)), Buffer.from('0\r\n\r\n')]);
}

const records = [
  record('warcinfo', { 'Content-Type': 'application/warc-fields' }, 'software: test-crawler\r\n'),
  record('request', { 'WARC-Target-URI': 'https://news.example/a', 'Content-Type': 'application/http; msgtype=request' }, 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'),
  response('https://news.example/a', httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, page('Plain page'))),
  response('https://news.example/logo.png', httpResponse('200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))),
  response('https://news.example/gone', httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, page('Not found'))),
  response(
    '<https://news.example/b>',
    httpResponse('200 OK', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, chunked(gzipSync(page('Chunked gzip page')))),
  ),
  record('resource', { 'WARC-Target-URI': 'file:///saved/c.html', 'Content-Type': 'text/html' }, page('Saved resource')),
  response('https://news.example/latin', httpResponse('200 OK', { 'Content-Type': 'text/html; charset=iso-8859-1' }, Buffer.from(page('Caf\xe9 page'), 'latin1'))),
];
function write(name: string, bytes: Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, ...readInput(path, readFileSync(path)) };
}

describe('WARC', () => {
  const expectPages = (r: ReturnType<typeof write>) => {
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => [d.source, d.meta.url])).toEqual([
      [`${r.path}#record-3`, 'https://news.example/a'],
      [`${r.path}#record-6`, 'https://news.example/b'],
      [`${r.path}#record-7`, 'file:///saved/c.html'],
      [`${r.path}#record-8`, 'https://news.example/latin'],
    ]);
    expect(r.docs.every((d) => d.format === 'warc')).toBe(true);
    expect(r.docs[0].html).toContain('Plain page body text.');
    expect(r.docs[1].html).toContain('Chunked gzip page body text.');
    expect(r.docs[3].html).toContain('Café page');
  };

  it('keeps only successful HTML responses and resources, skipping requests, images and 404s', () => {
    expectPages(write('crawl.warc', Buffer.concat(records)));
  });

  it('reads .warc.gz written as one gzip member per record', () => {
    expectPages(write('crawl.warc.gz', Buffer.concat(records.map((r) => gzipSync(r)))));
  });

  it('reports a truncated record and keeps the records before it', () => {
    const whole = Buffer.concat(records.slice(0, 4));
    const r = write('cut.warc', whole.subarray(0, whole.length - 20));
    expect(r.docs.map((d) => d.source)).toEqual([`${r.path}#record-3`]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ source: `${r.path}#record-4` });
    expect(r.errors[0].message).toMatch(/^truncated \(Content-Length \d+, only \d+ bytes left\)$/);
  });

  it('keeps the whole records of a .warc.gz cut off mid-record', () => {
    const zipped = Buffer.concat(records.map((r) => gzipSync(r)));
    const r = write('cut.warc.gz', zipped.subarray(0, zipped.length - 40));
    expect(r.docs.map((d) => d.source)).toEqual([3, 6, 7].map((n) => `${r.path}#record-${n}`));
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^truncated/),
      expect.stringMatching(/^truncated or corrupt gzip .*kept the records before the cut$/),
    ]);
  });

  it('reports a file that is not WARC at all', () => {
    const r = write('fake.warc', Buffer.from('hello, this is not an archive\r\n\r\nreally'));
    expect(r.docs).toEqual([]);
    expect(r.errors[0].message).toMatch(/^not a WARC record at byte 0/);
  });

  it('reports a WARC without any HTML page', () => {
    const r = write('images.warc', Buffer.concat([records[0], records[3]]));
    expect(r.docs).toEqual([]);
    expect(r.errors).toEqual([{ source: r.path, message: 'no HTML response records in this WARC' }]);
  });

  it('reports an HTML record whose body cannot be decoded, and goes on', () => {
    const broken = response('https://news.example/bad', httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, 'not gzip at all'));
    const r = write('bad-body.warc', Buffer.concat([broken, records[2]]));
    expect(r.docs.map((d) => d.meta.url)).toEqual(['https://news.example/a']);
    expect(r.errors[0].message).toMatch(/^undecodable HTTP body/);
  });

  it('resumes at the next WARC/1.x header after a record with a wrong or hex Content-Length', () => {
    const page3 = records[2];
    const wrongLength = Buffer.from(page3.toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: ${Number(n) - 30}`), 'latin1');
    const hexLength = Buffer.from(page3.toString('latin1').replace(/Content-Length: (\d+)/, (_, n) => `Content-Length: 0x${Number(n).toString(16)}`), 'latin1');
    const r = write('resync.warc', Buffer.concat([wrongLength, records[5], hexLength, records[6]]));
    expect(r.docs.map((d) => d.meta.url)).toEqual(['https://news.example/b', 'file:///saved/c.html']);
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Content-Length \d+ does not end at a record boundary; resumed at the next record/),
      expect.stringMatching(/^missing or invalid Content-Length '0x[0-9a-f]+'; resumed at the next record/),
    ]);
  });

  it('stops a record body that decompresses past the limit, quickly and without holding it', () => {
    const bomb = (encoding: 'gzip' | 'br') => {
      // 24 MB of spaces inside a page: a few KB compressed.
      const html = Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(24 * 2 ** 20, 0x20), Buffer.from('</p></body></html>')]);
      const packed = encoding === 'gzip' ? gzipSync(html) : brotliCompressSync(html, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } });
      return response(`https://news.example/${encoding}`, httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': encoding }, packed));
    };
    for (const encoding of ['gzip', 'br'] as const) {
      const file = Buffer.concat([records[2], bomb(encoding), records[6]]);
      expect(file.length).toBeLessThan(200_000);
      const started = Date.now();
      const { docs, errors } = readInput(`bomb-${encoding}.warc`, file, { maxBytes: 4 * 2 ** 20 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(docs.map((d) => d.meta.url)).toEqual(['https://news.example/a']);
      expect(errors).toEqual([
        { source: `bomb-${encoding}.warc#record-2`, message: `bodies too large once decompressed (limit 4 MB per file); the records after it were not read` },
      ]);
    }
  });
});
