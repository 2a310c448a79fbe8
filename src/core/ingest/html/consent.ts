// Cookie-consent notices: a box of text about cookies with the controls that answer it ("Accept
// all", "Manage preferences"). Told by that pairing, not by class names (a consent wall often sits
// in a plain <div>): an article about cookie rules carries no accept button inside its text.
import { Element, isTag, isText, type AnyNode } from './dom.js';

const COOKIE = /\bcookies?\b/i;

// What a consent control says, in the languages of the news: accept, agree, allow, refuse, reject,
// decline, manage, customise, settings, preferences, OK. Never "save" or "options": an article's
// own toolbar says those.
const CONSENT_ACTION =
  /^(?:(?:i )?(?:accept|agree|allow|consent|refuse|reject|decline|deny|manage|customi[sz]e)\b.{0,40}|(?:cookie )?(?:settings|preferences)|ok(?:ay)?|got it|akzeptieren|alle akzeptieren|zustimmen|ablehnen|alle ablehnen|einstellungen|tout accepter|accepter|tout refuser|refuser|personnaliser|paramétrer|aceptar|aceptar todo|rechazar|rechazar todo|configurar|accetta|accetta tutto|rifiuta|rifiuta tutto|personalizza|accepteren|alles accepteren|weigeren|instellingen|aceitar|rejeitar|godkänn|acceptera|avvisa|hyväksy|zaakceptuj|odrzuć|принять|отклонить)[.!]?$/i;

/** A consent notice is a small box: a whole article that mentions cookies is never one. */
const MAX_NOTICE_CHARS = 2500;
const MAX_DEPTH = 300;

function isControl(el: Element): boolean {
  const a = el.attribs;
  if (el.name === 'button' || a.role === 'button') return true;
  if (el.name === 'input') return /^(?:button|submit)$/i.test(a.type ?? '');
  // A link that goes nowhere (href="#", javascript:) is a control drawn as a link.
  return el.name === 'a' && (a.href === undefined || /^\s*(?:#|javascript:)/i.test(a.href));
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'input') return node.attribs.value ?? '';
  if (node.name === 'script' || node.name === 'style') return '';
  return node.children.map(textOf).join(' ');
}

interface Seen {
  cookie: boolean;
  control: boolean;
  chars: number;
}

/**
 * Removes each cookie-consent notice below root: the smallest element that holds both text naming
 * cookies and a control labelled with a consent action, when it is short. Returns how many.
 */
export function removeConsentNotices(root: Element): number {
  let removed = 0;
  const visit = (el: Element, depth: number): Seen => {
    const seen: Seen = { cookie: false, control: false, chars: 0 };
    // Deeper than any page's markup (see MAX_NESTING): nothing to judge there.
    if (depth > MAX_DEPTH) return seen;
    if (isControl(el)) {
      const label = textOf(el).replace(/\s+/g, ' ').trim();
      seen.chars = label.length;
      seen.control = CONSENT_ACTION.test(label);
      seen.cookie = COOKIE.test(label);
      return seen;
    }
    const kept: AnyNode[] = [];
    for (const child of el.children as AnyNode[]) {
      if (isText(child)) {
        seen.chars += child.data.trim().length;
        seen.cookie ||= COOKIE.test(child.data);
        kept.push(child);
        continue;
      }
      if (!isTag(child)) {
        kept.push(child);
        continue;
      }
      const s = visit(child, depth + 1);
      if (s.cookie && s.control && s.chars <= MAX_NOTICE_CHARS) {
        removed++;
        continue;
      }
      seen.cookie ||= s.cookie;
      seen.control ||= s.control;
      seen.chars += s.chars;
      kept.push(child);
    }
    if (kept.length !== el.children.length) el.children = kept as Element['children'];
    return seen;
  };
  visit(root, 0);
  return removed;
}
