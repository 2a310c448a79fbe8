// Paths to the shared corpus and truth that sit beside the repository (../shared).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = process.env.STORYTRACE_SHARED ?? resolve(repoRoot, '../shared');
export const seedsDir = join(sharedDir, 'corpus/seeds');
export const truthPath = join(sharedDir, 'truth/seeds.json');
export const htmlBenchDir = join(sharedDir, 'bench/article-extraction');

export interface SeedFile {
  /** e.g. '000_3f2a0d2f6cb75648.txt' */
  file: string;
  /** e.g. '000' */
  prefix: string;
  path: string;
  text: string;
}

export function loadSeeds(): SeedFile[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const path = join(seedsDir, file);
      return { file, prefix: file.slice(0, 3), path, text: readFileSync(path, 'utf8') };
    });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SeedTruth = any;

export function loadTruth(): SeedTruth {
  return JSON.parse(readFileSync(truthPath, 'utf8'));
}
