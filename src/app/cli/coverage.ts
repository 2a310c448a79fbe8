// The one stderr line saying what was read and what the printed report covers: the whole store,
// the stories of the inputs (--only-inputs), or one story (--story). It names what is printed.
import { plural } from '../../view/index.js';

export interface Coverage {
  /** Articles the arguments brought: new ones and ones already stored; null when none were given. */
  read: { added: number; already: number } | null;
  /** With --only-inputs: how many input articles the report was limited to. */
  inputs: number | null;
  /** Articles in the store. */
  stored: number;
  /** Where the store is, for the message. */
  store: string;
}

/** What the analysis produced before any --story choice: its stories and articles. */
export interface Analysed {
  stories: number;
  articles: number;
}

/** The line, or null when there is nothing read and nothing stored (the report itself says so). */
export function coverageLine(c: Coverage, analysed: Analysed, story?: { id: string; articles: number }): string | null {
  const read = c.read ? `${c.read.added} new, ${c.read.already} already stored; ` : '';
  let covers: string;
  if (story) {
    const among = c.inputs != null ? `the ${plural(analysed.stories, 'story', 'stories')} of the ${plural(c.inputs, 'input article')}` : `the ${plural(analysed.stories, 'story', 'stories')}`;
    covers = `report covers story ${story.id} alone (${plural(story.articles, 'article')}), one of ${among}; ${plural(c.stored, 'article')} in ${c.store}`;
  } else if (c.inputs != null) {
    covers = `report covers only the ${plural(analysed.stories, 'story', 'stories')} of the ${plural(c.inputs, 'input article')} (${plural(analysed.articles, 'article')}; ${c.stored} in ${c.store})`;
  } else if (c.stored) {
    covers = `report covers all ${plural(c.stored, 'article')} in ${c.store}`;
  } else covers = `no articles in ${c.store}`;
  return read || c.stored ? `${read}${covers}` : null;
}
