// Where a name ends, on invented articles: German capitals on every noun and pronoun, hyphens inside
// one name, prizes named after a place, and feasts of the calendar.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { speakersOf } from '../../testing/speaker-cases.js';
import { extractArticle, resolveCorpus } from './index.js';

const entitiesOf = (language: string, body: string): Entity[] => {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  return resolveCorpus([ex]).entities;
};
const namesOf = (language: string, body: string): string[] => entitiesOf(language, body).map((e) => e.name);

describe('German names end before the capitalised words after them', () => {
  it('does not run a name across an article into the noun after it ("den Bürger-")', () => {
    const names = namesOf('de', 'In einem Brief hat die Aktivistin Anna Borgstrand den Bürger- und Gemeinderäten Untätigkeit vorgeworfen. Anna Borgstrand sprach in Velmar.');
    expect(names).toContain('Anna Borgstrand');
    expect(names.some((n) => /Bürger/.test(n))).toBe(false);
  });

  it('still joins a particle that opens a surname ("von der")', () => {
    expect(namesOf('de', 'Die Kommissarin Ursula von der Kampe sagte, die Lage sei ernst.')).toContain('Ursula von der Kampe');
  });

  it('cuts a dictionary noun after a surname ("gewähre Varela Schutz") but keeps a surname that is a noun', () => {
    const names = namesOf('de', 'Der Präsident Tomas Varela trat zurück, sagte Varela. Northshire gewähre auch Varela Schutz. Die Ministerin Anna Koch sagte, Koch werde helfen.');
    expect(names).toEqual(expect.arrayContaining(['Tomas Varela', 'Anna Koch']));
    expect(names.some((n) => /Schutz/.test(n))).toBe(false);
  });

  it('keeps a surname that is a noun after an office and a given name the gazetteer lacks ("die Sprecherin Ilse Maurer")', () => {
    const names = namesOf('de', 'Die Sprecherin Ilse Maurer sagte, die Suche gehe weiter. Maurer sprach in Velmar. Der Ermittler Holger Brandauer schwieg.');
    expect(names).toEqual(expect.arrayContaining(['Ilse Maurer', 'Holger Brandauer']));
    expect(names).not.toContain('Ilse');
    expect(names).not.toContain('Holger');
  });

  it('takes no polite pronoun and no noun after an office for a name', () => {
    const names = namesOf('de', '„Ich sage Ihnen: Wir beobachten Sie“, sagte Anna Borgstrand. Mehrere Abgeordnete Obdach in der Kirche gesucht hätten, hieß es.');
    for (const junk of ['Sie', 'Ihnen', 'Obdach']) expect(names).not.toContain(junk);
  });
});

describe('hyphens inside one name', () => {
  it('joins a double given name to the surname, and a saint to the place it names', () => {
    const entities = entitiesOf('en', 'Commission president Jean-Luc Varenne offered help. Storms hit the Saint-Orvin church and the Marra-La hotel in Velmar.');
    const names = entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Jean-Luc Varenne', 'Saint-Orvin']));
    expect(entities.find((e) => e.name === 'Jean-Luc Varenne')?.type).toBe('person');
    expect(entities.find((e) => e.name === 'Saint-Orvin')?.type).toBe('place');
    for (const part of ['Jean', 'Luc Varenne', 'Saint', 'Orvin', 'La', 'Marra']) expect(names).not.toContain(part);
  });

  it('keeps a double surname whole after a given name, even one with a title word in it', () => {
    const names = namesOf('en', '“It is all gone,” said Dana Head-Voss, who runs a shelter in Northshire. Tomas Kellor-Brandt of the Harbour Herald agreed.');
    expect(names).toEqual(expect.arrayContaining(['Dana Head-Voss', 'Tomas Kellor-Brandt']));
    for (const part of ['Dana Head', 'Voss', 'Tomas Kellor', 'Brandt']) expect(names).not.toContain(part);
  });

  it('keeps a double given name that ends a name as its surname, after a given name the list lacks', () => {
    const names = namesOf('en', 'The harbour office sent its thoughts, spokeswoman Ilka Jean-Pierre said. Councillor Jean-Pierre Raffin agreed.');
    expect(names).toEqual(expect.arrayContaining(['Ilka Jean-Pierre', 'Jean-Pierre Raffin']));
    for (const part of ['Ilka Jean', 'Pierre', 'Jean-Pierre']) expect(names).not.toContain(part);
  });

  it('still parts two countries or a country and an acronym written with a hyphen', () => {
    const names = namesOf('en', 'The Norway-US deal and the Kim-Park summit were signed on Monday.');
    expect(names).toEqual(expect.arrayContaining(['Norway', 'US']));
    expect(names).not.toContain('Norway-US');
  });
});

describe('prizes and feasts', () => {
  it('reads a prize named after a place as a prize, not a person, and keeps the place apart', () => {
    const entities = entitiesOf('es', 'La activista Anna Borgstrand, nominada al Premio Orvin de la Vega, habló en Velmar. El presidente viajó a La Vega el lunes.');
    const prize = entities.find((e) => e.aliases.includes('Premio Orvin de la Vega'));
    expect(prize?.type).not.toBe('person');
    expect(prize?.aliases).not.toContain('La Vega');
  });

  it.each([
    ['fr', "Des milliers de fidèles ont rempli trois églises le dimanche de Pâques à Velmar, a indiqué la mairie."],
    ['en', 'Crowds filled three churches in Velmar on Easter Sunday, the council said.'],
    ['es', 'Miles de fieles llenaron Velmar durante la Pascua, dijo el alcalde. ¿Cómo pudo pasar?'],
  ])('%s: a feast of the calendar or a question word alone is no entity', (language, body) => {
    const names = namesOf(language, body);
    expect(names).toContain('Velmar');
    for (const junk of ['Pâques', 'Easter', 'Pascua', 'Cómo']) expect(names).not.toContain(junk);
  });
});

describe("a name's initials", () => {
  it.each([
    ['en', '"The harbour will reopen," said Tomas W. Verhoek in a statement on Friday.', 'Tomas W. Verhoek'],
    ['en', '"It is a sad day," said J. K. Kellor in Velmar.', 'J. K. Kellor'],
    ['es', 'Fue «un día triste para el puerto», afirmó Anna K. Kellor en un comunicado.', 'Anna K. Kellor'],
  ])('keep the initial and its dot inside the name, and the speaker whole (%s)', (language, body, name) => {
    expect(speakersOf(language, body).map(([, speaker]) => speaker)).toEqual([name]);
  });

  it('do not run a group letter ending a sentence into the next one', () => {
    expect(namesOf('en', 'Velmar plays in Group B. Officials said the match would go ahead.')).not.toContain('Group B. Officials');
  });
});

describe('a Latin name written against Chinese, Japanese or Korean', () => {
  it.each([
    ['zh', 'Anna Kellor稱：「港口在火災後將關閉兩年。」'],
    ['ja', 'Anna Kellorさんは「港は二年間閉鎖される」と述べた。'],
  ])('ends where the other script begins, and speaks (%s)', (language, body) => {
    expect(speakersOf(language, body).map(([, speaker]) => speaker)).toEqual(['Anna Kellor']);
  });

  it('keeps a Korean particle off the name', () => {
    expect(namesOf('ko', 'Anna Kellor는 수리에 적어도 2년이 걸릴 것이라고 말했다.')).toEqual(['Anna Kellor']);
  });
});

describe('a line in capitals', () => {
  it('holds a heading’s words, no names, and the quote under it keeps its speaker', () => {
    const body = 'HARBOUR CHIEF HITS BACK\nAnna Kellor defended the port on Monday. "The harbour pays for half of this town," she said.\n\nMAYOR SPEAKS TO RESIDENTS\n"It was fine," said Tomas Verhoek.';
    expect(namesOf('en', body).filter((n) => /HITS|SPEAKS|RESIDENTS/.test(n))).toEqual([]);
    expect(speakersOf('en', body).map(([, speaker]) => speaker)).toEqual(['Anna Kellor', 'Tomas Verhoek']);
  });

  it('is a section heading, no name, unless a given name is in it', () => {
    const names = namesOf('tr', 'Hisseler işleme kapatıldı.\nMAHKEMEDEN TASFİYE EMRİ\nVelmar limanı kapandı.\nANNA KELLOR\nKellor konuştu.');
    expect(names.some((n) => /MAHKEMEDEN/.test(n))).toBe(false);
    expect(names.some((n) => /KELLOR/i.test(n))).toBe(true);
  });
});

describe('a past-tense verb opening a sentence', () => {
  it.each([
    ['pl', 'Kellor mówił długo. Nazwał Verhoeka sztandarem walki o wolność.', 'Nazwał'],
    ['ru', 'Келлор говорил долго. Назвал Верхука знаменем борьбы за свободу.', 'Назвал'],
    ['cs', 'Kellor mluvil dlouho. Označil Verhoeka za symbol boje za svobodu.', 'Označil'],
  ])('is no part of the name after it (%s)', (language, body, verb) => {
    const names = namesOf(language, body);
    expect(names.some((n) => n.includes(verb))).toBe(false);
  });
});

describe('a month abbreviation that is also a given name', () => {
  it('is the given name before a capitalised surname with no number beside it, and the month in a date', () => {
    for (const language of ['en', 'pl', 'de']) {
      const names = namesOf(language, '„Nie mamy nic“ – powiedział Jan Nowicki. The meeting on 5 Jan Kellor missed was short. Jan 12 was cold.');
      expect(names).toContain('Jan Nowicki');
      expect(names.some((n) => /^Jan (?:Kellor|12)/.test(n))).toBe(false);
    }
  });
});

describe('a country named in the article’s language', () => {
  it('is a place in any case it declines to, and the United Nations stays an organisation', () => {
    const entities = entitiesOf('pl', 'Chmura dotarła nad Wielką Brytanię. W Wielkiej Brytanii zamknięto lotniska. Wielka Brytania zamknęła niebo. Chmura dotarła do Francji.');
    expect(entities.filter((e) => /Brytan|Franc/.test(e.name)).map((e) => e.type)).toEqual(expect.arrayContaining(['place']));
    expect(entities.some((e) => /Brytan|Franc/.test(e.name) && e.type === 'person')).toBe(false);
    expect(entitiesOf('en', 'The United Nations said the port of Velmar had closed.').find((e) => e.name === 'United Nations')?.type).toBe('organization');
  });
});
