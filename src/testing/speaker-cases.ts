// Quote speakers of one invented article: the helpers the attribution tests share.
import { expect } from 'vitest';
import { extractArticle, resolveCorpus } from '../core/extract/index.js';

/** One table row of a speaker test: [language, article body, [words inside a quote, speaker][]]. */
export type SpeakerCase = [string, string, [string, string | null][]];

/** [quote text, speaker] for each quote of an article written in `language`. */
export function speakersOf(language: string, body: string): [string, string | null][] {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  return resolveCorpus([ex]).quotes.map((q) => [q.text, q.speaker]);
}

/** Each truth pair [words inside the quote, speaker] is a quote found with that speaker. */
export function expectSpeakers(language: string, body: string, truth: [string, string | null][]): void {
  const got = speakersOf(language, body);
  for (const [contains, speaker] of truth) {
    const hit = got.find(([text]) => text.includes(contains));
    expect(hit, `${contains} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit![1], contains).toBe(speaker);
  }
}
