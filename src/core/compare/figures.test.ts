import { describe, expect, it } from 'vitest';
import { analyseTexts, figureDisagreements } from '../../testing/named-texts.js';
import { agrees, roundingUnit } from './figures.js';

// Invented reports: two outlets on one story each, written independently, published the same day.
const analyse = analyseTexts;

const report = (site: string, slug: string, headline: string, body: string) => ({
  name: `${slug}-${site}.txt`,
  text: `${headline}\n\nhttps://${site}.example/2031/06/05/${slug}\n\n5 June, 2031\n\n${body}`,
});

const disagreements = figureDisagreements;

describe('figures of one measured thing without a counted noun', () => {
  it('compares two amounts of one contract, named "contract" in one report and "deal" in the other', () => {
    const r = analyse([
      report('quaynews', 'tram-order', 'Brenholt orders new trams from Castavia Rail',
        'The city of Brenholt signed a contract worth 48 million euros on Tuesday with Castavia Rail for twenty new trams, the transport office said. Deliveries start next spring.'),
      report('valleypost', 'tram-deal', 'Castavia Rail wins Brenholt tram order',
        'Castavia Rail signed a deal worth 52 million euros on Tuesday to build twenty new trams for the city of Brenholt, the company said. The first trams arrive next spring.'),
    ]);
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    const found = disagreements(r);
    expect(found).toHaveLength(1);
    // Tuesday before the Thursday publication; the values in the order the outlets gave them.
    expect(found[0]).toMatch(/^(?:deal|contract) \(EUR\) on 2031-06-03: (?:48,000,000 vs 52,000,000|52,000,000 vs 48,000,000)$/);
  });

  it('compares two shares given for one rate on one day', () => {
    const r = analyse([
      report('quaynews', 'rate-rise', 'Central bank of Ostria raises key rate',
        'The central bank of Ostria raised its key rate to 4.5 percent on Thursday, the bank said in a statement, citing stubborn prices.'),
      report('valleypost', 'rate-hike', 'Ostria central bank lifts key rate again',
        'The central bank of Ostria raised its key rate to 4.75 percent on Thursday, its governor told reporters, citing stubborn prices.'),
    ]);
    expect(disagreements(r)).toEqual(['key rate (%) on 2031-06-05: 4.5 vs 4.75']);
  });

  it('keeps two amounts about different things apart: a budget is not a fine', () => {
    const r = analyse([
      report('quaynews', 'harbour-budget', 'Lissel harbour board approves budget after fine',
        'The Lissel harbour board approved a budget of 48 million euros on Monday, a week after the regulator imposed a fine on the board over the spill at Corran Quay.'),
      report('valleypost', 'harbour-fine', 'Regulator fines Lissel harbour board over spill',
        'The regulator imposed a fine of 52 million euros on the Lissel harbour board on Monday over the spill at Corran Quay, the board said while approving its new budget.'),
    ]);
    expect(disagreements(r)).toEqual([]);
    const groups = r.figure_groups.filter((g) => g.unit === 'EUR').map((g) => [g.quantity, g.verdict]);
    // Each amount is given by one article only: one source, corroborated by none.
    expect(groups).toEqual(expect.arrayContaining([['budget (EUR)', 'one source'], ['fine (EUR)', 'one source']]));
  });
});

describe('a figure one origin gives', () => {
  it('is one source, not agreement; two independent outlets giving it agree; a copy adds no corroboration', () => {
    const body = 'Flooding on the Marrow river forced 340 families in Dunhollow from their homes on Tuesday, the county said.';
    const lone = analyse([report('quaynews', 'flood', 'Marrow river floods Dunhollow', body)]);
    expect(lone.figure_groups.map((g) => g.verdict)).toEqual(['one source']);
    const two = analyse([
      report('quaynews', 'flood', 'Marrow river floods Dunhollow', body),
      report('valleypost', 'flood-2', 'Families leave Dunhollow as Marrow bursts its banks',
        'County officials said 340 families in Dunhollow left their homes on Tuesday after the Marrow river burst its banks near the old mill.'),
    ]);
    expect(two.figure_groups.map((g) => g.verdict)).toEqual(['agree']);
    const long = `${body} Rescue crews in small boats worked through the night along Tanner Street and the old mill lane, where the water rose above the windows of ground floors. The county opened the sports hall on Kestle Road as a shelter and asked residents upstream to move cars and livestock to higher ground before the next high tide on Wednesday evening.`;
    const copied = analyse([
      report('quaynews', 'flood', 'Marrow river floods Dunhollow', long),
      report('harbourdaily', 'flood-copy', 'Marrow river floods Dunhollow', `${long} Schools in the valley will stay closed for the rest of the week.`),
    ]);
    expect(copied.articles).toHaveLength(2);
    expect(copied.reuse.map((x) => x.kind)).toEqual(['near duplicate']);
    expect(copied.figure_groups.map((g) => g.verdict)).toEqual(['one source']);
  });
});

describe('estimates agree with the values they round', () => {
  it('does not flag "about 9,000 homes" against "9,200 homes", and still flags 9,000 against 9,600 exact', () => {
    const flood = (first: string, second: string) =>
      analyse([
        report('quaynews', 'serra-flood', 'River Serra floods Dunwick after days of rain',
          `The river Serra burst its banks at Dunwick on Wednesday, flooding ${first} homes, the regional fire service said.`),
        report('valleypost', 'dunwick-flood', 'Dunwick under water as Serra bursts its banks',
          `Floodwater from the Serra reached ${second} homes in Dunwick on Wednesday, the regional fire service said, after days of rain.`),
      ]);
    expect(disagreements(flood('about 9,000', '9,200'))).toEqual([]);
    expect(disagreements(flood('9,000', '9,200'))).toHaveLength(1);
    expect(disagreements(flood('about 9,000', '9,600'))).toHaveLength(1);
  });

  it('reads the tolerance from the last non-zero digit, exclusive at the edge', () => {
    expect(roundingUnit(9000)).toBe(1000);
    expect(roundingUnit(1250)).toBe(10);
    expect(roundingUnit(4.75)).toBe(0.01);
    expect(agrees({ value: 9000, approximate: true }, { value: 9200 })).toBe(true);
    expect(agrees({ value: 1200, approximate: true }, { value: 1100, approximate: true })).toBe(false);
    expect(agrees({ value: 50, approximate: true }, { value: 45 })).toBe(false);
    expect(agrees({ value: 50, approximate: true }, { value: 47 })).toBe(true);
    expect(agrees({ value: 9000 }, { value: 9200 })).toBe(false);
  });
});

describe('counts of one noun that count different sets', () => {
  const final = (first: string, second: string, language = 'en') =>
    analyse([
      report('quaynews', 'cup-final', language === 'es' ? 'Varnholm gana la final de la Copa Ostria' : 'Varnholm win the Ostria Cup final', first),
      report('valleypost', 'cup-final-2', language === 'es' ? 'Varnholm campeón de la Copa Ostria ante Castel' : 'Varnholm beat Castel to lift the Ostria Cup', second),
    ]);

  it('keeps a team\'s goals apart from the goals of the whole match', () => {
    const r = final(
      'Varnholm won the Ostria Cup final against Castel in Brenholt on Sunday, a final with 6 goals in the match, the most since the cup began.',
      'In the Ostria Cup final in Brenholt on Sunday, Varnholm scored 4 goals against Castel and lifted the trophy for the first time.',
    );
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(r)).toEqual([]);
  });

  it('reads one side of a score as a part, in Spanish too', () => {
    const r = final(
      'Varnholm ganó la final de la Copa Ostria ante Castel en Brenholt el domingo, una final con seis goles, la más abierta desde hace años.',
      'Con cuatro goles a dos, Varnholm ganó la final de la Copa Ostria ante Castel en Brenholt el domingo y levantó el trofeo.',
      'es',
    );
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(r)).toEqual([]);
  });

  it('reads the first item of an enumeration ("two charges of fraud and one of bribery") and "three of the ships" as parts', () => {
    const charges = analyse([
      report('quaynews', 'kessel-charges', 'Former Kessel Motors chief Anton Rusak charged again',
        'Prosecutors in Brenholt said on Monday that Anton Rusak, the former Kessel Motors chief, faces two charges of fraud and one of bribery over the company accounts.'),
      report('valleypost', 'rusak-charged', 'Anton Rusak charged again over Kessel Motors accounts',
        'Anton Rusak, the former Kessel Motors chief accused of three charges of fraud over the company accounts, was charged again on Monday, prosecutors in Brenholt said.'),
    ]);
    expect(charges.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(charges)).toEqual([]);
    const ships = analyse([
      report('quaynews', 'strait-ships', 'Ostrian coast guard fires on Velmar navy ships in the Corran Strait',
        'The Ostrian coast guard fired on three of the Velmar navy ships in the Corran Strait on Sunday and detained their crews, the Velmar navy said.'),
      report('valleypost', 'strait-ships-2', 'Velmar navy ships fired on in the Corran Strait',
        'Five Velmar navy ships were sailing through the Corran Strait on Sunday when the Ostrian coast guard opened fire, the Velmar navy said.'),
    ]);
    expect(ships.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(ships)).toEqual([]);
  });

  it('keeps counts of one noun narrowed differently apart: Ostrian ships are not Velmar ships', () => {
    const r = analyse([
      report('quaynews', 'strait-standoff', 'Ships gather in the Corran Strait as standoff grows',
        'Five Ostrian ships entered the Corran Strait on Sunday as the standoff with Velmar grew, the port authority in Brenholt said.'),
      report('valleypost', 'strait-standoff-2', 'Standoff in the Corran Strait as ships gather',
        'Three Velmar ships entered the Corran Strait on Sunday as the standoff with Ostria grew, the port authority in Brenholt said.'),
    ]);
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(r)).toEqual([]);
  });

  it('still flags two death tolls of one event, whoever the strike is named for, and two sums for one transfer', () => {
    const toll = analyse([
      report('quaynews', 'dunwick-strike', 'Strike on Dunwick market kills dozens',
        "Ostria's strike on the market in Dunwick killed 40 people on Sunday, the regional governor said, as rescuers searched the rubble."),
      report('valleypost', 'dunwick-market', 'Dozens killed in strike on Dunwick market',
        'The strike on the market in Dunwick killed 45 people on Sunday, the regional governor said, as rescuers searched the rubble.'),
    ]);
    expect(disagreements(toll)).toHaveLength(1);
    const transfer = analyse([
      report('quaynews', 'lenno-transfer', 'Varnholm sign striker Marco Lenno from Castel',
        'Varnholm signed striker Marco Lenno from Castel on Tuesday and paid a fee of 60 million euros, the club said.'),
      report('valleypost', 'lenno-signs', 'Marco Lenno joins Varnholm from Castel',
        'Marco Lenno joined Varnholm from Castel on Tuesday after the club paid a fee of 55 million euros, Castel said.'),
    ]);
    expect(disagreements(transfer)).toHaveLength(1);
  });
});
