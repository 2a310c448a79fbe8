// What the end-to-end tests share: a real server on loopback over a temporary store, Debian's
// Chromium driven by playwright-core, and screenshots saved to test-artifacts/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ingestFiles } from '../app/ingest.js';
import { type RunningServer, startServer } from '../app/server/index.js';
import { Store } from '../store/index.js';
import { repoRoot } from './fixtures.js';

export const CHROMIUM = '/usr/bin/chromium';
export const artifacts = join(repoRoot, 'test-artifacts');
export const haveChromium = existsSync(CHROMIUM);

export interface Site {
  dir: string;
  store: Store;
  server: RunningServer;
  /** Article id of each input path. */
  ids: Map<string, string>;
}

/** A server over a fresh store holding `paths`, analysed before any page asks. */
export async function site(paths: string[], webDir: string): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-e2e-'));
  const store = await Store.open({ dir });
  await ingestFiles(store, paths);
  const rows = await store.db.query<{ source: string; article_id: string }>('select source, article_id from article_sources');
  const ids = new Map(rows.map((r) => [r.source, r.article_id]));
  const server = await startServer({ store, port: 0, webDir, log: () => undefined });
  // Analyse before the browser asks, so page timeouts do not absorb the first analysis.
  await server.cache.settled();
  return { dir, store, server, ids };
}

export async function closeSite(s: Site | undefined): Promise<void> {
  if (!s) return;
  await s.server.close();
  await s.store.close();
  rmSync(s.dir, { recursive: true, force: true });
}

export function launch(): Promise<Browser> {
  mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records uncaught errors. */
export async function openPage(browser: Browser, width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  // CI shares two cores with the other test files.
  page.setDefaultTimeout(45_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });

/** Whether the element is wholly inside the viewport as the page first shows (no scrolling). */
export async function aboveTheFold(page: Page, selector: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const view = page.viewportSize()!;
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= view.height && box.x >= 0 && box.x + box.width <= view.width;
}
