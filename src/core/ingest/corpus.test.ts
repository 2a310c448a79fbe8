// Corpus records whose fields hold the wrong type are refused one by one, naming the file, the line
// and the field; the file's other records still come through.
import { describe, expect, it } from 'vitest';
import { readCsv, readJsonLines } from './corpus.js';

const PIER = 'The Ostrava Vale council voted on Tuesday to close the old ferry pier after engineers found cracks in its pilings.';
const QUAY = 'The Ostrava Vale ferry operator said on Wednesday that it would move its boats to the north quay for the winter.';

describe('JSONL fields of the wrong type', () => {
  it('refuses a text that is a number, null or an object, and keeps the good records', () => {
    const lines = [
      JSON.stringify({ text: PIER, url: 'https://valeherald.example/pier' }),
      JSON.stringify({ text: 5, url: 'https://valeherald.example/five' }),
      JSON.stringify({ text: null }),
      JSON.stringify({ text: { name: 'Councillor Edna Varga' } }),
      JSON.stringify({ content: ['first paragraph', 'second paragraph'] }),
      JSON.stringify({ text: QUAY, url: 'https://valeherald.example/quay' }),
    ];
    const r = readJsonLines('vale.jsonl', lines);
    expect(r.docs.map((d) => [d.source, d.text])).toEqual([
      ['vale.jsonl#1', PIER],
      ['vale.jsonl#6', QUAY],
    ]);
    expect(r.errors).toEqual([
      { source: 'vale.jsonl#2', message: 'field "text" is a number (5); expected a string' },
      { source: 'vale.jsonl#3', message: 'field "text" is null; expected the article text as a string' },
      { source: 'vale.jsonl#4', message: 'field "text" is an object; expected a string' },
      { source: 'vale.jsonl#5', message: 'field "content" is an array; expected a string' },
    ]);
  });

  it('refuses a url, published date or outlet of the wrong type, in one line naming each field', () => {
    const lines = [
      JSON.stringify({ text: PIER, url: 17 }),
      JSON.stringify({ text: PIER, published: true, outlet: ['Vale Herald'] }),
      JSON.stringify({ text: QUAY, source: { id: 'vh' } }),
    ];
    const r = readJsonLines('typed.jsonl', lines);
    expect(r.docs).toEqual([]);
    expect(r.errors.map((e) => `${e.source}: ${e.message}`)).toEqual([
      'typed.jsonl#1: field "url" is a number (17); expected a string',
      'typed.jsonl#2: field "published" is a boolean (true); expected a string or an epoch number; field "outlet" is an array; expected a string or an object with a string "name"',
      'typed.jsonl#3: field "source" is an object; expected a string or an object with a string "name"',
    ]);
    expect(r.errors.every((e) => !e.message.includes('\n'))).toBe(true);
  });

  it('reads what the types allow: null as unstated, an epoch date, a source object with its name', () => {
    const lines = [
      JSON.stringify({ text: PIER, url: null, published: 1710243900, source: { id: null, name: 'Vale Herald' }, title: null }),
      // The first non-empty field wins; a later one is not read, whatever it holds.
      JSON.stringify({ text: QUAY, link: 'https://valeherald.example/quay', canonical_url: { href: 'x' } }),
    ];
    const r = readJsonLines('ok.jsonl', lines);
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => d.meta)).toEqual([
      { url: null, headline: null, published: '1710243900', outlet: 'Vale Herald', language: null },
      { url: 'https://valeherald.example/quay', headline: null, published: null, outlet: null, language: null },
    ]);
  });
});

describe('CSV records (every field is text: only blank text applies)', () => {
  it('refuses a record whose text column is blank, naming its line; the others are read', () => {
    const csv = `title,text,url\nPier,"${PIER}",https://valeherald.example/pier\nEmpty,,https://valeherald.example/empty\nQuay,"${QUAY}",\n`;
    const r = readCsv('vale.csv', csv);
    expect(r.docs.map((d) => [d.source, d.meta.headline])).toEqual([
      ['vale.csv#2', 'Pier'],
      ['vale.csv#4', 'Quay'],
    ]);
    expect(r.errors).toEqual([{ source: 'vale.csv#3', message: 'field "text" is blank; expected the article text as a string' }]);
  });
});

describe('CSV records cut short by their quoting', () => {
  it('names an unclosed quotation mark that swallowed the rest of the record, and reads the other records', () => {
    const csv = `title,date,source,text\n"Pier ""closed""",2031-05-03,Harbour Herald,"${PIER}"\n"Quay,2031-05-04,Harbour Herald,"${QUAY}\n`;
    const r = readCsv('vale.csv', csv);
    expect(r.docs.map((d) => [d.source, d.meta.headline])).toEqual([['vale.csv#2', 'Pier "closed"']]);
    expect(r.errors).toEqual([{ source: 'vale.csv#3', message: 'malformed CSV (1 of 4 fields: a quotation mark opened and never closed)' }]);
  });
});

describe('CSV delimiters (read from the header row)', () => {
  const SAID = 'Harbour master Dana Kellor said: "It is closed, for now; we will see in spring."';
  it('reads a semicolon-delimited export, with commas and semicolons inside quoted fields', () => {
    const csv = `title;text;url;date\r\n"Velmar pier, closed";"${PIER} ${SAID.replace(/"/g, '""')}";https://harbourherald.example/pier;02.03.2026\r\nQuay;"${QUAY}";;03.03.2026\r\n`;
    const r = readCsv('velmar.csv', csv);
    expect(r.errors).toEqual([]);
    expect(r.docs.map((d) => [d.source, d.meta.headline, d.text, d.meta.url, d.meta.published])).toEqual([
      ['velmar.csv#2', 'Velmar pier, closed', `${PIER} ${SAID}`, 'https://harbourherald.example/pier', '02.03.2026'],
      ['velmar.csv#3', 'Quay', QUAY, null, '03.03.2026'],
    ]);
  });

  it('keeps commas as the delimiter when only quoted fields hold semicolons, and reads tabs', () => {
    const comma = readCsv('velmar.csv', `title,text,"notes; internal"\nPier,"${PIER}; ${QUAY}",checked; ok\n`);
    expect(comma.docs.map((d) => [d.meta.headline, d.text])).toEqual([['Pier', `${PIER}; ${QUAY}`]]);
    const tab = readCsv('velmar.csv', `title\ttext\nPier\t"${PIER}, again"\n`);
    expect(tab.docs.map((d) => [d.meta.headline, d.text])).toEqual([['Pier', `${PIER}, again`]]);
  });
});
