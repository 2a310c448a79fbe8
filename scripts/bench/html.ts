// Speed of HTML main-text extraction on the 181 benchmark pages (three passes), storytrace vs
// Readability on linkedom, each measured alone. Figures are noisy on a shared 2-core machine.
import { extractHtml } from '../../src/core/ingest/html/index.js';
import { parseHtml } from '../../src/core/ingest/html/dom.js';
import { readabilityText } from '../../src/core/ingest/html/readability.js';
import { parseHTML } from 'linkedom';
import { loadHtmlBench } from '../../src/testing/htmlBench.js';
import { measure, rate } from './_measure.js';

const PASSES = 3;

export default async function benchHtml(): Promise<void> {
  const pages = loadHtmlBench();
  const mb = (PASSES * pages.reduce((s, p) => s + p.bytes, 0)) / 2 ** 20;
  const count = PASSES * pages.length;
  const systems: [string, (html: string, url: string) => unknown][] = [
    ['storytrace extractHtml', (html, url) => extractHtml(html, url)],
    ['readability (linkedom)', (html) => readabilityText(html)],
    // Where the time goes: building each DOM alone.
    ['  htmlparser2 parse only', (html) => parseHtml(html)],
    ['  linkedom parse only', (html) => parseHTML(html)],
  ];
  console.log(`${pages.length} pages x ${PASSES} passes, ${mb.toFixed(0)} MB of HTML; shared 2-core machine, noisy`);
  for (const [name, run] of systems) {
    const m = await measure(() => {
      for (let pass = 0; pass < PASSES; pass++) for (const page of pages) run(page.html, page.url);
    });
    console.log(
      `${name.padEnd(24)} ${rate(count, m.seconds).padStart(8)} pages  ${(mb / m.seconds).toFixed(1).padStart(6)} MB/s  peak RSS so far ${m.peakRssMb} MB`,
    );
  }
}
