// The injected reuse: how one outlet's article ends up inside another's. Copied paragraphs keep
// their origin so the truth can count shared paragraphs between any two articles, including two
// copies of a common source.
import type { Random } from './random.ts';
import { paraphrase } from './stories.ts';
import type { ArticleWriter, Paragraph } from './writer.ts';

export type CopyKind = 'whole copy' | 'edited copy' | 'partial copy';

const straightQuotes = (s: string): string => s.replace(/[“”]/g, '"');
const curlyQuotes = (s: string): string => s.replace(/"([^"]*)"/g, '“$1”');

/**
 * Body text: paragraphs separated by a blank line unless one runs on into the next. Built with
 * Array.join so the result is one flat string, as text read from a file is (repeated `+=` leaves
 * a rope that every consumer would pay to flatten).
 */
export function joinParagraphs(paragraphs: Paragraph[]): string {
  const parts: string[] = [];
  paragraphs.forEach((p, i) => {
    parts.push(p.text);
    if (i < paragraphs.length - 1) parts.push(p.joinNext ? ' ' : '\n\n');
  });
  return parts.join('');
}

/**
 * The same words as another site's CMS would store them: quotation-mark style flipped, paragraph
 * breaks and commas dropped here and there, so the content is a duplicate while the article id
 * (which ignores only case, quote style and spacing) differs. `variant` enumerates the renderings
 * so the caller can pick one no other article already has.
 */
export function wholeCopy(source: Paragraph[], variant: number): Paragraph[] | null {
  const withCommas = source.map((p, i) => (p.text.includes(',') ? i : -1)).filter((i) => i >= 0);
  if (variant >= withCommas.length * 2) return null;
  const stripped = withCommas[variant % withCommas.length];
  const merge = variant >= withCommas.length ? (variant % Math.max(1, source.length - 1)) : -1;
  const hasCurly = source.some((p) => /[“”]/.test(p.text));
  return source.map((p, i) => {
    let text = hasCurly ? straightQuotes(p.text) : curlyQuotes(p.text);
    if (i !== stripped) return { ...p, text, joinNext: i === merge ? true : p.joinNext };
    const noCommas = (x: string): string => x.replace(/,/g, '');
    return {
      ...p,
      text: noCommas(text),
      joinNext: i === merge ? true : p.joinNext,
      quotes: p.quotes.map((q) => ({ ...q, text: noCommas(q.text) })),
      figures: p.figures.map((f) => ({ ...f, text: noCommas(f.text) })),
    };
  });
}

const sentences = (text: string): string[] => text.split(/(?<=[.:”])\s+(?=[A-Z“])/);

/** Light copy-editing of one narrative paragraph: word swaps, a dropped or an added sentence. */
function editParagraph(p: Paragraph, rng: Random, writer: ArticleWriter): Paragraph {
  if (p.quotes.length > 0) return p;
  const figureTexts = new Set(p.figures.map((f) => f.text));
  let parts = sentences(p.text).map((s) => (figureTexts.has(s) ? s : paraphrase(s, rng, 0.5)));
  if (parts.length >= 3 && rng.chance(0.15)) {
    const drop = rng.int(0, parts.length - 1);
    if (!figureTexts.has(parts[drop])) parts = parts.filter((_, i) => i !== drop);
  }
  if (rng.chance(0.15)) parts.splice(rng.int(0, parts.length), 0, writer.sentence());
  return { ...p, text: parts.join(' ') };
}

/** An edited republication: every paragraph lightly edited, maybe re-ordered, new lead, maybe a credit. */
export function editedCopy(
  source: Paragraph[],
  rng: Random,
  writer: ArticleWriter,
  credit: string | null,
): Paragraph[] {
  const body = source.map((p) => editParagraph(p, rng, writer));
  if (body.length > 3 && rng.chance(0.3)) {
    const i = rng.int(1, body.length - 2);
    [body[i], body[i + 1]] = [body[i + 1], body[i]];
  }
  const lead: Paragraph[] = rng.chance(0.6) ? [writer.narrative(rng.int(1, 2))] : [];
  return [...lead, ...(credit ? [writer.credit(credit)] : []), ...body];
}

/**
 * An article of its own into which a run of paragraphs from the source is pasted. The run holds
 * at least one narrative paragraph so it is not merely a shared quote.
 */
export function partialCopy(
  source: Paragraph[],
  rng: Random,
  writer: ArticleWriter,
  credit: string | null,
): Paragraph[] {
  const own = writer.body();
  const length = Math.min(source.length, rng.int(1, 4));
  let start = rng.int(0, source.length - length);
  for (let tries = 0; tries < source.length; tries++) {
    if (source.slice(start, start + length).some((p) => p.quotes.length === 0)) break;
    start = (start + 1) % (source.length - length + 1);
  }
  const section = source.slice(start, start + length).map((p) => (rng.chance(0.3) ? editParagraph(p, rng, writer) : p));
  const at = rng.int(1, own.length);
  const inserted = credit ? [writer.credit(credit), ...section] : section;
  return [...own.slice(0, at), ...inserted, ...own.slice(at)];
}
