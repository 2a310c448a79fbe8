// cleanDoc on synthetic articles written for these tests (testdata/, truth beside them), on corpus
// records and on HTML pages.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { cleanDoc, contentId, readInput } from './index.js';

const testdata = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const truth = JSON.parse(readFileSync(join(testdata, 'truth.json'), 'utf8'));

interface Expected {
  file: string;
  headline: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  body_must_keep: string[];
  body_must_drop: string[];
}

describe.each((truth.articles as Expected[]).map((a) => [a.file, a] as const))('synthetic %s', (file, expected) => {
  const path = join(testdata, file);
  const article = cleanDoc(readInput(path, readFileSync(path)).docs[0]);

  it('keeps the article text and drops the furniture', () => {
    for (const keep of expected.body_must_keep) expect(article.body).toContain(keep);
    for (const drop of expected.body_must_drop) expect(article.body).not.toContain(drop);
  });

  it('recovers headline, published, outlet and url exactly (null where unknown)', () => {
    expect({ headline: article.headline, published: article.published, outlet: article.outlet, url: article.url }).toEqual({
      headline: expected.headline,
      published: expected.published,
      outlet: expected.outlet,
      url: expected.url,
    });
  });
});

const txt = (text: string, meta: RawDoc['meta'] = {}): RawDoc => ({ source: 'mem.txt', format: 'txt', text, meta });

const STORY = [
  'Ferry pier to be rebuilt',
  '',
  'The Kestrel Bay harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter, ending a year of debate.',
  '',
  '"The pier is how half of this town gets to work," councillor Mira Okafor said after the vote.',
].join('\n');

describe('date lines in plain text', () => {
  const withDateLine = (line: string) => {
    const [headline, blank, ...rest] = STORY.split('\n');
    return cleanDoc(txt([headline, line, blank, ...rest].join('\n')));
  };

  it('reads an ISO 8601 timestamp line as the publication date', () => {
    expect(withDateLine('2031-04-02T18:05:00Z')).toMatchObject({ published: '2031-04-02T18:05', published_source: 'dateline' });
    expect(withDateLine('2031-04-02 18:05').published).toBe('2031-04-02T18:05');
  });

  it('reads a dotted numeric date line day-first, in an English text too', () => {
    expect(withDateLine('02.04.2031').published).toBe('2031-04-02');
  });
});

describe('corpus metadata', () => {
  it('wins over what the text suggests, and only a line equal to the stated headline leaves the body', () => {
    const article = cleanDoc(
      txt(STORY, { headline: 'Ferry pier to be rebuilt', url: 'https://www.theguardian.com/uk/2031/apr/02/pier', published: '2031-04-02T18:05:00+01:00', outlet: 'Kestrel Courier' }),
    );
    expect(article).toMatchObject({ headline: 'Ferry pier to be rebuilt', published: '2031-04-02T18:05', outlet: 'Kestrel Courier' });
    expect(article.body.startsWith('The Kestrel Bay harbour council')).toBe(true);

    const otherTitle = cleanDoc(txt(STORY, { headline: 'Council backs pier plan' }));
    expect(otherTitle.headline).toBe('Council backs pier plan');
    expect(otherTitle.body.startsWith('Ferry pier to be rebuilt')).toBe(true);
  });

  it('turns a stated host into the outlet name, and a registry URL host into its outlet', () => {
    expect(cleanDoc(txt(STORY, { outlet: 'www.bbc.co.uk' })).outlet).toBe('BBC');
    expect(cleanDoc(txt(STORY, { outlet: 'kestrel-courier.example' })).outlet).toBe('kestrel-courier.example');
    expect(cleanDoc(txt(STORY, { url: 'https://edition.cnn.com/2031/04/02/world/pier/index.html' }))).toMatchObject({ outlet: 'CNN', published: '2031-04-02' });
  });

  it('follows a click-through link to the article it leads to, keeping the link as given', () => {
    const link = 'http://news.searchportal.example/apiclick.aspx?ref=Feed&aid=9F2C&url=https%3a%2f%2fedition.cnn.com%2f2031%2f04%2f02%2fworld%2fpier%2findex.html&c=77&mkt=en-us';
    const article = cleanDoc(txt(STORY, { url: link }));
    expect(article).toMatchObject({ url: 'https://edition.cnn.com/2031/04/02/world/pier/index.html', url_as_written: link, outlet: 'CNN', published: '2031-04-02' });
    expect(article.flags).toContain('url-redirect');
    // Nested: a share link wrapping a search result wrapping the article.
    const nested = `https://share.example/go?to=${encodeURIComponent(link)}`;
    expect(cleanDoc(txt(STORY, { url: nested })).url).toBe('https://edition.cnn.com/2031/04/02/world/pier/index.html');
    // An article address with a query that names no other address stays as it is.
    const plain = cleanDoc(txt(STORY, { url: 'https://kestrel-courier.example/2031/04/02/pier?ref=home&q=pier+plan' }));
    expect(plain).toMatchObject({ url: 'https://kestrel-courier.example/2031/04/02/pier?ref=home&q=pier+plan', url_as_written: null });
    expect(plain.flags).not.toContain('url-redirect');
  });

  it('reads epoch timestamps (seconds or milliseconds) as UTC', () => {
    expect(cleanDoc(txt(STORY, { published: '1932718800' })).published).toBe('2031-03-31T10:20');
    expect(cleanDoc(txt(STORY, { published: '1932718800000' })).published).toBe('2031-03-31T10:20');
  });

  it('leaves an unparseable stated date unknown rather than guessing', () => {
    expect(cleanDoc(txt(STORY, { published: 'last Tuesday' })).published).toBeNull();
  });
});

describe('identity and shape', () => {
  it('gives the same article the same id whichever file it came from', () => {
    const fromText = cleanDoc(txt(STORY, { url: 'https://k.example/x' }));
    const jsonl = readInput('corpus.jsonl', Buffer.from(JSON.stringify({ text: STORY.replace(/"/g, '\u201c').replace(/\n\n/g, '\n\n\n'), url: 'https://k.example/x' })));
    const fromCorpus = cleanDoc(jsonl.docs[0]);
    expect(fromCorpus.id).toBe(fromText.id);
    expect(cleanDoc(txt(`${STORY} Extra sentence.`, { url: 'https://k.example/x' })).id).not.toBe(fromText.id);
  });

  it('tells the same text apart by its outlet, its stated date and its address', () => {
    const base = cleanDoc(txt(STORY, { outlet: 'Harbour Herald', published: '2031-06-28' }));
    expect(cleanDoc(txt(STORY, { outlet: 'harbour  herald', published: '2031-06-28' })).id).toBe(base.id);
    for (const meta of [{ outlet: 'Velmar Post', published: '2031-06-28' }, { outlet: 'Harbour Herald', published: '2031-06-29' }, { outlet: 'Harbour Herald' }, { outlet: 'Harbour Herald', published: '2031-06-28', url: 'https://k.example/x' }])
      expect(cleanDoc(txt(STORY, meta)).id).not.toBe(base.id);
    // The text alone is what stores made before this identity keyed articles by.
    expect(base.id).not.toBe(contentId(base.body));
  });

  it('hashes the normalised body: sha256, first 32 hex chars', () => {
    expect(contentId('A  b\n\nC')).toBe(contentId('a b c'));
    expect(contentId('x')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps the original text and gives paragraphs separated by one blank line', () => {
    const messy = `${STORY}\n\n\n\n  Extra   spaced\u00a0paragraph here, with enough words to be a paragraph of its own.  \r\n`;
    const article = cleanDoc(txt(messy));
    expect(article.original).toBe(messy);
    expect(article.body.split('\n\n')).toHaveLength(3);
    expect(article.body).toContain('Extra spaced paragraph here');
  });

  it('reads a nameplate above the headline as the outlet, and a section kicker as neither', () => {
    const paper = cleanDoc(txt(`Marsh Valley Courier\n\n${STORY}`));
    expect(paper).toMatchObject({ outlet: 'Marsh Valley Courier', headline: 'Ferry pier to be rebuilt' });
    expect(paper.body.startsWith('The Kestrel Bay')).toBe(true);
    expect(cleanDoc(txt(`Fortune\n\n${STORY}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`BBC\n\n${STORY}`)).outlet).toBe('BBC');
    const kicker = cleanDoc(txt(`World News\n\n${STORY}`));
    expect(kicker).toMatchObject({ outlet: null, headline: 'Ferry pier to be rebuilt' });
    expect(kicker.body).not.toContain('World News');
  });

  it('takes a URL line above the text as its address, but keeps a link line inside the text', () => {
    const text = `https://kestrel-courier.example/2031/04/02/pier\n\n${STORY}\n\nhttps://council.example/minutes/2031-04-01.pdf\n\nThe minutes run to forty pages and list every objection raised.`;
    const article = cleanDoc(txt(text));
    expect(article).toMatchObject({ url: 'https://kestrel-courier.example/2031/04/02/pier', published: '2031-04-02', outlet: 'kestrel-courier.example' });
    expect(article.body).toContain('https://council.example/minutes/2031-04-01.pdf');
    expect(article.body).not.toContain('kestrel-courier.example/2031');
  });

  it('reads the "Key: value" header of a scraped dump', () => {
    const dump = `Title: Ferry pier to be rebuilt\nAuthor: Ana Silva\nDate: 2031-04-02\nSource: Kestrel Courier\nURL: https://kestrel-courier.example/pier\n\n${STORY}`;
    const article = cleanDoc(txt(dump));
    expect(article).toMatchObject({ headline: 'Ferry pier to be rebuilt', published: '2031-04-02', outlet: 'Kestrel Courier', url: 'https://kestrel-courier.example/pier' });
    expect(article.body.startsWith('The Kestrel Bay harbour council')).toBe(true);
    expect(article.body).not.toMatch(/Ana Silva|Title:|Source:/);
  });

  it('picks the headline the opening paragraphs echo, below menu lines', () => {
    const crude = `Shop Our New Store\n\nWeather Traffic Sports Podcasts\n\nHarbour council backs ferry pier rebuild\n\nThe Kestrel Bay harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter, ending a year of debate.`;
    const article = cleanDoc(txt(crude));
    expect(article.headline).toBe('Harbour council backs ferry pier rebuild');
    expect(article.body).toBe('The Kestrel Bay harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter, ending a year of debate.');
  });

  it('takes the date nearest the article over a page banner date', () => {
    const page = `Wednesday, November 20, 2030\n\nWeather Traffic Sports Podcasts\n\n${STORY.replace('\n\n', '\n\nNov 18, 2030 10:02\n\n')}`;
    expect(cleanDoc(txt(page)).published).toBe('2030-11-18T10:02');
  });

  it('drops a headline repeated right under itself', () => {
    const twice = cleanDoc(txt(STORY.replace('\n\n', '\n\nFerry pier to be rebuilt\n\n')));
    expect(twice.headline).toBe('Ferry pier to be rebuilt');
    expect(twice.body.startsWith('The Kestrel Bay')).toBe(true);
  });

  it('reads the dateline a byline carries, and drops the byline', () => {
    const article = cleanDoc(txt(STORY.replace('\n\n', '\n\nBy Ana Silva | Mar 3, 2031 | 08:15\n\n')));
    expect(article).toMatchObject({ headline: 'Ferry pier to be rebuilt', published: '2031-03-03T08:15' });
    expect(article.body).not.toContain('Ana Silva');
  });

  it('knows nothing about a text that says nothing about itself', () => {
    const article = cleanDoc(txt('The committee met again and adjourned without a decision, members said afterwards.'));
    expect(article).toMatchObject({ headline: null, published: null, outlet: null, url: null });
  });
});

describe('HTML documents', () => {
  const page = `<!doctype html><html><head><title>Tram line to close | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette"><meta property="og:title" content="Tram line to close for repairs">
<meta property="article:published_time" content="2031-07-09T08:30:00+02:00">
<link rel="canonical" href="https://riverside-gazette.example/2031/07/09/tram-line"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Tram line to close for repairs</h1>
<p>The city's oldest tram line will close for six months of track repairs starting in September, the transport department said on Tuesday.</p>
<figure><img src="x.jpg"><figcaption>This photo, taken on May 2, 2030, shows a tram at the depot.</figcaption></figure>
<p>Officials said replacement buses would run every eight minutes during the day, and the night service would be unchanged.</p>
<p>Residents along the route have complained for years about noise from the worn rails, and welcomed the decision.</p>
</article><footer>© 2031 Riverside Gazette</footer></body></html>`;

  it('takes text and metadata from the page', () => {
    const article = cleanDoc({ source: 'tram.html', format: 'html', html: page, meta: {} });
    expect(article).toMatchObject({
      headline: 'Tram line to close for repairs',
      published: '2031-07-09T08:30',
      outlet: 'Riverside Gazette',
      url: 'https://riverside-gazette.example/2031/07/09/tram-line',
      original: page,
    });
    expect(article.body).toContain('The city\'s oldest tram line will close');
    expect(article.body).toContain('welcomed the decision.');
    expect(article.body).not.toMatch(/Home|This photo|©/);
  });

  it('falls back to the text rules for what the markup does not state', () => {
    const bare = `<html><body><div><p>Harbour council votes to rebuild the old ferry pier</p>
<p>The Kestrel Bay harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter, ending a year of debate over the cost of the work.</p>
<p>"The pier is how half of this town gets to work," councillor Mira Okafor said after the vote on Tuesday evening.</p></div></body></html>`;
    const article = cleanDoc({ source: 'w.warc#record-3', format: 'warc', html: bare, meta: { url: 'https://kestrel-courier.example/pier' } });
    expect(article).toMatchObject({
      headline: 'Harbour council votes to rebuild the old ferry pier',
      published: null,
      outlet: 'kestrel-courier.example',
      url: 'https://kestrel-courier.example/pier',
    });
    expect(article.body.startsWith('The Kestrel Bay harbour council voted')).toBe(true);
  });

  it('keeps a link on its own line as article text, not as the page address', () => {
    const links = `<html><body><article><h1>Reading list for the long weekend</h1>
<p>Our editors picked three long reads about coastal towns that are rebuilding after last winter's storms.</p>
<p>https://kestrel-courier.example/2031/04/02/pier</p>
<p>The first is about a harbour council that spent a year arguing over the cost of a new ferry pier.</p></article></body></html>`;
    const article = cleanDoc({ source: 'l.html', format: 'html', html: links, meta: { url: 'https://list.example/reading' } });
    expect(article.url).toBe('https://list.example/reading');
    expect(article.body).toContain('https://kestrel-courier.example/2031/04/02/pier');
  });

  it('never takes a javascript: or data: address for the article URL', () => {
    const hostile = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(2)"></head>
<body><article><h1>Quay board approves dredging</h1><p>The quay board voted on Tuesday to dredge the eastern channel, a project its chair called overdue by a decade.</p></article></body></html>`;
    expect(cleanDoc({ source: 'h.html', format: 'html', html: hostile, meta: {} }).url).toBeNull();
    expect(cleanDoc(txt(STORY, { url: 'data:text/html,<script>alert(3)</script>' })).url).toBeNull();
  });

  it('prefers a corpus text field to the HTML beside it', () => {
    const article = cleanDoc({ source: 'c.jsonl#1', format: 'jsonl', text: STORY, html: page, meta: {} });
    expect(article.body).toContain('Kestrel Bay');
    expect(article.original).toBe(STORY);
  });
});

describe('lines that are never a headline', () => {
  const LEAD =
    'The harbour board of Port Ellis voted on Tuesday to close the north pier for repairs, after divers found cracks in three of its pillars during a routine inspection.';
  const MORE = 'Ferries will use the south quay until the work is finished, the board said in a statement.';

  it('takes no place line for the headline, even scraped twice onto one line; it opens the lead as its dateline', () => {
    const article = cleanDoc(txt(['Port Ellis, Northshire Port Ellis, Northshire', '', LEAD, '', MORE].join('\n')));
    expect(article.headline).toBeNull();
    expect(article.body.startsWith('Port Ellis, Northshire — The harbour board')).toBe(true);
    const es = cleanDoc(txt(['San Teodoro, Valdoria', '', 'La junta del puerto de San Teodoro votó el martes cerrar el muelle norte para repararlo, después de que los buzos hallaran grietas en tres de sus pilares.', '', 'Los transbordadores usarán el muelle sur, dijo la junta.'].join('\n')));
    expect(es.headline).toBeNull();
  });

  it('takes no run of menu words for the headline, in any language, and drops a breadcrumb glued to the title', () => {
    expect(cleanDoc(txt(['News People Sport', '', LEAD, '', MORE].join('\n'))).headline).toBeNull();
    expect(cleanDoc(txt(['Startseite Politik Ausland', '', LEAD, '', MORE].join('\n'))).headline).toBeNull();
    const glued = cleanDoc(txt(['News People Port Ellis closes its north pier', '', 'Port Ellis closes its north pier', '', LEAD, '', MORE].join('\n')));
    expect(glued.headline).toBe('Port Ellis closes its north pier');
    expect(glued.body).not.toContain('News People');
    // A Title Case headline with no lower-case word is still one.
    expect(cleanDoc(txt(['Harbour Board Closes North Pier', '', LEAD, '', MORE].join('\n'))).headline).toBe('Harbour Board Closes North Pier');
  });

  it('takes no place given as the title', () => {
    expect(cleanDoc(txt([LEAD, '', MORE].join('\n'), { headline: 'Port Ellis, Northshire' })).headline).toBeNull();
  });
});

describe('scraped text that kept its markup', () => {
  it('reads a text holding an HTML fragment as HTML: its paragraphs, no tags in the body', () => {
    const text = "<p>Le ferry de Kessa a repris la mer lundi après trois jours d'arrêt.</p><br /><p><i>« C'est un grand jour pour l'île »</i>, a déclaré Dana Kellor, maire de Kessa. Les réservations sont ouvertes.</p>";
    const a = cleanDoc(txt(text));
    expect(a.body).not.toMatch(/<\/?(?:p|i|br)\b/);
    expect(a.body).toContain("« C'est un grand jour pour l'île », a déclaré Dana Kellor");
    expect(a.body.split('\n\n')).toHaveLength(2);
  });

  it('leaves prose that names a tag or two as it is', () => {
    const text = 'The council web team said the old <p> and <br> tags of its pages would go in the redesign, and that the new site would open in May after a month of tests with residents of Northshire.';
    expect(cleanDoc(txt(text)).body).toBe(text);
  });
});
