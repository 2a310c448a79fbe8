import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import type { Article } from '../types.js';
import { clusterStories } from './index.js';
import { laterReports, newActors, outsiders } from './peel.js';
import { ownTime, yearOn } from './yearless.js';
import type { Member } from './state.js';

const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('undated members whose own dates put them outside their story', () => {
  const dated = [
    { id: 'a', published: '2031-01-25' },
    { id: 'b', published: '2031-01-27' },
  ];

  it('takes out a report naming the day of its news two weeks after the story, not one within the grace', () => {
    const later = { id: 'x', published: null, own: { day: 40, news: true, lastYear: null } };
    const close = { id: 'y', published: null, own: { day: 29, news: true, lastYear: null } };
    expect([...outsiders([...dated, later, close], 7)]).toEqual(['x']);
  });

  it('keeps a report of the news day two weeks on that names a person the story keeps naming, within a month only', () => {
    const later = { id: 'x', published: null, own: { day: 40, news: true, lastYear: null } };
    const muchLater = { id: 'z', published: null, own: { day: 70, news: true, lastYear: null } };
    const recurring = (m: { id: string }) => m.id !== 'y';
    expect([...outsiders([...dated, later, muchLater], 7, recurring)]).toEqual(['z']);
    expect([...outsiders([...dated, later, { ...later, id: 'y' }], 7, recurring)]).toEqual(['y']);
  });

  it('takes out an undated report whose opening tells a year since the event, in any language, not a report of the day recalling history', () => {
    const art = (id: string, published: string | null, headline: string, body: string): Article => ({ id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language: published ? 'en' : null, body, original: body });
    const rescue = art('r1', '2031-07-10', 'Divers bring out twelve miners from flooded Quillon pit', 'Divers brought the last of twelve miners out of the flooded Quillon pit on Tuesday after nine days underground, rescue chief Hanne Dorval said.\n\nThe miners were taken to Varnby hospital; Dorval said the pumps would keep running through the week.');
    const rescue2 = art('r2', '2031-07-10', 'All twelve Quillon miners rescued', 'All twelve miners trapped in the flooded Quillon pit are out, rescue chief Hanne Dorval said on Tuesday, after divers guided them through nine days of water.\n\nFamilies waited at Varnby hospital as the miners arrived.');
    const anniversary = art('r3', null, 'Quillon miners return to the pit a year after their rescue', 'The twelve miners rescued from the flooded Quillon pit returned to its gates with rescue chief Hanne Dorval to thank the divers.\n\nSeveral now work at Varnby hospital, and the pit stays closed.');
    const history = art('r4', null, 'Quillon miners rescued, twenty years after the pit last flooded', 'Divers brought twelve miners out of the flooded Quillon pit, rescue chief Hanne Dorval said, after nine days underground.\n\nThe miners were taken to Varnby hospital.');
    const sets = clusterStories([rescue, rescue2, anniversary, history]).map((s) => s.articles.map((a) => a.slice(0, 2)).sort().join(',')).sort();
    expect(sets).toEqual(['r1,r2,r4', 'r3']);
    expect(yearOn('Mineros de Quillon: a un año de su rescate', 'Los doce mineros volvieron a la mina.')).toBe(true);
    expect(yearOn(null, 'Ein Jahr nach der Rettung kehrten die Bergleute nach Quillon zurück.')).toBe(true);
    expect(yearOn(null, 'Les mineurs de Quillon ont fêté le premier anniversaire de leur sauvetage.')).toBe(true);
  });

  it('leaves a date not written as the day of the news alone (it may be one the report announces)', () => {
    expect(outsiders([...dated, { id: 'x', published: null, own: { day: 40, news: false, lastYear: null } }], 7).size).toBe(0);
  });

  it('takes out a report of the following year: a story date it says was last year', () => {
    // 25 January last year, the story being of late January: the report is eleven months later at least.
    const recap = { id: 'x', published: null, own: { day: null, news: false, lastYear: 24 }, };
    expect([...outsiders([...dated, recap], 7)]).toEqual(['x']);
    // A date of last year far from the story's days says nothing about it.
    expect(outsiders([...dated, { id: 'y', published: null, own: { day: null, news: false, lastYear: 200 } }], 7).size).toBe(0);
  });

  it('keeps a last-year date of late December near a story that runs into January', () => {
    const story = [
      { id: 'a', published: '2031-12-28' },
      { id: 'b', published: '2032-01-03' },
    ];
    expect(outsiders([...story, { id: 'x', published: null, own: { day: null, news: false, lastYear: 361 } }], 7).size).toBe(0);
  });

  it('takes out a report naming a day it marks as gone by two months after the story', () => {
    // "el pasado 4 de octubre" read as a past day: the report is written on or after it.
    const story = [
      { id: 'a', published: '2031-06-18' },
      { id: 'b', published: '2031-06-20' },
    ];
    const remains = { id: 'x', published: null, own: { day: 276, news: true, lastYear: null } };
    expect([...outsiders([...story, remains], 7)]).toEqual(['x']);
  });

  it('takes out a report telling the story’s days with their year and a later date, not one stating only the story’s', () => {
    const story = [
      { id: 'a', published: '2031-06-18' },
      { id: 'b', published: '2031-06-20' },
    ];
    const span = (from: string, to = from): [number, number] => [day(from), day(to)];
    // "sank in June 2031 ... in August 2032 the family sued": a hearing or a lawsuit a year on.
    const hearing = { id: 'x', published: null, own: { day: null, news: false, lastYear: null, told: [span('2031-06-01', '2031-06-30'), span('2032-08-01', '2032-08-31')] } };
    // A report of the day with a photo caption dated in full and a date of the ship's history.
    const caption = { id: 'y', published: null, own: { day: null, news: false, lastYear: null, told: [span('2019-03-02'), span('2031-06-18')] } };
    // A later date with its year but none of the story's days: nothing says it retells the story.
    const other = { id: 'z', published: null, own: { day: null, news: false, lastYear: null, told: [span('2019-03-02'), span('2032-08-01', '2032-08-31')] } };
    // A date of the next weeks (within a month): still the story's news cycle.
    const soon = { id: 'w', published: null, own: { day: null, news: false, lastYear: null, told: [span('2031-06-18'), span('2031-07-10')] } };
    expect([...outsiders([...story, hearing, caption, other, soon], 7)]).toEqual(['x']);
  });

  it('takes out a report opening in the past perfect whose own time starts after the story’s days, not one of the story’s month', () => {
    const story = [
      { id: 'a', published: '2031-06-24' },
      { id: 'b', published: '2031-06-26' },
    ];
    const later = { id: 'x', published: null, own: { day: null, news: false, lastYear: null, looksBack: day('2031-07-01') } };
    const sameMonth = { id: 'y', published: null, own: { day: null, news: false, lastYear: null, looksBack: day('2031-06-01') } };
    expect([...outsiders([...story, later, sameMonth], 7)]).toEqual(['x']);
  });

  it('takes out a report whose year-less day it also states with a year years before the story, not one pinned to the story’s days', () => {
    const story = [
      { id: 'a', published: '2031-01-25' },
      { id: 'b', published: '2031-01-26' },
    ];
    const earlier = { id: 'x', published: null, own: { day: 70, news: false, lastYear: null, pinned: day('2027-03-12') } };
    const same = { id: 'y', published: null, own: { day: 24, news: false, lastYear: null, pinned: day('2031-01-25') } };
    expect([...outsiders([...story, earlier, same], 7)]).toEqual(['x']);
    // "on 12 March … on 12 March 2027": the text pins its own year-less day to that year.
    expect(ownTime('The Kessa reservoir wall gave way on 12 March 2027.\n\nOn 12 March, eleven homes in Velmar were swept away.', 'en')?.pinned).toBe(day('2027-03-12'));
    // A year-less day of its own beside a date of history pins nothing.
    expect(ownTime('The Kessa wall gave way on 25 January. A wall in Velmar had given way on 12 March 2027.', 'en')?.pinned).toBeUndefined();
  });

  it('has nothing to compare with in a story without dated members', () => {
    expect(outsiders([{ id: 'x', published: null, own: { day: 40, news: true, lastYear: null } }], 7).size).toBe(0);
  });
});

function article(id: string, published: string | null, body: string, headline: string | null = null): Article {
  return { id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language: 'en', body, original: body };
}

describe('stories with undated reports of a later event in the same words', () => {
  const text = (when: string) =>
    `Two Ostland navy tugs, the Berek and the Solvik, were seized by the Varnian coast guard in the Kelmar strait ${when}, the Varnian border service said.\n\n` +
    'The border service said the tugs had entered closed waters near Kelport without permission and ignored orders to stop. Ostland called the seizure an act of aggression and summoned the Varnian envoy.';

  it('keeps a report of the day of the news two weeks on and a recap from the next year out of the story', () => {
    const stories = clusterStories([
      article('s1', '2031-01-25', text('on Saturday')),
      article('s2', '2031-01-26', text('on Saturday')),
      article('s3', null, text('on 25 January')),
      article('n1', null, text('on the morning of 9 February'), 'Varnian coast guard holds another Ostland tug'),
      article('n2', null, text('on 25 January last year')),
    ]);
    const of = (id: string) => stories.find((s) => s.articles.includes(id.padEnd(24, '0')))!;
    expect(of('s3').id).toBe(of('s1').id);
    expect(of('n1').id).not.toBe(of('s1').id);
    expect(of('n2').id).not.toBe(of('s1').id);
    expect(of('n1').id).not.toBe(of('n2').id);
    // The report taken out is a story of its own, with a thread of its own; the story it left is not
    // titled by it.
    expect(of('n1').threads).toEqual([{ id: of('n1').id, title: 'Varnian coast guard holds another Ostland tug', articles: ['n1'.padEnd(24, '0')], span: [null, null] }]);
    expect(of('s1').title).toMatch(/^Two Ostland navy tugs/);
  });
});

// Invented reports: an abduction in Westport told in March in English (dated) and Spanish (undated),
// and undated reports in Italian and German of what came months later (the government spokesman on
// a verdict), with the same victims and town and no date in their text.
describe('undated reports alone in their thread whose opening names an actor the story never does', () => {
  const tongue = (id: string, published: string | null, language: string, body: string): Article => ({ ...article(id, published, body), language });
  const march = [
    tongue(
      'e1',
      '2031-03-12',
      'en',
      'Harbour engineer Tomas Brenner and his son Jonas were abducted from their boat in Westport on Sunday, Varnian Interior Minister Greta Holm said.\n\n' +
        'Holm said the Brenners were taken by four men who crossed from Ostland by speedboat, and that Varnia had closed the Westport harbour while the coast guard searched the strait.',
    ),
    tongue(
      'e2',
      '2031-03-13',
      'en',
      'Ostland Foreign Minister Pavel Drozdov on Monday rejected claims that Ostland agents seized Tomas Brenner and his son Jonas in Westport, and asked Varnia for its evidence.\n\n' +
        'Drozdov said Ostland would not answer accusations from Greta Holm until the evidence was handed over.',
    ),
    tongue(
      's1',
      null,
      'es',
      'El ministro de Exteriores de Ostland, Pavel Drozdov, rechazó que agentes de su país secuestraran al ingeniero Tomas Brenner y a su hijo Jonas en Westport.\n\n' +
        'Drozdov pidió a Varnia las pruebas antes de responder a las acusaciones de Greta Holm.',
    ),
  ];
  const later = {
    it: tongue(
      'n1',
      null,
      'it',
      'Anton Velikov, portavoce del governo di Ostland, ha respinto la condanna in contumacia di due agenti per il rapimento di Tomas e Jonas Brenner a Westport, definendo il processo una farsa.',
    ),
    de: tongue(
      'n2',
      null,
      'de',
      'Oleg Marin, Sprecher der Regierung von Ostland, nannte das Urteil gegen zwei Agenten wegen der Entführung von Tomas und Jonas Brenner in Westport eine Farce.\n\n' +
        'Ostland erkenne das Gericht nicht an, sagte Marin.',
    ),
  };
  const storyOf = (articles: Article[], id: string) => clusterStories(articles, articles.map(extractArticle)).find((s) => s.articles.includes(id.padEnd(24, '0')))!;

  for (const [language, report] of Object.entries(later)) {
    it(`takes the later report in ${language} out, and keeps the undated report of the event itself`, () => {
      const articles = [...march, report];
      const story = storyOf(articles, 'e1');
      expect(story.articles).toContain('s1'.padEnd(24, '0'));
      expect(story.articles).not.toContain(report.id);
      expect(storyOf(articles, report.id).articles).toEqual([report.id]);
    });
  }

  it('keeps a report whose new actor the story names elsewhere', () => {
    // The same spokesman quoted by a dated report of March: he is one of the story's actors.
    const quoted = tongue(
      'e3',
      '2031-03-13',
      'en',
      'Anton Velikov, spokesman for the Ostland government, said on Monday the claims over the abduction of Tomas Brenner and his son Jonas in Westport were absurd.\n\n' +
        'Velikov said Ostland had received no request for help from Varnia.',
    );
    const articles = [...march, quoted, later.it];
    expect(storyOf(articles, 'e1').articles).toContain(later.it.id);
  });
});

describe('newActors', () => {
  const thread = (members: Member[], cross: [number, number][]) => ({ members, cross: new Map(cross) });
  const idOf = (code: number) => (code < 100 ? code : undefined);

  it('takes out an undated lone report whose lead names someone no other thread names, by any word of the name', () => {
    const dated = thread([{ id: 'a', published: '2031-03-12', outlet: null }], [[1, 1], [2, 1]]);
    // Its own thread carrying the name does not count.
    const newcomer = thread([{ id: 'x', published: null, outlet: null, people: [[7, 3]], title: 'x' }], [[7, 1]]);
    const unknown = thread([{ id: 'y', published: null, outlet: null, people: [[500, 501]], title: 'y' }], []);
    // One word of the name ('2') is carried by another thread: the story names that person.
    const known = thread([{ id: 'z', published: null, outlet: null, people: [[9, 2]], title: 'z' }], []);
    expect([...newActors([dated, newcomer, unknown, known], idOf)].sort()).toEqual(['x', 'y']);
  });

  it('leaves a report that shares its thread, a dated report, and a story of one thread', () => {
    const dated = thread([{ id: 'a', published: '2031-03-12', outlet: null }], [[1, 1]]);
    const pair = thread([{ id: 'x', published: null, outlet: null, people: [[7, 8]] }, { id: 'w', published: null, outlet: null }], []);
    const datedNew = thread([{ id: 'd', published: '2031-03-13', outlet: null, people: [[7, 8]] }], []);
    expect(newActors([dated, pair, datedNew], idOf).size).toBe(0);
    expect(newActors([thread([{ id: 'x', published: null, outlet: null, people: [[7, 8]] }], [])], idOf).size).toBe(0);
  });
});

// Invented reports: a ferry sinking told in June in Spanish (dated and undated), and undated later
// reports told in the same words: a lawsuit a year on that dates the sinking with its year, and
// divers bringing up the wreck months later on a day the text marks as gone by.
describe('undated later reports that retell the event', () => {
  const report = (id: string, published: string | null, language: string, body: string): Article => ({ ...article(id, published, body), language });
  const sinking = (when: string) =>
    `El ferry Solvik se hundió ${when} frente al puerto de Kelport con 214 pasajeros a bordo, informó la guardia costera de Varnia.\n\n` +
    'La guardia costera dijo que 37 pasajeros siguen desaparecidos y que el capitán Tomas Verhoek fue rescatado con vida. La naviera Kessa Lines abrió una investigación.';
  const june = [report('e1', '2031-06-18', 'es', sinking('el martes')), report('e2', '2031-06-19', 'es', sinking('el martes por la noche'))];
  const ofStory = (articles: Article[], id: string) => clusterStories(articles).find((s) => s.articles.includes(id.padEnd(24, '0')))!;

  it('takes out a report stating the sinking with its year and a later date, and one naming a later day it marks as past', () => {
    const lawsuit = report('n1', null, 'es', `${sinking('en junio de 2031')}\n\nEn agosto de 2032, las familias de los desaparecidos presentaron una demanda contra Kessa Lines.`);
    const wreck = report('n2', null, 'es', `${sinking('en junio')}\n\nLos buzos recuperaron el pasado 4 de octubre los restos del ferry.`);
    const sameDay = report('s1', null, 'es', sinking('el 18 de junio'));
    const articles = [...june, lawsuit, wreck, sameDay];
    const story = ofStory(articles, 'e1');
    expect(story.articles).toContain(sameDay.id);
    expect(story.articles).not.toContain(lawsuit.id);
    expect(story.articles).not.toContain(wreck.id);
    expect(ofStory(articles, 'n1').articles).toEqual([lawsuit.id]);
  });

  it('keeps a report that dates the sinking with its year and names only plans for later', () => {
    const plans = report('n3', null, 'es', `${sinking('el 18 de junio de 2031')}\n\nLa audiencia está prevista para marzo de 2032.`);
    expect(ofStory([...june, plans], 'e1').articles).toContain(plans.id);
  });
});

// Invented reports: the Velmar Air jet lost in May, told undated on the day of the news, and
// wreckage of it raised off Kessa 14 months later, in one dated report and undated ones.
describe('the dated minority and the reports of a later event', () => {
  const news = (id: string, day: number) => ({ id, published: null, own: { day, news: true, lastYear: null } });
  const counts = (id: string, published: string | null = null) => ({ id, published, own: { day: null, news: false, lastYear: null, yearOn: true } });

  it('takes out the one dated report when more undated reports name their own news day months before it', () => {
    const story = [{ id: 'x', published: '2032-10-14' }, news('a', 130), news('b', 130), news('c', 132), news('y', 287), counts('z')];
    expect([...outsiders(story, 7)].sort()).toEqual(['x', 'y', 'z']);
    expect([...laterReports(story, 7)].sort()).toEqual(['x', 'y', 'z']);
  });

  it('keeps the dated reports when too few undated ones disagree, when they are as many, or when their days do not agree', () => {
    expect(outsiders([{ id: 'x', published: '2032-10-14' }, news('a', 130), news('b', 130)], 7).size).toBe(0);
    const dated = ['2032-10-14', '2032-10-15', '2032-10-15'].map((published, i) => ({ id: `x${i}`, published }));
    expect(outsiders([...dated, news('a', 130), news('b', 130), news('c', 131)], 7).size).toBe(0);
    expect(outsiders([{ id: 'x', published: '2032-10-14' }, news('a', 130), news('b', 170), news('c', 210)], 7).size).toBe(0);
  });

  it('keeps undated reports counting the time since when a dated report counts it too: the story is the later event’s', () => {
    const story = [counts('x', '2032-10-14'), counts('z'), { id: 'w', published: null }];
    expect(laterReports(story, 7).size).toBe(0);
    expect(laterReports([{ id: 'x', published: '2032-10-14' }, counts('z')], 7).size).toBe(1);
  });

  it('groups the reports of the later event into one story, apart from the reports of the day', () => {
    const lost = (id: string, when: string) =>
      article(id, null, `Velmar Air flight 62 with 187 people on board went down in the Kessa sea ${when}, the airline said.\n\nSearch ships and planes from Northshire and Ostland combed the Kessa sea for the Velmar Air jet, airline chief Dana Kellor said.`);
    const wreck = (id: string, published: string | null, since: string) =>
      article(id, published, `Wreckage raised off Kessa is from Velmar Air flight 62, which went down ${since} with 187 people on board, airline chief Dana Kellor said.\n\nSearch ships from Northshire and Ostland had combed the Kessa sea for the Velmar Air jet.`);
    const articles = [
      lost('v1', 'on Sunday, 11 May'),
      lost('v2', 'early on Sunday, 11 May'),
      lost('v3', 'on Sunday 11 May'),
      lost('v4', 'over the weekend'),
      wreck('d1', '2032-07-16', '14 months ago'),
      wreck('d2', null, '430 days ago'),
      wreck('d3', null, 'fourteen months ago'),
    ];
    const stories = clusterStories(articles);
    const sets = stories.map((s) => s.articles.map((a) => a.slice(0, 2)).sort().join(',')).sort();
    expect(sets).toEqual(['d1,d2,d3', 'v1,v2,v3,v4']);
    // The story left has no dated report, so no days; the later event's are its dated report's.
    const of = (id: string) => stories.find((s) => s.articles.includes(id.padEnd(24, '0')))!;
    expect(of('v1').span).toEqual([null, null]);
    expect(of('v1').threads.every((t) => t.span[0] === null)).toBe(true);
    expect(of('d1').span).toEqual(['2032-07-16', '2032-07-16']);
  });
});
