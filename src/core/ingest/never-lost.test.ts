// Cleaning never loses an article: every generated article (text and HTML), every failure case and,
// when STORYTRACE_REALWORLD names the local cache of real texts, every real article keeps a body.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../gen/index.js';
import { sharedDir } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { cleanDoc, readInput } from './index.js';

function bodiesOf(path: string, bytes: Uint8Array): string[] {
  return readInput(path, bytes).docs.map((doc) => cleanDoc(doc).body);
}

describe('no article is lost to cleaning', () => {
  it('keeps a body for every generated article, as text and as HTML', () => {
    const corpus = generateCorpus({ articles: 120, seed: 5 });
    for (const a of corpus.articles) {
      expect(bodiesOf(`${a.file}.txt`, Buffer.from(a.text))[0].trim(), a.file).not.toBe('');
      expect(bodiesOf(`${a.file}.html`, Buffer.from(a.html))[0].trim(), a.file).not.toBe('');
    }
  });

  it('keeps a text made of one long "Watch:" line: its headline and date glued to the text come apart, nothing is lost', () => {
    const line = `WATCH: Flames spread along the roof of the old grain hall as crews worked through the night March 3, 2031The fire started in a storage room on Monday evening, officials said, and took six hours to bring under control. ${'Crews stayed on site. '.repeat(3)}`;
    const [doc] = readInput('watch.txt', Buffer.from(line)).docs;
    const article = cleanDoc(doc);
    expect(article.headline).toBe('WATCH: Flames spread along the roof of the old grain hall as crews worked through the night');
    expect(article.published).toBe('2031-03-03');
    expect(article.body.startsWith('The fire started in a storage room')).toBe(true);
  });

  it('keeps a text that is nothing but furniture-like lines, whole and flagged', () => {
    const [doc] = readInput('menu.txt', Buffer.from('Share\nMenu\nRead more')).docs;
    const article = cleanDoc(doc);
    expect(article.body).toBe('Share\n\nMenu\n\nRead more');
    expect(article.flags).toContain('uncleaned');
  });

  const noShared = skipWithoutShared();
  it.skipIf(noShared)('keeps a body for every failure case input', () => {
    const dir = join(sharedDir, 'cases');
    const inputs: string[] = [];
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) inputs.push(...readdirSync(path).map((f) => join(path, f)));
      else if (!name.endsWith('.md')) inputs.push(path);
    }
    expect(inputs.length).toBeGreaterThan(0);
    for (const path of inputs) for (const body of bodiesOf(path, readFileSync(path))) expect(body.trim(), path).not.toBe('');
  });

  const realworld = process.env.STORYTRACE_REALWORLD;
  const haveRealworld = !!realworld && existsSync(realworld);
  if (!haveRealworld) console.log('skipped: STORYTRACE_REALWORLD (the local cache of real article texts) is not set or absent');
  it.skipIf(!haveRealworld)('keeps a body for every real article text', () => {
    const files = readdirSync(realworld!).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const bodies = bodiesOf(f, readFileSync(join(realworld!, f)));
      expect(bodies, f).toHaveLength(1);
      expect(bodies[0].trim(), f).not.toBe('');
    }
  });
});
