import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import type { Article } from '../types.js';
import { crossNameKey } from './cross.js';
import { leadPeople } from './lead-people.js';

const article = (language: string, body: string): Article => ({ id: `lead-${language}`.padEnd(24, '0'), source: 'x.txt', outlet: null, url: null, headline: null, published: null, language, body, original: body });
const keys = (...words: string[]) => words.map((w) => crossNameKey(w));

describe('the people an opening sentence names in full', () => {
  it('lists the people of the first sentence only, as the keys of their words (Italian)', () => {
    const a = article('it', 'Anton Velikov, portavoce del governo di Ostland, ha respinto la condanna di due agenti per il rapimento di Tomas Brenner a Westport. Più tardi ha parlato anche Pavel Drozdov, ministro degli Esteri.');
    expect(leadPeople(extractArticle(a), a.body)).toEqual([keys('Anton', 'Velikov'), keys('Tomas', 'Brenner')]);
  });

  it('needs a known given name: a convention or a cup named in two capitalised words is no person (German)', () => {
    const a = article('de', 'Der Sprecher Oleg Marin berief sich auf die Westbury Konvention und den Ostland Pokal, als er am Montag in Kelmar sprach.');
    expect(leadPeople(extractArticle(a), a.body)).toEqual([keys('Oleg', 'Marin')]);
  });

  it('leaves out a name in Arabic script, whose romanisation would not meet its Latin spelling in other reports', () => {
    const a = article('ar', 'قالت وزيرة الداخلية غريتا هولم إن رجالا من أوستلاند خطفوا المهندس توماس برينر في ويستبورت.');
    expect(leadPeople(extractArticle(a), a.body)).toEqual([]);
  });

  it('leaves out the photographer a caption credits (English, French)', () => {
    const en = article('en', 'Police officers outside the home of Tomas Brenner in Kelmar on Monday as the inquiry continues, picture by Oleg Marin, Northshire Wire. More below.');
    expect(leadPeople(extractArticle(en), en.body)).toEqual([keys('Tomas', 'Brenner')]);
    const fr = article('fr', "Des policiers devant la maison de Tomas Brenner à Kelmar, lundi (crédit photo : Anton Velikov). La suite plus bas.");
    expect(leadPeople(extractArticle(fr), fr.body)).toEqual([keys('Tomas', 'Brenner')]);
  });

  it('leaves out the correspondent who files the report (Russian, French, English)', () => {
    const ru = article('ru', 'Наш спецкор Юлия Варнова передает из Кессы, где спасатели продолжают поиски.');
    expect(leadPeople(extractArticle(ru), ru.body)).toEqual([]);
    const fr = article('fr', "Notre envoyée spéciale Julia Varnova raconte la nuit à Kelmar, où la maison de Tomas Brenner a brûlé.");
    expect(leadPeople(extractArticle(fr), fr.body)).toEqual([keys('Tomas', 'Brenner')]);
    const en = article('en', 'Our correspondent Julia Varnova reports from Kelmar, where the home of Tomas Brenner burned overnight.');
    expect(leadPeople(extractArticle(en), en.body)).toEqual([keys('Tomas', 'Brenner')]);
  });

  it('leaves out a name used as a modifier after an indefinite article (English)', () => {
    const en = article('en', 'Workers load a Martin Kessler delivery van outside the home of Tomas Brenner in Kelmar on Monday.');
    expect(leadPeople(extractArticle(en), en.body)).toEqual([keys('Tomas', 'Brenner')]);
  });
});
