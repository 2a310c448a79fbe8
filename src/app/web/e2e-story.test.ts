// End to end, in Debian's Chromium: the story page a researcher reads (coverage, threads, the
// comparison table, the labelled timeline, legends, originals, export), the entity page, and the
// forgiving filters, on the seed articles and on the example corpus. Screenshots: test-artifacts/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboveTheFold, artifacts, closeSite, haveChromium, launch, openPage, shot, site, type Site } from '../../testing/browser.js';
import { loadSeeds, repoRoot } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import type { StoryView } from '../../view/index.js';
import { renderHtmlReport } from '../report/html.js';
import { ensureWebBuild, startServer } from '../server/index.js';

const exampleDir = join(repoRoot, 'examples/corpus');
let browser: Browser;
let seeds: Site;
let example: Site;

const seedPath = (prefix: string) => loadSeeds().find((s) => s.prefix === prefix)!.path;

async function storyOf(s: Site, path: string): Promise<StoryView> {
  const article = (await (await fetch(`${s.server.url}/api/articles/${s.ids.get(path)}`)).json()) as { story: { id: string } };
  return (await (await fetch(`${s.server.url}/api/stories/${encodeURIComponent(article.story.id)}`)).json()) as StoryView;
}

const storyUrl = (s: Site, v: StoryView) => `${s.server.url}/#/story/${encodeURIComponent(v.story.id)}`;

/** A fresh load: after a hash change alone the old page could be read before the new one renders. */
async function openStory(page: Page, s: Site, v: StoryView): Promise<void> {
  await page.goto('about:blank');
  await page.goto(storyUrl(s, v));
  await page.getByTestId('cov-articles').waitFor();
}

describe.skipIf(!haveChromium || skipWithoutShared())('story and entity pages in Chromium', () => {
  beforeAll(async () => {
    const webDir = await ensureWebBuild();
    browser = await launch();
    const examples = readdirSync(exampleDir).map((f) => join(exampleDir, f));
    [seeds, example] = await Promise.all([site(loadSeeds().map((s) => s.path), webDir), site(examples, webDir)]);
  });

  afterAll(async () => {
    await browser?.close();
    await closeSite(seeds);
    await closeSite(example);
  });

  it('shows the seed story at a glance: 4 articles, 3 outlets, 3 independent origins, 1 copy, threads, Gerasimov side by side', async () => {
    const { page, errors } = await openPage(browser);
    const v = await storyOf(seeds, seedPath('002'));
    await openStory(page, seeds, v);
    const expected = { 'cov-articles': '4 articles', 'cov-outlets': '3 outlets (1 article of unknown outlet)', 'cov-origins': '3 independent origins', 'cov-copies': '1 copy' };
    for (const [testid, text] of Object.entries(expected)) {
      expect(await page.getByTestId(testid).textContent()).toBe(text);
      expect(await aboveTheFold(page, page.getByTestId(testid)), testid).toBe(true);
    }
    expect(await page.getByTestId('cov-threads').textContent()).toBe(`${v.threads.length} thread${v.threads.length === 1 ? '' : 's'}`);
    expect(await aboveTheFold(page, page.getByTestId('cov-threads'))).toBe(true);
    expect(await page.getByTestId('thread').count()).toBe(v.threads.length);
    // Two translations of one Gerasimov statement: one row, two outlets' cells, both on screen.
    const row = page.getByTestId('comparison-row').filter({ hasText: 'According to satellite' });
    expect(await row.count()).toBe(1);
    const versions = row.getByTestId('version');
    expect(await versions.count()).toBe(2);
    expect(await versions.nth(0).textContent()).toContain('According to satellite and other surveillance data');
    expect(await versions.nth(1).textContent()).toContain('According to space and other types of surveillance data');
    const [a, b] = [await versions.nth(0).boundingBox(), await versions.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(5); // side by side, not one under the other
    for (const i of [0, 1]) expect(await aboveTheFold(page, versions.nth(i))).toBe(true);
    await shot(page, '11-story-above-the-fold', false);
    expect(errors).toEqual([]);
    await page.close();
  });

  // The interview and the briefing are told in overlapping words (one thread of the story index);
  // the core splits them into moves by whose statement each report carries, and when.
  it('shows the seed story as 2 threads or more', async () => {
    const { page } = await openPage(browser);
    await openStory(page, seeds, await storyOf(seeds, seedPath('002')));
    const threads = Number.parseInt((await page.getByTestId('cov-threads').textContent()) ?? '0', 10);
    await page.close();
    expect(threads).toBeGreaterThanOrEqual(2);
  });

  it('compares statements and figures in one table: a row each, a column per outlet, differences marked', async () => {
    const { page } = await openPage(browser);
    const v = await storyOf(seeds, seedPath('002'));
    await openStory(page, seeds, v);
    const table = page.getByTestId('comparison');
    const heads = await table.locator('thead th').allTextContents();
    expect(heads.slice(1).sort()).toEqual(v.comparison.columns.map((c) => c.label).sort());
    expect(new Set(heads).size).toBe(heads.length);
    // Lavrov's words as RT carried them and as the copy repeated them: same wording, nothing marked.
    const same = page.getByTestId('comparison-row').filter({ hasText: 'mixed feelings' });
    expect(await same.getAttribute('data-how')).toBe('same wording');
    expect(await same.getByTestId('version').count()).toBe(2);
    expect(await same.locator('mark.diff').count()).toBe(0);
    // An edited statement marks what one version has and the other lacks.
    const edited = page.getByTestId('comparison-row').filter({ hasText: 'According to satellite' });
    expect(await edited.getAttribute('data-how')).toBe('edited');
    expect(await edited.locator('mark.diff').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('comparison-legend').textContent()).toContain('same wording');
    await table.scrollIntoViewIfNeeded();
    await shot(page, '12-comparison');
    await page.close();
  });

  it('labels the timeline, with a legend, and places an undated story by the evidence in its text', async () => {
    const { page } = await openPage(browser);
    const v = await storyOf(seeds, seedPath('002'));
    await openStory(page, seeds, v);
    expect(await page.getByTestId('timeline-legend').textContent()).toMatch(/filled dot.*published.*hollow dot.*event/);
    const entries = await page.getByTestId('timeline-list').locator('li').allTextContents();
    expect(entries).toHaveLength(v.timeline.length);
    expect(entries.some((e) => e.includes('published') && e.includes('Press TV'))).toBe(true);
    expect(entries.some((e) => e.includes('event in the text'))).toBe(true);
    expect(await page.getByTestId('evidence-period').textContent()).toContain('2017-12-25 – 2017-12-27');
    await page.getByTestId('timeline-list').scrollIntoViewIfNeeded();
    await shot(page, '13-timeline');

    const undated = await storyOf(seeds, seedPath('004'));
    expect(undated.story.span).toEqual([null, null]);
    await openStory(page, seeds, undated);
    const period = await page.getByTestId('evidence-period').textContent();
    expect(period).toContain('Evidence period');
    expect(period).toContain(`${undated.dating.period![0]} – ${undated.dating.period![1]}`);
    expect(period).toContain('no publication date');
    expect(await page.getByTestId('story-when').textContent()).toContain(undated.dating.period![0]);
    await shot(page, '14-undated-story');
    await page.close();
  });

  it('explains framing modes and [n] counts, and links each article to its original', async () => {
    const { page } = await openPage(browser);
    const v = await storyOf(seeds, seedPath('002'));
    await openStory(page, seeds, v);
    const modes = [...new Set(v.articles.flatMap((a) => (a.mode ? [a.mode] : [])))];
    const framing = await page.getByTestId('framing-legend').locator('dt').allTextContents();
    expect(framing.sort()).toEqual(modes.sort());
    expect(await page.getByTestId('count-legend').textContent()).toContain('[n]: how many articles carry it');
    expect(await page.getByTestId('legend').textContent()).toContain('[n]');
    const withUrl = v.articles.filter((a) => a.url);
    expect(withUrl.length).toBeGreaterThan(0);
    const links = await page.getByTestId('original-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(withUrl.map((a) => a.url).sort());
    await page.close();
  });

  it('exports the story as CSV, JSON and HTML, with a permalink', async () => {
    const { page } = await openPage(browser);
    const v = await storyOf(seeds, seedPath('002'));
    await openStory(page, seeds, v);
    expect(await page.getByTestId('permalink').getAttribute('href')).toBe(`#/story/${encodeURIComponent(v.story.id)}`);
    for (const format of ['csv', 'json', 'html']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text).toContain(format === 'csv' ? 'According to satellite' : v.story.title.slice(0, 20));
    }
    await page.close();
  });

  it("shows everything one person said across stories, by any of their names, versions side by side", async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${seeds.server.url}/#/entity/${encodeURIComponent('Sergei Lavrov')}`);
    const stats = page.getByTestId('entity-stats');
    await stats.waitFor();
    const entity = (await (await fetch(`${seeds.server.url}/api/entity?name=Lavrov`)).json()) as { entity: { name: string }; stories: unknown[] };
    expect(await page.locator('main h1').textContent()).toBe(entity.entity.name);
    expect(await stats.textContent()).toContain(`${entity.stories.length} stories`);
    expect(entity.stories.length).toBe(2);
    const shared = page.getByTestId('entity-statement').filter({ hasText: 'mixed feelings' });
    expect(await shared.getByTestId('version').count()).toBe(2);
    await shot(page, '15-entity');
    // From a story's comparison table to the speaker's page.
    await openStory(page, seeds, await storyOf(seeds, seedPath('002')));
    await page.getByTestId('comparison').getByRole('link', { name: 'Valery Gerasimov' }).first().click();
    const versions = page.getByTestId('entity-statement').filter({ hasText: 'According to satellite' }).getByTestId('version');
    await versions.first().waitFor();
    expect(await versions.allTextContents()).toEqual([expect.stringContaining('According to satellite'), expect.stringContaining('According to space')]);
    // A name nobody carries: said so, with the nearest names.
    await page.goto('about:blank');
    await page.goto(`${seeds.server.url}/#/entity/Lavrof`);
    await page.getByTestId('entity-missing').waitFor();
    expect(await page.locator('main').textContent()).toContain('Did you mean: Sergey Lavrov');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by part of a name and by an alias before the index has loaded, and says what was searched', async () => {
    // A second server on the same store whose index never loads: answers come from the stored summary.
    let release!: () => void;
    const held = new Promise<never>((_, reject) => (release = () => reject(new Error('released'))));
    const server = await startServer({ store: seeds.store, port: 0, webDir: await ensureWebBuild(), log: () => undefined, load: () => held, analyze: () => held });
    const { page } = await openPage(browser);
    try {
      const titles = async (query: string) => {
        // A fresh load each time: a hash change alone could be read before the page re-renders.
        await page.goto('about:blank');
        await page.goto(`${server.url}/#/?${query}`);
        await page.locator('main h1').waitFor();
        await page.locator('[data-testid="story-list"], [data-testid="no-match"]').first().waitFor();
        return page.locator('.story-item .story-title').allTextContents();
      };
      const byTitle = (await Promise.all([storyOf(seeds, seedPath('002')), storyOf(seeds, seedPath('004'))])).map((v) => v.story.title);
      // "ISIL" and "Nusra Front" are other names of entities the stories name differently.
      expect(await titles('entity=ISIL')).toEqual([byTitle[0]]);
      expect(await titles('entity=Nusra%20Front')).toEqual([byTitle[1]]);
      expect(await titles('outlet=Moscow')).toEqual([byTitle[0]]);
      await shot(page, '16-filter-before-index');
      expect(await titles('entity=Tidewater%20Harbour')).toEqual([]);
      const text = await page.locator('main').textContent();
      expect(text).toContain('Tidewater Harbour');
      expect(text).not.toContain('The store is empty');
      const suggest = (await (await fetch(`${server.url}/api/suggest?field=entity&q=ISIL`)).json()) as { values: { value: string }[] };
      expect(suggest.values.map((x) => x.value)).toContain('Islamic State');
    } finally {
      await page.close();
      release();
      await server.close();
    }
  });

  it('reads the example corpus: coverage, and the versions that differ side by side', async () => {
    const { page, errors } = await openPage(browser);
    const stories = (await (await fetch(`${example.server.url}/api/stories?sort=size`)).json()) as { stories: { id: string }[] };
    const v = (await (await fetch(`${example.server.url}/api/stories/${encodeURIComponent(stories.stories[0]!.id)}`)).json()) as StoryView;
    await openStory(page, example, v);
    expect(await page.getByTestId('cov-articles').textContent()).toBe(`${v.story.articleCount} articles`);
    expect(await page.getByTestId('cov-origins').textContent()).toMatch(new RegExp(`^${v.story.originCount} independent origins?$`));
    // The versions that differ (an edited statement) come first, each outlet's in its own column.
    const first = v.comparison.rows[0]!;
    expect(first.differs).toBe(true);
    const row = page.getByTestId('comparison').getByTestId('comparison-row').first();
    expect(await row.getAttribute('data-how')).toBe(first.how);
    expect(await row.getByTestId('version').count()).toBe(first.cells.flat().length);
    expect(first.cells.filter((c) => c.length).length).toBeGreaterThanOrEqual(2);
    expect(await row.locator('mark.diff').count()).toBeGreaterThan(0);
    // A figure the outlets give on different days reads as a change over time, each value dated.
    const changed = v.comparison.rows.findIndex((r) => r.kind === 'figure' && r.how === 'changed');
    if (changed >= 0) {
      const text = await page.getByTestId('comparison').getByTestId('comparison-row').nth(changed).textContent();
      for (const x of v.comparison.rows[changed]!.cells.flat()) expect(text).toContain(`${x.text} (${x.date})`);
    }
    await shot(page, '17-example-story');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the story and entity pages inside a phone-width screen', async () => {
    const { page } = await openPage(browser, 375, 800);
    const v = await storyOf(seeds, seedPath('002'));
    for (const [name, path] of [['story', `#/story/${encodeURIComponent(v.story.id)}`], ['entity', '#/entity/Valery%20Gerasimov']] as const) {
      await page.goto('about:blank');
      await page.goto(`${seeds.server.url}/${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(0);
      await shot(page, `18-${name}-phone`);
    }
    await page.close();
  });

  it('writes the same story into the self-contained HTML report', async () => {
    const { page } = await openPage(browser);
    for (const [name, s] of [['seeds', seeds], ['example', example]] as const) {
      const { report } = await s.server.cache.get();
      const file = join(artifacts, `report-${name}-stories.html`);
      writeFileSync(file, renderHtmlReport(report));
      await page.goto(`file://${file}`);
      const first = page.locator('section[id^="story-"]').first();
      await first.waitFor();
      const v = (await (await fetch(`${s.server.url}/api/stories/${encodeURIComponent(report.stories[0]!.id)}`)).json()) as StoryView;
      const section = page.locator(`section[id="story-${v.story.id}"]`);
      expect(await section.locator('.coverage-stats li').first().textContent()).toBe(`${v.story.articleCount} article${v.story.articleCount === 1 ? '' : 's'}`);
      expect(await section.locator('table.compare').first().locator('tbody tr').count()).toBe(v.comparison.rows.length || v.comparison.single.length);
      expect(await section.locator('.evidence-period').textContent()).toContain(v.dating.note);
      expect(await section.locator('a.original').count()).toBe(v.articles.filter((a) => a.url?.startsWith('http')).length);
      await shot(page, `19-html-report-${name}`);
    }
    await page.close();
  });
});
