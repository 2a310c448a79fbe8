// Comment sections and sidebars that outweigh the story: invented pages where the only signals are
// a comment-section heading or furniture named twice over (tag and class), never a site's markup.
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const PARAS = [
  'The Northshire harbour board agreed on Monday to close the old ferry pier for repairs, after divers found cracks in three of the timber piles that hold up its outer end.',
  'Dana Kellor, who chairs the board, said the pier would reopen before the summer crossings begin, and that the ferry would use the fishing quay until then.',
  'Traders on the quay said they welcomed the work but asked the board to keep the car park open, since most of their customers arrive by road.',
];
const page = (body: string) => `<!doctype html><html><head><title>Ferry pier to close - Harbour Herald</title></head><body>${body}</body></html>`;
const paragraphs = (body: string) => body.split('\n\n');
const comment = (n: number) =>
  `<p><b>Reader ${n}</b></p><p>I have taken that ferry every week for twenty years and the pier has been falling apart for most of them, so it is about time somebody did something about it.</p>`;
const comments = (n: number) => Array.from({ length: n }, (_, i) => comment(i)).join('');

describe('comment sections', () => {
  it('ends the story at a comment-section heading in a flat container without class names', () => {
    const html = page(`<div>${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>3 Responses to "Ferry pier to close"</p>${comments(8)}</div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('ends it at "Comments are closed" and in other languages', () => {
    for (const heading of ['Comments are now closed for this story', 'Kommentare (12)', '4 commentaires', 'Leave a Reply']) {
      const html = page(`<div>${PARAS.map((p) => `<p>${p}</p>`).join('')}<h3>${heading}</h3>${comments(6)}</div>`);
      expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
    }
  });

  it('does not cut at a comment count linked under the headline, nor at an opinion label', () => {
    const html = page(`<div><p><a href="#c">12 comments</a></p><p>Comment</p>${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`);
    expect(extractHtml(html).body).toContain(PARAS[2]);
    const label = page(`<div>${PARAS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}<h3>Comment</h3><p>${PARAS[2]}</p></div>`);
    expect(extractHtml(label).body).toContain(PARAS[2]);
  });
});

describe('furniture named twice over', () => {
  const story = `<div class="text">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const teaser = (n: number) =>
    `<li><h4><a href="/s${n}">Other story ${n}</a></h4><p>A long summary of another story from Velmar that the sidebar shows beside every article on the site, written like prose.</p></li>`;

  it('leaves out a sidebar that outweighs a short story beside it', () => {
    const html = page(`<div id="main">${story}<aside id="sidebar"><ul>${Array.from({ length: 12 }, (_, i) => teaser(i)).join('')}</ul></aside></div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('leaves out a comment thread holding nine tenths of the page prose', () => {
    const html = page(`<div id="main">${story}<div id="comments_container">${comments(30)}</div></div>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });

  it('still takes a furniture-named element as the wrapper when nothing like an article lies beside it', () => {
    const html = page(`<aside class="sidebar">${story}</aside><p><a href="/">Home</a></p>`);
    expect(paragraphs(extractHtml(html).body)).toEqual(PARAS);
  });
});
