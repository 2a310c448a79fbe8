// The failure cases of ../shared/cases, every stage in memory: one test per value its README
// gives (read at run time, see scripts/eval/_cases.ts). The checks listed in KNOWN_FAILURES fail on
// today's code and run as expected failures, named with the issue that owns the fix: when a fix
// makes one pass, its `it.fails` turns red, and the fix removes it from the list.
import { describe, expect, it } from 'vitest';
import { type Case, type CaseRun, loadCases, runCase } from '../../scripts/eval/_cases.js';
import { skipWithoutShared } from '../testing/shared.js';

const KNOWN_FAILURES = new Set<string>([]);

const noShared = skipWithoutShared();
const cases: Case[] = noShared ? [] : loadCases();
const runs = new Map<string, CaseRun>();
const runOf = (c: Case) => runs.get(c.name) ?? runs.set(c.name, runCase(c)).get(c.name)!;

describe.skipIf(noShared)('failure cases (../shared/cases)', () => {
  it('finds the input of every case and a check for every value its README gives', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.files.length, c.name).toBeGreaterThan(0);
    // Values no check is made of (a score like "7-4" is no single figure): listed so none goes unnoticed.
    expect(cases.flatMap((c) => c.unparsed)).toEqual([expect.stringMatching(/figures: \d+-\d+ vote$/)]);
    const ids = cases.flatMap((c) => c.checks.map((k) => k.id));
    for (const id of KNOWN_FAILURES) expect(ids).toContain(id);
  });

  for (const c of cases) {
    describe(c.name, () => {
      if (c.checks.length === 0) it.todo('its README section gives no values yet');
      for (const check of c.checks) {
        const known = KNOWN_FAILURES.has(check.id);
        const name = `${check.id}: ${check.expected} (issue ${check.issue}${known ? ', expected to fail until fixed' : ''})`;
        (known ? it.fails : it)(name, () => {
          expect(check.run(runOf(c))).toBeNull();
        });
      }
    });
  }
});
