// Counts in prose: "1 article", "2 articles", "0 stories".

/** `n` and the noun, plural unless n is 1; `plural` for irregular nouns (default: story -> stories, else + "s"). */
export function count(n: number, noun: string, plural = /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}
