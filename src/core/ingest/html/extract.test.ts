// Behaviour on small hand-written pages: each one hides a trap real news pages set for extractors.
import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { analysePage } from './extract.js';
import { extractHtml } from './index.js';

// Synthetic article text (not taken from any real outlet).
const PARAS = [
  'The river authority voted on Tuesday to lower the summer irrigation quota by a fifth, citing a third dry winter in a row and reservoirs at their lowest level since records began.',
  'Farmers in the lower valley, who depend on the canal network for almost all of their water, said the decision would force many to leave fields fallow for the season.',
  'Officials said the cut would be reviewed in August if late rains refill the upper reservoirs, and promised compensation for growers who can show losses.',
  'An engineer at the authority said leaks in the older canals waste nearly as much water as the cut is meant to save, and that repairs had been postponed for years.',
];
const article = PARAS.map((p) => `<p>${p}</p>`).join('\n');
const page = (body: string, head = '<title>Irrigation quota cut - Valley Ledger</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const paragraphs = (body: string) => body.split('\n\n');

describe('extractHtml body', () => {
  it('keeps every paragraph, in order, separated by blank lines', () => {
    const out = extractHtml(page(`<article><h1>Irrigation quota cut</h1>${article}</article>`));
    expect(paragraphs(out.body)).toEqual(PARAS);
  });

  it('drops scripts, styles, comments, noscript and hidden elements', () => {
    const html = page(`<article>
      <script>window.secret = "script text";</script><style>.x { color: red }</style>
      <!-- editor note: comment text -->
      <noscript>Enable JavaScript to see noscript text</noscript>
      <div style="display: none">hidden style text</div><p hidden>hidden attribute text</p>
      ${article}</article>`);
    const { body } = extractHtml(html);
    expect(paragraphs(body)).toEqual(PARAS);
  });

  it('drops navigation, header, footer, cookie banner, newsletter box and share bar', () => {
    const html = page(`
      <header><a href="/">Valley Ledger</a><nav><ul><li><a href="/news">News</a></li><li><a href="/farm">Farming</a></li></ul></nav></header>
      <div class="cookie-consent">We use cookies to improve your experience on this site. By continuing to browse you agree to our use of cookies.</div>
      <main><article>
        <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this story</a></div>
        ${article}
        <div class="newsletter-signup"><p>Get the morning briefing delivered to your inbox every weekday. Sign up now, it is free and you can cancel at any time.</p></div>
      </article></main>
      <footer><p>Copyright Valley Ledger. All rights reserved. Terms of use and privacy policy apply to this website and its contents.</p></footer>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('leaves out a comment thread even when it is longer than the article', () => {
    const comment = (n: number) =>
      `<li class="comment"><p>Reader ${n} writes: I have farmed here for thirty years and have never seen the authority act this late. The leaks should have been fixed long ago and everyone knew it.</p></li>`;
    const html = page(`<article>${article}</article>
      <section id="comments"><h3>12 comments</h3><ol>${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></section>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('leaves out a grid of teaser cards for other stories', () => {
    const card = (n: number) => `<div class="card"><h3><a href="/story-${n}">Other story number ${n} about the valley</a></h3>
      <div class="summary">A short summary of another story that the site wants readers to click on next, written to look like a paragraph.</div></div>`;
    const html = page(`<div class="layout"><article>${article}</article>
      <div class="more">${Array.from({ length: 6 }, (_, i) => card(i)).join('')}</div></div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('drops captions, photo credits, bylines, datelines and "Advertisement" between paragraphs', () => {
    const html = page(`<article>
      <p class="byline">By Mara Quell</p><p>Updated 14:05, 3 June 2021</p>
      ${article.replace('</p>\n<p>', '</p><div class="ad-slot">Advertisement</div><p>')}
      <figure><img src="canal.jpg" alt=""><figcaption>A dry canal near the lower valley. Photo: Staff</figcaption></figure>
      <div class="wp-caption"><p class="wp-caption-text">Reservoir levels at the end of May, the lowest on record for the season.</p></div>
      </article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('keeps content tables and lists inside the article', () => {
    const html = page(`<article>${article}
      <table><tr><th>District</th><th>Quota cut</th></tr><tr><td>Upper valley</td><td>12 percent</td></tr><tr><td>Lower valley</td><td>25 percent</td></tr></table>
      <p>What growers can do now:</p><ol><li>Register losses with the district office</li><li>Apply for the drought fund before July</li></ol>
      </article>`);
    const { body } = extractHtml(html);
    for (const text of ['District', 'Quota cut', 'Lower valley', '25 percent', 'Register losses with the district office', 'Apply for the drought fund before July']) {
      expect(body).toContain(text);
    }
  });

  it('removes a heading that repeats the headline but keeps subheadings', () => {
    const html = page(
      `<article><h2>River authority cuts irrigation quota</h2>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<h2>Repairs postponed</h2>${PARAS.slice(2).map((p) => `<p>${p}</p>`).join('')}</article>`,
      '<meta property="og:title" content="River authority cuts irrigation quota">',
    );
    expect(paragraphs(extractHtml(html).body)).toEqual([...PARAS.slice(0, 2), 'Repairs postponed', ...PARAS.slice(2)]);
  });

  it('finds the article when a form wraps the whole page', () => {
    const html = page(`<form id="pageForm" method="post"><div class="wrapper"><div class="story">${article}</div></div><input type="hidden" name="state" value="x"></form>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('keeps an embedded post quoted in the article', () => {
    const html = page(`<article>${article}<div class="social-embed widget"><blockquote class="twitter-tweet"><p>The canal leaks have been reported for a decade and nothing was done.</p>— A Valley Grower (@valleygrower)</blockquote></div>
      <div class="social-share"><a href="#">Share</a> <a href="#">Tweet</a></div></article>`);
    const { body } = extractHtml(html);
    expect(body).toContain('The canal leaks have been reported for a decade and nothing was done.');
    expect(body).not.toMatch(/Share|Tweet/);
  });

  it('handles fragments, empty input and broken markup without throwing', () => {
    expect(paragraphs(extractHtml(article).body)).toEqual(PARAS);
    expect(extractHtml('').body).toBe('');
    expect(extractHtml('<div><p>unclosed <b>tags <i>everywhere').body).toBe('unclosed tags everywhere');
    expect(extractHtml('\u0000\u0001binary\uFFFD junk').body).toContain('binary');
  });

  it('survives very deep nesting', () => {
    const deep = '<div>'.repeat(5000) + article + '</div>'.repeat(5000);
    const { body } = extractHtml(page(deep));
    // Past a few hundred levels the structure is flattened, but no text is lost or reordered.
    expect(body.replace(/\s+/g, ' ')).toBe(PARAS.join(' '));
  });

  it('keeps a product roundup whose items look like cards, among the article paragraphs', () => {
    const item = (n: number) => `<div class="product"><h3><a href="/shop/${n}">Garden hose model ${n} with brass fittings</a></h3>
      <p>Model ${n} kept its shape through a cold winter in our test plot and did not kink once, which is more than most rivals managed this year.</p></div>`;
    const html = page(`<article>${article}${[1, 2, 3, 4].map(item).join('')}</article>`);
    const { body } = extractHtml(html);
    expect(body).toContain(PARAS[3]);
    for (const n of [1, 2, 3, 4]) expect(body).toContain(`Model ${n} kept its shape`);
  });

  it('drops hover cards packed with links inside a sentence, keeping the sentence', () => {
    const hover = `<span class="person"><a href="/p/ana">Ana Ruiz</a><span class="card"><a href="/s/1">Ana Ruiz opens the new canal office downtown</a> <a href="/s/2">Ana Ruiz answers readers on the drought fund</a> <a href="/p/ana">More</a></span></span>`;
    const html = page(`<article><p><span>The chair, ${hover}, said the vote was unanimous.</span></p>${article}</article>`);
    const { body } = extractHtml(html);
    expect(body).toContain('said the vote was unanimous');
    expect(body).not.toContain('opens the new canal office');
  });

  it('reads state words in class names as layout, not furniture', () => {
    const html = page(`<div class="story-card has-image with-sidebar"><div class="recipe-card mv-has-image">${article}</div></div><div class="sidebar"><p>Popular this week: a list of stories from elsewhere on the site, none of them this one.</p></div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('drops stock lines in several languages and leaked markup', () => {
    const html = page(`<article>${PARAS.map((p) => `<p>${p}</p>`).join('<p>Anzeige</p><p>Related: Why the valley canals leak</p><p>&lt;img src="x.gif" width="1" height="1"&gt;</p>')}<p>12 Comments</p><p>Page 1 of 3</p><p>Pages: 1 2 3 Next</p>
      <p>Sign up for the Valley Ledger newsletter and get the top stories in your inbox every morning.</p><p>Follow us on Twitter for updates.</p>
      <p>Staff writer Tomas Reyes contributed to this report.</p><p>[button link="/tips"]Send us a tip[/button]</p>
      <p>(Reporting by Ana Ruiz; Editing by Tomas Reyes)</p><p>Filed under: Farming | Water</p><p>Liked this story? Share it with a neighbour!</p>
      <p>The Valley Ledger may earn a commission from products linked on this page.</p></article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('drops a dateline at the top of the story but keeps dates that are content', () => {
    const html = page(`<article><div>Wednesday 2 June 2021 11:42, UK</div>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}
      <p>Hearing dates:</p><p>14.06.2021 ~ upper valley</p><p>21.06.2021 ~ lower valley</p>${PARAS.slice(2).map((p) => `<p>${p}</p>`).join('')}</article>`);
    const { body } = extractHtml(html);
    expect(body).not.toContain('11:42');
    expect(body).toContain('14.06.2021 ~ upper valley');
    expect(body).toContain('21.06.2021 ~ lower valley');
  });

  it('chooses the article element itself as the container, not the page wrapper around it', () => {
    const html = page(`<div class="page"><div class="main"><article class="story">${article}<p>Short line.</p></article></div>
      <div class="rail"><p>Popular: a summary of some other story on this site that a reader might want to read next.</p></div></div>`);
    const analysis = analysePage(parseHtml(html))!;
    expect(analysis.container.name).toBe('article');
  });

  it('falls back to the strong signals when class names misname the article itself', () => {
    const footerText = 'The Valley Ledger is published by the Valley Ledger Company. Letters to the editor may be edited for length and clarity before publication. '.repeat(4);
    const html = page(`<div class="photo-essay">${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}</div><footer><p>${footerText}</p></footer>`);
    const { body } = extractHtml(html);
    expect(body).toContain(PARAS[0]);
    expect(body).toContain(PARAS[1]);
  });

  it('keeps short paragraphs that merely start like a byline', () => {
    const lines = ['By the end of the day, three more families had left the valley.', 'From Monday, the canal will be closed for repairs.'];
    const html = page(`<article><p class="byline">By Mara Quell, Water correspondent</p>${article}${lines.map((l) => `<p>${l}</p>`).join('')}</article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual([...PARAS, ...lines]);
  });

  it('keeps short paragraphs that only begin with a stock word', () => {
    const lines = [
      'Published in 1962, the manual was reprinted twice before the factory closed.',
      'Copyright law was not the issue, the engineer said.',
      'See more than forty species of birds at the reserve.',
      "Don't miss the lighthouse at dusk.",
    ];
    const html = page(`<article>${article}${lines.map((l) => `<p>${l}</p>`).join('')}<p>Copyright © 2021 Valley Ledger</p></article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual([...PARAS, ...lines]);
  });

  it('joins an article split into several blocks by in-text ads and promos', () => {
    const part = (ps: string[]) => `<div class="body-part">${ps.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const html = page(`<div class="page"><div class="story-wrap">${part(PARAS.slice(0, 2))}<div class="ad-container"><p>Advertisement</p></div>
      <div class="inline-promo"><a href="/x">Subscribe for full access to every story, every day</a></div>${part(PARAS.slice(2))}</div>
      <div class="rail"><ul><li><a href="/a">Top story one</a></li><li><a href="/b">Top story two</a></li></ul></div></div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });
});


describe('cookie-consent notices', () => {
  const NOTICE = `<div class="box"><h2>Cookie settings</h2><p>We and our partners use cookies and similar technologies to store and access information on your device, to measure audiences and to show you personalised content.</p><p>You can accept them all, refuse them, or choose which purposes you allow, and change your choices at any time.</p><a href="#">Accept all</a> <button>Refuse all</button> <a href="javascript:void(0)">Manage preferences</a></div>`;
  const NAV = '<ul class="links"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul>';
  const FOOT = '<div class="bottom"><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a></div>';

  it('leaves no text on a page that is only navigation, a consent notice and footer links', () => {
    expect(extractHtml(page(`<div id="app">${NAV}${NOTICE}${FOOT}</div>`, '<title>Cookie settings</title>')).body).toBe('');
  });

  it('keeps a short article beside a consent notice, and an article about cookie rules that has no consent controls', () => {
    const short = extractHtml(page(`${NAV}${NOTICE}<div class="text"><p>${PARAS[0]}</p></div>${FOOT}`));
    expect(short.body).toBe(PARAS[0]);
    const rules =
      'The data regulator ordered news sites on Monday to let readers reject all cookies as easily as they accept them, and gave publishers until June to change their consent banners.';
    const about = extractHtml(page(`<article><h1>Sites must offer a reject button</h1><p>${rules}</p><p><a href="https://regulator.example/decision">Read the decision</a></p></article>`));
    expect(about.body).toContain(rules);
  });
});

describe('a subheading left at the end', () => {
  const related = '<ul><li><a href="/a">Canal repairs delayed again</a></li><li><a href="/b">Reservoir levels in pictures</a></li><li><a href="/c">Growers ask for relief fund</a></li></ul>';

  it('drops a subheading whose block was left out (a link list of other stories), keeping subheadings inside the text', () => {
    const html = page(`<article><h1>Irrigation quota cut</h1><p>${PARAS[0]}</p><h2>What farmers say</h2><p>${PARAS[1]}</p><p>${PARAS[2]}</p><h3>More on this topic</h3>${related}</article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual([PARAS[0], 'What farmers say', PARAS[1], PARAS[2]]);
  });

  it('keeps a last sentence that a page sets in a heading tag', () => {
    const closing = 'The authority will publish the revised quotas for each district next week.';
    const html = page(`<article><h1>Irrigation quota cut</h1>${article}<h4>${closing}</h4>${related}</article>`);
    expect(paragraphs(extractHtml(html).body)).toEqual([...PARAS, closing]);
  });
});
