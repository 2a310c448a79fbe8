// Main-text extraction: strip what is never prose, set aside page furniture, pick the container that
// holds the most prose for the least other text, and serialise it without the in-article furniture.
import { attrWords, hasContentWord, isHidden, JUNK_TAGS, looksLikeFurniture } from './boilerplate.js';
import { isTag, type AnyNode, type Document, type Element } from './dom.js';
import { measure, type StatsMap } from './measure.js';
import { serialize } from './text.js';

/** Tags that are page furniture by default but that some sites wrap around everything. */
const SOFT_FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu']);
/** Class/id words marking furniture that can be long prose (comment threads, teaser lists). */
const STRONG_FURNITURE = new Set(['comment', 'comments', 'disqus', 'respond', 'replies', 'related', 'outbrain', 'taboola', 'recommended']);

/** Other text costs this much against prose when comparing candidate containers. */
const OTHER_TEXT_PENALTY = 0.3;

export function extractBody(doc: Document, headline: string | null): string {
  const root = rootElement(doc);
  if (!root) return '';
  removeNeverProse(root);
  // Furniture that can outweigh the article (comment threads, teaser lists) goes first, so that
  // "share of the page's prose" means share of what is left when the rest is judged.
  const furniture = new Set<Element>();
  const skip = (el: Element) => furniture.has(el);
  for (const strongOnly of [true, false]) {
    const stats = measure(root, skip);
    markFurniture(root, stats, stats.get(root)!.prose, strongOnly, furniture);
  }
  const stats = measure(root, skip);
  const container = bestContainer(stats) ?? root;
  return serialize(container, { stats, skip, headline });
}

function rootElement(doc: Document): Element | null {
  const top = doc.children.filter(isTag);
  const html = top.find((el) => el.name === 'html') ?? null;
  const body = html?.children.find((c): c is Element => isTag(c) && c.name === 'body');
  if (body) return body;
  if (html) return html;
  // A fragment: wrap its nodes so the rest of the pipeline sees one root.
  return top.length === 1 ? top[0] : null;
}

function removeNeverProse(el: Element): void {
  const kept: AnyNode[] = [];
  for (const child of el.children as AnyNode[]) {
    if (isTag(child)) {
      if (JUNK_TAGS.has(child.name) || isHidden(child)) continue;
      removeNeverProse(child);
      kept.push(child);
    } else if (child.type === 'text') kept.push(child);
  }
  el.children = kept as Element['children'];
}

function markFurniture(el: Element, stats: StatsMap, pageProse: number, strongOnly: boolean, out: Set<Element>): void {
  for (const child of el.children) {
    if (!isTag(child) || out.has(child)) continue;
    const s = stats.get(child)!;
    const share = pageProse > 0 ? s.prose / pageProse : 0;
    const strong = attrWords(child).some((w) => STRONG_FURNITURE.has(w));
    const furniture = strong || (!strongOnly && (SOFT_FURNITURE_TAGS.has(child.name) || looksLikeFurniture(child)));
    // A furniture-named element holding much of the page's prose is a page wrapper ("post
    // has-post-thumbnail", a form around the page), not furniture; being named as content or being
    // an <article> lowers the bar, furniture that can be long prose (comments) raises it.
    const named = hasContentWord(child) || child.name === 'article' || child.name === 'main';
    const bar = strong ? 0.9 : named ? 0.3 : 0.5;
    const wrapper = share >= bar && (named || s.blocks >= 3);
    if (furniture && !wrapper) {
      out.add(child);
      continue;
    }
    markFurniture(child, stats, pageProse, strongOnly, out);
  }
}

function bestContainer(stats: StatsMap): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of stats) {
    const score = s.prose - OTHER_TEXT_PENALTY * (s.text - s.prose);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
