import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../testing/speaker-cases.js';

describe('an attribution written inside the quotation marks (incise)', () => {
  it('French: the quote is two quotes, both the named speaker’s, and the attribution is in neither', () => {
    const got = speakersOf(
      'fr',
      'Au moins douze personnes ont été blessées vendredi à Velmar, selon un bilan officiel. « Il est clair que la digue a cédé sous la pression, a déclaré la maire de la ville, Dana Kellor. Nous allons reconstruire le quartier avant l’hiver. »\nLes secours sont restés sur place toute la nuit.',
    );
    expect(got).toEqual([
      ['Il est clair que la digue a cédé sous la pression', 'Dana Kellor'],
      ['Nous allons reconstruire le quartier avant l’hiver.', 'Dana Kellor'],
    ]);
  });

  it('French inversion with a comma: "…, dit-il, …" keeps the person in focus', () => {
    const got = speakersOf(
      'fr',
      'Tomas Verhoek dirige le port de Velmar depuis dix ans. « Nous avons perdu trois grues, explique-t-il, et il faudra des mois pour les remplacer. »',
    );
    expect(got.map(([, s]) => s)).toEqual(['Tomas Verhoek', 'Tomas Verhoek']);
    expect(got.map(([t]) => t).join(' | ')).not.toMatch(/explique/);
  });

  it.each([
    ['a spaced hyphen', '"Questa è una devastazione totale - ha detto Dana Kellor, portavoce del governatore -. In termini di infrastrutture la città non sarà più la stessa".'],
    ['an en dash, past the apposition’s comma', '"Questa è una devastazione totale – ha detto Dana Kellor, portavoce del governatore –. In termini di infrastrutture la città non sarà più la stessa".'],
  ])('Italian: %s closes an incise opened by a dash', (_, quote) => {
    const got = speakersOf('it', `Il porto di Velmar è chiuso da ieri sera.\n\n${quote}`);
    expect(got).toEqual([
      ['Questa è una devastazione totale', 'Dana Kellor'],
      ['In termini di infrastrutture la città non sarà più la stessa', 'Dana Kellor'],
    ]);
  });

  it('Spanish: the dashes of an incise — dijo X — part the quote', () => {
    const got = speakersOf(
      'es',
      'El puerto de Velmar sigue cerrado. «No sabemos cuándo podremos abrir —dijo el alcalde Tomas Verhoek—. Las grúas están destrozadas y faltan piezas.»',
    );
    expect(got.map(([, s]) => s)).toEqual(['Tomas Verhoek', 'Tomas Verhoek']);
  });

  it('a comma inside a quote that introduces no speech verb leaves the quote whole', () => {
    const got = speakersOf('fr', 'Dana Kellor a déclaré : « Nous avons reconstruit, pierre par pierre, tout le quartier du port. »');
    expect(got).toHaveLength(1);
    expect(got[0]![1]).toBe('Dana Kellor');
  });
});

describe('asides that are not attributions', () => {
  it('"…, as I said, …" and "…, comme je l’ai dit, …" stay one quote', () => {
    expect(speakersOf('en', 'Dana Kellor said: “Yes we are, as I said, in touch with the harbour board and the insurers.”')).toHaveLength(1);
    expect(speakersOf('fr', 'Dana Kellor a ajouté : « Nous sommes, comme je l’ai dit, en contact avec les assureurs du port. »')).toHaveLength(1);
  });
});
