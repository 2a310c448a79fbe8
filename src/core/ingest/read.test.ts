// readInput on real files written by the test: every format, gzip, and every kind of bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanDoc, readInput } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a file and reads it back the way the CLI does. */
function roundTrip(name: string, content: string | Uint8Array, opts?: { maxBytes?: number }) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, ...readInput(path, readFileSync(path), opts) };
}

const ARTICLE = [
  'Harbour council votes to rebuild the old ferry pier',
  '',
  'The Kestrel Bay harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter, ending a year of debate over the cost.',
  '',
  '"The pier is how half of this town gets to work," councillor Mira Okafor said after the vote.',
].join('\n');

describe('formats', () => {
  it('reads a .txt file as one text document', () => {
    const r = roundTrip('pier.txt', ARTICLE);
    expect(r.errors).toEqual([]);
    expect(r.docs).toEqual([{ source: r.path, format: 'txt', text: ARTICLE, meta: {} }]);
  });

  it('reads .html and .htm files as HTML documents', () => {
    const html = `<html><head><title>Pier</title></head><body><p>${ARTICLE}</p></body></html>`;
    for (const name of ['pier.html', 'pier.htm']) {
      const r = roundTrip(name, html);
      expect(r.errors).toEqual([]);
      expect(r.docs).toEqual([{ source: r.path, format: 'html', html, meta: {} }]);
    }
  });

  it('decodes HTML in the charset it declares when it is not UTF-8', () => {
    const bytes = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners protest</p></body></html>', 'latin1');
    const r = roundTrip('latin.html', bytes);
    expect(r.errors).toEqual([]);
    expect(r.docs[0].html).toContain('Café owners protest');
  });

  it('reads a record whose fields are wrapped in an "article" object', () => {
    const wrapped = { id: 'k-17', article: { title: 'Pier vote', body: ARTICLE, url: 'https://kestrel.example/pier', published_at: '2031-04-02', lang: 'en', source: { name: 'Kestrel Courier' } } };
    const r = roundTrip('wrapped.jsonl', JSON.stringify(wrapped) + '\n');
    expect(r.errors).toEqual([]);
    expect(r.docs).toEqual([
      { source: `${r.path}#1`, format: 'jsonl', text: ARTICLE, meta: { url: 'https://kestrel.example/pier', headline: 'Pier vote', published: '2031-04-02', outlet: 'Kestrel Courier', language: 'en' } },
    ]);
  });

  it('maps the usual JSONL field names and numbers sources by line', () => {
    const lines = [
      JSON.stringify({ title: 'Pier vote', text: ARTICLE, url: 'https://kestrel.example/pier', date: '2031-04-02', source: 'Kestrel Courier' }),
      '',
      JSON.stringify({ headline: 'Second', maintext: 'Body two.', link: 'https://b.example/2', date_publish: '2031-04-03 10:00:00', site_name: 'B' }),
      JSON.stringify({ Title: 'Third', Content: 'Body three.', pubDate: 'Thu, 03 Apr 2031 09:00:00 GMT', outlet: 'C' }),
      JSON.stringify({ html: '<p>Body four.</p>', published: '2031-04-04', source: { id: 'd', name: 'D News' } }),
    ];
    const r = roundTrip('corpus.jsonl', lines.join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => d.source)).toEqual([1, 3, 4, 5].map((n) => `${r.path}#${n}`));
    expect(r.docs[0]).toEqual({
      source: `${r.path}#1`,
      format: 'jsonl',
      text: ARTICLE,
      meta: { url: 'https://kestrel.example/pier', headline: 'Pier vote', published: '2031-04-02', outlet: 'Kestrel Courier', language: null },
    });
    expect(r.docs[1].meta).toEqual({ url: 'https://b.example/2', headline: 'Second', published: '2031-04-03 10:00:00', outlet: 'B', language: null });
    expect(r.docs[2].meta).toMatchObject({ headline: 'Third', published: 'Thu, 03 Apr 2031 09:00:00 GMT', outlet: 'C' });
    expect(r.docs[3]).toMatchObject({ html: '<p>Body four.</p>', meta: { outlet: 'D News', published: '2031-04-04' } });
  });

  it('reads .ndjson like .jsonl', () => {
    const r = roundTrip('corpus.ndjson', `${JSON.stringify({ content: 'Body.' })}\r\n`);
    expect(r.errors).toEqual([]);
    expect(r.docs[0]).toMatchObject({ source: `${r.path}#1`, text: 'Body.' });
  });

  it('reads CSV with a header row, quoted multi-line fields, and numbers sources by starting line', () => {
    const csv = 'title,body,url,published,outlet\r\n"Pier vote","First line,\r\nsecond line",https://k.example/1,2031-04-02,Kestrel Courier\r\nPlain,One line only,,,\r\n';
    const r = roundTrip('corpus.csv', csv);
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => d.source)).toEqual([`${r.path}#2`, `${r.path}#4`]);
    expect(r.docs[0]).toMatchObject({ format: 'csv', text: 'First line,\nsecond line', meta: { headline: 'Pier vote', url: 'https://k.example/1', published: '2031-04-02', outlet: 'Kestrel Courier' } });
    expect(r.docs[1].meta).toEqual({ url: null, headline: 'Plain', published: null, outlet: null, language: null });
  });

  it('reads TSV', () => {
    const r = roundTrip('corpus.tsv', 'headline\ttext\nPier\tBody text.\n');
    expect(r.docs[0]).toMatchObject({ source: `${r.path}#2`, text: 'Body text.', meta: { headline: 'Pier' } });
  });

  it('gunzips by magic bytes, with or without a .gz extension', () => {
    for (const name of ['pier.txt.gz', 'pier-gz.txt']) {
      const r = roundTrip(name, gzipSync(ARTICLE));
      expect(r.errors).toEqual([]);
      expect(r.docs[0]).toMatchObject({ format: 'txt', text: ARTICLE });
    }
    const j = roundTrip('corpus.jsonl.gz', gzipSync(JSON.stringify({ text: 'Zipped.' })));
    expect(j.docs[0]).toMatchObject({ source: `${j.path}#1`, text: 'Zipped.' });
  });

  it('decodes UTF-16 text that carries a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Pier vote on Tuesday.', 'utf16le')]);
    expect(roundTrip('utf16.txt', bytes).docs[0].text).toBe('Pier vote on Tuesday.');
  });

  it('reads UTF-16 without a byte-order mark by where its NUL bytes fall, and flags it', () => {
    const story = 'Pier vote on Tuesday\n\nThe harbour board approved the repairs to the old pier, its chair said. Работы начнутся в мае.';
    const le = Buffer.from(story, 'utf16le');
    const be = Buffer.from(story, 'utf16le').swap16();
    for (const [bytes, name] of [[le, 'le.txt'], [be, 'be.txt']] as const) {
      const r = roundTrip(name, bytes);
      expect(r.errors, name).toEqual([]);
      expect(r.docs[0], name).toMatchObject({ text: story, legacyCharset: name === 'le.txt' ? 'utf-16le' : 'utf-16be' });
      expect(cleanDoc(r.docs[0]).flags, name).toContain('utf16-no-bom');
    }
    // Cut off after an odd byte: refused as UTF-16 without a BOM, not as binary.
    expect(roundTrip('cut.txt', le.subarray(0, le.length - 1)).errors[0].message).toBe('UTF-16 (LE) without a byte order mark, cut off (odd length)');
    // NULs on both sides of the pairs are binary, as before.
    const binary = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 20))));
    expect(roundTrip('data.txt', binary).errors[0].message).toBe('binary content (NUL or control bytes), not text');
  });

  it('reads windows-1252 curly quotes, dashes and the euro sign, also under a latin-1 label', () => {
    // “The fare rises to €3 – again,” a commuter said.  in windows-1252 bytes.
    const sentence = Buffer.concat([
      Buffer.from([0x93]), Buffer.from('The fare rises to '), Buffer.from([0x80]), Buffer.from('3 '), Buffer.from([0x96]),
      Buffer.from(' again,'), Buffer.from([0x94]), Buffer.from(' a commuter said.'),
    ]);
    for (const label of ['windows-1252', 'iso-8859-1', 'latin1']) {
      const html = Buffer.concat([Buffer.from(`<html><head><meta charset="${label}"></head><body><p>`), sentence, Buffer.from('</p></body></html>')]);
      const r = roundTrip(`fares-${label}.html`, html);
      expect(r.errors).toEqual([]);
      expect(r.docs[0].html).toContain('“The fare rises to €3 – again,” a commuter said.');
    }
  });

  it('reports a UTF-16 declaration over single-byte text instead of reading it as CJK', () => {
    const bytes = Buffer.from('<html><head><meta charset="utf-16"></head><body><p>Caf\xe9 owners protest the new rents.</p></body></html>', 'latin1');
    const r = roundTrip('wide.html', bytes);
    expect(r.docs).toEqual([]);
    expect(r.errors[0].message).toMatch(/^invalid UTF-8, and the declared charset 'utf-16' is impossible without a byte order mark$/);
  });

  it('reads UTF-16 with a byte-order mark in every format', () => {
    const utf16 = (text: string, le = true) =>
      le ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const story = 'Pier vote on Tuesday: the harbour board approved the repairs.';
    expect(roundTrip('w.txt', utf16(story, false)).docs[0].text).toBe(story);
    expect(roundTrip('w.html', utf16(`<html><body><p>${story}</p></body></html>`)).docs[0].html).toContain(story);
    const jsonl = roundTrip('w.jsonl', utf16(`${JSON.stringify({ title: 'Pier', text: story })}\n${JSON.stringify({ title: 'Pier 2', text: story + ' Again.' })}\n`));
    expect(jsonl.errors).toEqual([]);
    expect(jsonl.docs.map((d) => d.text)).toEqual([story, story + ' Again.']);
    const csv = roundTrip('w.csv', utf16(`title,text\nPier,"${story}"\n`));
    expect(csv.errors).toEqual([]);
    expect(csv.docs[0]).toMatchObject({ text: story, meta: { headline: 'Pier' } });
  });

  it('reads UTF-32 with a byte-order mark (LE and BE) in every format', () => {
    const utf32 = (text: string, le: boolean) => {
      const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
      const out = Buffer.alloc(4 * points.length);
      points.forEach((cp, i) => (le ? out.writeUInt32LE(cp, 4 * i) : out.writeUInt32BE(cp, 4 * i)));
      return out;
    };
    const story = 'Velmar pier vote: the harbour board approved the repairs, Dana Kellor said. Café owners 👍';
    for (const le of [true, false]) {
      const txt = roundTrip('w32.txt', utf32(`Velmar pier\n\n${story}`, le));
      expect(txt.errors).toEqual([]);
      expect(txt.docs[0].text).toBe(`Velmar pier\n\n${story}`);
      const jsonl = roundTrip('w32.jsonl', utf32(`${JSON.stringify({ title: 'Velmar pier', text: story })}\n`, le));
      expect(jsonl.errors).toEqual([]);
      expect(jsonl.docs.map((d) => d.text)).toEqual([story]);
      const csv = roundTrip('w32.csv', utf32(`text,title\n"${story}",Velmar pier\n`, le));
      expect(csv.errors).toEqual([]);
      expect(csv.docs[0]).toMatchObject({ text: story, meta: { headline: 'Velmar pier' } });
    }
  });

  it('refuses a document holding a NUL character in any format, in one line naming it', () => {
    const late = Buffer.concat([Buffer.from(`${ARTICLE}\n\n${'The pier board met again. '.repeat(3000)}`), Buffer.from([0]), Buffer.from(' The end.')]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ARTICLE}\u0000`, 'utf16le')]);
    for (const [name, bytes] of [['late-nul.txt', late], ['late-nul.html', Buffer.from(`<p>${late.toString('latin1')}</p>`, 'latin1')], ['nul16.txt', utf16]] as const) {
      const r = roundTrip(name, bytes);
      expect(r.docs, name).toEqual([]);
      expect(r.errors, name).toEqual([{ source: r.path, message: 'NUL character (U+0000) in the text; text cannot hold it' }]);
    }
    // Escaped in JSON, it costs its record only.
    const jsonl = roundTrip('nul.jsonl', `${JSON.stringify({ title: 'Pier', text: 'The pier \u0000 vote.' })}\n${JSON.stringify({ title: 'Quay', text: 'Fine text.' })}\n`);
    expect(jsonl.docs.map((d) => d.meta.headline)).toEqual(['Quay']);
    expect(jsonl.errors).toEqual([{ source: `${jsonl.path}#1`, message: 'NUL character (U+0000) in the text; text cannot hold it' }]);
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(roundTrip('bom.txt', `\ufeff${ARTICLE}`).docs[0].text).toBe(ARTICLE);
  });

  it('sniffs the format of extension-less input such as stdin', () => {
    expect(readInput('-', Buffer.from('<!DOCTYPE html><p>x</p>')).docs[0].format).toBe('html');
    expect(readInput('-', Buffer.from('{"text":"x"}\n')).docs[0]).toMatchObject({ format: 'jsonl', source: '-#1' });
    expect(readInput('-', Buffer.from(ARTICLE)).docs[0].format).toBe('txt');
  });
});

describe('bad input: one line naming the file, never a throw', () => {
  const oneError = (r: { docs: unknown[]; errors: { source: string; message: string }[]; path: string }, pattern: RegExp) => {
    expect(r.docs).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].source).toBe(r.path);
    // The source says where; the message only why, so a printer never names the file twice.
    expect(r.errors[0].message).not.toContain(r.path);
    expect(r.errors[0].message).not.toContain('\n');
    expect(r.errors[0].message).toMatch(pattern);
  };

  it('binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    oneError(roundTrip('photo.txt', png), /binary/);
    oneError(roundTrip('photo.html', png), /binary/);
    oneError(roundTrip('photo.jsonl', png), /binary/);
  });

  it('empty and whitespace-only', () => {
    oneError(roundTrip('empty.txt', ''), /empty/);
    oneError(roundTrip('blank.txt', ' \n\n\t\n'), /empty/);
    oneError(roundTrip('blank.jsonl', '\n\n'), /empty/);
    oneError(roundTrip('empty.txt.gz', gzipSync('')), /empty/);
  });

  it('too large: 50 MB by default, or the given limit, also after decompression', () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    oneError(roundTrip('huge.txt', big), /too large \(50\.0 MB, limit 50 MB\)/);
    oneError(roundTrip('small-limit.txt', ARTICLE, { maxBytes: 100 }), /too large/);
    oneError(roundTrip('bomb.txt.gz', gzipSync(Buffer.alloc(10_000, 'a')), { maxBytes: 1000 }), /too large once decompressed/);
  });

  it('bytes neither UTF-8 nor windows-1252 are refused, naming both offsets', () => {
    // 0x8D is undefined in windows-1252: no text in it holds that byte.
    const bytes = Buffer.concat([Buffer.from('Pier vote '), Buffer.from([0xc3, 0x28]), Buffer.from(' ok '), Buffer.from([0x8d])]);
    oneError(roundTrip('broken.txt', bytes), /^invalid UTF-8 \(at byte 10\), and not windows-1252 either \(byte 0x8d at 16\)$/);
  });

  it('reads undeclared text that is not UTF-8 as windows-1252, and flags the article', () => {
    // “Café owners say the €2 rent rise – the third – is too much,” in windows-1252 bytes, no charset declared.
    const sentence = Buffer.from('\x93Caf\xe9 owners say the \x802 rent rise \x96 the third \x96 is too much,\x94 a baker in Marrow Lane said on Friday.', 'latin1');
    const expected = '“Café owners say the €2 rent rise – the third – is too much,” a baker in Marrow Lane said on Friday.';
    const body = Buffer.concat([Buffer.from('Bakers protest rent rise\n\n'), sentence]);
    const txt = roundTrip('legacy.txt', body);
    expect(txt.errors).toEqual([]);
    expect(txt.docs[0]).toMatchObject({ format: 'txt', legacyCharset: 'windows-1252' });
    expect(txt.docs[0].text).toContain(expected);
    const article = cleanDoc(txt.docs[0]);
    expect(article.flags).toContain('legacy-charset');
    expect(article.body).toContain(expected);

    const html = roundTrip('legacy.html', Buffer.concat([Buffer.from('<html><head><title>Rents</title></head><body><p>'), sentence, Buffer.from('</p></body></html>')]));
    expect(html.errors).toEqual([]);
    expect(html.docs[0].legacyCharset).toBe('windows-1252');
    expect(cleanDoc(html.docs[0]).flags).toContain('legacy-charset');

    const csv = roundTrip('legacy.csv', Buffer.concat([Buffer.from('title,text\nRents,"'), Buffer.from(sentence.toString('latin1').replace(/"/g, '""'), 'latin1'), Buffer.from('"\n')]));
    expect(csv.errors).toEqual([]);
    expect(csv.docs[0]).toMatchObject({ text: expected, legacyCharset: 'windows-1252' });

    // UTF-8, and text under a declared charset, are not guesses: no flag.
    const utf8 = roundTrip('modern.txt', `Bakers protest rent rise\n\n${expected}`);
    expect(utf8.docs[0].legacyCharset).toBeUndefined();
    expect(cleanDoc(utf8.docs[0]).flags ?? []).not.toContain('legacy-charset');
  });

  it('still refuses binary files, whatever their name', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256));
    for (const name of ['photo.txt', 'photo.html']) oneError(roundTrip(name, binary), /^binary content \(NUL or control bytes\), not text$/);
  });

  it('unsupported extension', () => {
    oneError(roundTrip('report.pdf', '%PDF-1.4'), /unsupported file type '\.pdf'/);
    oneError(roundTrip('report.docx.gz', gzipSync('x')), /unsupported file type '\.docx'/);
  });

  it('truncated or corrupt gzip', () => {
    const zipped = gzipSync(ARTICLE.repeat(20));
    oneError(roundTrip('cut.txt.gz', zipped.subarray(0, zipped.length - 30)), /truncated or corrupt gzip/);
    oneError(roundTrip('not-gzip.txt.gz', ARTICLE), /truncated or corrupt gzip/);
  });

  it('a truncated gzip of records keeps the records that arrived whole', () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ text: `Record ${i} of the corpus, with some words to compress.` }));
    const zipped = gzipSync(lines.join('\n'));
    const r = roundTrip('cut.jsonl.gz', zipped.subarray(0, Math.floor(zipped.length * 0.6)));
    expect(r.docs.length).toBeGreaterThan(0);
    expect(r.docs.length).toBeLessThan(400);
    expect(r.docs.map((d) => d.text)).toEqual(lines.slice(0, r.docs.length).map((l) => JSON.parse(l).text));
    expect(r.errors).toEqual([{ source: r.path, message: expect.stringMatching(/^truncated or corrupt gzip .*; kept the records before the cut$/) }]);

    const csv = gzipSync(`title,text\n${Array.from({ length: 400 }, (_, i) => `T${i},Body number ${i} of the corpus`).join('\n')}\n`);
    const c = roundTrip('cut.csv.gz', csv.subarray(0, Math.floor(csv.length * 0.6)));
    expect(c.docs.length).toBeGreaterThan(0);
    expect(c.docs.every((d, i) => d.text === `Body number ${i} of the corpus`)).toBe(true);
    expect(c.errors).toHaveLength(1);
  });

  it('a malformed JSONL line is reported with its line; the other lines still come through', () => {
    const lines = [JSON.stringify({ text: 'One.' }), '{"text": "Two.', JSON.stringify({ text: 'Three.' }), '[1,2]', JSON.stringify({ title: 'no body' })];
    const r = roundTrip('mixed.jsonl', lines.join('\n'));
    expect(r.docs.map((d) => d.text)).toEqual(['One.', 'Three.']);
    expect(r.errors.map((e) => e.source)).toEqual([2, 4, 5].map((n) => `${r.path}#${n}`));
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^malformed JSON/),
      'not a JSON object',
      expect.stringMatching(/^no article text/),
    ]);
  });

  it('an undecodable JSONL line costs only that line; a windows-1252 line is read and flagged alone', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"text":"One – UTF-8."}\n{"text":"T'), Buffer.from([0x8d]), Buffer.from('"}\n{"text":"Caf'), Buffer.from([0xe9]), Buffer.from(' three."}\n'),
    ]);
    const r = roundTrip('badbyte.jsonl', bytes);
    expect(r.docs.map((d) => d.text)).toEqual(['One – UTF-8.', 'Café three.']);
    expect(r.docs.map((d) => d.legacyCharset)).toEqual([undefined, 'windows-1252']);
    expect(r.errors).toEqual([{ source: `${r.path}#2`, message: 'invalid UTF-8 (at byte 10), and not windows-1252 either (byte 0x8d at 10)' }]);
  });

  it('a CSV record with an unclosed quote is reported by line', () => {
    const r = roundTrip('open-quote.csv', 'title,text\nA,Fine.\nB,"never closed\n');
    expect(r.docs.map((d) => d.text)).toEqual(['Fine.']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].source).toMatch(/open-quote\.csv#\d+$/);
    expect(r.errors[0].message).toMatch(/^malformed CSV \(Quote Not Closed/);
  });

  it('a CSV without any text column is reported row by row', () => {
    const r = roundTrip('no-text.csv', 'name,age\nAda,36\n');
    expect(r.docs).toEqual([]);
    expect(r.errors[0]).toMatchObject({ source: `${r.path}#2` });
  });
});
