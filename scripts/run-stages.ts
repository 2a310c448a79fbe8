// `npm run bench [-- stage...]` and `npm run eval [-- stage...]`: run every module in
// scripts/<kind>/ (or the named ones). Bench modules print articles/s and peak memory; eval modules
// print precision/recall against ../shared/truth. Both stay outside the test suite.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedAbsentLine, sharedPresent } from '../src/testing/shared.js';

const [kind = 'bench', ...rest] = process.argv.slice(2);
const dir = join(dirname(fileURLToPath(import.meta.url)), kind);
const wanted = rest.filter((a) => !a.startsWith('-'));
// Every eval scores against ../shared; without it there is nothing to score.
if (kind === 'eval' && !sharedPresent) {
  console.log(`eval ${sharedAbsentLine}`);
  process.exit(0);
}
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .sort()
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')));

for (const file of modules) {
  console.log(`\n== ${kind}: ${file.replace(/\.ts$/, '')}`);
  const mod = await import(pathToFileURL(join(dir, file)).href);
  await mod.default();
}
