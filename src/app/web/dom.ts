// DOM building for the UI. Every piece of data goes in as a text node or through setAttribute on a
// fixed, script-free attribute list: nothing is ever parsed as HTML.
import type { SvgNode } from '../../view/index.js';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Attributes the UI sets from code; an event-handler or unknown attribute is a programming error. */
const ALLOWED_ATTR = /^(class|id|href|rel|title|type|name|value|placeholder|for|role|tabindex|colspan|scope|multiple|accept|disabled|hidden|open|method|autocomplete|min|max|aria-[a-z]+|data-[a-z-]+)$/;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!ALLOWED_ATTR.test(name)) throw new Error(`attribute not allowed: ${name}`);
    if (name === 'href' && !safeHref(String(value))) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** In-app routes and plain web links only: no javascript:, data: or other schemes. */
export function safeHref(href: string): boolean {
  if (href.startsWith('#')) return true;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(node: SvgNode): SVGElement {
  const el = document.createElementNS(SVG_NS, node.tag);
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, String(value));
  if (node.text !== undefined) el.appendChild(document.createTextNode(node.text));
  for (const child of node.children ?? []) el.appendChild(svg(child));
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  const id = 'sec-' + title.toLowerCase().replace(/[^a-z]+/g, '-');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

export function scrollBox(...children: Child[]): HTMLElement {
  return h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'scrollable table' }, ...children);
}

export function muted(text: string): HTMLElement {
  return h('p', { class: 'muted' }, text);
}

export function dateRange(span: [string | null, string | null]): string {
  const [from, to] = span;
  if (!from && !to) return 'undated';
  return from === to || !to ? (from ?? '') : `${from ?? '?'} – ${to}`;
}
