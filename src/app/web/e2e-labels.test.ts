// End to end, in Debian's Chromium: a story whose articles have no known outlet and that the core
// found partial reuse in. Its comparison columns are told apart, and the coverage bar shows the
// partial reuse beside the copies count, as the terminal and HTML report do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { haveChromium, launch, openPage } from '../../testing/browser.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { ensureWebBuild, type RunningServer, startServer } from '../server/index.js';

let browser: Browser;
let dir: string;
let store: Store;
let server: RunningServer;

function report() {
  const r = sampleReport();
  for (const a of r.articles) Object.assign(a, { outlet: null, url: null });
  r.stories[0]!.outlets = [];
  r.verdicts[0]!.copies = [];
  r.verdicts[0]!.partial_reuse = [{ source: 'a', copy: 'c', coverage: 0.35 }];
  return r;
}

describe.skipIf(!haveChromium)('story of unknown outlets with partial reuse, in Chromium', () => {
  beforeAll(async () => {
    const webDir = await ensureWebBuild();
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'storytrace-e2e-labels-'));
    store = await Store.open({ dir });
    server = await startServer({ store, port: 0, webDir, load: async () => report(), log: () => undefined });
    await server.cache.settled();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('labels each column apart and shows the partial reuse beside the copies', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}/#/story/s1`);
    await page.getByTestId('cov-articles').waitFor();
    expect(await page.getByTestId('cov-copies').textContent()).toBe('0 copies');
    expect(await page.getByTestId('cov-partial').textContent()).toBe('1 with partial reuse');
    const headers = (await page.getByTestId('comparison').locator('thead th').allTextContents()).slice(1);
    expect(headers).toEqual(['Ferry halted over hull crack · a', 'Ferry halted over hull crack · b', 'Fähre steht still']);
    expect(errors).toEqual([]);
  }, 120_000);
});
