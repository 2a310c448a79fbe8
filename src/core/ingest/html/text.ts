// Turns the chosen container into blank-line-separated paragraphs, leaving out what a reader skips
// inside an article: the headline, stock lines, link lists and blocks repeated back to back.
import { BLOCK_TAGS, isStockLine } from './boilerplate.js';
import { isTag, isText, type AnyNode, type Element } from './dom.js';
import type { StatsMap } from './measure.js';

export interface SerializeOptions {
  stats: StatsMap;
  /** Elements left out with their subtree. */
  skip: (el: Element) => boolean;
  /** The page's headline; a heading repeating it is not body text. */
  headline: string | null;
}

/** Link lists: mostly link text and no prose of their own. */
function isLinkList(el: Element, stats: StatsMap): boolean {
  const s = stats.get(el);
  if (!s || s.text === 0 || s.prose > 0) return false;
  return s.link / s.text > 0.5 && (el.name === 'ul' || el.name === 'ol' || el.name === 'div' || el.name === 'section' || el.name === 'table' || el.name === 'dl' || el.name === 'p');
}

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function serialize(root: Element, opts: SerializeOptions): string {
  const lines: string[] = [];
  let buf = '';
  const flush = () => {
    const text = buf.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text) lines.push(text);
    buf = '';
  };
  const walk = (el: Element, inPre: boolean) => {
    for (const child of el.children as AnyNode[]) {
      if (isText(child)) {
        buf += inPre ? child.data : child.data.replace(/\s+/g, ' ');
        continue;
      }
      if (!isTag(child) || opts.skip(child)) continue;
      if (child.name === 'h1' || isLinkList(child, opts.stats)) continue;
      const block = BLOCK_TAGS.has(child.name);
      if (block) flush();
      walk(child, inPre || child.name === 'pre');
      if (block) flush();
    }
  };
  walk(root, root.name === 'pre');
  flush();
  return keepBodyLines(lines, opts.headline).join('\n\n');
}

function keepBodyLines(lines: string[], headline: string | null): string[] {
  const head = headline ? normal(headline) : null;
  const out: string[] = [];
  let previous = '';
  for (const line of lines) {
    const key = normal(line);
    if (!key) continue;
    if (head && key === head) continue;
    if (isStockLine(line)) continue;
    // The same block twice in a row is a caption or teaser shown in two layouts.
    if (key === previous && key.length >= 40) continue;
    previous = key;
    out.push(line);
  }
  return out;
}
