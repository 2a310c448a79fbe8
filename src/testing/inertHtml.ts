// Checks that rendered HTML carries nothing that could run: used by the report and server tests.
import { parseHTML } from 'linkedom';

export function dom(html: string) {
  return parseHTML(html).document;
}

/** Every way markup could run code: script elements, event-handler attributes, script URLs. */
export function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'base', 'form'].includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag}[${attr.name}=javascript:]`);
    }
  }
  return found;
}
