import { describe, expect, it } from 'vitest';
import { generateCorpus } from './index.ts';
import { corpusTruth } from './truth.ts';

const words = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const fiveGrams = (s: string): Set<string> => {
  const w = words(s).split(' ');
  return new Set(w.slice(4).map((_, i) => w.slice(i, i + 5).join(' ')));
};

describe('generateCorpus', () => {
  const corpus = generateCorpus({ articles: 400, seed: 7 });
  const byId = new Map(corpus.articles.map((a) => [a.article.id, a]));

  it('is reproducible from its options and varies with the seed', () => {
    const again = generateCorpus({ articles: 400, seed: 7 });
    expect(again.articles.map((a) => a.article.id)).toEqual(corpus.articles.map((a) => a.article.id));
    const other = generateCorpus({ articles: 400, seed: 8 });
    expect(other.articles[0].article.id).not.toEqual(corpus.articles[0].article.id);
  });

  it('produces the requested number of distinct articles with every kind of reuse', () => {
    expect(corpus.articles).toHaveLength(400);
    expect(byId.size).toBe(400);
    const kinds = new Set(corpus.articles.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['edited copy', 'original', 'partial copy', 'whole copy']);
    const stories = new Set(corpus.articles.map((a) => a.story));
    expect(stories.size).toBeGreaterThan(20);
    const undated = corpus.articles.filter((a) => a.published === null).length;
    expect(undated).toBeGreaterThan(10);
    expect(undated).toBeLessThan(100);
  });

  it('renders each article as scraped text and as HTML carrying the same body', () => {
    for (const a of corpus.articles.slice(0, 50)) {
      expect(a.text.startsWith(a.outlet && a.layout % 3 === 0 ? a.outlet : a.headline)).toBe(true);
      expect(a.text).toContain(a.body);
      expect(a.html).toContain(`<h1>${a.headline}</h1>`);
      const article = a.html.slice(a.html.indexOf('<article>'), a.html.indexOf('</article>'));
      const htmlText = article.match(/<p>[\s\S]*?<\/p>/g)!.map((p) => p.slice(3, -4)).join(' ');
      expect(words(htmlText.replace(/&quot;/g, '"'))).toEqual(words(a.body));
    }
  });

  it('records quotes and figures exactly as they appear in the body', () => {
    expect(corpus.quotes.length).toBeGreaterThan(400);
    for (const q of corpus.quotes) expect(byId.get(q.article)!.body).toContain(q.text);
    for (const f of corpus.figures) {
      expect(byId.get(f.article)!.body).toContain(f.text);
      expect(f.text).toContain(String(f.value));
    }
    expect(corpus.quotes.some((q) => q.partial)).toBe(true);
    expect(corpus.quotes.some((q) => q.wording === 'translation')).toBe(true);
  });

  it('truth reuse matches the text: whole copies share every word, copies share source sentences', () => {
    expect(corpus.reuse.length).toBeGreaterThan(50);
    for (const r of corpus.reuse) {
      const source = byId.get(r.source)!;
      const copy = byId.get(r.copy)!;
      expect(source.story).toBe(copy.story);
      if (r.kind === 'whole copy') expect(words(copy.body)).toEqual(words(source.body));
      if (r.kind === 'edited copy' || r.kind === 'partial copy') {
        const copyGrams = fiveGrams(copy.body);
        const shared = [...fiveGrams(source.body)].filter((g) => copyGrams.has(g)).length;
        expect(shared).toBeGreaterThan(r.paragraphs * 5);
      }
      if (r.direction === 'known' && source.published && copy.published) {
        expect(copy.published.slice(0, 10) >= source.published.slice(0, 10)).toBe(true);
      }
    }
    expect(corpus.reuse.some((r) => r.kind === 'shared ancestor')).toBe(true);
    expect(corpus.reuse.some((r) => r.credited)).toBe(true);
  });

  it('credits name the source outlet in the copy', () => {
    for (const r of corpus.reuse.filter((x) => x.credited)) {
      expect(byId.get(r.copy)!.body).toContain(`${byId.get(r.source)!.outlet} report`);
    }
  });

  it('serialises a truth file keyed by article id and file', () => {
    const truth = JSON.parse(JSON.stringify(corpusTruth(corpus)));
    expect(truth.articles).toHaveLength(400);
    expect(truth.articles[0]).toMatchObject({ file: 'gen-000000', id: corpus.articles[0].article.id });
    expect(truth.stories[0].quotes[0].speaker).toEqual(expect.any(String));
  });
});
