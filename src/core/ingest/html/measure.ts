// Per-element text statistics in one bottom-up pass: how much text an element holds, how much of it
// is link text, and how much sits in "prose blocks" (blocks whose own text is long and mostly not
// links). The extractor picks the container with the most prose and the least of everything else.
import { BLOCK_TAGS } from './boilerplate.js';
import { isTag, isText, type AnyNode, type Element } from './dom.js';

export interface TextStats {
  /** Characters of text (whitespace runs count as one). */
  text: number;
  /** Characters inside <a>. */
  link: number;
  /** Characters in prose blocks. */
  prose: number;
  /** Number of prose blocks. */
  blocks: number;
  /**
   * Characters of list items that would pass as prose. Teaser lists ("headline link + summary")
   * look much like content lists, so list prose earns a container little and costs it nothing.
   */
  listed: number;
  /** Characters of list items that open with a link and then summarise: teaser-shaped, earn nothing. */
  teased: number;
  /** Text of the element's own block (0 for inline elements and pure containers' nested blocks). */
  own: number;
  /** Characters of short blocks too brief for prose but with no links: lines of a list, table, poem or recipe. */
  lines: number;
}

/** A block's own text (not in nested blocks) must reach this length to count as prose. */
const PROSE_MIN_CHARS = 50;
const PROSE_MAX_LINK_DENSITY = 0.5;

/** A shorter block counts as a line (see TextStats.lines) from this length, with at most this share of links. */
const LINE_MIN_CHARS = 10;
const LINE_MAX_LINK_DENSITY = 0.2;

const LIST_ITEM_TAGS = new Set(['li', 'dt', 'dd']);

export type StatsMap = Map<Element, TextStats>;

/** Characters a reader would see: whitespace runs collapse to one. */
function visibleLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/**
 * Measures every element under root that `skip` does not exclude. Text of inline elements counts
 * toward the nearest enclosing block, which alone decides whether that text is prose.
 */
export function measure(root: Element, skip: (el: Element) => boolean): StatsMap {
  const stats: StatsMap = new Map();
  // Own text and own link text of the block currently being filled, per open block, and whether
  // that text opens with a link (a headline link: the shape of a teaser).
  const own: { text: number; link: number; linkLed: boolean }[] = [];

  const visit = (el: Element, inLink: boolean): TextStats => {
    const block = BLOCK_TAGS.has(el.name) || own.length === 0;
    if (block) own.push({ text: 0, link: 0, linkLed: false });
    const link = inLink || el.name === 'a';
    const s: TextStats = { text: 0, link: 0, prose: 0, blocks: 0, listed: 0, teased: 0, own: 0, lines: 0 };
    for (const child of el.children as AnyNode[]) {
      if (isText(child)) {
        const len = visibleLength(child.data);
        if (len === 0) continue;
        s.text += len;
        const o = own[own.length - 1];
        if (o.text === 0) o.linkLed = link;
        o.text += len;
        if (link) {
          s.link += len;
          o.link += len;
        }
      } else if (isTag(child) && !skip(child)) {
        const c = visit(child, link);
        s.text += c.text;
        s.link += c.link;
        s.prose += c.prose;
        s.blocks += c.blocks;
        s.listed += c.listed;
        s.teased += c.teased;
        s.lines += c.lines;
      }
    }
    if (block) {
      const o = own.pop()!;
      s.own = o.text;
      if (o.text - o.link >= PROSE_MIN_CHARS && o.link <= o.text * PROSE_MAX_LINK_DENSITY) {
        if (LIST_ITEM_TAGS.has(el.name)) {
          if (o.linkLed) s.teased += o.text;
          else s.listed += o.text;
        }
        else {
          s.prose += o.text;
          s.blocks += 1;
        }
      } else if (o.text >= LINE_MIN_CHARS && o.link <= o.text * LINE_MAX_LINK_DENSITY) s.lines += o.text;
    }
    stats.set(el, s);
    return s;
  };
  visit(root, false);
  return stats;
}
