// Russian names in their grammatical cases: one person written "Алексей Кессов" in one sentence or
// article and "Алексея Кессова" (genitive) or "Алексеем Кессовым" (instrumental) in another is one
// entity, shown in the nominative; a genitive possessor before a role's holder is a name of its own.
// Invented names.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { expectSpeakers } from '../../testing/speaker-cases.js';
import { declensionKeys, nominativeForms } from './declension.js';
import { extractArticle, resolveCorpus } from './index.js';

const corpus = (articles: string[]): Entity[] =>
  resolveCorpus(
    articles.map((body, i) =>
      extractArticle({ id: `a${i}`, source: `a${i}`, outlet: null, url: null, headline: null, published: null, language: 'ru', body, original: body }),
    ),
  ).entities;

describe('declensionKeys', () => {
  it.each([
    ['Алексей Кессов', 'Алексея Кессова', 'Алексеем Кессовым', 'Алексею Кессову'],
    ['Дмитрий Ранов', 'Дмитрия Ранова', 'Дмитрием Рановым', 'Дмитрии Ранове'],
    ['Юлия Кессовская', 'Юлии Кессовской', 'Юлией Кессовской', 'Юлию Кессовскую'],
    ['Игорь Навельный', 'Игоря Навельного', 'Игорем Навельным', 'Игорю Навельному'],
    ['Мария Ранова', 'Марии Рановой', 'Марией Рановой', 'Марию Ранову'],
  ])('gives %s and its cases one key', (...forms) => {
    const shared = forms.map((f) => new Set(declensionKeys(f)));
    const common = [...shared[0]].filter((k) => shared.every((s) => s.has(k)));
    expect(common).toHaveLength(1);
  });

  it('keeps different people apart', () => {
    const a = declensionKeys('Алексей Кессов');
    expect(declensionKeys('Алексей Ранов').some((k) => a.includes(k))).toBe(false);
    expect(declensionKeys('Иван Кессов').some((k) => a.includes(k))).toBe(false);
    expect(declensionKeys('Dana Kellor')).toEqual([]);
  });

  it('shows the nominative of the forms the text writes', () => {
    expect(nominativeForms(['Алексея Кессова', 'Алексей Кессов', 'Алексею Кессову'])).toEqual(['Алексей Кессов', 'Алексей Кессов', 'Алексей Кессов']);
    expect(nominativeForms(['Юлии Кессовской', 'Юлия Кессовская'])).toEqual(['Юлия Кессовская', 'Юлия Кессовская']);
    expect(nominativeForms(['Марией Рановой', 'Мария Ранова'])).toEqual(['Мария Ранова', 'Мария Ранова']);
  });
});

describe('corpus resolution across cases', () => {
  it('joins a person named in the nominative in one article and in the genitive in another', () => {
    const entities = corpus(['Суд арестовал оппозиционера. Алексей Кессов не признал вину.', 'Сторонники Алексея Кессова вышли на улицы Кессы.']);
    const people = entities.filter((e) => e.aliases.includes('Алексея Кессова'));
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Алексей Кессов');
    expect(people[0].aliases).toContain('Алексей Кессов');
  });
});

describe('a genitive possessor before the holder of a role', () => {
  it.each<[string, [string, string | null][]]>([
    ['«Это беззаконие», — сказал адвокат Алексея Кессова Иван Петров.', [['Это беззаконие', 'Иван Петров']]],
    ['«Мы не согласны», — заявила пресс-секретарь Ивана Кессова Мария Ранова.', [['Мы не согласны', 'Мария Ранова']]],
    ['«Мы ответим», — сказал глава МИД Велмарии Сергей Ранов.', [['Мы ответим', 'Сергей Ранов']]],
    ['Соратник Кессова Леонид Ранов заявил: «Это провокация».', [['Это провокация', 'Леонид Ранов']]],
  ])('%s', (body, truth) => expectSpeakers('ru', body, truth));
});
