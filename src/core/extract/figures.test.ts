import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const figures = (body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: null, body, original: body }).figures.map(
    (f) => [f.value, f.unit, f.counts, f.place],
  );

describe('figures', () => {
  it('reads numbers in digits and words with their qualifiers', () => {
    expect(figures('More than half a million people fled and some 11 million were displaced.')).toEqual([
      [500000, null, 'people', null],
      [11000000, null, null, null],
    ]);
    expect(figures('The war has lasted five and a half years; two dozen towns and 1,200 homes burned.')).toEqual([
      [5.5, 'years', null, null],
      [24, null, 'towns', null],
      [1200, null, 'homes', null],
    ]);
  });

  it('normalises units and currencies', () => {
    expect(figures('The camp lies 20 kilometers away; the plan costs $3.5 billion, or 40 percent of the budget, over six months.')).toEqual([
      [20, 'km', null, null],
      [3500000000, 'USD', null, null],
      [40, '%', 'budget', null],
      [6, 'months', null, null],
    ]);
  });

  it('finds what is counted, inherits it for "others", and the place when stated', () => {
    expect(figures('Officials counted around 300 of these fighters in Dunmore Province and 200 others in Kessel Province.')).toEqual([
      [300, null, 'fighters', 'Dunmore Province'],
      [200, null, 'fighters', 'Kessel Province'],
    ]);
  });

  it('reads no exact figure from a vague quantity word, in any language', () => {
    expect(figures('Dozens of ships waited offshore, watched by a dozen tugs.')).toEqual([[12, null, 'tugs', null]]);
    expect(figuresIn('fr', 'Des dizaines de navires attendent au large.')).toEqual([]);
    expect(figuresIn('es', 'Decenas de barcos esperan; una treintena de grúas paradas.')).toEqual([[30, null]]);
    expect(figuresIn('it', 'Centinaia di persone in piazza.')).toEqual([]);
  });

  it('skips dates, years, times and ordinals but keeps year-like counts', () => {
    expect(figures('On May 23, 2017, at 11:06, the 12th convoy left. In 2019 it returned with 1850 families.')).toEqual([
      [1850, null, 'families', null],
    ]);
  });
});

const figuresIn = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).figures.map(
    (f) => [f.value, f.unit],
  );

describe('figures in the languages of the news', () => {
  // Invented sentences; beside each, the values and units a reader takes from it.
  it.each([
    ['en', 'Forty-three people were hurt and one point five million euros were lost; ninety one homes and a dozen boats.', [[43, null], [1500000, 'EUR'], [91, null], [12, null]]],
    ['en', 'The fund lost $32m, or 2.5bn yen, after 7 per cent of its 1,250 members left on March 3.', [[32000000, 'USD'], [2500000000, 'JPY'], [7, '%'], [1250, null]]],
    ['es', 'El ayuntamiento invertirá 3 millones de euros y dos mil millones de pesos; acudieron 2.400 vecinos, un 12,5 % más que el 4 de mayo.', [[3000000, 'EUR'], [2000000000, null], [2400, null], [12.5, '%']]],
    ['de', 'Rund 1.800 Beschäftigte streikten am 3. März 2025, die Firma bot 4,5 Prozent und zweiundzwanzig Millionen Euro.', [[1800, null], [4.5, '%'], [22000000, 'EUR']]],
    ['fr', "La région a débloqué 250 millions d'euros pour 12 000 foyers, soit 3,2 % du budget, le 8 juin. Vingt-trois communes.", [[250000000, 'EUR'], [12000, null], [3.2, '%'], [23, null]]],
    // A German number below a million is one word; French hundreds multiply ("deux cents").
    ['de', 'Dreihundert Demonstranten, zweitausendfünfhundert Polizisten, zweieinhalb Millionen Euro und ein Jahrhundert.', [[300, null], [2500, null], [2500000, 'EUR']]],
    ['fr', 'Quelque deux cents manifestants et trois cent mille euros.', [[200, null], [300000, 'EUR']]],
    ['pt', 'O governo liberou 2,5 milhões de euros para 1.300 famílias e quinze escolas.', [[2500000, 'EUR'], [1300, null], [15, null]]],
    ['it', 'Il comune ha stanziato 4 milioni di euro per 3.200 famiglie e dodici scuole.', [[4000000, 'EUR'], [3200, null], [12, null]]],
    ['ru', 'Ущерб составил 1,2 млрд рублей, эвакуированы 3 400 жителей, трем пострадавшим оказана помощь 5 апреля.', [[1200000000, 'RUB'], [3400, null], [3, null]]],
  ])('%s: %s', (language, body, expected) => {
    expect(figuresIn(language as string, body as string)).toEqual(expected);
  });

  it('takes no figure from a date or the ordinal day of a date', () => {
    expect(figuresIn('de', 'Kellfurt, 14. Februar 2026. Am 2. März kamen 300 Gäste.')).toEqual([[300, null]]);
    expect(figuresIn('es', 'Sanlúcar, 14 de febrero de 2026. 300 invitados.')).toEqual([[300, null]]);
    expect(figuresIn('fr', 'Le 14 février 2026, 300 invités.')).toEqual([[300, null]]);
    expect(figuresIn('en', 'On the 14th of February, 300 guests came.')).toEqual([[300, null]]);
  });
});

describe('match minutes', () => {
  it('reads the minute of a goal written as an ordinal', () => {
    expect(figuresIn('fr', 'Un but contre son camp de Varnier (23e) puis un penalty.')).toEqual([[23, 'minute']]);
    expect(figuresIn('en', "Holm's own-goal 41st min decided it.")).toEqual([[41, 'minute']]);
    expect(figuresIn('es', 'M.67: Ruiz marca de cabeza.')).toEqual([[67, 'minute']]);
  });
});

const described = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).figures.map(
    (f) => [f.value, f.counts, f.text, f.approximate ?? false],
  );

describe('estimates and the end of a counted noun', () => {
  it.each([
    ['en', 'About 9,000 homes, only 12 boats and at least 40 vessels.', [[9000, 'homes', 'About 9,000 homes', true], [12, 'boats', 'only 12 boats', false], [40, 'vessels', 'at least 40 vessels', true]]],
    ['fr', 'Environ 9 000 foyers et plus de 300 maisons.', [[9000, 'foyers', 'Environ 9 000 foyers', true], [300, 'maisons', 'plus de 300 maisons', true]]],
    ['de', 'Rund 1.800 Gäste und mehr als 30 Schiffe.', [[1800, 'Gäste', 'Rund 1.800 Gäste', true], [30, 'Schiffe', 'mehr als 30 Schiffe', true]]],
    ['es', 'Unos 2.400 vecinos y más de 300 casas.', [[2400, 'vecinos', 'Unos 2.400 vecinos', true], [300, 'casas', 'más de 300 casas', true]]],
  ])('%s marks an estimate or a bound: %s', (language, body, expected) => {
    expect(described(language as string, body as string)).toEqual(expected);
  });

  it.each([
    ['fr', 'La mairie a évacué 500 habitants lundi soir.', 'habitants'],
    ['fr', 'Les pompiers ont secouru 40 randonneurs hier matin.', 'randonneurs'],
    ['en', 'Police moved 300 residents Monday night.', 'residents'],
    ['en', 'The shelter took in 80 families overnight.', 'families'],
    ['de', 'Die Feuerwehr brachte 200 Bewohner Montagabend in Sicherheit.', 'Bewohner'],
    ['es', 'Los bomberos evacuaron 150 vecinos anoche.', 'vecinos'],
    ['it', 'Il comune ha evacuato 120 residenti lunedì sera.', 'residenti'],
    ['pt', 'Os bombeiros retiraram 90 moradores ontem.', 'moradores'],
    ['nl', 'De brandweer evacueerde 70 bewoners maandagavond.', 'bewoners'],
    // A German noun that is also a stopword ("menschen") still ends the count.
    ['de', 'Taucher zogen zwölf Menschen am Abend aus dem Fluss.', 'Menschen'],
  ])('%s stops the counted noun at a day or a time: %s', (language, body, counts) => {
    expect(described(language, body)[0][1]).toBe(counts);
  });

  it.each([
    ['fr', 'Environ 1 300 passagers empruntent chaque jour la ligne de Velmar.', 'passagers'],
    ['fr', 'Le conseil ignore 1 300 passagers quotidiens.', 'passagers quotidiens'],
    ['es', 'Unos 1.800 pasajeros usan la ruta de Velmar cada día.', 'pasajeros'],
    ['es', 'El consejo ignora a 1.800 pasajeros diarios.', 'pasajeros diarios'],
    ['pt', 'Cerca de 900 passageiros usam a linha de Velmar.', 'passageiros'],
  ])('%s ends a plural counted noun at the verb, whose ending does not agree: %s', (language, body, counts) => {
    expect(described(language, body)[0][1]).toBe(counts);
  });

  it.each([
    ['fr', 'Le conseil a maintenu la subvention à 4,2 millions de couronnes.', 4_200_000, 'couronnes', '4,2 millions de couronnes'],
    ['es', 'El consejo mantuvo el subsidio en 4,2 millones de coronas.', 4_200_000, 'coronas', '4,2 millones de coronas'],
    ['it', 'Il comune ha stanziato 1,5 milioni di corone.', 1_500_000, 'corone', '1,5 milioni di corone'],
    ['en', 'The bank said 1.2 million of its customers were affected.', 1_200_000, 'customers', '1.2 million of its customers'],
  ])('%s counts the noun a scale leads to through its link word: %s', (language, body, value, counts, text) => {
    expect(described(language, body)[0].slice(0, 3)).toEqual([value, counts, text]);
  });
});

describe('a scale letter glued to digits', () => {
  // A lowercase "m" is a million only for money or a count; a length written with it is metres.
  it.each([
    ['en', 'The cathedral lost its 93m spire; the north tower, 69m tall, and a 45m-high crane still stand.', [[93, 'm'], [69, 'm'], [45, 'm']]],
    ['en', 'Kestrel United paid £93m for the striker, or 110m euros with bonuses, after a 93m deal fell through.', [[93000000, 'GBP'], [110000000, 'EUR'], [93000000, null]]],
    ['en', 'About 93m people watched the final, and the arena rose to a height of 52m.', [[93000000, null], [52, 'm']]],
    ['fr', "La flèche, haute de 93m, s'est effondrée; le club a versé 93m d'euros.", [[93, 'm'], [93000000, 'EUR']]],
    ['es', 'La aguja, de 93m de altura, cayó; el club pagó 93m de euros.', [[93, 'm'], [93000000, 'EUR']]],
    ['de', 'Der Turm ist 93m hoch, der Verein zahlte 93m Euro.', [[93, 'm'], [93000000, 'EUR']]],
    ['fr', "Sa flèche de 93m s'est effondrée; 12m d'habitants regardaient.", [[93, 'm'], [12000000, null]]],
    ['it', 'La guglia di 93m è crollata, il club ha pagato 93m di euro.', [[93, 'm'], [93000000, 'EUR']]],
  ])('%s: %s', (language, body, expected) => {
    expect(figuresIn(language as string, body as string)).toEqual(expected);
  });

  it('keeps a capital M and the other scale letters as scales', () => {
    expect(figuresIn('en', 'The tower deal was worth 93M, the fund $1.5bn and the grant 40k.')).toEqual([
      [93000000, null],
      [1500000000, 'USD'],
      [40000, null],
    ]);
  });

  it('reads "a" as one only in English before a scale or a collective, never a preposition', () => {
    expect(figuresIn('es', 'La policía de Northshire detuvo a cuatro personas y trasladó a una al hospital.')).toEqual([[4, null]]);
    expect(figuresIn('it', 'Il Harbour Herald parla di danni da 3 a 5 milioni di euro.')).toEqual([[3, null], [5000000, 'EUR']]);
    expect(figuresIn('pt', 'A polícia levou a dez pessoas.')).toEqual([[10, null]]);
    expect(figures('A hundred guests and a dozen tugs came, two and a half hours late.')).toEqual([
      [100, null, 'guests', null],
      [12, null, 'tugs', null],
      [2.5, 'hours', null, null],
    ]);
  });

  it('reads no count from a rank or a class: "Category 4", "Level 3", "categoría 5"', () => {
    expect(figures('Hurricane Kellor grew from a Category 4 hurricane to a Category-5 storm and killed 12 people in Northshire.')).toEqual([
      [12, null, 'people', 'Northshire'],
    ]);
    expect(figuresIn('es', 'El huracán llegó con categoría 5 y dejó 30 heridos.')).toEqual([[30, null]]);
  });
});
