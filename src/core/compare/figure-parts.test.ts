// Counts that are not one quantity, on invented reports: a batch or a part beside the whole an
// article gives, a count of one state read past a conjunction into the next count's state, tolls
// whose time is open, a set narrowed by a participle beside the whole, and people counted for
// different outcomes; none of them is a disagreement. The same outcome counted differently still is.
import { describe, expect, it } from 'vitest';
import { figureDisagreements as disagreements, figureVerdicts as verdicts, reportPair as pair } from '../../testing/named-texts.js';

describe('a batch of a set is not the set', () => {
  it('does not set "the first six miners" against another outlet\'s 14 (English, Spanish, German)', () => {
    const en = pair(
      ['5 June, 2031', 'All miners out of Kellor pit', 'Rescuers brought 14 miners out of the flooded Kellor pit in Dunwick on Thursday, the Northshire Mine Rescue said.'],
      ['5 June, 2031', 'Rescue under way at Kellor pit', 'The first six miners were brought out of the flooded Kellor pit in Dunwick on Thursday, the Northshire Mine Rescue said.'],
    );
    expect(en.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(en)).toEqual([]);
    const es = pair(
      ['5 junio, 2031', 'Fuera todos los mineros de Kellor', 'Los equipos sacaron a 14 mineros de la mina inundada de Kellor, en Dunwick, el jueves, según el Servicio de Rescate de Northshire.'],
      ['5 junio, 2031', 'Sigue el rescate en Kellor', 'Los primeros seis mineros fueron sacados de la mina inundada de Kellor, en Dunwick, el jueves, según el Servicio de Rescate de Northshire.'],
    );
    expect(disagreements(es)).toEqual([]);
    const de = pair(
      ['5. Juni 2031', 'Alle Bergleute aus Kellor geholt', 'Die Retter holten am Donnerstag 14 Bergleute aus der gefluteten Grube Kellor in Dunwick, teilte die Grubenwehr Northshire mit.'],
      ['5. Juni 2031', 'Rettung in Kellor läuft', 'Die ersten sechs Bergleute wurden am Donnerstag aus der gefluteten Grube Kellor in Dunwick geholt, teilte die Grubenwehr Northshire mit.'],
    );
    expect(disagreements(de)).toEqual([]);
  });

  it('reads a smaller count beside the article\'s whole as a part (English, Spanish)', () => {
    const en = pair(
      ['5 June, 2031', 'Boys and coach out of Marrow cave', 'Rescuers cheered at the Marrow cave on Thursday. All 12 boys and their coach were brought out alive, the Northshire Cave Rescue said. The eight boys brought out first are in hospital.'],
      ['5 June, 2031', 'Marrow cave rescue ends', 'Divers of the Northshire Cave Rescue freed twelve boys from the flooded Marrow cave on Thursday after a week underground.'],
    );
    expect(disagreements(en)).toEqual([]);
    expect(verdicts(en)).toContain('one source: boys + coach: 12');
    const es = pair(
      ['5 junio, 2031', 'Fuera de la cueva de Marrow', 'Los 12 niños y su entrenador fueron sacados de la cueva de Marrow el jueves, según el Servicio de Rescate de Northshire. Los ocho niños sacados primero están en el hospital.'],
      ['5 junio, 2031', 'Termina el rescate de Marrow', 'Los buzos del Servicio de Rescate de Northshire liberaron el jueves a doce niños atrapados en la cueva inundada de Marrow.'],
    );
    expect(disagreements(es)).toEqual([]);
  });
});

describe('a count takes the state nearest it in its own clause', () => {
  it('reads "killed 31 people and wounded more than 400" as 31 dead (English, French)', () => {
    const en = pair(
      ['5 June, 2031', 'Blasts in Dunwick', 'Two blasts at the Corran market in Dunwick killed 31 people and wounded more than 400 on Thursday, the Northshire Fire Service said.'],
      ['5 June, 2031', 'Dunwick market blasts', 'The Northshire Fire Service said 31 people were killed and 400 injured in two blasts at the Corran market in Dunwick on Thursday.'],
    );
    expect(disagreements(en)).toEqual([]);
    expect(verdicts(en)).toContain('agree: people dead: 31');
    const fr = pair(
      ['5 juin 2031', 'Explosions à Dunwick', 'Deux explosions au marché de Corran à Dunwick ont tué 31 personnes et blessé plus de 400 jeudi, selon les pompiers de Northshire.'],
      ['5 juin 2031', 'Attentat au marché de Dunwick', 'Les explosions au marché de Corran à Dunwick ont fait 31 morts et plus de 400 blessés jeudi, selon les pompiers de Northshire.'],
    );
    expect(disagreements(fr)).toEqual([]);
    expect(verdicts(fr)).toContain('agree: people dead: 31');
  });
});

describe('tolls whose counts cannot conflict', () => {
  it('does not set two lower bounds against each other: "at least 150" and "au moins 156" (English, French)', () => {
    const en = pair(
      ['5 June, 2031', 'Quake in Northshire', 'At least 150 people were killed in the earthquake in Northshire on Thursday, the Interior Ministry said.'],
      ['5 June, 2031', 'Northshire earthquake', 'The Interior Ministry said at least 156 people were killed in the earthquake in Northshire on Thursday.'],
    );
    expect(disagreements(en)).toEqual([]);
    const fr = pair(
      ['5 juin 2031', 'Séisme en Northshire', "Au moins 150 personnes ont été tuées jeudi dans le séisme en Northshire, selon le ministère de l'Intérieur."],
      ['5 juin 2031', 'Séisme meurtrier', "Le séisme a causé la mort d'au moins 156 personnes jeudi en Northshire, selon le ministère de l'Intérieur."],
    );
    expect(disagreements(fr)).toEqual([]);
  });
});

describe('a count narrowed by a modifier may be a part of the whole set', () => {
  it('does not set "three paying passengers" against another outlet\'s five passengers (English, German, Spanish)', () => {
    const en = pair(
      ['5 June, 2031', 'Tour submarine lost off Lissel', 'The tour submarine Kessa Deep lost contact off Lissel on Thursday with three paying passengers on board, the Northshire coastguard said.'],
      ['5 June, 2031', 'Submarine missing off Lissel', 'The tour submarine Kessa Deep lost contact off Lissel on Thursday with five passengers on board, the Northshire coastguard said.'],
    );
    expect(en.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(en)).toEqual([]);
    const de = pair(
      ['5. Juni 2031', 'Touristen-U-Boot vor Lissel vermisst', 'Das Touristen-U-Boot Kessa Deep hat am Donnerstag vor Lissel mit drei zahlenden Passagieren an Bord den Kontakt verloren, teilte die Küstenwache Northshire mit.'],
      ['5. Juni 2031', 'U-Boot vor Lissel verschollen', 'Das Touristen-U-Boot Kessa Deep hat am Donnerstag vor Lissel mit fünf Passagieren an Bord den Kontakt verloren, teilte die Küstenwache Northshire mit.'],
    );
    expect(disagreements(de)).toEqual([]);
    const es = pair(
      ['5 junio, 2031', 'Desaparece un submarino turístico frente a Lissel', 'El submarino turístico Kessa Deep perdió el contacto el jueves frente a Lissel con tres pasajeros que pagaron el viaje a bordo, según la guardia costera de Northshire.'],
      ['5 junio, 2031', 'Buscan un submarino frente a Lissel', 'El submarino turístico Kessa Deep perdió el contacto el jueves frente a Lissel con cinco pasajeros a bordo, según la guardia costera de Northshire.'],
    );
    expect(disagreements(es)).toEqual([]);
  });

  it('reads a state word before the noun as the count\'s state: "two injured workers" are not "five workers" (English, German)', () => {
    const en = pair(
      ['5 June, 2031', 'Scaffold falls at Dunwick site', 'A scaffold collapsed at the Corran building site in Dunwick on Thursday, where two injured workers were taken away by ambulance, the Northshire Fire Service said.'],
      ['5 June, 2031', 'Dunwick scaffold collapse', 'A scaffold collapsed at the Corran building site in Dunwick on Thursday while five workers were on it, the Northshire Fire Service said.'],
    );
    expect(disagreements(en)).toEqual([]);
    const de = pair(
      ['5. Juni 2031', 'Gerüst in Dunwick eingestürzt', 'Auf der Baustelle Corran in Dunwick ist am Donnerstag ein Gerüst eingestürzt, zwei verletzte Arbeiter kamen ins Krankenhaus, teilte die Feuerwehr Northshire mit.'],
      ['5. Juni 2031', 'Gerüsteinsturz in Dunwick', 'Auf der Baustelle Corran in Dunwick ist am Donnerstag ein Gerüst eingestürzt, als fünf Arbeiter darauf standen, teilte die Feuerwehr Northshire mit.'],
    );
    expect(disagreements(de)).toEqual([]);
  });
});

describe('people counted for different outcomes are different sets', () => {
  it('does not set the people still sought against those pulled from the river (English, French, Spanish, German)', () => {
    const en = pair(
      ['5 June, 2031', 'Bridge falls into the Tamsel', 'The Corran bridge in Dunwick fell into the river Tamsel on Thursday. Six people are still being sought, the Northshire Fire Service said.'],
      ['5 June, 2031', 'Dunwick bridge collapse', 'The Corran bridge in Dunwick fell into the river Tamsel on Thursday. Divers pulled two people from the river, the Northshire Fire Service said.'],
    );
    expect(en.stories.filter((s) => s.articles.length === 2)).toHaveLength(1);
    expect(disagreements(en)).toEqual([]);
    const fr = pair(
      ['5 juin 2031', 'Le pont de Corran s\'effondre', 'Le pont de Corran à Dunwick s\'est effondré dans la Tamsel jeudi. Six personnes restent introuvables, selon les pompiers de Northshire.'],
      ['5 juin 2031', 'Effondrement du pont de Dunwick', 'Le pont de Corran à Dunwick s\'est effondré dans la Tamsel jeudi. Les plongeurs ont remonté deux personnes du fleuve, selon les pompiers de Northshire.'],
    );
    expect(disagreements(fr)).toEqual([]);
    const es = pair(
      ['5 junio, 2031', 'Se derrumba el puente de Corran', 'El puente de Corran, en Dunwick, se derrumbó el jueves sobre el río Tamsel. Seis personas siguen sin localizar, según los bomberos de Northshire.'],
      ['5 junio, 2031', 'Derrumbe del puente de Dunwick', 'El puente de Corran, en Dunwick, se derrumbó el jueves sobre el río Tamsel. Los buzos sacaron a dos personas del río, según los bomberos de Northshire.'],
    );
    expect(disagreements(es)).toEqual([]);
    const de = pair(
      ['5. Juni 2031', 'Brücke in Dunwick eingestürzt', 'Die Corran-Brücke in Dunwick ist am Donnerstag in die Tamsel gestürzt. Sechs Menschen werden noch gesucht, teilte die Feuerwehr Northshire mit.'],
      ['5. Juni 2031', 'Brückeneinsturz in Dunwick', 'Die Corran-Brücke in Dunwick ist am Donnerstag in die Tamsel gestürzt. Taucher zogen zwei Menschen aus dem Fluss, teilte die Feuerwehr Northshire mit.'],
    );
    expect(disagreements(de)).toEqual([]);
  });

  it('still flags two outlets counting the same outcome differently on one day (English, French, Spanish, German)', () => {
    const PULLED = /^people pulled on 2031-06-05: (?:12 vs 15|15 vs 12)$/;
    const en = pair(
      ['5 June, 2031', 'Bridge falls into the Tamsel', 'The Corran bridge in Dunwick fell into the river Tamsel on Thursday. Divers pulled 12 people from the river, the Northshire Fire Service said.'],
      ['5 June, 2031', 'Dunwick bridge collapse', 'The Corran bridge in Dunwick fell into the river Tamsel on Thursday. Divers pulled 15 people from the river, the Northshire Fire Service said.'],
    );
    expect(disagreements(en)).toEqual([expect.stringMatching(PULLED)]);
    const fr = pair(
      ['5 juin 2031', 'Le pont de Corran s\'effondre', 'Le pont de Corran à Dunwick s\'est effondré dans la Tamsel jeudi. Douze personnes ont été sorties du fleuve, selon les pompiers de Northshire.'],
      ['5 juin 2031', 'Effondrement du pont de Dunwick', 'Le pont de Corran à Dunwick s\'est effondré dans la Tamsel jeudi. Quinze personnes ont été sorties du fleuve, selon les pompiers de Northshire.'],
    );
    expect(disagreements(fr)).toEqual([expect.stringMatching(/^personnes sorties on 2031-06-05: (?:12 vs 15|15 vs 12)$/)]);
    const es = pair(
      ['5 junio, 2031', 'Se derrumba el puente de Corran', 'El puente de Corran, en Dunwick, se derrumbó el jueves sobre el río Tamsel. Los buzos sacaron a 12 personas del río, según los bomberos de Northshire.'],
      ['5 junio, 2031', 'Derrumbe del puente de Dunwick', 'El puente de Corran, en Dunwick, se derrumbó el jueves sobre el río Tamsel. Los buzos sacaron a 15 personas del río, según los bomberos de Northshire.'],
    );
    expect(disagreements(es)).toEqual([expect.stringMatching(/^personas sacaron on 2031-06-05: (?:12 vs 15|15 vs 12)$/)]);
    const de = pair(
      ['5. Juni 2031', 'Brücke in Dunwick eingestürzt', 'Die Corran-Brücke in Dunwick ist am Donnerstag in die Tamsel gestürzt. Taucher zogen 12 Menschen aus dem Fluss, teilte die Feuerwehr Northshire mit.'],
      ['5. Juni 2031', 'Brückeneinsturz in Dunwick', 'Die Corran-Brücke in Dunwick ist am Donnerstag in die Tamsel gestürzt. Taucher zogen 15 Menschen aus dem Fluss, teilte die Feuerwehr Northshire mit.'],
    );
    expect(disagreements(de)).toEqual([expect.stringMatching(/^menschen zogen on 2031-06-05: (?:12 vs 15|15 vs 12)$/)]);
  });
});
