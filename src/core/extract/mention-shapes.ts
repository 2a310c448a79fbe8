// Shapes of capitalised words that decide where a name runs or whether it is one at all: a name's
// initial with its dot ("George W. Bush"), a section heading in capitals ("MAHKEMEDEN KARAR"), an
// office word before a name written elsewhere without it ("Sheriff Piet Lorre").
import { givenNameGender } from './gazetteer.js';
import { isKnownName, makeMention, type MentionScan, type RawMention } from './mention-parts.js';

/** A single capital letter: a name's initial when a dot and another name word follow. */
const INITIAL = /^\p{Lu}$/u;

/**
 * "MAHKEMEDEN TASFİYE EMRİ" alone on its line, "HITS BACK" in "HARBOUR CHIEF HITS BACK": words of a
 * heading in capitals, no name, unless a given name is in them ("ANNA KELLOR").
 */
export function capitalsHeading(body: string, tokens: readonly { text: string; start: number; end: number }[], chunk: readonly number[]): boolean {
  if (!chunk.every((k) => /^\p{Lu}{2,}$/u.test(tokens[k].text))) return false;
  // A word alone may be an acronym ("NATO"); a longer word is a heading's ("SPEAKS").
  if (chunk.length === 1 && tokens[chunk[0]].text.length <= 5) return false;
  const start = tokens[chunk[0]].start;
  const end = tokens[chunk[chunk.length - 1]].end;
  const lineEnd = body.indexOf('\n', end);
  const line = body.slice(body.lastIndexOf('\n', start) + 1, lineEnd < 0 ? body.length : lineEnd);
  // The whole line in capitals, of two words or more ("HARBOUR CHIEF HITS BACK"), or the chunk alone on it.
  const shouting = !/\p{Ll}/u.test(line) && line.trim().split(/\s+/).length >= 2;
  if (!shouting && !(chunk.length >= 2 && /^[\s\p{P}]*$/u.test(line.replace(body.slice(start, end), '')))) return false;
  return !chunk.some((k) => givenNameGender(tokens[k].text) !== null);
}

/** Whether the chunk ends on a name's initial: after a given name ("George W."), or initials only ("J. K."); "Group B." is none. */
export function initialOfName(tokens: readonly { text: string }[], chunk: readonly number[]): boolean {
  const last = chunk.length - 1;
  if (!INITIAL.test(tokens[chunk[last]].text)) return false;
  return chunk.slice(0, last).every((k) => INITIAL.test(tokens[k].text)) || givenNameGender(tokens[chunk[last - 1]].text) !== null;
}

/**
 * "Sheriff Piet Lorre" where the article also writes "Piet Lorre": the one capitalised word before
 * a full name written elsewhere without it is an office, not part of the name (the title list
 * cannot hold every office). The mention is remade as the name, the word as its title.
 */
export function untitle(scan: MentionScan, mentions: RawMention[]): void {
  const { lex } = scan;
  const bare = new Set<string>();
  for (const m of mentions) if (m.scores.organization === 0 && m.scores.place === 0 && /\s/.test(m.text)) bare.add(m.text);
  if (!bare.size) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const cut = /^(\p{Lu}[\p{L}-]*)\s+(?=\S+\s+\S)/u.exec(m.text);
    if (!cut || !bare.has(m.text.slice(cut[0].length)) || m.scores.organization > 0 || m.scores.place > 0) continue;
    const word = cut[1];
    if (isKnownName(word) || lex.functionWords.has(word.toLowerCase()) || lex.orgWords.has(word.toLowerCase())) continue;
    const start = m.span[0] + cut[0].length;
    mentions[k] = makeMention(scan, start, m.span[1], [word.toLowerCase(), ...m.role], word, m.possessor);
  }
}
