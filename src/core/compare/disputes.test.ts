// A sentence disputes a claim only when what it denies is that claim: a denial on another matter
// in the same article (a firm denying wrongdoing, a utility denying it ignored warnings) leaves
// the article's report of the claim as it is. Our own invented story.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { Article } from '../types.js';
import { analyseTexts, datedReport } from '../../testing/named-texts.js';

function page(outlet: string, host: string, published: string, headline: string, body: string): string {
  const paragraphs = body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<html><head><title>${headline}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="og:url" content="https://${host}/2032/10/brasketh-flood">
<meta property="article:published_time" content="${published}"></head>
<body><article><h1>${headline}</h1>
${paragraphs}
</article></body></html>`;
}

const FIRST = page(
  'Moorland Herald',
  'moorlandherald.example',
  '2032-10-11T06:00:00Z',
  'Brasketh flood: 250 households evacuated',
  `Rescue crews evacuated 250 households from Brasketh overnight after the river Tallow burst its banks, the county fire service said.

Water rose above the doorsteps of the lower town within an hour, and the main bridge was closed to traffic before midnight.

Families spent the night in the sports hall, where volunteers handed out blankets and hot drinks.`,
);

// A follow-up that reports the evacuation and, on another matter, a denial.
const FOLLOW_UP = page(
  'Tallow Valley Echo',
  'tallowvalleyecho.example',
  '2032-10-11T13:00:00Z',
  'Brasketh flood: 250 households evacuated as river bursts banks',
  `Rescue crews evacuated 250 households from Brasketh during the night when the river Tallow burst its banks, firefighters said.

Kelderwick Water denied reports that it had ignored earlier warnings about the sluice gates upstream. The company has denied any wrongdoing.

Residents said the sports hall was full by two in the morning.`,
);

// An outlet that disputes the evacuation itself.
const DISPUTING = page(
  'Fenside Post',
  'fensidepost.example',
  '2032-10-11T16:00:00Z',
  'Council questions Brasketh flood evacuation of 250 households',
  `Rescue crews were said to have evacuated 250 households from Brasketh after the river Tallow burst its banks.

The county council disputed that 250 households had been evacuated from Brasketh, saying most families left their homes on their own.

Water levels were falling by the afternoon.`,
);

function analyse(files: { name: string; text: string }[]) {
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  const r = analyzeArticles(articles);
  const story = r.stories.find((s) => s.articles.includes(idOf('first.html')))!;
  const verdict = r.verdicts.find((v) => v.story === story.id)!;
  const central = r.claims.find((c) => c.id === verdict.central_claim)!;
  const framing = (name: string) => r.framing.find((f) => f.article === idOf(name))?.mode;
  const modeIn = (name: string) => central.coverage.find((c) => c.article === idOf(name))?.mode;
  return { story, idOf, central, framing, modeIn };
}

describe('a denial in an article', () => {
  const { story, idOf, central, framing, modeIn } = analyse([
    { name: 'first.html', text: FIRST },
    { name: 'follow-up.html', text: FOLLOW_UP },
    { name: 'disputing.html', text: DISPUTING },
  ]);

  it('is one story of the three reports, its claim the evacuation', () => {
    expect(story.articles).toHaveLength(3);
    expect(central.text).toMatch(/evacuated 250 households/);
  });

  it('on another matter does not dispute the claim nor the article', () => {
    expect(modeIn('follow-up.html')).not.toBe('disputed');
    expect(framing('follow-up.html')).not.toBe('disputed');
  });

  it('of the claim itself disputes it', () => {
    expect(framing('disputing.html')).toBe('disputed');
  });
});

describe('a firm denying wrongdoing after its chief resigns', () => {
  const resigned = (extra: string) =>
    `Mara Quillon resigned as chief executive of Dunmere Rail on Tuesday after a year of late and cancelled trains on the coast line.

Her deputy, Olek Strand, will run the company until the board names a successor.${extra}`;
  const { story, framing, modeIn } = analyse([
    { name: 'first.html', text: page('Coastline Times', 'coastlinetimes.example', '2033-02-01T09:00:00Z', 'Dunmere Rail chief Mara Quillon resigns', resigned('')) },
    {
      name: 'second.html',
      text: page('North Shore News', 'northshorenews.example', '2033-02-01T12:00:00Z', 'Mara Quillon resigns as Dunmere Rail chief', resigned('\n\nThe firm has denied any wrongdoing over the timetable.')),
    },
  ]);

  it('leaves the resignation as reported', () => {
    expect(story.articles).toHaveLength(2);
    expect(modeIn('second.html')).not.toBe('disputed');
    expect(framing('second.html')).not.toBe('disputed');
  });
});

describe('a figure the outlet reports as disputed by others', () => {
  // Two outlets report one toll; one adds that residents dispute it. Our own invented story.
  const FIRST = 'Sixteen people died when a ferry capsized off the Velmar coast on Thursday, the Northshire coastguard said. Rescuers searched the water through the night for survivors near the harbour entrance.';
  const report = (second: string) =>
    analyseTexts([datedReport('harbourherald', 'velmar-a', '5 June, 2031', 'Ferry capsizes off Velmar', FIRST), datedReport('quaynews', 'velmar-b', '5 June, 2031', 'Velmar ferry disaster', second)]);
  const secondFraming = (r: ReturnType<typeof report>) => r.framing.find((f) => f.article === r.articles.find((a) => a.url?.includes('quaynews'))!.id)?.mode;

  it('frames the article as disputing the toll: participle with its agent, relative clause', () => {
    for (const cue of ['a figure contested by the opposition', 'a number challenged by residents', 'a toll that residents dispute']) {
      const r = report(`The coastguard said 16 people died when a ferry capsized off the Velmar coast on Thursday, ${cue}. Rescuers searched the water through the night.`);
      expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
      expect([cue, secondFraming(r)]).toEqual([cue, 'disputed']);
    }
  });

  it('does not read "disputed territory" as a dispute of the toll', () => {
    const r = report('The ferry capsized off the Velmar coast on Thursday near the disputed territory of Kessa, and 16 people died, the coastguard said. Rescuers searched the water through the night.');
    expect(secondFraming(r)).not.toBe('disputed');
  });
});
