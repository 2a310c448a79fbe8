// `npm run gen -- --articles N --out DIR [--seed S]`: writes a generated corpus as DIR/txt/*.txt,
// DIR/html/*.html and DIR/truth.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { generateCorpus } from '../src/gen/index.ts';
import { corpusTruth } from '../src/gen/truth.ts';

const program = new Command()
  .name('gen')
  .description('Write a synthetic news corpus with known stories, reuse and quotes')
  .requiredOption('--articles <n>', 'number of articles', (v) => Number.parseInt(v, 10))
  .requiredOption('--out <dir>', 'output directory')
  .option('--seed <n>', 'random seed', (v) => Number.parseInt(v, 10), 1)
  .option('--formats <list>', 'comma-separated: txt,html', 'txt,html')
  .parse();

const { articles, out, seed, formats } = program.opts<{ articles: number; out: string; seed: number; formats: string }>();
const wanted = new Set(formats.split(',').map((f) => f.trim()));
const corpus = generateCorpus({ articles, seed });
for (const format of ['txt', 'html'] as const) {
  if (!wanted.has(format)) continue;
  mkdirSync(join(out, format), { recursive: true });
  for (const a of corpus.articles) {
    writeFileSync(join(out, format, `${a.file}.${format}`), format === 'txt' ? a.text : a.html);
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'truth.json'), `${JSON.stringify(corpusTruth(corpus), null, 1)}\n`);
console.log(`wrote ${corpus.articles.length} articles (${[...wanted].join(', ')}) and truth.json to ${out}`);
