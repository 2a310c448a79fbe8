// Main-text extraction: strip what is never prose, set aside page furniture, pick the container that
// holds the most prose for the least other text, and serialise it without the in-article furniture.
import { attrWords, BLOCK_TAGS, hasContentWord, isHidden, JUNK_TAGS, looksLikeFurniture, namedByMediaOnly } from './boilerplate.js';
import { removeConsentNotices } from './consent.js';
import { standfirst } from './lead.js';
import { Element, isTag, isText, Text, type AnyNode, type Document } from './dom.js';
import { measure, type StatsMap, type TextStats } from './measure.js';
import { serialize, type SerializedText } from './text.js';

/** Tags that are page furniture by default but that some sites wrap around everything. */
const SOFT_FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);
/** Class/id words marking furniture that can be long prose (comment threads, teaser lists). */
const STRONG_FURNITURE = new Set(['comment', 'comments', 'disqus', 'respond', 'replies', 'related', 'outbrain', 'taboola', 'recommended']);

/** Other text costs this much against prose when comparing candidate containers. */
const OTHER_TEXT_PENALTY = 0.3;
/** A parent scoring at least this share of the best container's score is taken instead. */
const CLIMB_RATIO = 0.85;
/**
 * Prose outside a twice-named furniture element (a strong word, or a furniture tag with a furniture
 * class: <aside class="sidebar">) that shows the article lies outside it: then it is not a wrapper.
 */
const ARTICLE_OUTSIDE_MIN = 400;
/** List items that read like prose earn a little: content lists exist, but so do teaser lists. */
const LISTED_CREDIT = 0.25;
/**
 * A container with less prose than this is no article of paragraphs: the article may be made of
 * short lines (a list, a table of results, a recipe, a poem), which then earn LINE_CREDIT a character
 * (as much as other text costs) when the container is chosen again. The container found so is taken
 * when it holds at least LINES_MIN characters of such lines, and no fewer than the prose it replaces.
 */
const LOW_PROSE = 500;
const LINE_CREDIT = OTHER_TEXT_PENALTY;
const LINES_MIN = 200;
/** Prose blocks that make a media-named element ("text-image" module) text beside a picture, not a caption. */
const MEDIA_TEXT_BLOCKS = 2;

export interface PageAnalysis {
  root: Element;
  stats: StatsMap;
  /** Elements judged furniture, left out with their subtree. */
  furniture: Set<Element>;
  /** The element holding the article. */
  container: Element;
}

export function extractBody(doc: Document, headline: string | null): SerializedText {
  const page = analysePage(doc);
  if (!page) return { body: '', above: [] };
  const skip = (el: Element) => page.furniture.has(el);
  const text = serialize(page.container, { stats: page.stats, skip, headline });
  const lead = standfirst(page.root, text.body);
  return lead.length > 0 ? { ...text, body: [...lead, text.body].join('\n\n') } : text;
}

export function analysePage(doc: Document): PageAnalysis | null {
  const root = rootElement(doc);
  if (!root) return null;
  // Before buttons go with the rest of what is never prose: they tell a consent notice.
  removeConsentNotices(root);
  removeNeverProse(root);
  // Furniture that can outweigh the article (comment threads, teaser lists) goes first, so that
  // "share of the page's prose" means share of what is left when the rest is judged.
  const furniture = new Set<Element>();
  const skip = (el: Element) => furniture.has(el);
  const raw = measure(root, skip);
  markFurniture(root, raw, raw.get(root)!.prose, true, furniture);
  const strongOnly = { furniture: new Set(furniture), stats: measure(root, skip) };
  markFurniture(root, strongOnly.stats, strongOnly.stats.get(root)!.prose, false, furniture);
  const stats = measure(root, skip);
  const container = linesContainer(stats, bestContainer(stats) ?? root);
  // Safety net for class names that misname the article itself: if judging furniture by tag and
  // class left only crumbs of what the page holds, judge by the strong signals alone.
  const fallback = bestContainer(strongOnly.stats);
  const kept = stats.get(container)?.prose ?? 0;
  const possible = fallback ? strongOnly.stats.get(fallback)!.prose : 0;
  if (fallback && possible >= 500 && kept < possible * 0.2) {
    return { root, stats: strongOnly.stats, furniture: strongOnly.furniture, container: fallback };
  }
  return { root, stats, furniture, container };
}

/** Prose, plus a little for prose-like list items, less other text; short lines weigh lineWeight a character. */
function containerScore(s: TextStats, lineWeight = -OTHER_TEXT_PENALTY): number {
  return s.prose + LISTED_CREDIT * s.listed + lineWeight * s.lines - OTHER_TEXT_PENALTY * (s.text - s.prose - s.listed - s.teased - s.lines);
}

/**
 * The container chosen by prose, or, when it holds little prose (LOW_PROSE), the one that short
 * lines without links make best: a page of lists or tables is otherwise given to a stray paragraph
 * (a browser warning, a sidebar blurb) or to one fragment of itself.
 */
function linesContainer(stats: StatsMap, byProse: Element): Element {
  const prose = stats.get(byProse)?.prose ?? 0;
  if (prose >= LOW_PROSE) return byProse;
  const byLines = bestContainer(stats, LINE_CREDIT);
  return byLines && stats.get(byLines)!.lines >= Math.max(prose, LINES_MIN) ? byLines : byProse;
}

function rootElement(doc: Document): Element | null {
  const top = doc.children.filter(isTag);
  const html = top.find((el) => el.name === 'html') ?? null;
  const body = html?.children.find((c): c is Element => isTag(c) && c.name === 'body');
  if (body) return body;
  if (html) return html;
  // A fragment: give its nodes one root so the rest of the pipeline sees a page.
  return doc.children.length > 0 ? new Element('body', {}, [...doc.children] as AnyNode[] as Element['children']) : null;
}

/** Nesting deeper than this is flattened to text: real articles never need it, recursion would. */
const MAX_DEPTH = 300;

function removeNeverProse(el: Element, depth = 0): void {
  if (depth >= MAX_DEPTH) {
    el.children = [new Text(flatText(el))];
    return;
  }
  const kept: AnyNode[] = [];
  for (const child of el.children as AnyNode[]) {
    if (isTag(child)) {
      if (JUNK_TAGS.has(child.name) || isHidden(child)) continue;
      removeNeverProse(child, depth + 1);
      kept.push(child);
    } else if (child.type === 'text') kept.push(child);
  }
  el.children = kept as Element['children'];
}

/** Visible text below el, without recursion. */
function flatText(el: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else if (isTag(node) && !JUNK_TAGS.has(node.name) && !isHidden(node)) {
      if (BLOCK_TAGS.has(node.name)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return parts.join('');
}

function markFurniture(el: Element, stats: StatsMap, pageProse: number, strongOnly: boolean, out: Set<Element>): void {
  if (!strongOnly) markTeaserCards(el, stats, pageProse, out);
  for (const child of el.children) {
    if (!isTag(child) || out.has(child)) continue;
    const s = stats.get(child)!;
    const share = pageProse > 0 ? s.prose / pageProse : 0;
    const strong = attrWords(child).some((w) => STRONG_FURNITURE.has(w));
    // Paragraphs under a name of pictures only are text beside a picture, not its caption.
    const classed = looksLikeFurniture(child) && !(namedByMediaOnly(child) && s.blocks >= MEDIA_TEXT_BLOCKS);
    const furniture = strong || (!strongOnly && (SOFT_FURNITURE_TAGS.has(child.name) || classed));
    // A furniture-named element holding much of the page's prose is a page wrapper ("post
    // has-post-thumbnail", a form around the page), not furniture; being named as content or being
    // an <article> lowers the bar, furniture that can be long prose (comments) raises it.
    const named = !SOFT_FURNITURE_TAGS.has(child.name) && (hasContentWord(child) || child.name === 'article' || child.name === 'main');
    const bar = strong ? 0.9 : named ? 0.3 : 0.5;
    // Named furniture twice over, with an article's worth of prose beside it, is what the page holds
    // besides the article (a long comment thread, a sidebar outweighing a short story), not its wrapper.
    const wrapper = share >= bar && (named || s.blocks >= 3) && !(furniture && besideArticle(child, strong, strongOnly, pageProse - s.prose));
    if (furniture && !wrapper && !isQuoteEmbed(child, stats)) {
      out.add(child);
      continue;
    }
    markFurniture(child, stats, pageProse, strongOnly, out);
  }
}

/** Named furniture twice over (see ARTICLE_OUTSIDE_MIN) with an article's worth of prose outside it. */
function besideArticle(el: Element, strong: boolean, strongOnly: boolean, outside: number): boolean {
  if (outside < ARTICLE_OUTSIDE_MIN || hasContentWord(el)) return false;
  return strong || (!strongOnly && SOFT_FURNITURE_TAGS.has(el.name) && looksLikeFurniture(el));
}

/**
 * A "social"/"widget" box whose text is mostly a blockquote is an embedded post the article quotes
 * (tweets and the like are published as blockquotes with a link back), not furniture.
 */
function isQuoteEmbed(el: Element, stats: StatsMap): boolean {
  const total = stats.get(el)!.text;
  if (total === 0 || total > 3000 || SOFT_FURNITURE_TAGS.has(el.name)) return false;
  let quoted = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'blockquote') quoted += stats.get(node)?.text ?? 0;
    else stack.push(...node.children);
  }
  return quoted >= total * 0.6;
}

/**
 * Teaser cards: three or more sibling small containers (no text of their own), each holding a
 * headline link and a short summary. Summaries read like prose, so without this a "more stories"
 * grid can outweigh a short article.
 */
function markTeaserCards(el: Element, stats: StatsMap, pageProse: number, out: Set<Element>): void {
  const cards: Element[] = [];
  for (const child of el.children) {
    if (!isTag(child) || out.has(child)) continue;
    const s = stats.get(child)!;
    if (s.text <= 1000 && s.link >= 20 && s.own < 50 && hasHeadlineLink(child)) cards.push(child);
  }
  if (cards.length < 3) return;
  const prose = cards.reduce((sum, card) => sum + stats.get(card)!.prose, 0);
  // Cards are alike: one holding most of the prose is an article that opens with a link.
  const largest = Math.max(...cards.map((card) => stats.get(card)!.prose));
  if (prose === 0 || largest > prose * 0.5) return;
  // Cards among the article's own paragraphs are a roundup (products, tips) and stay; cards alone
  // in their container are a grid of other stories, unless the page has nothing else.
  const alone = stats.get(el)!.prose - prose < prose * 0.25;
  if (alone && prose < pageProse * 0.8) for (const card of cards) out.add(card);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether el opens with link text or holds a linked heading: a card's headline link. */
function hasHeadlineLink(el: Element): boolean {
  let seenText = false;
  const stack: { node: AnyNode; inLink: boolean; inHeading: boolean }[] = [...el.children]
    .reverse()
    .map((node) => ({ node, inLink: false, inHeading: false }));
  while (stack.length > 0) {
    const { node, inLink, inHeading } = stack.pop()!;
    if (isText(node)) {
      if (!node.data.trim()) continue;
      if (inLink && (inHeading || !seenText)) return true;
      seenText = true;
    } else if (isTag(node)) {
      const link = inLink || node.name === 'a';
      const heading = inHeading || HEADINGS.has(node.name);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], inLink: link, inHeading: heading });
    }
  }
  return false;
}

function bestContainer(stats: StatsMap, lineWeight = -OTHER_TEXT_PENALTY): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of stats) {
    const score = containerScore(s, lineWeight);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // A lone paragraph is rarely the whole article: climb while the enclosing element costs little,
  // since short lines, subheadings and lists around one prose block belong to it.
  while (best && stats.get(best)!.blocks <= 1 && best.parent && isTag(best.parent) && stats.has(best.parent)) {
    const parentScore = containerScore(stats.get(best.parent)!, lineWeight);
    if (parentScore < bestScore * CLIMB_RATIO) break;
    best = best.parent;
  }
  return best;
}
