// The second benchmark's loader and runner on a tiny invented benchmark folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractHtml } from '../core/ingest/html/index.js';
import { loadSnippetBench, runSnippetBench, snippetBenchFromEnv } from './snippetBench.js';
import { tempDirs } from './temp-dirs.js';

const tempDir = tempDirs('snippet-bench-');

const article = (body: string) => `<!doctype html><html><head><title>Harbour Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge to reopen</h1>${body}</article>
<footer><p>Subscribe to the Harbour Herald newsletter for the week's stories.</p><p>All rights reserved.</p></footer>
</body></html>`;

function benchFolder(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'html'));
  const paragraphs = [
    'The Northshire council voted on Tuesday to close the old harbour bridge for repairs after inspectors found cracks in two of its piers.',
    'Dana Kellor, who chairs the works committee, said the bridge would reopen in spring once the piers had been strengthened and repainted.',
    'Traffic will be sent over the river by the ferry road in the meantime, adding about ten minutes to the morning drive into town.',
  ];
  writeFileSync(join(dir, 'html', 'bridge.html'), article(paragraphs.map((p) => `<p>${p}</p>`).join('\n')));
  // A Latin-1 page that says so: read in its charset, so "café" matches the snippet.
  const latin = article(`<p>${paragraphs[0]}</p><p>Residents met at the harbour café on Friday to plan a festival for the reopening, with music and stalls along the quay.</p>`);
  writeFileSync(join(dir, 'html', 'cafe.html'), Buffer.from(latin.replace('<head>', '<head><meta charset="iso-8859-1">'), 'latin1'));
  const data = {
    'bridge.html': {
      url: 'https://harbour-herald.example/bridge',
      with: ['Dana Kellor, who chairs the works committee,', 'adding about ten minutes to the morning drive'],
      without: ['Subscribe to the Harbour Herald', 'All rights reserved'],
    },
    'cafe.html': { url: 'https://harbour-herald.example/cafe', with: ['met at the harbour café on Friday'], without: ['Sport'] },
  };
  writeFileSync(join(dir, 'evaldata.json'), JSON.stringify(data));
  return dir;
}

describe('loadSnippetBench / runSnippetBench', () => {
  it('scores the extractor: body snippets found, navigation and footer left out', () => {
    const pages = loadSnippetBench(benchFolder());
    expect(pages.map((p) => p.file)).toEqual(['bridge.html', 'cafe.html']);
    expect(pages[1].html).toContain('café');
    const run = runSnippetBench('storytrace', pages, (p) => extractHtml(p.html, p.url).body);
    expect(run.counts).toEqual([
      { tp: 2, fp: 0, fn: 0, tn: 2 },
      { tp: 1, fp: 0, fn: 0, tn: 1 },
    ]);
    expect(run.score).toEqual({ precision: 1, recall: 1, accuracy: 1, f1: 1 });
    expect(run.crashed).toEqual([]);
  });

  it('scores a page the extractor throws on as an empty text and names it', () => {
    const pages = loadSnippetBench(benchFolder());
    const run = runSnippetBench('fragile', pages, (p) => {
      if (p.file === 'cafe.html') throw new Error('no document');
      return p.html;
    });
    expect(run.crashed).toEqual(['cafe.html']);
    // The raw HTML of the first page holds every snippet, wanted or not.
    expect(run.counts).toEqual([
      { tp: 2, fp: 2, fn: 0, tn: 0 },
      { tp: 0, fp: 0, fn: 1, tn: 1 },
    ]);
    expect(run.score.recall).toBeCloseTo(2 / 3);
    expect(run.score.precision).toBeCloseTo(1 / 2);
  });
});

describe('snippetBenchFromEnv', () => {
  const before = process.env.STORYTRACE_HTMLBENCH2;
  afterEach(() => {
    if (before === undefined) delete process.env.STORYTRACE_HTMLBENCH2;
    else process.env.STORYTRACE_HTMLBENCH2 = before;
  });

  it('says in one line that the variable is not set, or that the folder holds no benchmark', () => {
    delete process.env.STORYTRACE_HTMLBENCH2;
    expect(snippetBenchFromEnv()).toEqual({ absent: expect.stringMatching(/^STORYTRACE_HTMLBENCH2 is not set/) });
    process.env.STORYTRACE_HTMLBENCH2 = tempDir();
    expect(snippetBenchFromEnv()).toEqual({ absent: expect.stringMatching(/holds no evaldata\.json$/) });
    const dir = benchFolder();
    process.env.STORYTRACE_HTMLBENCH2 = dir;
    expect(snippetBenchFromEnv()).toEqual({ dir });
  });
});
