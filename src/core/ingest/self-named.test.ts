// Bare texts that name their own outlet in the forms small sites use: the lead closing on "<Name>
// reports.", the site's web name signing the last line, the standfirst signed "/ Name", a closing
// copyright notice; an agency is credited by its name, never by the adjective before it. A place
// alone above the lead is its dateline, never the headline.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { cleanDoc } from './index.js';

const txt = (text: string): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta: {} });
const LEAD =
  'A cargo ship ran aground off the Tallholm lighthouse on Sunday night, spilling part of its load of timber into the bay, the harbour office said.';
const MORE = 'Tugs were sent from Norrvik at first light and the crew of twelve was taken ashore unhurt, the office added in a statement.';

describe('an outlet named in its own text', () => {
  it('reads the lead closing on "<Name> reports."', () => {
    const text = `Cargo ship runs aground off Tallholm\nA cargo ship ran aground off the Tallholm lighthouse on Sunday night, spilling timber into the bay, Norrvik Lantern reports.\n${MORE}`;
    expect(cleanDoc(txt(text)).outlet).toBe('Norrvik Lantern');
    // A wire or an agency reporting is a source, not the outlet.
    const wire = `Cargo ship runs aground off Tallholm\nA cargo ship ran aground off the Tallholm lighthouse on Sunday night, spilling timber into the bay, Reuters reports.\n${MORE}`;
    expect(cleanDoc(txt(wire)).outlet).toBeNull();
  });

  it("reads the site's web name alone on the last line, in any language", () => {
    const fr = `Un cargo s'est échoué dimanche soir au large du phare de Tallholm, déversant une partie de son chargement de bois dans la baie, a indiqué la capitainerie.\n\nLes remorqueurs sont partis de Norrvik à l'aube.\n\nLanterne.net`;
    expect(cleanDoc(txt(fr))).toMatchObject({ outlet: 'Lanterne.net' });
    expect(cleanDoc(txt(fr)).body).not.toMatch(/Lanterne\.net/);
  });

  it('reads a standfirst signed "/ Name" at the top, and credits a wire signed so', () => {
    const signed = (name: string) => `Cargo ship runs aground off Tallholm\n\nTimber spilled into the bay after a cargo ship ran aground off the lighthouse on Sunday night, and tugs were sent at first light to pull it free. / ${name}\n\n${LEAD}\n\n${MORE}`;
    const own = cleanDoc(txt(signed('nrv BayWire')));
    expect(own.outlet).toBe('nrv BayWire');
    expect(own.body).not.toMatch(/BayWire/);
    expect(cleanDoc(txt(signed('AFP')))).toMatchObject({ outlet: null, credits: [{ name: 'AFP' }] });
  });

  it('reads a copyright notice closing the text as the publisher', () => {
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\n(c) 2031 Norrvik Lantern`)).outlet).toBe('Norrvik Lantern');
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\n© Tallholm Bugle`)).outlet).toBe('Tallholm Bugle');
    // A wire's notice is its credit.
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\n© 2031 AFP`))).toMatchObject({ outlet: null, credits: [{ name: 'AFP' }] });
  });
});

describe('an agency credited in the text', () => {
  it('is the name, never the adjective before "news agency"', () => {
    const named = cleanDoc(txt(`${LEAD}\n\nCiting port officials, Ostrian news agency Vestpress reported that the ship had lost power.\n\n${MORE}`));
    expect(named.credits?.map((c) => c.name)).toEqual(['Vestpress']);
    const unnamed = cleanDoc(txt(`${LEAD}\n\nThe ship had lost power, the Ostrian news agency reported.\n\n${MORE}`));
    expect(unnamed.credits).toEqual([]);
    const before = cleanDoc(txt(`${LEAD}\n\nThe ship had lost power, Vestpress news agency reported.\n\n${MORE}`));
    expect(before.credits?.map((c) => c.name)).toEqual(['Vestpress']);
    // "State", "Official" opening a sentence describe the agency named after "news agency".
    const state = cleanDoc(txt(`${LEAD}\n\nState news agency VESTPRESS said the ship had lost power.\n\n${MORE}`));
    expect(state.credits?.map((c) => c.name)).toEqual(['VESTPRESS']);
  });

  it('takes no credit from the text of a link after "Source:"', () => {
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nSource: Read Full Article`)).credits).toEqual([]);
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nSource: Harbour Herald`)).credits?.map((c) => c.name)).toEqual(['Harbour Herald']);
  });
});

describe('a Russian lead naming its teller', () => {
  const RU = 'Грузовое судно село на мель у маяка Тальхольм в воскресенье вечером, часть груза леса упала в залив.';
  it('reads "Об этом сообщает <Name>." and "передает <Name> со ссылкой на <X>" as the outlet, a wire never', () => {
    expect(cleanDoc(txt(`Судно село на мель у Тальхольма\n${RU} Об этом со ссылкой на портовую службу сообщает Норвик.инфо.\n${MORE}`)).outlet).toBe('Норвик.инфо');
    expect(cleanDoc(txt(`Судно село на мель у Тальхольма\n${RU} Об этом в понедельник передает Гавань Ньюс со ссылкой на портовую службу.\n${MORE}`)).outlet).toBe('Гавань Ньюс');
    expect(cleanDoc(txt(`Судно село на мель у Тальхольма\n${RU} Об этом сообщает Reuters.\n${MORE}`)).outlet).toBeNull();
  });
});

describe('a page of question subheads', () => {
  const FAQ =
    'Was ist passiert?\n\nIn der Nacht ist im Hafen von Northshire ein Frachter auf Grund gelaufen, die Besatzung wurde von Booten der Küstenwache an Land gebracht.\n\n' +
    'Wie hat die Hafenbehörde reagiert?\n\nDie Hafenbehörde sperrte die Einfahrt und schickte zwei Schlepper, die den Frachter am Morgen wieder freizogen.\n\n' +
    'Was sagt die Reederei?\n\nDie Reederei kündigte an, den Schaden am Rumpf in einer Werft in Tallholm untersuchen zu lassen.';
  it('takes no section head for the title; a title above it stays the title', () => {
    expect(cleanDoc(txt(FAQ)).headline).toBeNull();
    expect(cleanDoc(txt(`Frachter im Hafen von Northshire auf Grund gelaufen\n\n${FAQ}`)).headline).toBe('Frachter im Hafen von Northshire auf Grund gelaufen');
    expect(cleanDoc(txt(`Was ist im Hafen passiert?\n\n${LEAD}\n\n${MORE}`)).headline).toBe('Was ist im Hafen passiert?');
  });
});

describe('a place alone above the lead', () => {
  it('is the dateline of the lead, not the headline', () => {
    const article = cleanDoc(txt(`Tallholm\n${LEAD}\n${MORE}`));
    expect(article.headline).toBeNull();
    expect(article.body.startsWith(`Tallholm — ${LEAD}`)).toBe(true);
    const es = cleanDoc(txt(`Puerto Norrvik\nUn carguero encalló el domingo por la noche frente al faro de Tallholm y derramó parte de su carga de madera en la bahía, informó la capitanía del puerto.`));
    expect(es.headline).toBeNull();
    expect(es.body).toMatch(/^Puerto Norrvik — Un carguero/);
  });
});
