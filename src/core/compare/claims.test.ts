// The story's central claim counts only the articles, and the figures, of the sentences that state
// it: a copy's own lead and another outlet's lead on the same subject that say something else
// (a later turn, another count) are not statements of it. Our own invented story.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { Article } from '../types.js';

const REPORT = `Ferry crews walk out at Brindmoor over weekend pay

https://islandgazette.example/2029/06/04/brindmoor-ferry-walkout

4 Jun, 2029 08:10

About 300 ferry crew members at Brindmoor harbour walked out on Monday morning, stopping every crossing to the mainland, the Island Gazette has learned.

The walkout was called by the Ferry Crews' Guild after talks on weekend pay collapsed on Sunday. Guild secretary Tomas Ekwueme told the Island Gazette that crews had waited "two summers" for an offer.

"We have carried this town's visitors for years on the old rates," Ekwueme said. "The company knows what it owes us."

The Brindmoor Ferry Company said in a statement that it "regrets the walkout" and that its offer of a 4 percent rise still stands.

Harbour staff said at least 12 ferries were tied up at the quay by Monday evening.`;

// Republishes the report under a lead of its own: a later turn of the story, no walkout of 300.
const COPY = `Brindmoor harbour stays silent as the stoppage reaches its second day.

Island Gazette reports:

The walkout was called by the Ferry Crews' Guild after talks on weekend pay collapsed on Sunday. Guild secretary Tomas Ekwueme told the Island Gazette that crews had waited "two summers" for an offer.

"We have carried this town's visitors for years on the old rates," Ekwueme said. "The company knows what it owes us."

The Brindmoor Ferry Company said in a statement that it "regrets the walkout" and that its offer of a 4 percent rise still stands.

Harbour staff said at least 12 ferries were tied up at the quay by Monday evening.`;

// Independent, on the same subject; its lead gives another count (idle ferries), not the walkout's.
const OTHER = `<html><head><title>Brindmoor walkout leaves island ferries idle</title>
<meta property="og:site_name" content="Coast Ledger">
<meta property="article:published_time" content="2029-06-05T10:30:00Z"></head>
<body><article><h1>Brindmoor walkout leaves island ferries idle</h1>
<p>About 15 boats sit idle at the Brindmoor harbour quay, harbour staff said on Tuesday, as the stoppage went on.</p>
<p>The Ferry Crews' Guild walked out over weekend pay. Guild secretary Tomas Ekwueme said: "The company knows what it owes us."</p>
<p>The company has reportedly offered a rise of 4 percent, which the guild called too small.</p>
</article></body></html>`;

function analyse() {
  const files = [
    { name: 'gazette.txt', text: REPORT },
    { name: 'copy.txt', text: COPY },
    { name: 'ledger.html', text: OTHER },
  ];
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  return { r: analyzeArticles(articles), idOf };
}

describe('the central claim', () => {
  const { r, idOf } = analyse();
  const story = r.stories.find((s) => s.articles.includes(idOf('gazette.txt')))!;
  const verdict = r.verdicts.find((v) => v.story === story.id)!;
  const central = r.claims.find((c) => c.id === verdict.central_claim)!;

  it('is one story of all three reports, the copy found as such', () => {
    expect([...story.articles].sort()).toEqual([idOf('gazette.txt'), idOf('copy.txt'), idOf('ledger.html')].sort());
    expect(r.reuse.some((x) => x.copy === idOf('copy.txt') && x.source === idOf('gazette.txt'))).toBe(true);
  });

  it('is carried only by the article stating it, with only the figures of the sentences stating it', () => {
    expect(central.text).toMatch(/^About 300 ferry crew members/);
    expect(central.coverage.map((c) => c.article)).toEqual([idOf('gazette.txt')]);
    expect(central.origins.flatMap((o) => o.articles)).toEqual([idOf('gazette.txt')]);
    expect(central.figures.map((f) => f.value)).toEqual([300]);
  });

  it("leaves the story's origins and each article's framing counting every report on its subject", () => {
    expect(verdict.origins.map((o) => [...o.articles].sort())).toEqual(
      expect.arrayContaining([[idOf('gazette.txt'), idOf('copy.txt')].sort(), [idOf('ledger.html')]]),
    );
    const framing = (name: string) => r.framing.find((f) => f.article === idOf(name))?.mode;
    expect([framing('gazette.txt'), framing('copy.txt'), framing('ledger.html')]).toEqual(['asserted', 'asserted', 'attributed']);
  });
});
