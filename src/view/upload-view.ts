// What the upload page says of each new article: its headline once, its file, and the story it
// joined by that story's title, unless the title is the article's own headline (then the story is
// named by what it is, so the article is not named twice).
import { foldText, plural } from './format.js';

/** One new article of an upload answer (POST /api/ingest). */
export interface UploadedArticle {
  article: string;
  file: string;
  headline: string | null;
  story: string | null;
  title: string | null;
  /** Articles in that story, the new one included; null until it is placed. */
  story_articles?: number | null;
}

export interface UploadLine {
  /** The article's link text. */
  article: string;
  /** The uploader's own file name (and record). */
  file: string;
  /** The words before the story link, the link text, the words after; or no story yet. */
  story: { before: string; link: string; after: string } | { none: string };
}

export function uploadLine(u: UploadedArticle): UploadLine {
  const article = u.headline ?? 'New article';
  const file = u.file.replace(/^upload\//, '');
  if (!u.story) return { article, file, story: { none: 'is in no story yet' } };
  const size = u.story_articles ?? null;
  if (size === 1) return { article, file, story: { before: 'started ', link: 'a story of its own', after: '' } };
  const count = size ? ` (${plural(size, 'article')})` : '';
  const own = !u.title || (u.headline !== null && foldText(u.title) === foldText(u.headline));
  return { article, file, story: { before: 'joined ', link: own ? 'its story' : u.title!, after: count } };
}
