// Public surface of HTML ingestion: main text plus the page's own metadata, from one HTML string.
import { parseHtml } from './dom.js';
import { extractBody } from './extract.js';
import { extractMeta } from './metadata.js';
import { signInWall } from './sign-in.js';

export interface HtmlExtraction {
  /** Main text, paragraphs separated by a blank line. */
  body: string;
  /** Byline and date lines above the body that extraction left out: read for the date, never body. */
  above: string[];
  headline: string | null;
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** What asks the reader to sign in or subscribe ('a password field', 'a sign-in form'); null when nothing does. */
  signIn: string | null;
}

export function extractHtml(html: string, pageUrl: string | null = null): HtmlExtraction {
  const doc = parseHtml(html);
  // Metadata first: body extraction prunes the tree (head, <time>, scripts) in place.
  const meta = extractMeta(doc, pageUrl);
  const signIn = signInWall(doc);
  return { ...extractBody(doc, meta.headline), ...meta, signIn };
}

export { normaliseDate } from './metadata.js';
