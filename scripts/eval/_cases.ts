// The failure cases of ../shared/cases: small inputs with their right values written in its
// README.md. The values are read from the README at run time (never copied into the code): each
// "- key: value" line becomes checks, interpreted by kind of field. Used by src/core/cases.test.ts
// (one test per check) and by `npm run eval -- realworld` (how many pass).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticles } from '../../src/core/analyze.js';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import type { AnalysisReport, Article } from '../../src/core/types.js';
import { sharedDir } from '../../src/testing/fixtures.js';
import { foldText, speakerMatches } from './score/quotes.js';

export const casesDir = join(sharedDir, 'cases');

/** The issue that owns each kind of field (cleaning/metadata 13, extraction 14, stories 15, comparison 16). */
const ISSUE: Record<string, number> = { published: 13, headline: 13, url: 13, outlet: 13, body: 13, quote: 14, quotes: 14, speakers: 14, figures: 14, entities: 14, stories: 15, reuse: 16, 'quote groups': 16, origins: 16 };
const KEYS = /^(origin of the story's claims|quote groups|quote speaker|quote \d+|quotes|quote|published|headline|url|outlet|body|figures|figure|reuse|origins|stories|speakers|entities)\b\s*:?\s*(.*)$/;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export interface CaseRun {
  articles: Article[];
  /** Article id -> its input file name. */
  fileOf: Map<string, string>;
  report: AnalysisReport;
}

export interface CaseCheck {
  /** Case number and field, e.g. '03 published'. */
  id: string;
  issue: number;
  /** The README's words for it. */
  expected: string;
  /** null when the output is right, else what is wrong. */
  run(r: CaseRun): string | null;
}

export interface Case {
  name: string;
  files: string[];
  checks: CaseCheck[];
  /** README clauses no check could be made of. */
  unparsed: string[];
}

const fold = (s: string | null | undefined) => foldText(s ?? '');
const quoted = (s: string): string[] => [...s.matchAll(/"([^"]+)"|“([^”]+)”|«([^»]+)»|`([^`]+)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
/** A quoted fragment without the ellipses and trailing punctuation that mark it as cut. */
const fragment = (s: string) => s.replace(/^\s*(\.\.\.|…)\s*/, '').replace(/[\s,.…]*(\.\.\.|…)?[\s,.]*$/, '').trim();
const numberOf = (s: string): number | null => {
  const m = /^(\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?)(?=\s|%|$)/.exec(s);
  if (m) return Number(m[1].replace(/[.,](?=\d{3}\b)/g, ''));
  const w = NUMBER_WORDS.indexOf(s.split(/[\s,;]/)[0].toLowerCase());
  return w >= 0 ? w : null;
};
const nearly = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const only = (r: CaseRun): Article | null => (r.articles.length === 1 ? r.articles[0] : null);

/** Reads, cleans and analyses a case's input files as the CLI would. */
export function runCase(c: Case): CaseRun {
  const articles: Article[] = [];
  const fileOf = new Map<string, string>();
  for (const path of c.files) {
    for (const doc of readInput(path, readFileSync(path)).docs) {
      const a = cleanDoc(doc);
      if (!a.body.trim()) continue;
      articles.push(a);
      fileOf.set(a.id, path.split('/').pop()!);
    }
  }
  return { articles, fileOf, report: analyzeArticles(articles) };
}

/** Every case of the README, with its checks. */
export function loadCases(dir = casesDir): Case[] {
  const sections = readFileSync(join(dir, 'README.md'), 'utf8').split(/^## /m).slice(1);
  return sections.map((section) => {
    const [title, ...lines] = section.split('\n');
    const name = title.trim();
    const input = readdirSync(dir).find((f) => f === name || f.replace(/\.[^.]+$/, '') === name);
    const path = input ? join(dir, input) : null;
    const files = !path ? [] : statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
    const c: Case = { name, files, checks: [], unparsed: [] };
    // A bullet may run on over indented lines.
    const bullets = lines.join('\n').split(/^- /m).slice(1).map((b) => b.replace(/\n\s+/g, ' ').split('\n')[0].trim());
    for (const bullet of bullets) for (const [key, value] of fields(bullet)) addChecks(c, key === "origin of the story's claims" ? 'origins' : key, value);
    return c;
  });
}

/** A README line as (key, value) fields: 'published: X; outlet Y' holds two, 'figures: a; b' one. */
function fields(line: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of line.split(/;\s+/)) {
    const m = KEYS.exec(part.replace(/^\*+|\*+$/g, ''));
    if (m) out.push([m[1], m[2].trim()]);
    else if (out.length) out[out.length - 1][1] += `; ${part}`;
  }
  return out;
}

function addChecks(c: Case, key: string, value: string): void {
  const number = c.name.slice(0, 2);
  const field = /^quote \d/.test(key) ? 'quote' : key === 'figure' ? 'figures' : key === 'quote speaker' ? 'speakers' : key;
  const add = (run: CaseCheck['run'], expected = value) => {
    const taken = c.checks.filter((k) => k.id.startsWith(`${number} ${key}`)).length;
    c.checks.push({ id: `${number} ${key}${taken ? ` #${taken + 1}` : ''}`, issue: ISSUE[field], expected, run });
  };
  const unparsed = (why: string): void => void c.unparsed.push(`${c.name}: ${key}: ${why}`);
  const article = (r: CaseRun, fn: (a: Article) => string | null) => {
    const a = only(r);
    return a ? fn(a) : `expected one article, got ${r.articles.length}`;
  };

  switch (field) {
    case 'published': {
      const date = /\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
      if (!date) return unparsed(value);
      return add((r) => article(r, (a) => (a.published?.startsWith(date) ? null : `published ${a.published}`)), date);
    }
    case 'headline': {
      const want = value.replace(/\s*\([^()]*\)\s*$/, '').trim();
      return add((r) => article(r, (a) => (fold(a.headline) === fold(want) ? null : `headline ${JSON.stringify(a.headline)}`)), want);
    }
    case 'url': {
      const given = /as given/.test(value) && c.files.length === 1 ? /https?:\/\/\S+/.exec(readFileSync(c.files[0], 'utf8'))?.[0] : /^https?:\/\/\S+/.exec(value)?.[0];
      if (!given) return unparsed(value);
      return add((r) => article(r, (a) => (a.url === given ? null : `url ${a.url}`)), given);
    }
    case 'outlet': {
      const names = [value.replace(/\[[^\]]*\]|\([^()]*\)/g, '').trim(), ...[...value.matchAll(/\(or "([^"]+)"\)/g)].map((m) => m[1])];
      return add((r) => article(r, (a) => (names.some((n) => fold(n) === fold(a.outlet)) ? null : `outlet ${JSON.stringify(a.outlet)}`)), names.join(' | '));
    }
    case 'body':
      for (const clause of value.split(/;\s+/)) {
        const text = clause.replace(/\*+/g, '').trim();
        if (/^the dateline line (is )?not in the body$/i.test(text)) datelineCheck(c, add, article);
        else bodyClause(text, add, article, unparsed);
      }
      return;
    case 'quote': {
      const text = quoted(value)[0];
      const speaker = /speaker\s+\**([^*(,]+?)\**\s*(?:\(|,|$)/.exec(value)?.[1]?.trim();
      if (!text || !speaker) return unparsed(value);
      const words = fold(fragment(text));
      return add((r) => {
        const q = r.report.quotes.find((x) => fold(x.text).includes(words));
        if (!q) return `no quote holds ${JSON.stringify(fragment(text))}`;
        return speakerMatches(q.speaker, speaker) ? null : `speaker ${JSON.stringify(q.speaker)}`;
      }, `${fragment(text)} | ${speaker}`);
    }
    case 'quotes': {
      const n = numberOf(value);
      const speaker = /speaker\s+\**([^*(,;]+?)\**\s*(?:\(|,|;|$)/.exec(value)?.[1]?.trim();
      if (n === null || !speaker) return unparsed(value);
      return add((r) => {
        const got = r.report.quotes.filter((q) => speakerMatches(q.speaker, speaker)).length;
        return got >= n ? null : `${got} quotes by ${speaker}`;
      }, `${n} | ${speaker}`);
    }
    case 'speakers':
      for (const speaker of value.split(/;\s*/).map((s) => s.trim()).filter(Boolean))
        add((r) => (r.report.quotes.some((q) => speakerMatches(q.speaker, speaker)) ? null : `no quote by ${speaker}; speakers ${JSON.stringify([...new Set(r.report.quotes.map((q) => q.speaker))])}`), speaker);
      return;
    case 'figures':
      for (const item of value.split(/[;,]\s+/).map((s) => s.trim())) {
        const not = /^no figure "([^"]+)"/.exec(item);
        const n = not ? numberOf(not[1]) : numberOf(item);
        if (n === null) {
          unparsed(item);
          continue;
        }
        const has = (r: CaseRun) => r.report.figures.some((f) => nearly(f.value, n));
        const got = (r: CaseRun) => `figures ${JSON.stringify(r.report.figures.map((f) => f.value))}`;
        add((r) => (has(r) === !not ? null : got(r)), not ? `no ${n}` : String(n));
      }
      return;
    case 'entities': {
      const junk = quoted(value);
      if (!/^no\b/.test(value) || !junk.length) return unparsed(value);
      return add((r) => {
        const bad = r.report.entities.filter((e) => junk.some((j) => fold(e.name) === fold(j)));
        return bad.length ? `entities ${JSON.stringify(bad.map((e) => e.name))}` : null;
      }, `none of ${junk.join(', ')}`);
    }
    case 'stories':
      return storiesCheck(c, value, add, unparsed);
    case 'reuse':
      if (/^none\b/.test(value)) return add((r) => (r.report.reuse.length === 0 ? null : `reuse ${JSON.stringify(r.report.reuse.map((x) => x.kind))}`), 'none');
      if (/shared quote only/.test(value)) return add((r) => (r.report.reuse.every((x) => x.kind === 'shared quote only') ? null : `reuse ${JSON.stringify(r.report.reuse.map((x) => `${x.kind}, ${x.direction}`))}`), 'at most shared quote only');
      return unparsed(value);
    case 'quote groups': {
      const speaker = /speaker\s+([^,]+)/.exec(value)?.[1]?.trim();
      const kind = quoted(value).find((k) => k === 'same wording' || k === 'translation');
      if (!speaker || !kind) return unparsed(value);
      return add((r) => {
        const quoteArticle = new Map(r.report.quotes.map((q) => [q.id, q.article]));
        const ok = r.report.quote_groups.some((g) => g.kind === kind && speakerMatches(g.speaker, speaker) && new Set(g.quotes.map((q) => quoteArticle.get(q))).size === r.articles.length);
        return ok ? null : `groups ${JSON.stringify(r.report.quote_groups.map((g) => `${g.speaker}: ${g.kind}, ${g.quotes.length} quotes`))}`;
      }, `${speaker} | ${kind}`);
    }
    case 'origins': {
      const name = /one origin \(([^()"]+)\)/.exec(value)?.[1] ?? /\bthe (\S+) wire\b/.exec(value)?.[1];
      const not = [...value.matchAll(/\bnot "([^"]+)"/g)].map((m) => m[1]);
      if (!name) return unparsed(value);
      return add((r) => {
        const origins = r.report.claims.flatMap((cl) => cl.origins);
        const named = origins.find((o) => new RegExp(`(^|[^\\p{L}])${fold(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(fold(o.label)));
        const wrong = origins.filter((o) => not.some((n) => fold(o.label).includes(fold(n))));
        if (named && named.articles.length === r.articles.length && !wrong.length) return null;
        return `origins ${JSON.stringify(origins.map((o) => `${o.label} (${o.articles.length})`))}`;
      }, `${name}${not.length ? `, not ${not.join(', ')}` : ''}`);
    }
    default:
      unparsed(value);
  }
}

type Add = (run: CaseCheck['run'], expected?: string) => void;

function bodyClause(clause: string, add: Add, article: (r: CaseRun, fn: (a: Article) => string | null) => string | null, unparsed: (why: string) => void): void {
  const count = /\bthe (\w+) (?:article )?paragraphs\b/.exec(clause);
  if (count) {
    const n = numberOf(count[1]);
    if (n !== null) add((r) => article(r, (a) => (a.body.split(/\n{2,}/).length === n ? null : `${a.body.split(/\n{2,}/).length} paragraphs`)), `${n} paragraphs`);
  }
  const strings = quoted(clause).map(fragment);
  const clip = (a: Article) => JSON.stringify(a.body.length > 120 ? `${a.body.slice(0, 60)} ... ${a.body.slice(-60)}` : a.body);
  if (/^(no|none of)\b|\bNOT\b/.test(clause)) {
    if (!strings.length) return unparsed(clause);
    for (const s of strings) add((r) => article(r, (a) => (a.body.includes(s) ? `body keeps ${JSON.stringify(s)}` : null)), `not ${s}`);
  } else if (/^starts\b/.test(clause) && strings.length) {
    add((r) => article(r, (a) => (a.body.startsWith(strings[0]) ? null : `body starts ${clip(a)}`)), `starts ${strings[0]}`);
  } else if (/^from\b/.test(clause) && strings.length === 2) {
    // The fragments lose their final punctuation (fragment()), so the body's end is compared without its own.
    const end = (a: Article) => a.body.replace(/[\s,.…]+$/, '');
    add((r) => article(r, (a) => (a.body.startsWith(strings[0]) && end(a).endsWith(strings[1]) ? null : `body ${clip(a)}`)), `from ${strings[0]} to ${strings[1]}`);
  } else if (/\bkeeps\b/.test(clause) && strings.length) {
    // "(or at least keeps the sentence after ...)": the last ' / '-separated part is enough.
    const least = /or at least/.test(clause) ? strings[0].split(' / ').pop()! : strings[0];
    add((r) => article(r, (a) => (a.body.includes(strings[0]) || a.body.includes(least) ? null : `body ${clip(a)}`)), `keeps ${least}`);
  } else if (!count) unparsed(clause);
}

/** The dateline: a short input line holding the year of the case's published date; no body paragraph may be it. */
function datelineCheck(c: Case, add: Add, article: (r: CaseRun, fn: (a: Article) => string | null) => string | null): void {
  add((r) =>
    article(r, (a) => {
      const year = c.checks.find((k) => k.id.endsWith(' published'))?.expected.slice(0, 4);
      const input = c.files.length === 1 ? readFileSync(c.files[0], 'utf8') : '';
      const datelines = input.split('\n').map((l) => l.trim()).filter((l) => year && l.length < 80 && l.includes(year));
      const kept = a.body.split(/\n{2,}/).filter((p) => datelines.includes(p.trim()));
      return kept.length ? `body keeps ${JSON.stringify(kept)}` : null;
    }),
  'no dateline paragraph');
}

function storiesCheck(c: Case, value: string, add: Add, unparsed: (why: string) => void): void {
  const letters = (s: string) => s.split(/,\s*/).map((x) => x.trim());
  const groups = /^both articles in one story/.test(value) ? [c.files.map((f) => f.split('/').pop()!.slice(0, 1))] : [...value.matchAll(/\{([^}]+)\}/g)].map((m) => letters(m[1]));
  if (!groups.length) return unparsed(value);
  add((r) => {
    const storyOf = (letter: string) => r.articles.filter((a) => r.fileOf.get(a.id)!.startsWith(`${letter}-`)).map((a) => r.report.stories.find((s) => s.articles.includes(a.id))?.id ?? null);
    const ids = groups.map((g) => g.flatMap(storyOf));
    if (ids.some((g) => g.length === 0 || g.some((id) => id === null || id !== g[0]))) return `stories ${JSON.stringify(r.report.stories.map((s) => s.articles.map((a) => r.fileOf.get(a)?.slice(0, 1))))}`;
    return new Set(ids.map((g) => g[0])).size === groups.length ? null : 'groups share a story';
  }, groups.map((g) => `{${g.join(', ')}}`).join(' '));
}

/** How many checks and whole cases pass today, and which checks fail. */
export function countCases(dir = casesDir): { checks: number; passed: number; cases: number; casesPassed: number; failing: string[] } | null {
  if (!existsSync(join(dir, 'README.md'))) return null;
  const cases = loadCases(dir).filter((c) => c.checks.length);
  let passed = 0;
  let casesPassed = 0;
  const failing: string[] = [];
  for (const c of cases) {
    const run = runCase(c);
    const bad = c.checks.filter((k) => k.run(run) !== null);
    passed += c.checks.length - bad.length;
    if (!bad.length) casesPassed++;
    failing.push(...bad.map((k) => k.id));
  }
  return { checks: cases.reduce((s, c) => s + c.checks.length, 0), passed, cases: cases.length, casesPassed, failing };
}
