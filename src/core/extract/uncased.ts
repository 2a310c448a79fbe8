// Names in a script without capitals (Arabic), where chunking capitalised words finds none: a
// name stands after an office word, past the office's own complement ("وزير الخارجية الروسي
// سيرغي لافروف", "المتحدث باسم الوزارة خالد العمري").
import { isTitle, type Lexicon } from './lang/index.js';
import type { Token } from './text.js';

export interface UncasedName {
  start: number;
  end: number;
  title: string;
}

/** The Arabic definite article: an office's complement starts with it, a given name does not. */
const DEFINITE = 'ال';
/** "باسم": "in the name of", as in "spokesman in the name of the ministry". */
const ON_BEHALF = 'باسم';

export function uncasedNames(body: string, tokens: Token[], lex: Lexicon): UncasedName[] {
  const out: UncasedName[] = [];
  const adjacent = (k: number) => k < tokens.length && /^\s+$/.test(body.slice(tokens[k - 1].end, tokens[k].start));
  const plain = (w: string) => !lex.functionWords.has(w) && !lex.speechVerbs.has(w) && !lex.complementisers.has(w) && !isTitle(lex, w);
  for (let i = 0; i < tokens.length; i++) {
    if (!isTitle(lex, tokens[i].text)) continue;
    let title = tokens[i].text;
    let k = i + 1;
    // Further titles, "باسم X" and the office's complement ("الخارجية الروسي").
    while (adjacent(k)) {
      const w = tokens[k].text;
      if (isTitle(lex, w)) title = w;
      else if (w === ON_BEHALF) k++;
      else if (!w.startsWith(DEFINITE)) break;
      k++;
    }
    if (!adjacent(k) || !plain(tokens[k].text)) continue;
    let end = k;
    while (end + 1 < tokens.length && end - k < 2 && adjacent(end + 1) && plain(tokens[end + 1].text)) end++;
    if (end === k) continue;
    out.push({ start: tokens[k].start, end: tokens[end].end, title });
    i = end;
  }
  return out;
}
