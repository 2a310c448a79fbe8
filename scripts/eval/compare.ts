// Comparison against ../shared/truth: quote groups across outlets, the central claim's origins,
// framing per article, figure tracking and the stale-story flag.
import { analyzeArticles } from '../../src/core/analyze.ts';
import { cleanDoc, readInput } from '../../src/core/ingest/index.ts';
import { loadSeeds, loadTruth } from '../../src/testing/fixtures.ts';

export default async function run(): Promise<void> {
  const truth = loadTruth();
  const articles = loadSeeds().flatMap((s) => readInput(s.file, new TextEncoder().encode(s.text)).docs.map(cleanDoc));
  const idOf = (prefix: string) => articles.find((a) => a.source.startsWith(prefix))!.id;
  const r = analyzeArticles(articles);
  const quote = new Map(r.quotes.map((q) => [q.id, q]));

  const truthGroups: { speaker: string; members: string[] }[] = truth.same_quote_across_outlets;
  const matches = (g: (typeof r.quote_groups)[number], t: (typeof truthGroups)[number]) =>
    g.speaker === t.speaker &&
    t.members.every((m) => g.quotes.some((id) => quote.get(id)!.article === idOf(m.slice(0, 3)) && quote.get(id)!.text.includes(m.slice(4))));
  const found = truthGroups.filter((t) => r.quote_groups.some((g) => matches(g, t))).length;
  const correct = r.quote_groups.filter((g) => truthGroups.some((t) => matches(g, t))).length;
  const mixed = r.quote_groups.filter((g) => g.quotes.some((id) => quote.get(id)!.speaker !== g.speaker)).length;

  const tanf = r.stories.find((s) => s.articles.includes(idOf('001')))!;
  const central = r.claims.find((c) => c.story === tanf.id);
  const wanted: string[] = truth.origins.independent_origins.map((o: string) => o.split(' (')[0]);
  const labels = central?.origins.map((o) => o.label) ?? [];
  const originHits = wanted.filter((w) => labels.some((l) => w.includes(l) || l.includes(w.replace(/^Russia's /, '')))).length;

  const framed = truth.articles.filter(
    (a: { file: string; framing: string | null }) => (r.framing.find((f) => f.article === idOf(a.file.slice(0, 3)))?.mode ?? null) === a.framing,
  ).length;
  const tracked = r.claims.some((c) =>
    ['002', '003'].every((p) => [350, 750].every((v) => c.figures.some((f) => f.article === idOf(p) && f.value === v))),
  );
  const merged = r.claims.some((c) => c.figures.some((f) => f.article === idOf('004')) && c.figures.some((f) => f.article !== idOf('004')));
  const stale = r.flags.find((f) => f.article === idOf('004') && f.period);

  console.log('quote groups across outlets');
  console.log(`  truth groups found (recall)   ${found}/${truthGroups.length} = ${(found / truthGroups.length).toFixed(2)}`);
  console.log(`  reported groups matching one  ${correct}/${r.quote_groups.length} (the rest: same-wording partial quotes the truth does not list)`);
  console.log(`  groups mixing speakers        ${mixed}`);
  console.log('central claim (US trains militants in Syria)');
  console.log(`  origins reported              ${labels.length} (${labels.join('; ')})`);
  console.log(`  truth origins matched         ${originHits}/${wanted.length}`);
  console.log(`framing per article             ${framed}/${truth.articles.length} as the truth`);
  console.log(`figures 350/750 tracked 002~003 ${tracked ? 'yes' : 'no'}; merged with 004's 350: ${merged ? 'YES' : 'no'}`);
  console.log(`004 stale/undated flag          ${stale ? `${stale.kind} ${stale.period?.join('..')}` : 'missing'} (truth ${truth.articles[4].event_period.join('..')})`);
}
