// Choosing the article's container when prose alone misleads: an article of short lines (results,
// a recipe, a programme) beside a stray paragraph, a text module named after its picture, and class
// names that describe a script hook, a CMS taxonomy or a hidden label rather than the element's role.
// Invented pages and text only.
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

const page = (body: string) => `<!doctype html><html><head><title>Kessport news - Harbour Herald</title></head><body>${body}</body></html>`;

const RESULTS = [
  'Regional championship, Port Velmar stadium',
  '1. Ilse Brandauer, Kessport 12.41 s',
  '2. Dana Kellor, Northshire 12.58 s',
  '3. Marco Ventresca, Velmar 12.77 s',
  '4. Tomas Verhoek, Kessport 12.90 s',
  '5. Anna Rook, Northshire 13.02 s',
  '6. Lena Marsh, Velmar 13.15 s',
  'Long jump: Ilse Brandauer 5.12 m',
];
const resultsBlock = `<div class="entry-content">${RESULTS.map((r) => `<p>${r}</p>`).join('')}</div>`;

const PARAS = [
  'The Kessport harbour board agreed on Monday to close the old ferry pier for repairs, after divers found cracks in three of the timber piles that hold up its outer end.',
  'Dana Kellor, who chairs the board, said the pier would reopen before the summer crossings begin, and that the ferry would use the fishing quay until then.',
  'Traders on the quay said they welcomed the work but asked the board to keep the car park open, since most of their customers arrive by road.',
  'Engineers expect the repairs to take eleven weeks, weather permitting, and the board has set aside money for a second inspection in the autumn.',
];
const article = PARAS.map((p) => `<p>${p}</p>`).join('');

describe('an article of short lines', () => {
  it('is kept whole, not reduced to its one sentence-long line', () => {
    const intro = '<p>Results of the regional championship for under-16 athletes, held on Saturday at the Port Velmar stadium in light rain.</p>';
    const body = extractHtml(page(`<main><article><h1>Championship results</h1>${intro}${resultsBlock}</article></main>`)).body;
    for (const line of RESULTS) expect(body).toContain(line);
  });

  it('keeps a recipe whose ingredients and steps are all short lines, not the sidebar blurb', () => {
    const ingredients = ['500 g flour', '250 g butter, cold', '2 eggs', '1 pinch of salt', '200 ml milk', '3 tablespoons of sugar', '1 lemon, zest only'];
    const steps = ['Rub the butter into the flour.', 'Beat in the eggs and the milk.', 'Rest the dough for an hour.', 'Bake for 25 minutes at 180 °C.'];
    const html = page(`<div class="layout"><div class="recipe"><h1>Velmar lemon cake</h1><ul>${ingredients.map((i) => `<li>${i}</li>`).join('')}</ul>
      <ol>${steps.map((s) => `<li>${s}</li>`).join('')}</ol></div>
      <div class="about-box"><p>The Harbour Herald kitchen has tested every recipe on this site twice, in a home oven, with ingredients from an ordinary shop in Kessport.</p></div></div>`);
    const body = extractHtml(html).body;
    for (const line of [...ingredients, ...steps]) expect(body).toContain(line);
  });

  it('leaves an article of paragraphs in charge: link-free lines elsewhere do not take over', () => {
    const hours = `<div class="opening"><p>Monday to Friday 9 to 17</p><p>Saturday 10 to 14</p><p>Sunday closed</p><p>Public holidays closed</p><p>Ticket office: Quay Road 4</p><p>Lost property: Quay Road 6</p><p>Kessport ferry terminal</p></div>`;
    const body = extractHtml(page(`${hours}<article>${article}</article>`)).body;
    expect(body.split('\n\n')).toEqual(PARAS);
  });

  it('keeps a short story of one paragraph when the link-free lines elsewhere are fewer than its words', () => {
    const story = `<article><p>${PARAS[0]} ${PARAS[1]}</p></article>`;
    const lines = ['Kessport ferry terminal', 'Quay Road 4, Kessport', 'Open daily from 6 to 22', 'Tickets at the kiosk', 'Cars: book a day ahead', 'Bicycles travel free', 'Dogs on a lead only', 'Timetable from 1 May', 'Lost property at desk'];
    const html = page(`<div class="main">${story}</div><div class="box">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`);
    expect(extractHtml(html).body).toBe(`${PARAS[0]} ${PARAS[1]}`);
  });
});

describe('class names that do not make an element furniture', () => {
  it('keeps a text module named after its picture ("text-image-module") that holds paragraphs', () => {
    const html = page(`<article><p>${PARAS[0]}</p><section class="text-image-module"><p>${PARAS[1]}</p><p>${PARAS[2]}</p></section><p>${PARAS[3]}</p></article>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual(PARAS);
  });

  it('still leaves out a picture box holding one caption paragraph', () => {
    const caption = '<div class="article-image"><p>The old ferry pier at low tide on Sunday evening, seen from the fishing quay at Kessport harbour.</p></div>';
    const html = page(`<article><p>${PARAS[0]}</p>${caption}<p>${PARAS[1]}</p><p>${PARAS[2]}</p><p>${PARAS[3]}</p></article>`);
    expect(extractHtml(html).body.split('\n\n')).toEqual(PARAS);
  });

  it('reads a script hook ("js-…") as behaviour, not as the element being related stories', () => {
    const html = page(`<main><section class="article__content js-truncate-related-height">${article}</section></main>
      <div class="related"><p>More from the Harbour Herald: a longer look at how Kessport harbour grew from a fishing village into the region's busiest ferry port.</p></div>`);
    const body = extractHtml(html).body;
    expect(body.split('\n\n')).toEqual(PARAS);
  });

  it('reads a field whose label is hidden as shown, and a hidden element as hidden', () => {
    const html = page(`<article><p>${PARAS[0]}</p><div class="field field-label-hidden"><p>${PARAS[1]}</p><p>${PARAS[2]}</p></div><p>${PARAS[3]}</p><div class="hidden">Print edition only: subscribers can order back issues of the Harbour Herald at the Quay Road office.</div></article>`);
    const body = extractHtml(html).body;
    expect(body.split('\n\n')).toEqual(PARAS);
  });

  it("reads a post format class ('post_format-post-format-gallery') as taxonomy, not as a gallery", () => {
    const html = page(`<div id="content"><article class="post hentry post_format-post-format-gallery"><h1>Championship results</h1>${resultsBlock}</article></div>
      <div class="likes"><span>12 readers like this</span></div>`);
    const body = extractHtml(html).body;
    for (const line of RESULTS) expect(body).toContain(line);
  });
});
