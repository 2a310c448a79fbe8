// The five real seed articles, read and cleaned exactly as the CLI does, against the hand-made truth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds, loadTruth } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { cleanDoc, readInput } from './index.js';

const noShared = skipWithoutShared();
const truth = noShared ? null : loadTruth();
const seeds = noShared ? [] : loadSeeds();

describe.each(seeds.map((s) => [s.file, s] as const))('seed %s', (file, seed) => {
  const expected = truth.articles.find((a: { file: string }) => a.file === file);
  const { docs, errors } = readInput(seed.path, readFileSync(seed.path));
  const article = cleanDoc(docs[0]);

  it('reads as one text document without errors', () => {
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0].format).toBe('txt');
  });

  it('keeps every body_must_keep string', () => {
    for (const keep of expected.body_must_keep) expect(article.body).toContain(keep);
  });

  it('drops every body_must_drop string', () => {
    for (const drop of expected.body_must_drop) expect(article.body).not.toContain(drop);
  });

  it('recovers headline and published exactly', () => {
    expect(article.headline).toBe(expected.headline);
    expect(article.published).toBe(expected.published);
  });

  it('names the outlet where the truth does', () => {
    if (expected.outlet !== null) expect(article.outlet).toBe(expected.outlet);
  });

  it('keeps the original text and separates paragraphs by blank lines', () => {
    expect(article.original).toBe(seed.text);
    expect(article.body).not.toMatch(/\n{3,}|^\s|\s$/);
    expect(article.id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe.skipIf(noShared)('seed texts downstream stages rely on', () => {
  const articles = new Map(seeds.map((s) => [s.prefix, cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0])]));
  const bodies = new Map([...articles].map(([k, a]) => [k, a.body]));

  it('keeps every quote and reuse passage the truth names', () => {
    for (const q of truth.quotes) expect(bodies.get(q.file)).toContain(q.contains);
    for (const r of truth.text_reuse) for (const s of r.shared_must_include) expect(bodies.get(r.copy)).toContain(s);
  });

  it('drops boilerplate that would fake a quote', () => {
    const dropped = truth.not_quotes.filter((q: { why: string }) => /boilerplate/.test(q.why));
    for (const q of dropped) expect(bodies.get(q.file)).not.toContain(q.contains);
  });

  it('repairs the paragraph broken mid-phrase', () => {
    expect(bodies.get('003')).toContain('into the hands of the anti-Damascus militants if');
  });

  it('gives five different articles five different ids', () => {
    expect(new Set([...articles.values()].map((a) => a.id)).size).toBe(5);
  });
});
