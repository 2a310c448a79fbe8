// The statements inside one quote. An outlet may quote a whole passage where another quotes one
// sentence of it: a quote's sentences are the units a version of a statement can begin and end at.
// An omission mark inside a sentence ("Moi, X (...) remets ma démission") cuts no statement.

/** A sentence shorter than this many words ("Zimbabwe.", "Thank you.") stays with its neighbour. */
const MIN_UNIT_WORDS = 4;

/** Sentence ends: ., !, ? or an ellipsis, any closing marks after it, then an upper-case letter or an opening mark. */
const BOUNDARY = /[.!?…]+["”»’)]*\s+(?=[\p{Lu}"“„«(¿¡])/gu;

const words = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** [start, end) ranges of a quote text's units, in order, covering the text's words. */
export function statementUnits(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index! + m[0].trimEnd().length;
    cuts.push([from, end]);
    from = m.index! + m[0].length;
  }
  if (from < text.length) cuts.push([from, text.length]);
  const units: [number, number][] = [];
  for (const c of cuts) {
    const last = units[units.length - 1];
    if (last && (words(text.slice(c[0], c[1])) < MIN_UNIT_WORDS || words(text.slice(last[0], last[1])) < MIN_UNIT_WORDS)) last[1] = c[1];
    else units.push([c[0], c[1]]);
  }
  // An omission mark at a unit's edge ("… démissionner. (...)") belongs to neither statement.
  for (const u of units) {
    const lead = /^(?:\s|[([](?:\.{3}|…)[)\]])+/.exec(text.slice(u[0], u[1]));
    const tail = /(?:\s|[([](?:\.{3}|…)[)\]])+$/.exec(text.slice(u[0], u[1]));
    if (lead && lead[0].length < u[1] - u[0]) u[0] += lead[0].length;
    if (tail && tail.index > 0 && u[0] + tail.index > u[0]) u[1] = u[0] + tail.index;
  }
  return units.length ? units : [[0, text.length]];
}
