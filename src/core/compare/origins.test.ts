// Who stands behind a story: an original that a copy credits is still its own reporting, the copy
// counted under it. Our own invented story.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { Article } from '../types.js';
import { compareStories } from './index.js';

const BODY = `Workers at the Calloway glassworks will lose their night shift from next month, as the plant cuts output after a fall in orders from builders, the Lindenford Courier has learned.

The company plans to end the night shift on the first of the month and move 140 workers to the day and evening shifts, with overtime pay cut for all of them.

Union steward Petra Vanlo said the staff had been told nothing before the notice went up in the canteen on Friday afternoon.

"People found out from a sheet of paper next to the coffee machine," Vanlo said. "That is not how you treat workers who kept the furnaces going for thirty years."

The glassworks has made bottles and window glass in the town since 1961 and is still its largest employer.`;

// The same report run by another outlet, its lead reworded to credit the original.
const COPY = BODY.replace(
  /^Workers at the Calloway glassworks will lose their night shift from next month, as the plant cuts output after a fall in orders from builders, the Lindenford Courier has learned\./,
  'According to the Lindenford Courier, workers at the Calloway glassworks will lose their night shift from next month, as the plant cuts output after a fall in orders from builders.',
);

function page(outlet: string, host: string, published: string, body: string): string {
  const paragraphs = body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<html><head><title>Calloway glassworks to end night shift</title>
<meta property="og:site_name" content="${outlet}">
<meta property="og:url" content="https://${host}/2031/03/calloway-night-shift">
<meta property="article:published_time" content="${published}"></head>
<body><article><h1>Calloway glassworks to end night shift</h1>
${paragraphs}
</article></body></html>`;
}

function analyse(copyBody: string) {
  const files = [
    { name: 'courier.html', text: page('Lindenford Courier', 'lindenfordcourier.example', '2031-03-04T07:00:00Z', BODY) },
    { name: 'copy.html', text: page('Valley Bulletin', 'valleybulletin.example', '2031-03-04T11:30:00Z', copyBody) },
  ];
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  const r = analyzeArticles(articles);
  const story = r.stories.find((s) => s.articles.includes(idOf('courier.html')))!;
  return { r, idOf, verdict: r.verdicts.find((v) => v.story === story.id)! };
}

describe('origins of a copied report', () => {
  for (const [name, body] of [
    ['copy without credit', `${BODY}\n\nThe town council is due to discuss the plant at its next meeting.`],
    ['copy crediting the original', `${COPY}\n\nThe town council is due to discuss the plant at its next meeting.`],
  ] as const) {
    it(`count the original as its own reporting, the copy under it (${name})`, () => {
      const { r, idOf, verdict } = analyse(body);
      expect(r.reuse.some((x) => x.source === idOf('courier.html') && x.copy === idOf('copy.html'))).toBe(true);
      expect(verdict.origins.map((o) => [o.label, [...o.articles].sort()])).toEqual([
        ['Lindenford Courier (own reporting)', [idOf('courier.html'), idOf('copy.html')].sort()],
      ]);
    });
  }
});

describe('two outlets running one credited wire story', () => {
  const WIRE = `TARLING, June 2 (Baltwire) - Lifeboat crews rescued eleven fishermen from a trawler that ran aground off the Tarling headland early on Tuesday, the coastguard said.

The trawler lost power in heavy seas shortly after midnight and drifted onto rocks below the lighthouse, where waves broke over its deck for more than two hours.

All eleven crew were taken to the hospital in Tarling with cold exposure and minor injuries, and none was in a serious condition.

The coastguard said salvage teams would try to refloat the vessel at the next high tide on Wednesday.`;
  const files = [
    { name: 'first.html', text: page('Lindenford Courier', 'lindenfordcourier.example', '2031-06-02T07:00:00Z', WIRE) },
    { name: 'second.html', text: page('Valley Bulletin', 'valleybulletin.example', '2031-06-02T09:30:00Z', `${WIRE}\n\nSend us your photos of the rescue.`) },
  ];
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  const r = analyzeArticles(articles);
  const verdict = r.verdicts.find((v) => r.stories.find((s) => s.id === v.story)!.articles.includes(idOf('first.html')))!;

  it('records the shared wire text with no copy direction', () => {
    const record = r.reuse.find((x) => [x.source, x.copy].sort().join() === [idOf('first.html'), idOf('second.html')].sort().join())!;
    expect(record.direction).toBe('unknown');
    expect(record.wire).toBe('Baltwire');
    expect(verdict.copies).toEqual([]);
  });

  it('has one origin, the wire, carried by both', () => {
    expect(verdict.origins.map((o) => [o.label, [...o.articles].sort()])).toEqual([
      ['Baltwire (credited wire)', [idOf('first.html'), idOf('second.html')].sort()],
    ]);
  });
});

describe('one outlet’s article and its corrected version', () => {
  const BODY = `Dockworkers at the port of Brennick walked off the job on Tuesday after talks on a new wage deal broke down late on Monday night.

The Brennick Dockers Union said some 1,400 members had joined the strike, which halted loading at the container terminal and left eleven ships waiting offshore.

Port director Selma Hawthorne said the terminal would try to keep perishable cargo moving and called on both sides to return to the table.

The union is asking for a rise of nine per cent over two years, while the port operator has offered five per cent and a one-off bonus.`;
  const CORRECTED = `${BODY.replace('1,400', '1,200')}\n\nCorrection: An earlier version of this article gave the wrong number of striking members.`;
  const files = [
    { name: 'first.html', text: page('Kestrel Daily', 'kestreldaily.example', '2031-05-06T09:10:00Z', BODY) },
    { name: 'corrected.html', text: page('Kestrel Daily', 'kestreldaily.example', '2031-05-06T15:40:00Z', CORRECTED) },
  ];
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  const r = analyzeArticles(articles);
  const story = r.stories.find((s) => s.articles.includes(idOf('first.html')))!;
  const verdict = r.verdicts.find((v) => v.story === story.id)!;

  it('records the later version as an update of the first, and the story lists no copy', () => {
    const record = r.reuse.find((x) => x.copy === idOf('corrected.html'))!;
    expect([record.source, record.direction, record.update]).toEqual([idOf('first.html'), 'known', true]);
    expect(verdict.copies).toEqual([]);
    expect(story.why.flatMap((w) => w.copies)).toEqual([]);
    expect(verdict.origins.map((o) => o.label)).toEqual(['Kestrel Daily (own reporting)']);
  });
});

describe('one source under several names', () => {
  const floods = (outlet: string, host: string, hour: string, body: string) => ({ name: `${host}.html`, text: page(outlet, host, `2031-03-04T${hour}:00:00Z`, body) });
  const files = [
    floods('Harbour Post', 'harbourpost.example', '07', `Floods have cut off the river town of Morrow in eastern Velmaria after three days of rain, leaving some 4,000 residents without power.

Army engineers will build a temporary bridge over the Sarn river within two days, the prime minister said.

Velmarian officials said the water level was still rising at the weir above the town.`),
    floods('Valley Bulletin', 'valleybulletin.example', '09', `The river town of Morrow in eastern Velmaria has been cut off by floods after three days of rain, and some 4,000 residents have no power.

A temporary bridge over the Sarn river will be built by army engineers within two days, the Prime Minister said on Tuesday.

The water level at the weir above the town was still rising, the Velmarian foreign ministry said.`),
    floods('Kestrel Daily', 'kestreldaily.example', '10', `Three days of rain have flooded the river town of Morrow in eastern Velmaria, leaving 4,000 of its residents without any power.

Army engineers are to put a temporary bridge across the Sarn river within two days, the Prime Minister said.

The water at the weir above the town is still rising, according to the Velmarian foreign ministry. Velmarian officials said more rain was expected on Wednesday.`),
  ];
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  const idOf = (name: string) => articles.find((a) => a.source === name)!.id;
  const r = analyzeArticles(articles);
  const originsOf = (words: string) => r.claims.find((c) => c.text.includes(words))!.origins.map((o) => [o.label.toLowerCase(), o.articles.length]);

  it('counts an office written in two letter cases once', () => {
    expect(originsOf('temporary bridge')).toEqual([['the prime minister', 3]]);
  });

  it("counts a country's adjective as the one body its article names, and apart where the article names none", () => {
    expect(originsOf('weir')).toEqual([['the velmarian foreign ministry', 2], ['velmarian officials', 1]]);
    const ministry = r.claims.find((c) => c.text.includes('weir'))!.origins[0];
    expect(ministry.articles).toEqual([idOf('valleybulletin.example.html'), idOf('kestreldaily.example.html')].sort());
  });
});

describe('one person named in two scripts, in a declined form', () => {
  // An English report and a Russian one citing the same union head: the Russian gives his name in
  // the genitive after "по словам" ("Томаса Хейла" of "Томас Хейл"). One origin, not two.
  const EN = `Velmar port strike halts shipping\n\nhttps://harbourherald.example/2031/06/05/velmar-port-strike\n\n5 June, 2031\n\nDockworkers at the port of Velmar walked off the job on Thursday, halting all cargo shipping, said Thomas Hale, the head of the Velmar dockworkers' union.\n\nThe strike is the first at Velmar in twenty years.`;
  const RU = `Забастовка в порту Велмара остановила судоходство\n\nhttps://kessanews.example/2031/06/05/velmar-zabastovka\n\n5 июня 2031\n\nДокеры порта Велмара в четверг прекратили работу, остановив все грузовые перевозки, по словам Томаса Хейла, главы профсоюза докеров Велмара.\n\nЗабастовка стала первой в Велмаре за двадцать лет.`;

  it('counts "Thomas Hale" and "Томаса Хейла" as one origin', () => {
    const articles: Article[] = [
      ['hale-en.txt', EN],
      ['hale-ru.txt', RU],
    ].flatMap(([name, text]) => readInput(name, new TextEncoder().encode(text)).docs.map(cleanDoc));
    const r = analyzeArticles(articles);
    const story = { id: 'story-velmar', articles: articles.map((a) => a.id), span: ['2031-06-05', '2031-06-05'] as [string, string] };
    const [verdict] = compareStories({ ...r, stories: [story], articles, extractions: [] }).verdicts;
    expect(verdict.origins).toEqual([{ label: expect.stringMatching(/^(?:Thomas Hale|Томаса Хейла)$/), articles: articles.map((a) => a.id).sort() }]);
  });
});
