// Public surface of HTML ingestion: main text plus the page's own metadata, from one HTML string.
import { parseHtml } from './dom.js';
import { extractMeta } from './metadata.js';
import { readabilityText } from './readability.js';

export interface HtmlExtraction {
  /** Main text, paragraphs separated by a blank line. */
  body: string;
  headline: string | null;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function extractHtml(html: string, pageUrl: string | null = null): HtmlExtraction {
  const meta = extractMeta(parseHtml(html), pageUrl);
  return { body: readabilityText(html), ...meta };
}

export { normaliseDate } from './metadata.js';
