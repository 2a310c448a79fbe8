// A snippet benchmark's score (the public evaluation set of another extractor): per page, each
// 'with' snippet must occur in the extracted text and each 'without' snippet must not, compared
// after whitespace is collapsed so line breaks and indentation cost nothing.

export interface SnippetPage {
  with: readonly string[];
  without: readonly string[];
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SnippetScore {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** 'with' found = tp, 'with' missing = fn, 'without' found = fp, 'without' absent = tn. */
export function snippetCounts(page: SnippetPage, extracted: string): SnippetCounts {
  const text = norm(extracted);
  const tp = page.with.filter((s) => text.includes(norm(s))).length;
  const fp = page.without.filter((s) => text.includes(norm(s))).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

/** Snippet counts summed over all pages (a page weighs as many snippets as it has); 0 for an empty denominator. */
export function snippetScore(pages: readonly SnippetCounts[]): SnippetScore {
  const c = pages.reduce((s, p) => ({ tp: s.tp + p.tp, fp: s.fp + p.fp, fn: s.fn + p.fn, tn: s.tn + p.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    accuracy: ratio(c.tp + c.tn, c.tp + c.fp + c.fn + c.tn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}
