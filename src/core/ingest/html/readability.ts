// Mozilla Readability on a linkedom DOM: the reference extractor storytrace is measured against.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const BLOCK = /^(?:p|div|section|article|main|header|footer|aside|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|figure|figcaption|br|hr)$/i;

/** Readability's main text with its block structure kept as blank-line-separated paragraphs. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { serializer: (node: Node) => node }).parse();
  const root = article?.content as Node | null | undefined;
  if (!root) return '';
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) parts.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK.test((node as Element).tagName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}
