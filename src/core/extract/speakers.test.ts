// Who speaks, on invented articles in the languages of the news: the general patterns real
// reports attribute quotes with (an impersonal verb and the body after it, a colon, a relay, a
// name with a particle, an institution as the subject, a new speaker taking over).
import { describe, expect, it } from 'vitest';
import { extractArticle, resolveCorpus } from './index.js';

const speakers = (language: string, body: string): [string, string | null][] => {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  return resolveCorpus([ex]).quotes.map((q) => [q.text, q.speaker]);
};

const expectSpeakers = (language: string, body: string, truth: [string, string | null][]) => {
  const got = speakers(language, body);
  for (const [contains, speaker] of truth) {
    const hit = got.find(([text]) => text.includes(contains));
    expect(hit, `${contains} in ${JSON.stringify(got)}`).toBeDefined();
    expect(hit![1], contains).toBe(speaker);
  }
};

type Case = [string, string, [string, string | null][]];
const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

describe('Russian: a dash after the quote, then the verb', () => {
  it.each<Case>([
    [
      'ru',
      'На трассе под Вельском перевернулся автобус с туристами.\n\n«Пострадавших нет, движение восстановлено», — сообщили в МЧС.\n\n«Рейс перенесён на утро», — сообщило агентство Севинформ.',
      [['Пострадавших нет', 'МЧС'], ['Рейс перенесён', 'Севинформ']],
    ],
    [
      'ru',
      'Пресс-секретарь губернатора Олег Громов провёл брифинг.\n\n«Мы не видим угрозы для города», — заявил Громов.\n\nВ ГИБДД заявили: «Проверка начнётся в понедельник».',
      [['Мы не видим угрозы', 'Олег Громов'], ['Проверка начнётся', 'ГИБДД']],
    ],
  ])('%s', run);
});

describe('quoted names in a list are no speech, even after a speech verb', () => {
  it.each<[string, string]>([
    ['ru', 'Пограничное управление ранее заявило, что суда «Вега», «Альтаир» и «Орион» нарушили границу.'],
    ['en', 'The coastguard said the trawlers "Vega", "Altair" and "Orion" had crossed the line.'],
  ])('%s', (language, body) => expect(speakers(language, body)).toEqual([]));
});
