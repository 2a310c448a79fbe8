// The figure-comparison verdict on invented reports: a flag needs the same counted set, the same
// holder (or none named) and the same time. A toll given at different hours or days is a timeline,
// a count of passengers is not one of passengers and crew, and a ministry's toll is not a rescue
// service's; two outlets giving 40 and 400 injured on one day from one source still disagree.
import { describe, expect, it } from 'vitest';
import { analyseTexts, figureDisagreements as disagreements, figureVerdicts as verdicts, reportPair as pair } from '../../testing/named-texts.js';

describe('a true disagreement: two outlets, one day, one source, 40 against 400 injured', () => {
  // Same-day reports are listed in the outlets' order, which a day without times leaves open.
  const INJURED = /^people injured on 2031-06-05: (?:40 vs 400|400 vs 40)$/;

  it('is flagged in English', () => {
    const r = pair(
      ['5 June, 2031', 'Blast at Dunwick chemical plant', 'A gas explosion at the Corran chemical plant in Dunwick injured 40 people on Thursday, the Northshire Fire Service said. Firefighters worked through the night.'],
      ['5 June, 2031', 'Explosion rocks Dunwick chemical plant', 'The Northshire Fire Service said 400 people were injured when gas exploded at the Corran chemical plant in Dunwick on Thursday. Firefighters worked through the night.'],
    );
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(r)).toEqual([expect.stringMatching(INJURED)]);
  });

  it('is flagged in Spanish and in French', () => {
    const es = pair(
      ['5 junio, 2031', 'Explosión en una planta química de Dunwick', 'Una explosión de gas en la planta química de Corran, en Dunwick, dejó 40 heridos el jueves, según el Servicio de Bomberos de Northshire.'],
      ['5 junio, 2031', 'Cientos de heridos por la explosión de Dunwick', 'La explosión de gas en la planta química de Corran, en Dunwick, dejó 400 heridos el jueves, según el Servicio de Bomberos de Northshire.'],
    );
    expect(disagreements(es)).toEqual([expect.stringMatching(INJURED)]);
    const fr = pair(
      ['5 juin 2031', 'Séisme en Northshire', 'Le séisme a fait 40 blessés jeudi à Dunwick, selon la Croix-Bleue de Kestrel.'],
      ['5 juin 2031', 'Séisme à Dunwick', 'Le séisme a fait 400 blessés jeudi à Dunwick, selon la Croix-Bleue de Kestrel.'],
    );
    expect(disagreements(fr)).toEqual([expect.stringMatching(INJURED)]);
  });
});

describe('a toll given at different hours or days is a timeline, not a disagreement', () => {
  it('shows the morning report\'s "at least 12 dead" and the evening\'s 27 as a change (English)', () => {
    const r = pair(
      ['5 June, 2031 08:10', 'Blast at Dunwick chemical plant', 'A gas explosion at the Corran chemical plant in Dunwick killed at least 12 people on Thursday, the Northshire Fire Service said. Firefighters worked through the night.'],
      ['5 June, 2031 19:40', 'Explosion at Dunwick chemical plant kills 27', 'The gas explosion at the Corran chemical plant in Dunwick killed 27 people on Thursday, the Northshire Fire Service said. Firefighters worked through the night.'],
    );
    expect(disagreements(r)).toEqual([]);
    expect(verdicts(r)).toContain('changed: people dead: 12, then 27 (2031-06-05) (a change over time)');
  });

  it('shows the toll of one day and of the next as a change (Spanish, Russian)', () => {
    const es = pair(
      ['5 junio, 2031', 'Explosión en una planta química de Dunwick', 'Una explosión de gas en la planta química de Corran, en Dunwick, dejó al menos 12 muertos el jueves, según el Servicio de Bomberos de Northshire.'],
      ['6 junio, 2031', 'Ya son 27 los muertos por la explosión de Dunwick', 'La explosión de gas en la planta química de Corran, en Dunwick, dejó 27 muertos, según el Servicio de Bomberos de Northshire.'],
    );
    expect(disagreements(es)).toEqual([]);
    expect(verdicts(es)).toContain('changed: people dead: 12 (2031-06-05), then 27 (2031-06-06) (a change over time)');
    const ru = pair(
      ['5 июня 2031', 'Взрыв на химическом заводе в Данвике', 'В результате взрыва газа на химическом заводе в Данвике в четверг погибли не менее 12 человек, сообщила пожарная служба Нортшира.'],
      ['6 июня 2031', 'Число погибших при взрыве в Данвике выросло до 27', 'В результате взрыва газа на химическом заводе в Данвике погибли 27 человек, сообщила пожарная служба Нортшира.'],
    );
    expect(disagreements(ru)).toEqual([]);
    expect(ru.figure_groups.map((g) => g.verdict)).toContain('changed');
  });

  it('does not flag a lower bound under a higher toll the same day (German)', () => {
    const de = pair(
      ['5. Juni 2031', 'Explosion in Chemiewerk in Dunwick', 'Bei einer Gasexplosion im Chemiewerk Corran in Dunwick gab es am Donnerstag mindestens 12 Tote, teilte die Feuerwehr Northshire mit.'],
      ['5. Juni 2031', 'Zahl der Toten in Dunwick steigt auf 27', 'Bei der Gasexplosion im Chemiewerk Corran in Dunwick gab es am Donnerstag 27 Tote, teilte die Feuerwehr Northshire mit.'],
    );
    expect(de.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(de)).toEqual([]);
  });
});

describe('a count of one set is not a count of a larger one', () => {
  it('keeps passengers apart from passengers and crew (English, Spanish, German)', () => {
    const en = pair(
      ['5 June, 2031', 'Ferry runs aground off Lissel', 'The ferry Marra Sound ran aground off Lissel on Thursday with 180 passengers on board, the coastguard said.'],
      ['5 June, 2031', 'Ferry aground near Lissel', 'The Marra Sound ferry ran aground off Lissel on Thursday carrying 186 passengers and crew, the coastguard said.'],
    );
    expect(disagreements(en)).toEqual([]);
    expect(verdicts(en)).toEqual(expect.arrayContaining(['one source: passengers: 180', 'one source: passengers + crew: 186']));
    const es = pair(
      ['5 junio, 2031', 'Encalla un ferry frente a Lissel', 'El ferry Marra Sound encalló el jueves frente a Lissel con 180 pasajeros a bordo, informó la guardia costera.'],
      ['5 junio, 2031', 'Un ferry encalla cerca de Lissel', 'El ferry Marra Sound encalló el jueves frente a Lissel con 186 pasajeros y tripulantes a bordo, informó la guardia costera.'],
    );
    expect(disagreements(es)).toEqual([]);
    const de = pair(
      ['5. Juni 2031', 'Fähre vor Lissel auf Grund gelaufen', 'Die Fähre Marra Sound ist am Donnerstag vor Lissel mit 180 Passagieren an Bord auf Grund gelaufen, teilte die Küstenwache mit.'],
      ['5. Juni 2031', 'Fähre vor Lissel havariert', 'Die Fähre Marra Sound ist am Donnerstag vor Lissel mit 186 Passagieren und Besatzung an Bord auf Grund gelaufen, teilte die Küstenwache mit.'],
    );
    expect(disagreements(de)).toEqual([]);
  });

  it('still compares a count joined to a verb: "1,200 homes and cutting the road" is a count of homes', () => {
    const r = pair(
      ['5 June, 2031', 'River Serra floods Dunwick', 'The river Serra burst its banks on Thursday, flooding 1,200 homes and cutting the only road, the mayor said.'],
      ['5 June, 2031', 'Dunwick under water', 'Floodwater from the river Serra reached 1,500 homes on Thursday, the mayor said.'],
    );
    expect(disagreements(r)).toEqual(['homes on 2031-06-05: 1,200 vs 1,500']);
  });
});

describe('a part of a set named before it', () => {
  it('does not set "including 14 fans" against another outlet\'s 19 fans (English, French)', () => {
    const en = pair(
      ['5 June, 2031', 'Arrests after Ostria Cup final', 'Police in Brenholt arrested dozens of fans after the Ostria Cup final on Sunday, including 14 fans who were arrested for running onto the pitch.'],
      ['5 June, 2031', 'Police make arrests after cup final', 'Police in Brenholt said 19 fans were arrested after the Ostria Cup final on Sunday.'],
    );
    expect(en.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(en)).toEqual([]);
    const fr = pair(
      ['5 juin 2031', 'Interpellations après la finale', "La police de Brenholt a interpellé des dizaines de supporters après la finale de la Coupe d'Ostria dimanche, dont 14 supporters interpellés sur la pelouse."],
      ['5 juin 2031', 'Interpellations à Brenholt', "La police de Brenholt a indiqué que 19 supporters ont été interpellés après la finale de la Coupe d'Ostria dimanche."],
    );
    expect(disagreements(fr)).toEqual([]);
  });
});

describe('counts held by different holders are two counts', () => {
  it('keeps a ministry\'s toll apart from a rescue service\'s (English, French)', () => {
    const en = pair(
      ['5 June, 2031', 'Quake hits Northshire', 'The earthquake in Northshire killed 31 people on Thursday, according to the Northshire Interior Ministry. Hundreds of homes were damaged.'],
      ['5 June, 2031', 'Earthquake kills dozens in Northshire', 'The Kestrel Mountain Rescue Service said 38 people were killed by the earthquake in Northshire on Thursday. Hundreds of homes were damaged.'],
    );
    expect(disagreements(en)).toEqual([]);
    const fr = pair(
      ['5 juin 2031', 'Séisme meurtrier en Northshire', "Le séisme a fait 31 morts jeudi en Northshire, selon le Ministère de l'Intérieur de Northshire. Des centaines de maisons ont été endommagées."],
      ['5 juin 2031', 'Le séisme en Northshire a fait des dizaines de morts', 'Le séisme a fait 38 morts jeudi en Northshire, selon la Croix-Bleue de Kestrel. Des centaines de maisons ont été endommagées.'],
    );
    expect(disagreements(fr)).toEqual([]);
  });
});

describe('a match score two outlets give differently', () => {
  const SCORE = /^score on 2031-06-01: (?:4-2 vs 4-1|4-1 vs 4-2)$/;

  it('is flagged in English, French and German; the same result written the other way round agrees', () => {
    const en = pair(
      ['5 June, 2031', 'Varnholm win the Ostria Cup', 'Varnholm beat Castel 4-2 in the Ostria Cup final in Brenholt on Sunday, lifting the trophy for the first time.'],
      ['5 June, 2031', 'Varnholm lift the Ostria Cup', 'Varnholm lifted the Ostria Cup for the first time after a 4-1 win over Castel in the final in Brenholt on Sunday.'],
    );
    expect(disagreements(en)).toEqual([expect.stringMatching(SCORE)]);
    const fr = pair(
      ['5 juin 2031', "Varnholm remporte la Coupe d'Ostria", "Varnholm a battu Castel 4-2 dimanche en finale de la Coupe d'Ostria à Brenholt."],
      ['5 juin 2031', "Varnholm s'offre la Coupe d'Ostria", "Varnholm a remporté dimanche la finale de la Coupe d'Ostria à Brenholt, une victoire 4-1 face à Castel."],
    );
    expect(disagreements(fr)).toEqual([expect.stringMatching(SCORE)]);
    const de = pair(
      ['5. Juni 2031', 'Varnholm gewinnt den Ostria-Pokal', 'Varnholm hat am Sonntag das Finale des Ostria-Pokals in Brenholt mit 4:2 gegen Castel gewonnen.'],
      ['5. Juni 2031', 'Pokalsieg für Varnholm', 'Varnholm hat das Pokalfinale am Sonntag in Brenholt mit 4:1 gegen Castel gewonnen.'],
    );
    expect(disagreements(de)).toEqual([expect.stringMatching(SCORE)]);
    const same = pair(
      ['5 June, 2031', 'Varnholm win the Ostria Cup', 'Varnholm beat Castel 4-2 in the Ostria Cup final in Brenholt on Sunday, lifting the trophy for the first time.'],
      ['5 June, 2031', 'Castel lose the Ostria Cup final', 'Castel lost the Ostria Cup final 2-4 to Varnholm in Brenholt on Sunday, their third final defeat in a row.'],
    );
    expect(disagreements(same)).toEqual([]);
    expect(verdicts(same)).toContain('agree: score: 4-2');
  });
});

describe('scores of other matches', () => {
  it('does not set a report recounting a cup run against the final\'s score', () => {
    const r = pair(
      ['5 June, 2031', 'Varnholm win the Ostria Cup', 'Varnholm beat Castel 4-2 in the Ostria Cup final in Brenholt on Sunday, lifting the trophy for the first time.'],
      ['5 June, 2031', 'How Varnholm won the Ostria Cup', 'On the way to the final in Brenholt on Sunday, Varnholm beat Dorn 4-1 in the quarter-final and Selby 3-1 in the semi-final.'],
    );
    expect(r.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(r)).toEqual([]);
  });
});

describe('a copy that changed its original\'s figure', () => {
  it('disagrees with it, although it adds no corroboration to what it keeps', () => {
    const body = (n: number) =>
      `A gas explosion at the Corran chemical plant in Dunwick injured ${n} people on Thursday, the Northshire Fire Service said. ` +
      'Firefighters from three stations worked through the night to contain the blaze, and the plant operator said the cause of the leak was not yet known. ' +
      'Residents within two kilometres were told to keep their windows closed until the morning, and the coast road to Kellport stayed shut overnight.';
    const r = pair(['5 June, 2031', 'Blast at Dunwick chemical plant', body(40)], ['5 June, 2031', 'Blast at Dunwick chemical plant', body(400)]);
    expect(r.reuse.length).toBeGreaterThan(0);
    expect(disagreements(r)).toEqual([expect.stringMatching(/^people injured on 2031-06-05: (?:40 vs 400|400 vs 40)$/)]);
  });
});

describe('counts that are not of one set at one time', () => {
  const undated = (a: string, b: string) =>
    analyseTexts([
      { name: 'harbour-herald-blast.txt', text: `Blast at Dunwick chemical plant\n\n${a}` },
      { name: 'valley-post-blast.txt', text: `Dunwick chemical plant blast\n\n${b}` },
    ]);

  it('does not set a count given as an update against an undated report that does not say so (English, Russian)', () => {
    const en = undated(
      'A gas explosion hit the Corran chemical plant in Dunwick on Thursday, when 78 workers were on the night shift, the Northshire Fire Service said.',
      'A gas explosion hit the Corran chemical plant in Dunwick on Thursday. According to updated figures from the Northshire Fire Service, 154 workers were on the night shift.',
    );
    expect(disagreements(en)).toEqual([]);
    const ru = undated(
      'Взрыв газа произошел на химическом заводе в Данвике в четверг, когда на заводе находились 78 рабочих, сообщила пожарная служба Нортшира.',
      'Взрыв газа произошел на химическом заводе в Данвике в четверг. По обновленным данным пожарной службы Нортшира, на заводе находились 154 рабочих.',
    );
    expect(disagreements(ru)).toEqual([]);
  });

  it('keeps those taken to hospital apart from the dead, and reads French "y" as "there", not "and"', () => {
    const en = pair(
      ['5 June, 2031', 'Blast at Dunwick chemical plant', 'The gas explosion at the Corran chemical plant in Dunwick killed 49 people on Thursday, the Northshire Fire Service said.'],
      ['5 June, 2031', 'Explosion at Dunwick chemical plant', 'After the gas explosion at the Corran chemical plant in Dunwick on Thursday, 48 people in total were admitted to hospital, the Northshire Fire Service said.'],
    );
    expect(disagreements(en)).toEqual([]);
    const fr = pair(
      ['5 juin 2031', 'Explosion à Dunwick', "L'explosion de l'usine chimique de Corran à Dunwick a fait 49 morts jeudi, selon les pompiers de Northshire."],
      ['5 juin 2031', 'Explosion dans une usine de Dunwick', "L'explosion a frappé l'usine chimique de Corran à Dunwick jeudi. Quarante et une personnes y ont été tuées, selon les pompiers de Northshire."],
    );
    expect(fr.figure_groups.find((g) => g.values.some((v) => v.value === 41))?.quantity).toMatch(/dead/);
  });
});

describe('a change over time needs evidence of time', () => {
  const ferry = (a: [string, string], b: [string, string]) =>
    pair(
      [a[0], 'Ferry capsizes off Velmar', `${a[1]} Rescuers searched the water through the night for survivors, and the harbour was closed to other traffic.`],
      [b[0], 'Velmar ferry disaster', `${b[1]} Dana Kellor, who runs the Velmar lifeboat station, said crews would stay out until the weather turned.`],
    );

  it('reads a lower toll from a later report of the same day, with no revision, as a disagreement', () => {
    const r = ferry(
      ['5 June, 2031 08:00', '16 people died when a ferry capsized off the Velmar coast, the Northshire coastguard said.'],
      ['5 June, 2031 15:00', 'A ferry capsized off the Velmar coast. 14 people died, the Northshire coastguard said.'],
    );
    expect(disagreements(r)).toEqual(['people dead on 2031-06-05: 16 vs 14']);
    expect(verdicts(r).join('\n')).not.toMatch(/change over time/);
  });

  it('still reads a higher later toll, a revision\'s wording or another day as a change', () => {
    const higher = ferry(
      ['5 June, 2031 08:00', '14 people died when a ferry capsized off the Velmar coast, the Northshire coastguard said.'],
      ['5 June, 2031 15:00', 'A ferry capsized off the Velmar coast. 16 people died, the Northshire coastguard said.'],
    );
    expect(verdicts(higher)).toContain('changed: people dead: 14, then 16 (2031-06-05) (a change over time)');
    const now = ferry(
      ['5 June, 2031', '16 people died when a ferry capsized off the Velmar coast, the Northshire coastguard said.'],
      ['5 June, 2031', 'A ferry capsized off the Velmar coast. The Northshire coastguard now says 14 people died.'],
    );
    expect(disagreements(now)).toEqual([]);
    expect(verdicts(now)[0]).toMatch(/^changed: .*a change over time/);
    const days = ferry(
      ['5 June, 2031', '16 people died when a ferry capsized off the Velmar coast, the Northshire coastguard said.'],
      ['6 June, 2031', 'A ferry capsized off the Velmar coast. 14 people died, the Northshire coastguard said.'],
    );
    expect(verdicts(days)[0]).toMatch(/^changed: /);
  });

  it('reads consistent values of one day from two outlets as agreeing, not as a change', () => {
    const estimate = ferry(
      ['5 June, 2031', 'About 9,000 homes lost power in Velmar after the storm, the Northshire grid operator said.'],
      ['5 June, 2031', 'The storm left 9,200 homes without power in Velmar, the Northshire grid operator said.'],
    );
    expect(verdicts(estimate)).toEqual([expect.stringMatching(/^agree: homes: (?:9,000 \/ 9,200|9,200 \/ 9,000)$/)]);
    const bounds = ferry(
      ['5 June, 2031', 'At least 12 people died when a ferry capsized off the Velmar coast, the Northshire coastguard said.'],
      ['5 June, 2031', 'A ferry capsized off the Velmar coast. At least 15 people died, the Northshire coastguard said.'],
    );
    expect(verdicts(bounds)).toEqual([expect.stringMatching(/^agree: people dead: /)]);
  });
});
