// The realworld development set (../shared/realworld: manifest.tsv, truth.json) and its article
// texts, which live outside the repository in the cache named by STORYTRACE_REALWORLD.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../../src/testing/fixtures.js';
import type { FigureTruth } from './score/figures.js';
import type { QuoteTruth } from './score/quotes.js';

export const realworldDir = join(sharedDir, 'realworld');

/** One manifest row (manifest.tsv; README.md there says what each column means). */
export interface Row {
  id: string;
  url: string;
  outlet: string;
  language: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  published: string;
  story: string;
  thread: string;
  /** Row id of the in-set article this one reuses, or ''. */
  copy_of: string;
  copy_kind: string;
  notes: string;
}

export interface RealworldTruth {
  stories: Record<string, string>;
  quotes: QuoteTruth[];
  same_statement: { id: string; contains: string }[][];
  figures: FigureTruth[];
  not_same_story: [string, string, string][];
}

export function loadManifest(): Row[] {
  const [header, ...lines] = readFileSync(join(realworldDir, 'manifest.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const cols = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])) as unknown as Row;
  });
}

export function loadRealworldTruth(): RealworldTruth {
  return JSON.parse(readFileSync(join(realworldDir, 'truth.json'), 'utf8'));
}

/**
 * The cached texts (row id -> text) from STORYTRACE_REALWORLD, or a one-line reason why there are
 * none. The cache holds `<id>.txt` per row; ../shared/realworld/README.md says how it is made.
 */
export function loadTexts(rows: readonly Row[]): { texts: Map<string, string>; dir: string } | { absent: string } {
  const dir = process.env.STORYTRACE_REALWORLD;
  if (!dir) return { absent: 'STORYTRACE_REALWORLD is not set (the folder of cached <id>.txt texts)' };
  if (!existsSync(dir)) return { absent: `STORYTRACE_REALWORLD=${dir} does not exist` };
  const missing = rows.filter((r) => !existsSync(join(dir, `${r.id}.txt`)));
  if (missing.length === rows.length) return { absent: `STORYTRACE_REALWORLD=${dir} holds none of the ${rows.length} <id>.txt texts` };
  if (missing.length) console.log(`realworld: ${missing.length} texts missing from ${dir} (${missing.map((r) => r.id).join(' ')}); scored as lost`);
  return { dir, texts: new Map(rows.filter((r) => !missing.includes(r)).map((r) => [r.id, readFileSync(join(dir, `${r.id}.txt`), 'utf8')])) };
}
