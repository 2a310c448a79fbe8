// Small helpers over the htmlparser2/domhandler tree: it is several times faster to build than a
// spec DOM, and the extractor only needs parent/children links, tag names and attributes.
import { parseDocument } from 'htmlparser2';
import { Element, isTag, isText, Text, type AnyNode, type Document } from 'domhandler';

export { Element, isTag, isText, Text };
export type { AnyNode, Document };

export function parseHtml(html: string): Document {
  return parseDocument(capNesting(closeRunawayTitle(html)), { lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** A title longer than this that holds any markup has lost its close tag. */
const RUNAWAY_TITLE_CHARS = 1000;

/** Markup that only a page's head or body holds, never a title's text: a title holding it ran on. */
const PAGE_MARKUP = /<(?:\/(?:head|html)|(?:head|body|meta|link|script|style|base|p|div|h[1-6]|article|main|section|header|nav|table|ul|ol|img)\b)/i;

/**
 * The markup with a runaway <title> closed before its first tag. A title's content is raw text to
 * the parser up to </title>: a page saved or served with that close tag missing (a truncated head,
 * a hand-written page) reads as one long title and an empty body. A real title is a line, never
 * the page's own markup: a title that holds head or body markup (`</head>`, `<meta`, `<body`,
 * `<p`) ran on whatever its length, and one past RUNAWAY_TITLE_CHARS did if it holds any tag.
 */
export function closeRunawayTitle(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html.length > 200_000 ? html.slice(0, 200_000) : html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const closeAt = html.slice(start).search(/<\/title\s*>/i);
  const end = closeAt === -1 ? html.length : start + closeAt;
  const title = html.slice(start, end);
  const pageMarkup = title.search(PAGE_MARKUP);
  const cut = pageMarkup !== -1 ? pageMarkup : end - start > RUNAWAY_TITLE_CHARS ? title.search(/<[a-zA-Z!\/]/) : -1;
  if (cut === -1) return html;
  return `${html.slice(0, start + cut)}</title>${html.slice(start + cut)}`;
}

/** Open elements beyond this depth are dropped, their text kept: no article nests deeper. */
export const MAX_NESTING = 400;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame']);
/** Tags the parser closes when a sibling of the same kind opens: they do not deepen the tree. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'optgroup', 'rt', 'rp']);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * The markup with tags past MAX_NESTING open elements replaced by a space. htmlparser2 keeps its
 * open-element stack with unshift, so each level costs the depth so far: 200k nested elements
 * took 40 s, a million never finished. One linear pass over the tags (a count, not a parse: it
 * only has to be right for absurd depths) bounds that; a page within the cap is returned as is.
 */
export function capNesting(html: string): string {
  let depth = 0;
  let dropped = 0;
  let out: string[] | null = null;
  let copied = 0;
  const drop = (from: number, to: number) => {
    out ??= [];
    out.push(html.slice(copied, from), ' ');
    copied = to;
  };
  for (let i = html.indexOf('<'); i !== -1 && i < html.length; i = html.indexOf('<', i + 1)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 2;
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9-]/.test(html[nameEnd])) nameEnd++;
    if (nameEnd === nameStart) continue;
    const end = html.indexOf('>', nameEnd);
    if (end === -1) break;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (closing) {
      if (VOID_TAGS.has(name) || SELF_CLOSING_SIBLINGS.has(name)) continue;
      if (dropped > 0) {
        dropped--;
        drop(i, end + 1);
      } else if (depth > 0) depth--;
    } else if (RAW_TEXT_TAGS.has(name)) {
      // Their content is text to the parser: skip to the close tag, whatever it holds.
      const closeTag = new RegExp(`</${name}`, 'ig');
      closeTag.lastIndex = end + 1;
      const close = closeTag.exec(html)?.index ?? -1;
      if (close === -1) break;
      const closeEnd = html.indexOf('>', close);
      i = closeEnd === -1 ? html.length : closeEnd;
    } else if (!VOID_TAGS.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && html[end - 1] !== '/') {
      if (depth >= MAX_NESTING) {
        dropped++;
        drop(i, end + 1);
      } else depth++;
    }
    i = Math.max(i, end);
  }
  if (!out) return html;
  (out as string[]).push(html.slice(copied));
  return (out as string[]).join('');
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

// Elements whose content is code or markup for later, never words a reader sees.
const UNSEEN = new Set(['script', 'style', 'noscript', 'template']);

/** Text a reader sees in a node: rawText without the content of script, style, noscript and template. */
export function visibleText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  if (isTag(node) && UNSEEN.has(node.name)) return '';
  let out = '';
  for (const child of (node as Element).children) out += visibleText(child);
  return out;
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
