import { describe, expect, it } from 'vitest';
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
});
