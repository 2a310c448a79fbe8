// Renders a generated article the two ways inputs arrive: scraped text and a simple HTML page.
import * as V from './vocabulary.ts';

export interface Renderable {
  outlet: string | null;
  published: string | null;
  headline: string;
  body: string;
  /** Which dateline and masthead layout to use; varies per article like real scrapes. */
  layout: number;
}

const shortMonths = V.months.map((m) => m.slice(0, 3));

/** A human dateline in one of several site styles, or '' when the article has no date. */
export function dateline(published: string | null, layout: number): string {
  if (!published) return '';
  const [day, time] = published.split('T');
  const [y, m, d] = day.split('-').map(Number);
  switch (layout % 4) {
    case 0: return `${d} ${shortMonths[m - 1]}, ${y}${time ? ` ${time}` : ''}`;
    case 1: return `${V.months[m - 1]} ${d}, ${y}`;
    case 2: return `Published ${day}${time ? ` ${time}` : ''}`;
    default: {
      const weekday = V.weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
      return `${weekday}, ${d} ${V.months[m - 1]} ${y}`;
    }
  }
}

/** Scraped text: optional masthead, headline, dateline, then paragraphs separated by blank lines. */
export function renderText(a: Renderable): string {
  const head: string[] = [];
  if (a.outlet && a.layout % 3 === 0) head.push(a.outlet);
  head.push(a.headline);
  const dl = dateline(a.published, a.layout);
  if (dl) head.push(dl);
  return `${head.join('\n\n')}\n\n${a.body}\n`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain article page with the usual page furniture around the article element. */
export function renderHtml(a: Renderable): string {
  const site = a.outlet ? escapeHtml(a.outlet) : 'News';
  const meta = [
    a.outlet ? `<meta property="og:site_name" content="${site}">` : '',
    a.published ? `<meta property="article:published_time" content="${a.published}">` : '',
  ].filter(Boolean).join('\n');
  const time = a.published
    ? `<time datetime="${a.published}">${escapeHtml(dateline(a.published, a.layout))}</time>`
    : '';
  const paragraphs = a.body.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(a.headline)} | ${site}</title>
${meta}
</head><body>
<header><a href="/">${site}</a><nav><a href="/world">World</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><article>
<h1>${escapeHtml(a.headline)}</h1>
${time}
${paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/more">More stories from ${site}</a></li></ul></aside></main>
<footer><p>© ${site}. All rights reserved.</p><p><a href="/newsletter">Sign up for our newsletter</a></p></footer>
</body></html>
`;
}
