// Digests of the analysis code, so that results stored by other code are not reused: the whole
// core for story comparisons, and the per-article stages (with everything they import) for each
// article's extraction, reuse signature and story features.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORE = fileURLToPath(new URL('../core/', import.meta.url));
/** Where the per-article stages start: extraction, the reuse signature, the story features. */
const PER_ARTICLE = ['extract/extract.ts', 'reuse/signature.ts', 'stories/features.ts'];
const IMPORT = /\b(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

let core: Promise<string> | null = null;
let perArticle: Promise<string> | null = null;

/** A digest of the pure core's sources (the package version where the sources are not beside the running code). */
export function codeVersion(): Promise<string> {
  core ??= digest(async () => {
    const files = await readdir(CORE, { recursive: true });
    return files.filter((f) => /\.[jt]s$/.test(f) && !/\.test\.[jt]s$/.test(f)).map((f) => join(CORE, f));
  });
  return core;
}

/** A digest of the per-article stages' sources and of every core file they import. */
export function articleVersion(): Promise<string> {
  perArticle ??= digest(() => importClosure(PER_ARTICLE.map((f) => join(CORE, f))));
  return perArticle;
}

async function digest(files: () => Promise<string[]>): Promise<string> {
  const hash = createHash('sha256');
  try {
    for (const f of (await files()).sort()) hash.update(relative(CORE, f)).update(await readFile(f));
  } catch {
    hash.update(JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')).version ?? '');
  }
  return hash.digest('base64url');
}

/** The files reachable from `entries` by relative imports (a '.js' specifier names its '.ts' source). */
async function importClosure(entries: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const target = join(dirname(file), m[1] ?? m[2]).replace(/\.js$/, '.ts');
      queue.push(/\.[a-z]+$/.test(target) ? target : join(target, 'index.ts'));
    }
  }
  return [...seen].filter((f) => f.startsWith(CORE));
}
