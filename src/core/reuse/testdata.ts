// Hand-written test articles for the reuse stage (invented events, places and outlets) and a
// helper to build Article records. Used only by tests.
import type { Article } from '../types.ts';

export function article(id: string, body: string, meta: Partial<Article> = {}): Article {
  return { id, source: `${id}.txt`, outlet: null, url: null, headline: null, published: null, language: null, body, original: body, ...meta };
}

/** A wire-style report on a dock strike, five paragraphs. */
export const dockStrike = [
  'Dock workers at the port of Vellmar walked off the job on Monday, halting the loading of grain ships for the first time in nine years and stranding more than forty vessels in the outer harbour.',
  'The strike was called by the Coastal Stevedores Union after talks with the port authority over night-shift pay collapsed late on Sunday, union secretary Ilka Brenner told reporters outside the terminal gates.',
  '“We asked for a fair night rate and we were offered a photograph of a budget spreadsheet,” Brenner said, adding that pickets would stay in place until the authority returned to the table.',
  'Port director Amos Feld said the authority had made a generous offer and warned that every day of stoppage cost exporters roughly two million crowns in demurrage and spoiled cargo.',
  'Grain traders in the inland provinces said silos were already close to capacity after a record harvest, and that a strike lasting more than a week would force farmers to sell at a loss.',
].join('\n\n');

/** A longer regional article that pastes paragraphs 2 and 4-5 of dockStrike after its own opening, crediting the wire. */
export const regionalFollowUp = [
  'Farmers around Ostrava Valley fear a second bad autumn in a row as the harbour dispute drags on and lorries queue for kilometres on the coast road.',
  'Cooperative chair Tessa Marlowe said her members had delayed the sale of winter wheat twice already and could not store another shipment beyond the end of the month.',
  'According to the Harbour Gazette, the dispute is about pay for night work.',
  'The strike was called by the Coastal Stevedores Union after talks with the port authority over night-shift pay collapsed late on Sunday, union secretary Ilka Brenner told reporters outside the terminal gates.',
  'Port director Amos Feld said the authority had made a generous offer and warned that every day of stoppage cost exporters roughly two million crowns in demurrage and spoiled cargo.',
  'Grain traders in the inland provinces said silos were already close to capacity after a record harvest, and that a strike lasting more than a week would force farmers to sell at a loss.',
  'The valley council will meet on Thursday to discuss emergency storage in disused railway sheds, Marlowe said.',
  'Local hauliers have asked the transport ministry to lift weekend driving limits so that lorries stuck at the port can return inland without losing their place in the queue.',
].join('\n\n');

/** An independent report of the same strike that shares only Brenner's quote. */
export const independentReport = [
  'Shipping on the northern coast ground to a halt this week as stevedores in Vellmar refused to work night shifts without a new pay deal.',
  '“We asked for a fair night rate and we were offered a photograph of a budget spreadsheet,” said Ilka Brenner, who leads the dockers.',
  'Economists at the national bank estimate the dispute could shave a tenth of a point off quarterly exports if it lasts into next month.',
  'Neither side has scheduled new talks, and the labour ministry has so far declined to appoint a mediator.',
].join('\n\n');

/** Unrelated text that shares only newsroom stock phrases with the others. */
export const stockOnly = [
  'A fire broke out at a furniture warehouse on the edge of Lindau overnight, and firefighters needed six hours to bring it under control.',
  'The company did not immediately respond to a request for comment.',
  'It was not immediately clear whether the port authority would open an inquiry.',
  'Police said nobody had been injured and that the cause of the blaze was still under investigation.',
].join('\n\n');

/** Two sentences of a wire report on a ferry grounding, which other outlets work into their own paragraphs. */
export const ferryWire = [
  'Investigators from the maritime safety board boarded the Morgenrot on Tuesday afternoon and began reading the bridge recorder, which should show whether the crew had switched off the depth alarm.',
  'The shipping line confirmed that the vessel had passed its last hull inspection in March and that the captain had sailed the crossing for more than eleven years without an incident.',
];

/** Each outlet's own lines around the wire sentences: different people, places and details. */
const ferryOwn = [
  ['Families waited on the quay at Brack through a cold night.', 'Tourism officials in Brack fear the summer bookings will suffer.', 'The town council will meet on Friday.'],
  ['Stranded commuters slept in the ferry terminal at Oddvik.', 'A rival operator offered free seats to island workers on Wednesday.', 'Fresh food deliveries to the island are running two days late.'],
  ['Fishermen in the channel have long complained about shifting sandbanks.', 'The harbour master at Lunde refused to comment on the dredging schedule.', 'Divers found a long gash below the waterline on the starboard side.'],
  ['The regional governor cut short a visit abroad to return to the coast.', 'Insurers said claims from passengers could take months to settle.', 'A memorial service for the island pilot was postponed.'],
  ['Schoolchildren from the island missed a second day of lessons.', 'The ferry union asked for an independent inquiry into crew hours.', 'Weather on the night of the grounding had been calm.'],
];

/**
 * Reports by `count` outlets (at most five), each working both wire sentences into paragraphs of
 * its own, so that only the sentences, no whole paragraph, are shared: two outlets sharing them is
 * partial reuse; as many as FORMULA_HOLDERS make them a formula.
 */
export function ferryReports(count: number): Article[] {
  return ferryOwn.slice(0, count).map(([first, second, third], k) =>
    article(`ferry-${k}`, [`${first} ${ferryWire[0]} ${second}`, `${third} ${ferryWire[1]}`, `${ferryOwn[(k + 1) % ferryOwn.length][2]}`].join('\n\n')),
  );
}
