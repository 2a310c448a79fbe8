// Small helpers over the htmlparser2/domhandler tree: it is several times faster to build than a
// spec DOM, and the extractor only needs parent/children links, tag names and attributes.
import { parseDocument } from 'htmlparser2';
import { Element, isTag, isText, Text, type AnyNode, type Document } from 'domhandler';

export { Element, isTag, isText, Text };
export type { AnyNode, Document };

export function parseHtml(html: string): Document {
  return parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** Every element below root in document order. */
export function elementsOf(root: Document | Element): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

export function byTag(root: Document | Element, ...names: string[]): Element[] {
  return elementsOf(root).filter((el) => names.includes(el.name));
}

/** Raw text of a node including script/style content (use for JSON-LD and <title>). */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  let out = '';
  for (const child of (node as Element).children) out += rawText(child);
  return out;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
