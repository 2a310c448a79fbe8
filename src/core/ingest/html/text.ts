// Turns the chosen container into blank-line-separated paragraphs, leaving out what a reader skips
// inside an article: the headline, stock lines, link lists and blocks repeated back to back.
import { BLOCK_TAGS, isCommentsHeading, isDateLine, isStockLine } from './boilerplate.js';
import { isTag, isText, type AnyNode, type Element } from './dom.js';
import type { StatsMap } from './measure.js';

export interface SerializeOptions {
  stats: StatsMap;
  /** Elements left out with their subtree. */
  skip: (el: Element) => boolean;
  /** The page's headline; a heading repeating it is not body text. */
  headline: string | null;
}

/**
 * Link lists: mostly link text and no prose of their own. A paragraph only when its own words are
 * a mere label ("Read more: <story>") or it is nearly all links; an inline element when it packs long link text into a sentence
 * (hover cards listing a person's other stories).
 */
function isLinkList(el: Element, stats: StatsMap): boolean {
  const s = stats.get(el);
  if (!s || s.text === 0 || s.prose > 0 || s.link / s.text <= 0.5) return false;
  if (LINK_LIST_TAGS.has(el.name)) return true;
  if (el.name === 'p') {
    // Judge the paragraph by its sentence, without the hover cards that will be dropped from it.
    let { text, link } = s;
    for (const card of hoverCards(el, stats)) {
      text -= stats.get(card)!.text;
      link -= stats.get(card)!.link;
    }
    return text > 0 && link / text > 0.5 && (text - link < 40 || link / text > 0.75);
  }
  return isHoverCard(el, stats);
}

function isHoverCard(el: Element, stats: StatsMap): boolean {
  const s = stats.get(el);
  if (!s || s.text <= 80 || BLOCK_TAGS.has(el.name) || el.name === 'a') return false;
  return s.link / s.text > 0.8 && s.text - s.link < 40 && linkCount(el) >= 3;
}

function hoverCards(el: Element, stats: StatsMap): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (isHoverCard(node, stats)) found.push(node);
    else stack.push(...node.children);
  }
  return found;
}

function linkCount(el: Element): number {
  let n = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'a') n++;
    else stack.push(...node.children);
  }
  return n;
}

const LINK_LIST_TAGS = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl']);

interface Line {
  text: string;
  /** Inside a blockquote. */
  quoted: boolean;
  /** A subheading (h2-h6): it introduces the lines after it. */
  heading: boolean;
  /** Most of its text is link text (a comment-count link in a share bar, not a section heading). */
  linked: boolean;
}

/** Body text kept before a comment-section heading for it to end the article (not a count under the headline). */
const MIN_CHARS_BEFORE_COMMENTS = 200;

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The article's paragraphs, and the lines above them that were left out as a byline or date line. */
export interface SerializedText {
  body: string;
  /** Read for the article's date by the text reader, never part of the body. */
  above: string[];
}

export function serialize(root: Element, opts: SerializeOptions): SerializedText {
  const lines: Line[] = [];
  let buf = '';
  let bufLink = 0;
  let quoted = false;
  let heading = false;
  const flush = () => {
    const text = buf.replace(/[ \t\r\f\v\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (text) lines.push({ text, quoted, heading, linked: bufLink > text.length / 2 });
    buf = '';
    bufLink = 0;
  };
  const walk = (el: Element, inPre: boolean, inQuote: boolean, inLink = false) => {
    for (const child of el.children as AnyNode[]) {
      if (isText(child)) {
        const text = inPre ? child.data : child.data.replace(/\s+/g, ' ');
        buf += text;
        if (inLink) bufLink += text.trim().length;
        continue;
      }
      if (!isTag(child) || opts.skip(child)) continue;
      if (child.name === 'h1' || isLinkList(child, opts.stats)) continue;
      const block = BLOCK_TAGS.has(child.name);
      if (block) flush();
      quoted = inQuote || child.name === 'blockquote';
      const outerHeading = heading;
      heading ||= SUBHEADINGS.has(child.name);
      walk(child, inPre || child.name === 'pre', quoted, inLink || child.name === 'a');
      if (block) flush();
      quoted = inQuote;
      heading = outerHeading;
    }
  };
  walk(root, root.name === 'pre', root.name === 'blockquote');
  flush();
  const kept = keepBodyLines(lines, opts.headline);
  return { body: kept.body.join('\n\n'), above: kept.above };
}

function keepBodyLines(lines: Line[], headline: string | null): { body: string[]; above: string[] } {
  const head = headline ? normal(headline) : null;
  const out: string[] = [];
  /** Whether each kept line only introduces what follows it: a short subheading that is not a sentence. */
  const opener: boolean[] = [];
  const above: string[] = [];
  let previous = '';
  let chars = 0;
  for (let i = 0; i < lines.length; i++) {
    const { text: line, quoted } = lines[i];
    const key = normal(line);
    if (!key) continue;
    // A comment section's heading after the story ends it: what follows is readers' text.
    if (chars >= MIN_CHARS_BEFORE_COMMENTS && !quoted && !lines[i].linked && isCommentsHeading(line)) break;
    if (head && key === head) continue;
    // Above the text (no paragraph kept yet), a byline or date line is set aside for the date reader.
    const top = out.length === 0 && i < 3 && !quoted;
    if (isStockLine(line)) {
      if (top) above.push(line);
      continue;
    }
    // Datelines sit at the top or foot of a story; dates inside it are content (schedules), and a
    // quoted post's signature line ("— Name (@handle) 18 November 2019") is part of the quote.
    const edge = i < 3 || i >= lines.length - 2;
    if (edge && !quoted && isDateLine(line)) {
      if (top) above.push(line);
      continue;
    }
    // The same block twice in a row is a caption or teaser shown in two layouts.
    if (key === previous && key.length >= 40) continue;
    previous = key;
    out.push(line);
    chars += line.length;
    // Some pages set paragraphs in heading tags: a full sentence there is text, not a label.
    opener.push(lines[i].heading && line.length <= 120 && !/[.!?…]["”»’)]?$/.test(line));
  }
  // An opener with nothing after it introduced a block that was left out (other stories, a comment
  // form, a link list): alone at the end it is a label of furniture, not the article's last words.
  while (out.length > 1 && opener[out.length - 1]) {
    out.pop();
    opener.pop();
  }
  return { body: out, above };
}
