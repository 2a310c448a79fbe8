import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { extractMeta, normaliseDate, stripSiteName } from './metadata.js';

const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);

describe('extractMeta', () => {
  it('prefers Open Graph and article: tags', () => {
    const meta = extractMeta(
      page(`<title>Harbour reopens after storm | Coastline Daily</title>
        <meta property="og:title" content="Harbour reopens after storm">
        <meta property="og:site_name" content="Coastline Daily">
        <meta property="article:published_time" content="2021-03-04T09:15:00+01:00">
        <link rel="canonical" href="/news/harbour-reopens">`),
      'https://coastline.example/news/harbour-reopens?utm=x',
    );
    expect(meta).toEqual({
      headline: 'Harbour reopens after storm',
      published: '2021-03-04T09:15',
      outlet: 'Coastline Daily',
      url: 'https://coastline.example/news/harbour-reopens',
    });
  });

  it('reads a JSON-LD NewsArticle inside an @graph, ignoring broken JSON-LD', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Valley Post' },
        {
          '@type': 'NewsArticle',
          headline: 'Council approves new bridge',
          datePublished: '2019-11-30',
          publisher: { '@type': 'Organization', name: 'Valley Post' },
          mainEntityOfPage: { '@id': 'https://valley.example/bridge' },
        },
      ],
    });
    const meta = extractMeta(page(`<script type="application/ld+json">{oops</script><script type="application/ld+json">${ld}</script>`));
    expect(meta).toEqual({
      headline: 'Council approves new bridge',
      published: '2019-11-30',
      outlet: 'Valley Post',
      url: 'https://valley.example/bridge',
    });
  });

  it('takes the <h1> headline as a reader sees it: a script or style inside it is no part of it', () => {
    const meta = extractMeta(
      page('<title>Home</title><style>h1{color:red}</style>', '<h1>Northshire keeps its ferry subsidy <script>track("h1")</script><style>.x{}</style><noscript>Enable scripts</noscript></h1><p>The council voted on Tuesday.</p>'),
      null,
    );
    expect(meta.headline).toBe('Northshire keeps its ferry subsidy');
  });

  it('falls back to <h1>, <time> and a dated URL path; unknown stays null', () => {
    const withTime = extractMeta(page('<title>Site</title>', '<h1>Rains return</h1><time datetime="2018-06-02T17:40">June 2</time>'));
    expect(withTime.headline).toBe('Rains return');
    expect(withTime.published).toBe('2018-06-02T17:40');
    expect(withTime.outlet).toBeNull();
    expect(withTime.url).toBeNull();
    const fromPath = extractMeta(page('<title>Farm prices fall - Rural Times</title>'), 'https://rural.example/2016/07/09/farm-prices');
    expect(fromPath.headline).toBe('Farm prices fall');
    expect(fromPath.published).toBe('2016-07-09');
  });
});

describe('normaliseDate', () => {
  it('keeps the stated local time and drops a bare midnight', () => {
    expect(normaliseDate('2017-12-25T11:06:00+03:00')).toBe('2017-12-25T11:06');
    expect(normaliseDate('2017-12-25T00:00:00Z')).toBe('2017-12-25');
    expect(normaliseDate('Mon, 25 Dec 2017 11:06:00 GMT')).toBe('2017-12-25T11:06');
    expect(normaliseDate('December 25, 2017')).toBe('2017-12-25');
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2017-13-45')).toBeNull();
  });
});

describe('stripSiteName', () => {
  it('drops a leading or trailing segment that names the site, and nothing else', () => {
    expect(stripSiteName('Harbour reopens after storm | Coastline Daily', ['Coastline Daily', null])).toBe('Harbour reopens after storm');
    expect(stripSiteName('Coastline Daily - Harbour reopens after storm', ['Coastline Daily', null])).toBe('Harbour reopens after storm');
    expect(stripSiteName('Harbour reopens - Coastline', [null, 'www.coastline.co.uk'])).toBe('Harbour reopens');
    expect(stripSiteName('Ferries - the winter timetable', ['Coastline Daily', 'coastline.example'])).toBe('Ferries - the winter timetable');
    expect(stripSiteName('Harbour reopens after storm', ['Coastline Daily', null])).toBe('Harbour reopens after storm');
  });
});

describe('publication date from page markup', () => {
  it('reads class-marked date lines, preferring "published" to "updated"', () => {
    const meta = extractMeta(
      page('', `<div class="story-meta"><span class="date-updated">Updated 5 March 2021, 18:00</span><span class="published-date">4 March 2021, 09:15</span></div><p>Body text.</p>`),
    );
    expect(meta.published).toBe('2021-03-04T09:15');
  });

  it('reads machine-readable attributes and other publish-date meta names', () => {
    expect(extractMeta(page('', '<div class="date" data-datetime="2020-02-01T07:30:00Z">1 Feb</div>')).published).toBe('2020-02-01T07:30');
    expect(extractMeta(page('<meta name="cms-post-date" content="2019/11/19">')).published).toBe('2019-11-19');
  });

  it('reads a dotted numeric date day-first, with its time', () => {
    expect(extractMeta(page('', '<p class="date">12.03.2031, 14:05</p><p>Body text.</p>')).published).toBe('2031-03-12T14:05');
    expect(extractMeta(page('', '<span class="date">Stand: 05.11.2031 um 7:40</span>')).published).toBe('2031-11-05T07:40');
    expect(extractMeta(page('<meta name="date" content="31.01.2031">')).published).toBe('2031-01-31');
  });

  it('ignores relative dates it cannot pin down', () => {
    expect(extractMeta(page('', '<span class="timestamp">13 hours ago</span>')).published).toBeNull();
  });
});

describe('outlet', () => {
  it('falls back from og:site_name to JSON-LD publisher, then publisher meta tags', () => {
    expect(extractMeta(page('<meta name="publisher" content="Upland Courier">')).outlet).toBe('Upland Courier');
    expect(extractMeta(page('<meta name="DC.publisher" content="Upland Courier">')).outlet).toBe('Upland Courier');
    expect(extractMeta(page('<meta property="og:site_name" content="Coast FM"><meta name="publisher" content="Coast Media Group">')).outlet).toBe('Coast FM');
  });

  it('takes the title suffix that the home link repeats, unless it is a menu word such as "News"', () => {
    const home = (name: string) => page(`<title>Ferry halted after hull crack | ${name}</title>`, `<header><a href="/">${name}</a></header>`);
    expect(extractMeta(home('Upland Courier')).outlet).toBe('Upland Courier');
    expect(extractMeta(home('News')).outlet).toBeNull();
  });
});

