import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const figures = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).figures.map(
    (f) => [f.value, f.unit, f.counts],
  );

describe('what a measure is of', () => {
  it.each([
    ['fr', 'Velmar détient désormais 15 % du capital de Kessa.', [15, '%', 'capital']],
    ['de', 'Velmar hält zwölf Prozent der Anteile an Kessa.', [12, '%', 'Anteile']],
    ['es', 'Velmar controla el 20 % de las acciones de Kessa.', [20, '%', 'acciones']],
    ['en', 'Velmar now holds 15 per cent of the shares.', [15, '%', 'shares']],
    ['en', 'Prosecutors said the scheme caused $5 million in losses to Kessa.', [5e6, 'USD', 'losses']],
    ['en', 'Dana Kellor was released after 108 days in detention, her lawyer said.', [108, 'days', 'detention']],
    ['en', 'The payment relates to $32m in Velmar funds paid to a dealer.', [32e6, 'USD', 'Velmar funds']],
    ['de', 'Kellor soll 40 Millionen Euro Einkommen verschwiegen haben.', [40e6, 'EUR', 'Einkommen']],
    ['fr', 'Il a été placé en garde à vue pour 10 jours de détention.', [10, 'days', 'détention']],
    ['es', 'El barco quedó a 12 grados de longitud oeste.', [12, 'degrees', 'longitud oeste']],
  ])('%s: %s', (language, body, expected) => {
    expect(figures(language, body)).toEqual([expected]);
  });

  it('reads past a currency conversion in brackets, for both amounts', () => {
    expect(figures('de', 'Kellor habe insgesamt 5 Milliarden Yen (rund 40 Millionen Euro) Einkommen zu wenig angegeben.')).toEqual([
      [5e9, 'JPY', 'Einkommen'],
      [40e6, 'EUR', 'Einkommen'],
    ]);
  });

  it('takes the noun an amount is linked to before it, in the languages that put the noun first', () => {
    expect(figures('fr', 'Sa flèche en bois de 93 m s’est effondrée.')).toEqual([[93, 'm', 'flèche']]);
    expect(figures('fr', 'Le tribunal a ordonné une durée de 10 jours.')).toEqual([[10, 'days', 'durée']]);
    expect(figures('es', 'Kessa pagó una multa de 5 millones de euros.')).toEqual([[5e6, 'EUR', 'multa']]);
  });

  it('names no place, name, time or "more" as what a measure is of', () => {
    expect(figures('en', 'She spent 11 days in Northshire and 3 hours in the water.')).toEqual([
      [11, 'days', null],
      [3, 'hours', null],
    ]);
    expect(figures('en', 'Velmar shares fell 12 per cent in March.')).toEqual([[12, '%', null]]);
    expect(figures('fr', 'Les dons dépassaient 700 millions d’euros mardi soir, 5 % de plus.')).toEqual([
      [700e6, 'EUR', null],
      [5, '%', null],
    ]);
    expect(figures('de', 'Zuletzt waren es zehn Prozent. Danach erholte sie sich.')).toEqual([[10, '%', null]]);
  });
});

describe('what a share given as a change changes', () => {
  it.each([
    ['en', 'The company cut its workforce by 10 per cent last year.', [10, '%', 'workforce']],
    ['de', 'Die Aktien von Kessa fielen nach dem Bericht um zehn Prozent.', [10, '%', 'Aktien']],
    ['fr', "L'action de Kessa a chuté de 15 % mardi.", [15, '%', 'action']],
    ['es', 'Las acciones de Kessa cayeron un 10 % tras el anuncio.', [10, '%', 'acciones']],
  ])('%s: %s', (language, body, expected) => {
    expect(figures(language, body)).toEqual([expected]);
  });

  it('takes no noun a preposition governs, no name and nothing outside the clause', () => {
    expect(figures('en', 'In the north, turnout rose by 4 per cent.')).toEqual([[4, '%', null]]);
    expect(figures('en', 'Kessa said on Monday it grew by 5 per cent.')).toEqual([[5, '%', null]]);
    expect(figures('de', 'Nach dem Bericht stieg Kessa um zehn Prozent.')).toEqual([[10, '%', null]]);
  });
});

describe('counted nouns in the languages that inflect their verbs', () => {
  it('ends a counted noun at a finite verb and inherits it after "otros"', () => {
    expect(figures('es', 'Solo cinco ministros acudieron; los otros 17 optaron por quedarse.')).toEqual([
      [5, null, 'ministros'],
      [17, null, 'ministros'],
    ]);
    expect(figures('es', 'Unas 2000 personas recorrían la catedral.')).toEqual([[2000, null, 'personas']]);
  });

  it('names whose goal a match minute marks', () => {
    expect(figures('fr', 'Un but contre son camp de Varnier (23e) puis un penalty.').map((f) => f[2])).toEqual(['Varnier']);
    expect(figures('en', 'Goals: Tomas Verhoek own-goal 41st min, Holm 60th.').map((f) => f[2])).toEqual(['Tomas Verhoek own-goal']);
    expect(figures('es', 'Goles: 1-0, M.67: Ruiz, de cabeza.').filter((f) => f[1] === 'minute').map((f) => f[2])).toEqual(['Ruiz']);
  });
});
