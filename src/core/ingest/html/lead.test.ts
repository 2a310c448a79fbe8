import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const PARAS = [
  'The Northshire ferry board voted on Monday to raise fares for the first time in six years, citing fuel costs and the repair bill for the older of its two boats.',
  'Commuters who cross to the harbour every day will pay about a tenth more from March, while island residents keep their discount, the board said.',
  'Dana Kellor, who chairs the board, said the rise was the smallest that would keep both boats running through the winter timetable.',
];
const STANDFIRST = 'Island commuters face the first rise in six years as the board blames fuel and an ageing fleet.';
const page = (body: string) => `<!doctype html><html><head><title>Ferry fares rise - Harbour Herald</title></head><body>${body}</body></html>`;
const article = PARAS.map((p) => `<p>${p}</p>`).join('');

describe('standfirst', () => {
  it('keeps the summary set in the article header, above the first paragraph', () => {
    const html = page(`<nav><a href="/">Home</a> <a href="/island">Island</a></nav><article>
      <header><h1>Ferry fares rise</h1><p class="standfirst">${STANDFIRST}</p>
        <p class="byline">By Dana Kellor</p><time>3 March 2025</time>
        <figure><figcaption>The older ferry leaving the harbour on a grey winter morning, as it has done for decades.</figcaption></figure></header>
      <div class="article-body">${article}</div></article>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual([STANDFIRST, ...PARAS]);
  });

  it('keeps a sub-headline sentence under the headline outside the body container', () => {
    const html = page(`<div class="top"><h1>Ferry fares rise</h1><h2 class="article-subheadline">${STANDFIRST}</h2></div>
      <div class="share"><a href="#">Share</a></div><div class="story">${article}</div>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual([STANDFIRST, ...PARAS]);
  });

  it('takes nothing from a headline far from the body, nor labels, links or captions near it', () => {
    const html = page(`<header><h1>Ferry fares rise</h1><div class="caption">A long caption under the headline that reads like a sentence, with a full stop.</div>
      <ul><li><a href="/a">Other story about the Northshire harbour and its ferries this week</a></li></ul><p>Island news</p></header>
      <article>${article}</article>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual(PARAS);
  });

  it('does not repeat a summary the body already opens with', () => {
    const html = page(`<article><h1>Ferry fares rise</h1><p>${STANDFIRST}</p>${article}</article>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual([STANDFIRST, ...PARAS]);
  });
});
