// How cleaning reports what it found: the date's source (or why there is none), wire credits, the
// headline never taken from page chrome, the outlet from the page's own naming.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { cleanDoc } from './index.js';

const txt = (text: string, meta: RawDoc['meta'] = {}): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta });
const html = (page: string): RawDoc => ({ source: 'a.html', format: 'html', html: page, meta: {} });
const BODY =
  'The ferry between Norrvik and Tallholm will stay in dock for at least a week after inspectors found a crack in its hull, the operator said on Tuesday.\n\n' +
  'Passengers were moved to a replacement vessel that runs twice a day, and the operator said refunds would be paid for cancelled crossings.';

describe('published, with its source', () => {
  it('says which evidence gave the date', () => {
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\nPublished: 4 March 2031\n\n${BODY}`))).toMatchObject({ published: '2031-03-04', published_source: 'dateline' });
    expect(cleanDoc(txt(BODY, { url: 'https://norrvik.example/2031/03/04/ferry' }))).toMatchObject({ published: '2031-03-04', published_source: 'url' });
    expect(cleanDoc(txt(` date 2031-03-04 ${BODY}`))).toMatchObject({ published: '2031-03-04', published_source: 'crawler' });
    expect(cleanDoc(txt(BODY, { published: '2031-03-04T09:00:00Z' }))).toMatchObject({ published: '2031-03-04T09:00', published_source: 'corpus' });
  });

  it("keeps one form on every path: 'YYYY-MM-DD', with 'THH:MM' when the source states the time of day", () => {
    const CONTRACT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
    const cases: [RawDoc, string][] = [
      // A numeric dateline whose day cannot be a month, with a 12-hour time after a dash.
      [txt(`Ferry halted after hull crack\n\n03/24/2031 – 5:35 pm\n\n${BODY}`), '2031-03-24T17:35'],
      [txt(`Ferry halted after hull crack\n\nBy Dana Kellor | March 24, 2031, 5:35 PM\n\n${BODY}`), '2031-03-24T17:35'],
      [txt(BODY, { published: '2031-03-24T17:35:00+01:00' }), '2031-03-24T17:35'],
      [html(`<html><head><meta property="article:published_time" content="2031-03-24T17:35:00Z"><title>Ferry halted</title></head><body><h1>Ferry halted</h1><p>${BODY}</p></body></html>`), '2031-03-24T17:35'],
      // No time stated: the day alone (a timestamp at midnight states none).
      [txt(BODY, { published: '2031-03-24T00:00:00Z' }), '2031-03-24'],
      [txt(` date 2031-03-24 ${BODY}`), '2031-03-24'],
      [txt(BODY, { url: 'https://norrvik.example/2031/03/24/ferry' }), '2031-03-24'],
    ];
    for (const [doc, published] of cases) {
      const got = cleanDoc(doc).published;
      expect(got).toBe(published);
      expect(got).toMatch(CONTRACT);
    }
  });

  it('completes a year-less dateline from a stated month, and a weekday date in the lead from it', () => {
    expect(cleanDoc(txt(`NORRVIK, 4 mar — Wirepost.\n\n${BODY}`, { url: 'https://norrvik.example/2031/03/ferry' }))).toMatchObject({
      published: '2031-03-04',
      published_source: 'dateline',
      credits: [{ name: 'Wirepost' }],
    });
    const french = " date 2031-03 Le ferry entre Norrvik et Tallholm restera à quai au moins une semaine, a annoncé l'opérateur ce mardi 4 mars, après la découverte d'une fissure dans sa coque.";
    expect(cleanDoc(txt(french))).toMatchObject({ published: '2031-03-04', published_source: 'text' });
  });

  it('leaves the date null and says why', () => {
    expect(cleanDoc(txt(BODY))).toMatchObject({ published: null, published_source: null, published_note: 'no date in the metadata, URL or text' });
    expect(cleanDoc(txt(` date 2031-03 ${BODY}`))).toMatchObject({ published: null, published_month: '2031-03', published_note: 'only the month is stated (2031-03)' });
    expect(cleanDoc(txt(BODY)).published_month).toBeNull();
    expect(cleanDoc(txt(BODY, { published: '2031-13' }))).toMatchObject({ published: null, published_month: null, published_note: 'corpus date "2031-13" unreadable' });
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\n04/03/2031\n\n${BODY}`)).published_note).toMatch(/could be day\/month or month\/day/);
    expect(cleanDoc(txt(`Ferry halted after hull crack\nUpdated 08:58, 07-Mar-2031\n${BODY}`))).toMatchObject({
      published: null,
      published_note: 'only an update date is stated (2031-03-07), never taken for publication',
    });
  });

  it('keeps a corpus field stating only a month or a year at its precision', () => {
    expect(cleanDoc(txt(BODY, { published: '2031-03' }))).toMatchObject({
      published: null,
      published_month: '2031-03',
      published_source: 'corpus',
      published_note: 'only the month is stated (2031-03)',
    });
    expect(cleanDoc(txt(BODY, { published: '2031' }))).toMatchObject({
      published: null,
      published_month: '2031',
      published_source: 'corpus',
      published_note: 'only the year is stated (2031)',
    });
    // The stated month completes a weekday date in the lead, as a crawler's month does.
    const lead = "Le ferry entre Norrvik et Tallholm restera à quai au moins une semaine, a annoncé l'opérateur ce mardi 4 mars, après la découverte d'une fissure dans sa coque.";
    expect(cleanDoc(txt(lead, { published: '2031-03' }))).toMatchObject({ published: '2031-03-04', published_source: 'text' });
  });

  it('lets agreeing sources outvote a crawler token that disagrees', () => {
    const text = ` date 2031-02-20 Ferry halted after hull crack\nSource: Wirepost| 2031-03-04 12:15|\nNORRVIK, March 4 (Wirepost) -- ${BODY}\nhttps://norrvik.example/2031/03/04/ferry`;
    expect(cleanDoc(txt(text))).toMatchObject({ published: '2031-03-04T12:15', published_note: 'outvoted: crawler says 2031-02-20' });
  });

  it('never takes a reader comment date on a page', () => {
    const page = `<html><head><title>Ferry halted after hull crack - Norrvik Courier</title></head><body>
      <header><a href="/">Norrvik Courier</a> <a href="/news">News</a></header>
      <h1>Ferry halted after hull crack</h1><div class="byline">Tuesday March 4, 2031 9:00 am by Ilse Marken</div>
      <div class="article-body">${BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="comments"><div class="comment"><span class="comment-date">March 5, 2031 at 8:10 am</span><p>Good that they checked the hull before the storm season.</p></div></div>
      <footer>Copyright 2031 Norrvik Courier</footer></body></html>`;
    expect(cleanDoc(html(page))).toMatchObject({ published: '2031-03-04T09:00', published_source: 'meta', outlet: 'Norrvik Courier' });
  });
});

describe('a page whose only date is a line above its text', () => {
  const paragraphs = BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('');
  const page = (top: string, after = '') => `<html><head><title>Ferry halted after hull crack</title></head><body>
    <header><a href="/">Home</a> <a href="/news">News</a></header>
    <article><h1>Ferry halted after hull crack</h1>${top}${paragraphs}${after}</article></body></html>`;

  it('reads it as the same text in a .txt file is read, and says it came from a date line or a byline', () => {
    for (const [top, line, date, source] of [
      ['<p>By Ilse Marken</p><p>Published 12 March 2031</p>', 'By Ilse Marken\nPublished 12 March 2031', '2031-03-12', 'dateline'],
      ['<p>12.03.2031, 14:05</p>', '12.03.2031, 14:05', '2031-03-12T14:05', 'dateline'],
      ['<div>By Ilse Marken | 4 March 2031</div>', 'By Ilse Marken | 4 March 2031', '2031-03-04', 'byline'],
    ]) {
      const fromHtml = cleanDoc(html(page(top)));
      expect(fromHtml).toMatchObject({ published: date, published_source: source });
      expect(cleanDoc(txt(`Ferry halted after hull crack\n\n${line}\n\n${BODY}`))).toMatchObject({ published: date, published_source: source });
      // The line is read, never kept as text.
      expect(fromHtml.body).toBe(BODY);
    }
  });

  it('never takes the date of a reader comment or a related story', () => {
    const comments = '<div class="comments"><p class="comment-date">5 March 2031</p><p>Good that they checked the hull before the storm season.</p></div>';
    const related = '<div class="related"><p>6 March 2031</p><p><a href="/ferry-fares">Ferry fares to rise in spring</a></p></div>';
    for (const after of [comments, related]) {
      expect(cleanDoc(html(page('', after)))).toMatchObject({ published: null, published_note: 'no date in the metadata, URL or text' });
    }
    expect(cleanDoc(html(page(related)))).toMatchObject({ published: null });
  });
});

describe('credits', () => {
  it('records the wire a dateline, a sign-off or a copyright line credits', () => {
    expect(cleanDoc(txt(`NORRVIK (AP) — ${BODY}`)).credits).toEqual([{ name: 'AP', evidence: 'NORRVIK (AP) —' }]);
    expect(cleanDoc(txt(`${BODY}\n\nMD avec l'AFP`)).credits?.map((c) => c.name)).toEqual(['AFP']);
    expect(cleanDoc(txt(`${BODY}\n\nMD avec l'AFP`)).body).not.toContain('avec');
    expect(cleanDoc(txt(`${BODY}\n\n© Thomson Reuters 2031`)).credits?.map((c) => c.name)).toEqual(['Reuters']);
    expect(cleanDoc(txt(`Norrvik Courier reports: ${BODY}`)).credits?.map((c) => c.name)).toEqual(['Norrvik Courier']);
    // A blog naming the report it passes on.
    expect(cleanDoc(txt(`Ferry halted\n\nI think they waited too long. Here is a link to the Harbour Herald story:\n\n${BODY}`)).credits?.map((c) => c.name)).toEqual(['Harbour Herald']);
    expect(cleanDoc(txt(`${BODY}\n\nRead the full story at Northshire Courier.`)).credits?.map((c) => c.name)).toEqual(['Northshire Courier']);
    // A sign-off some sites fence with bars.
    expect(cleanDoc(txt(`${BODY}\n\n||Con información de EFE||`)).credits?.map((c) => c.name)).toEqual(['EFE']);
  });

  it('does not take a photo credit above the text for a text credit', () => {
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\n© AFP\n\n${BODY}`)).credits).toEqual([]);
  });
});

describe('headline never from page chrome', () => {
  it.each([
    ['a government-site banner', 'An official website of the Norrvik municipality'],
    ['a software error', 'JUser: :_load: Unable to load user with ID: 4711'],
    ['a site-name-only title', 'Norrvik Courier | News & Analysis Website'],
    ['a developing-story note', 'This is a developing story'],
  ])('not %s', (_why, chrome) => {
    expect(cleanDoc(txt(`${chrome}\n\n${BODY}`)).headline).toBeNull();
  });

  it('skips a breaking-news alert and its blurb above the article', () => {
    const text = `Breaking News\nCrane topples at container port\nShow Less\nClose Alert\n\nA crane toppled onto an empty quay at the container port this morning, and no one was hurt, the port said.\n\nFerry halted after hull crack\n\n${BODY}`;
    const article = cleanDoc(txt(text));
    expect(article.headline).toBe('Ferry halted after hull crack');
    expect(article.body).not.toContain('Crane');
  });

  it('keeps the first headline-like line over a longer standfirst, and never a crawler date token', () => {
    const text = ` date 2031-03 Ferry halted after hull crack\n\nThe operator said the vessel would stay in dock for at least a week after inspectors found a crack in its hull\n\n${BODY}`;
    expect(cleanDoc(txt(text)).headline).toBe('Ferry halted after hull crack');
  });

  it('reads a title-case headline ending in a full stop or a question, past a bracketed kicker', () => {
    expect(cleanDoc(txt(`[Breaking News] Norrvik Ferry Operator “Tallholm Line” Has Reportedly Halted Crossings.\n\n${BODY}`)).headline).toBe(
      'Norrvik Ferry Operator “Tallholm Line” Has Reportedly Halted Crossings.',
    );
    expect(cleanDoc(txt(`Tallholm Ferry: Hull Crack Found by Inspectors Halts Crossings Between Norrvik and Tallholm?\n${BODY}`)).headline).toMatch(/^Tallholm Ferry: Hull Crack/);
    // Two sentences full of names are a paragraph, not a headline.
    expect(cleanDoc(txt(`Inspector Maja Lind Found The Crack. Operator Tallholm Line Halted Every Crossing At Once Today.\n\n${BODY}`)).headline).toBeNull();
  });

  it("drops a page's status marks around the headline", () => {
    expect(cleanDoc(txt(`UPDATED: Ferry halted after hull crack\n\n${BODY}`)).headline).toBe('Ferry halted after hull crack');
    expect(cleanDoc(txt(`Ferry halted after hull crack - UPDATES\n\n${BODY}`)).headline).toBe('Ferry halted after hull crack');
  });

  it('takes a date glued before or after the headline as its date line', () => {
    expect(cleanDoc(txt(`24.03.2031. Ferry halted after hull crack in Norrvik\n\n${BODY}`))).toMatchObject({ headline: 'Ferry halted after hull crack in Norrvik', published: '2031-03-24' });
    const glued = cleanDoc(txt(`Ferry halted after hull crack in Norrvik March 4, 2031${BODY}`));
    expect(glued).toMatchObject({ headline: 'Ferry halted after hull crack in Norrvik', published: '2031-03-04' });
    expect(glued.body.startsWith('The ferry between')).toBe(true);
  });

  it('reads a labelled date in a parted line below the lead', () => {
    const [lead, rest] = BODY.split('\n\n');
    expect(cleanDoc(txt(`Ferry halted after hull crack\n${lead}\nBy: | Norrvik | Published: March 4, 2031 9:30 PM\n${rest}`)).published).toBe('2031-03-04T21:30');
  });

  it('reads a lone title line closing the text as the outlet, not as a paragraph', () => {
    const article = cleanDoc(txt(`Ferry halted after hull crack\n\n${BODY}\n\nCourier`));
    expect(article.body.endsWith('Courier')).toBe(false);
    expect(article.outlet).toBe('Courier');
  });
});

describe('the outlet a text names for itself', () => {
  it("takes a page title's site suffix off the headline and names the outlet by it", () => {
    const article = cleanDoc(txt(`Ferry halted after hull crack<!-- --> | Norrvik.fr\nNewsletter\nSport\nFerry halted after hull crack\n\n${BODY}`));
    expect(article).toMatchObject({ headline: 'Ferry halted after hull crack', outlet: 'Norrvik.fr' });
    expect(article.body.startsWith('The ferry between')).toBe(true);
  });

  it('reads a newsroom byline opening the lead, and takes it out of the body', () => {
    const article = cleanDoc(txt(`(De la Redacción de COSTA GACETA) ${BODY}`));
    expect(article.outlet).toBe('Costa Gaceta');
    expect(article.body.startsWith('The ferry between')).toBe(true);
  });

  it("reads a site's web-name sign-off and its own contact address", () => {
    expect(cleanDoc(txt(`${BODY}\n\nNorrvikCourier.com/Agencias/JT`)).outlet).toBe('NorrvikCourier.com');
    expect(cleanDoc(txt(`${BODY}\n\nWe want to hear from you! Email us at editors@norrvik-courier.example.`)).outlet).toBe('norrvik-courier.example');
  });

  it('names an agency signing its own dateline when nothing else names the outlet, and keeps it as the credit (the text may be a copy that kept it)', () => {
    const article = cleanDoc(txt(`НОРРВИК, 4 мар — Вайрпост. Паром между Норрвиком и Таллхольмом простоит в доке не меньше недели, сообщил оператор во вторник.`));
    expect(article.outlet).toBe('Вайрпост');
    expect(article.credits?.map((c) => c.name)).toEqual(['Вайрпост']);
    // An outlet named otherwise does not credit its own signature.
    const own = cleanDoc(txt(`Паром простоит в доке | Вайрпост\n\nНОРРВИК, 4 мар — Вайрпост. Паром между Норрвиком и Таллхольмом простоит в доке не меньше недели, сообщил оператор во вторник.`));
    expect(own).toMatchObject({ outlet: 'Вайрпост', credits: [] });
  });

  it('records a "Source:" line as a credit, never as the outlet, and a photo copyright or a video link as neither', () => {
    const sourced = cleanDoc(txt(`${BODY}\n\nSource: Norrvik Courier`));
    expect(sourced).toMatchObject({ outlet: null, credits: [{ name: 'Norrvik Courier', evidence: 'Source: Norrvik Courier' }] });
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\n© AFP\n\n${BODY}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${BODY}\n\nhttps://youtu.be/Q3xZ8kLmP0a`))).toMatchObject({ outlet: null, url: null });
  });

  it("reads a byline's organisation as the outlet, or as a credit when it is a wire, as is a wire's name alone above the text", () => {
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\nBy Ilse Marken, Coast Daily\n\n${BODY}`))).toMatchObject({ outlet: 'Coast Daily', credits: [] });
    expect(cleanDoc(txt(`Ferry halted after hull crack\n\nBy Ilse Marken, Associated Press\n\n${BODY}`))).toMatchObject({ outlet: null, credits: [{ name: 'AP' }] });
    expect(cleanDoc(txt(`Ferry halted after hull crack\nAssociated Press\nView Comments\n${BODY}`))).toMatchObject({ outlet: null, credits: [{ name: 'AP', evidence: 'Associated Press' }] });
  });

  it('takes no credit for its own outlet: a text citing an agency keeps the credit when the outlet is another', () => {
    const article = cleanDoc(txt(`Ferry halted after hull crack | Coast Daily\n\nNORRVIK (AP) — ${BODY}`));
    expect(article).toMatchObject({ outlet: 'Coast Daily', credits: [{ name: 'AP' }] });
  });
});
