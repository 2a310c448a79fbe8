import { describe, expect, it } from 'vitest';
import { capNesting, closeRunawayTitle } from './dom.js';
import { extractHtml } from './index.js';

const para = (n: number) =>
  `<p>Paragraph ${n} of the report explains, in plain words and at some length, what the regional water board decided on Tuesday and why the decision matters to farmers downstream.</p>`;

describe('extractHtml', () => {
  it('returns the article paragraphs without navigation and scripts', () => {
    const html = `<html><head><title>Water board vote - Example News</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <script>var tracking = "do not keep";</script>
      <article><h1>Water board vote</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article>
      <footer>Copyright Example News</footer></body></html>`;
    const out = extractHtml(html);
    expect(out.body.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(5);
    expect(out.body).not.toMatch(/tracking|Copyright|World/);
    expect(out.headline).toBe('Water board vote');
  });

  it('reads the body of a page whose <title> lost its close tag instead of taking the page for a title', () => {
    // A truncated head: the title runs into the scripts and body, as the parser reads raw text to </title>.
    const html = `<html><head><title>Harbour Herald - ferry fares rise
      function resize() { obj.style.fontSize = size + "pt"; }
      ${'var padding = "a script left open by the cut";\n'.repeat(30)}
      </script></head><body><article>${[1, 2, 3].map(para).join('')}</article></body></html>`;
    const { body, headline } = extractHtml(html);
    expect(body.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(3);
    expect(headline).toMatch(/^Harbour Herald - ferry fares rise/);
  });

  it('reads a page without <body> whose head was cut mid-tag', () => {
    const html = `<html><head><title>Harbour Herald</title><meta name="robots" content="ALL"><meta http-equiv="Expires" conten
      <table><tr><td><article>${[1, 2, 3].map(para).join('')}</article></td></tr></table></html>`;
    expect(extractHtml(html).body.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(3);
  });

  it('reads a short page whose <title> lost its close tag before the head ended', () => {
    const html = `<html><head><title>Velmar council votes to close the ferry pier
      <meta charset="utf-8"></head><body><h1>Velmar council votes to close the ferry pier</h1>${[1, 2, 3].map(para).join('')}</body></html>`;
    const { body, headline } = extractHtml(html);
    expect(body.split('\n\n').filter((p) => p.startsWith('Paragraph'))).toHaveLength(3);
    expect(headline).toBe('Velmar council votes to close the ferry pier');
    // The same with no head markup after the title: the body is what closes it.
    const bare = `<html><head><title>Velmar council votes\n<body><p>${'Dana Kellor said the pier had been unsafe for years. '.repeat(4)}</p></body></html>`;
    expect(extractHtml(bare).body).toContain('Dana Kellor said the pier');
  });

  it('leaves a title with a literal angle bracket or inline tag as it is', () => {
    for (const title of ['Kessa turnout < 40% as Velmar votes', 'Velmar votes <i>again</i> on the pier']) {
      const page = `<html><head><title>${title}</title></head><body><p>x</p></body></html>`;
      expect(closeRunawayTitle(page)).toBe(page);
    }
  });

  it('leaves a long title without markup as it is', () => {
    const title = 'Dana Kellor on the Northshire budget, '.repeat(40);
    expect(closeRunawayTitle(`<title>${title}</title><body><p>x</p></body>`)).toBe(`<title>${title}</title><body><p>x</p></body>`);
  });

  it('reads a page nested 200,000 elements deep in linear time and keeps its text', () => {
    const depth = 200_000;
    const html = `<html><head><title>Deep page</title></head><body>${'<div><span>'.repeat(depth / 2)}${para(1)}${para(2)}${'</span></div>'.repeat(depth / 2)}</body></html>`;
    const started = Date.now();
    const { body } = extractHtml(html, null);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(body).toContain('Paragraph 1 of the report explains');
    expect(body).toContain('Paragraph 2 of the report explains');
  });

  it('leaves a page within the nesting cap exactly as the parser reads it', () => {
    const nested = (n: number) => `${'<section>'.repeat(n)}<h2>Inner</h2>${para(3)}${'</section>'.repeat(n)}`;
    const html = `<html><body><script>if (a < b) { x = "<div><div><div>"; }</script><article>${nested(50)}<!-- <div> -->${[4, 5, 6].map(para).join('')}</article></body></html>`;
    expect(capNesting(html)).toBe(html);
    expect(extractHtml(html, null).body).toContain('Paragraph 6');
  });
});
