// What a fact-checker reads off a story: who made each claim, how each outlet frames it, and which
// figures are one quantity. Invented reports of a terminal fire and a flood, written as outlets
// write them: a partial copy of background paragraphs, a statement credited to an office, a
// request for comment left unanswered beside a denial, and two towns' figures on one day.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { AnalysisReport } from '../types.js';

function analyse(files: Record<string, string>): AnalysisReport & { idOf: (name: string) => string } {
  const articles = Object.entries(files).flatMap(([name, text]) => readInput(name, new TextEncoder().encode(text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  return { ...analyzeArticles(articles), idOf };
}

const FIRE = {
  'a-rivertimes.txt': `Fire at Orlen grain terminal forces evacuation

https://rivertimes.example/news/2031/06/02/orlen-terminal-fire

2 Jun, 2031 08:40

A fire broke out at the Orlen grain terminal on Sunday night and forced the evacuation of 300 workers, the regional fire service said.

Firefighters fought the blaze at the terminal's main silo for six hours before bringing it under control early on Monday morning.

The terminal operator, Norvik Grain, did not respond to a request for comment.

The harbour board spent a decade arguing over who should pay for new dust extraction and conveyor belts before the state treasury agreed to cover half of the bill, and the work finally started last spring after three years of delays and two failed tenders.

Local residents have long complained about dust and noise from the lorries that queue along the river road during the harvest months, and the town council has twice asked the harbour board to build a bypass for heavy traffic around the old quarter.
`,
  'b-valleydigest.txt': `Harbour board under pressure over old quays

https://valleydigest.example/2031/06/02/harbour-board-pressure

2 Jun, 2031 12:15

The harbour board spent a decade arguing over who should pay for new dust extraction and conveyor belts before the state treasury agreed to cover half of the bill, and the work finally started last spring after three years of delays and two failed tenders.

Local residents have long complained about dust and noise from the lorries that queue along the river road during the harvest months, and the town council has twice asked the harbour board to build a bypass for heavy traffic around the old quarter.
`,
  'c-coastpost.txt': `Hundreds evacuated as silo burns in Orlen

https://coastpost.example/2031/06/02/orlen-silo-burns

2 Jun, 2031 09:05

A fire broke out at the Orlen grain terminal on Sunday night, forcing the evacuation of 300 workers, the regional fire service said.

Crews from three towns were sent to the port, and the river road was closed to traffic until Monday.

Norvik Grain denied that safety inspections at the terminal had been skipped.
`,
};

const FLOOD = {
  'flood-a.txt': `Floodwater reaches hundreds of homes in the Carrow valley

https://valleypost.example/2031/04/08/carrow-valley-floods

8 Apr, 2031 18:20

Floodwater entered 300 homes in Orlen on Monday after the river burst its banks, the regional council said. In Hasby, 120 homes were flooded on Monday.

Emergency crews handed out sandbags through the night.
`,
  'flood-b.txt': `River bursts its banks in Orlen and Hasby

https://rivertimes.example/news/2031/04/08/river-bursts-banks

8 Apr, 2031 19:05

The river burst its banks on Monday, flooding 300 homes in Orlen, the regional council said, while 120 homes were under water in Hasby.

Schools in both towns will stay closed on Tuesday.
`,
};

describe('claims, origins and framing a fact-checker can trust', () => {
  const r = analyse(FIRE);
  const story = r.stories.find((s) => s.articles.includes(r.idOf('a-rivertimes.txt')))!;
  const verdict = r.verdicts.find((v) => v.story === story.id)!;
  const central = r.claims.find((c) => c.id === verdict.central_claim)!;

  it('keeps the three reports in one story, the background copy under its source', () => {
    expect(story.articles).toHaveLength(3);
    expect(r.reuse.map((x) => [x.source, x.copy])).toEqual([[r.idOf('a-rivertimes.txt'), r.idOf('b-valleydigest.txt')]]);
  });

  it('lists under a claim\'s origins only articles that state it', () => {
    for (const claim of r.claims) {
      const stating = new Set(claim.coverage.map((x) => x.article));
      for (const o of claim.origins) for (const a of o.articles) expect(stating.has(a), `${o.label} in ${claim.text}`).toBe(true);
    }
    expect(central.origins.flatMap((o) => o.articles)).not.toContain(r.idOf('b-valleydigest.txt'));
  });

  it('credits "…, the regional fire service said" to the fire service, not to the outlets', () => {
    expect(central.origins).toEqual([{ label: 'the regional fire service', articles: [r.idOf('a-rivertimes.txt'), r.idOf('c-coastpost.txt')].sort() }]);
    expect(verdict.origin_count).toBe(1);
  });

  it('reads an unanswered request for comment as no dispute, nor a denial of another matter (skipped inspections, not the fire)', () => {
    const mode = (name: string) => r.framing.find((f) => f.article === r.idOf(name))?.mode;
    expect(mode('a-rivertimes.txt')).toBe('attributed');
    expect(mode('c-coastpost.txt')).toBe('attributed');
  });

  it('derives each article\'s framing from the claims it states', () => {
    for (const f of r.framing.filter((x) => x.story === story.id)) {
      const onCentral = central.coverage.find((x) => x.article === f.article);
      if (onCentral) expect(f.mode).toBe(onCentral.mode);
      else expect(r.claims.some((c) => c.story === story.id && c.coverage.some((x) => x.article === f.article))).toBe(f.mode !== null);
    }
    expect(r.framing.find((f) => f.article === r.idOf('b-valleydigest.txt'))?.mode).toBeNull();
  });
});

describe('figures for two places on one day', () => {
  const r = analyse(FLOOD);

  it('are two quantities: neither a change over time nor a disagreement', () => {
    const groups = r.figure_groups.filter((g) => g.quantity.startsWith('homes'));
    expect(groups.map((g) => [g.verdict, g.detail]).sort()).toEqual([
      ['agree', 'homes in Hasby: 120'],
      ['agree', 'homes in Orlen: 300'],
    ]);
    expect(r.flags.filter((f) => f.kind === 'figures disagree')).toEqual([]);
  });
});

describe('a share with no counted noun', () => {
  const r = analyse({
    'shares-a.txt': `Norvik Grain shares slide after terminal fire\n\nhttps://marketdesk.example/2031/06/03/norvik-shares\n\n3 Jun, 2031 10:00\n\nShares of Norvik Grain fell 15 percent in Oslo on Monday after the fire at its Orlen terminal. Chief executive Ilse Marken, 58, has run the company for 12 years.`,
    'shares-b.txt': `Investors dump Norvik Grain after Orlen blaze\n\nhttps://tradepost.example/news/2031/06/03/norvik-grain-investors\n\n3 Jun, 2031 11:30\n\nNorvik Grain lost 12 percent of its market value on Monday after the fire at its Orlen terminal. Chief executive Ilse Marken, who joined 20 years ago, said the silos were insured.`,
  });

  it('is a share of the company its clause names: two outlets giving it differently disagree', () => {
    const flags = [...new Set(r.flags.filter((f) => f.kind === 'figures disagree').map((f) => f.detail))];
    expect(flags).toEqual(['% for Norvik Grain on 2031-06-02: 15 vs 12']);
  });
});
