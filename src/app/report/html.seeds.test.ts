import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { loadSeeds } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { activeContent, dom } from '../../testing/inertHtml.js';
import { ingestFiles } from '../ingest.js';
import { analyzeStore } from '../pipeline.js';
import { renderHtmlReport } from './html.js';

describe.skipIf(skipWithoutShared())('renderHtmlReport on the seeds', () => {
  it('renders every article and story the pipeline reports, inert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storytrace-html-'));
    const store = await Store.open({ dir });
    try {
      await ingestFiles(store, loadSeeds().map((s) => s.path));
      const report = await analyzeStore(store);
      expect(report.articles).toHaveLength(5);
      const doc = dom(renderHtmlReport(report));
      expect(activeContent(doc)).toEqual([]);
      const text = doc.body.textContent!;
      for (const a of report.articles) if (a.headline) expect(text).toContain(a.headline);
      for (const s of report.stories) expect(doc.getElementById(`story-${s.id}`)!.textContent).toContain(s.title);
      expect(doc.querySelectorAll('section[id^="story-"]')).toHaveLength(report.stories.length);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
