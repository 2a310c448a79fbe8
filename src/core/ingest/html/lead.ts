// The standfirst: the sentence or two that publishers set between the headline and the first
// paragraph (a "dek", "intro", "teaser-text", an <h2> in the article's <header>). It sits in the
// header with the byline and the date, so the furniture rules set it aside with them; it is read
// here from its place (right under the headline) and its shape (a sentence, not a label or links).
import { attrWords, BLOCK_TAGS, isDateLine, isStockLine, JUNK_TAGS } from './boilerplate.js';
import { isTag, isText, type AnyNode, type Element } from './dom.js';

/** Elements walked from the headline before giving up on reaching the article's first paragraph. */
const MAX_WALK = 120;
/** A standfirst is a sentence or two: shorter is a label, longer is body text the container missed. */
const MIN_CHARS = 60;
const MAX_CHARS = 600;
/** Class/id words of header parts that can read like a sentence but are not the story's summary. */
const NOT_LEAD = new Set([
  'caption', 'captions', 'credit', 'credits', 'byline', 'author', 'authors', 'bio', 'date', 'time', 'timestamp',
  'dateline', 'meta', 'nav', 'menu', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'social', 'related',
  'ad', 'ads', 'advert', 'advertisement', 'promo', 'newsletter', 'subscribe', 'comment', 'comments', 'tags',
  'figure', 'image', 'photo', 'gallery', 'video', 'disclaimer', 'notice', 'alert', 'cookie', 'consent',
]);

interface Line {
  text: string;
  link: number;
  /** Under an element named as something other than a summary (caption, byline, share bar). */
  named: boolean;
}

/**
 * Standfirst lines between the page's headline (its <h1>) and the body's first paragraph, that the
 * body does not already hold. Empty when the headline is not found close above the body.
 */
export function standfirst(root: Element, body: string): string[] {
  const first = key(body.split('\n\n', 1)[0] ?? '');
  if (!first) return [];
  const h1 = firstH1(root);
  if (!h1) return [];
  const lines = linesAfter(h1, first);
  if (!lines) return [];
  const kept: string[] = [];
  for (const line of lines) {
    if (line.named || line.text.length < MIN_CHARS || line.text.length > MAX_CHARS) continue;
    if (line.link > line.text.length * 0.2 || isStockLine(line.text) || isDateLine(line.text)) continue;
    // A sentence: it ends as one, or runs long enough that it cannot be a label.
    if (!/[.!?…:;"”»’)]$/.test(line.text) && line.text.length < 120) continue;
    if (body.includes(line.text)) continue;
    kept.push(line.text);
  }
  // More than two is a block of the page the container left out, not a summary.
  return kept.length <= 2 ? kept : [];
}

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().slice(0, 60);

function firstH1(root: Element): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'h1') return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return null;
}

/**
 * The text lines after `start` in document order up to the one whose start matches `stop`, or
 * null when that line is not reached within MAX_WALK elements.
 */
function linesAfter(start: Element, stop: string): Line[] | null {
  const lines: Line[] = [];
  let buf = '';
  let link = 0;
  let named = false;
  let walked = 0;
  let done = false;
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      if (key(text) === stop || (stop.length >= 30 && key(text).startsWith(stop))) done = true;
      else lines.push({ text, link, named });
    }
    buf = '';
    link = 0;
  };
  const visit = (el: Element, inLink: boolean, inNamed: boolean): void => {
    for (const child of el.children as AnyNode[]) {
      if (done) return;
      if (isText(child)) {
        buf += child.data;
        if (inLink) link += child.data.trim().length;
        named ||= inNamed;
      } else if (isTag(child) && !JUNK_TAGS.has(child.name)) {
        if (++walked > MAX_WALK) {
          done = true;
          return;
        }
        const block = BLOCK_TAGS.has(child.name);
        if (block) {
          flush();
          named = false;
        }
        const nowNamed = inNamed || child.name === 'nav' || child.name === 'aside' || child.name === 'figure' || attrWords(child).some((w) => NOT_LEAD.has(w));
        visit(child, inLink || child.name === 'a', nowNamed);
        if (block) {
          flush();
          named = false;
        }
      }
    }
  };
  // Walk the headline's following siblings, then its ancestors' following siblings.
  for (let node: Element | null = start; node && !done; node = node.parent && isTag(node.parent) ? node.parent : null) {
    const siblings = node.parent ? (node.parent.children as AnyNode[]) : [];
    for (let i = siblings.indexOf(node) + 1; i < siblings.length && !done; i++) {
      visit({ children: [siblings[i]] } as Element, false, false);
    }
  }
  flush();
  return done && walked <= MAX_WALK ? lines : null;
}
