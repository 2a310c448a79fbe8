// Which entities an article names and of what type, on invented articles: appositions, company
// suffixes, figures words and the parts of a full name.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { extractArticle, resolveCorpus } from './index.js';
import { tokenize } from './text.js';
import { canonicalForm } from './entities.js';

const entitiesOf = (language: string, body: string): Entity[] => {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  return resolveCorpus([ex]).entities;
};

const typeOf = (entities: Entity[], alias: string): string | undefined => entities.find((e) => e.aliases.includes(alias))?.type;

describe('German appositions before a name', () => {
  const body =
    'Der Vorstand des schwedischen Möbelherstellers Varnholm hat Klage eingereicht. Die Anwälte des Autobauers Kessria sehen das anders. ' +
    'Die Vorwürfe gegen den früheren Verwaltungsratspräsidenten Tomasz Wendel wiegen schwer. Verwaltungsrat Wendel wies sie zurück. ' +
    'Nach Medienberichten soll Wendel um acht Uhr Ortszeit festgenommen worden sein. Mehrere japanische Medien berichteten, dem 61-Jährigen drohten hohe Strafen. Die Steuervorwürfe wies er zurück. ' +
    'Der Konzern Kessria verlor an der Börse rund 300 Millionen Euro.';
  const entities = entitiesOf('de', body);
  const names = entities.map((e) => e.name);

  it('keeps the noun out of the name and reads the type from it', () => {
    expect(names).not.toContain('Möbelherstellers Varnholm');
    expect(names).not.toContain('Autobauers Kessria');
    expect(typeOf(entities, 'Varnholm')).toBe('organization');
    expect(typeOf(entities, 'Kessria')).toBe('organization');
  });

  it('reads a dictionary noun before a name as its description', () => {
    const found = entitiesOf('de', 'Das sagte der Fernsehsender Kanalvier am Abend. Der Sender Kanalvier berief sich auf Ermittler.');
    expect(found.map((e) => e.name)).toEqual(['Kanalvier']);
    expect(found[0].type).toBe('organization');
  });

  it('joins a titled surname to the full name', () => {
    const wendel = entities.filter((e) => e.aliases.some((a) => a.includes('Wendel')));
    expect(wendel.map((e) => e.name)).toEqual(['Tomasz Wendel']);
    expect(wendel[0].type).toBe('person');
  });

  it('lists no ordinary nouns as entities', () => {
    for (const noun of ['Medienberichten', 'Ortszeit', 'Medien', 'Vorwürfe', 'Jährigen', 'Steuervorwürfe']) expect(names).not.toContain(noun);
  });

  it('keeps a surname that is also a noun, and a place after its preposition', () => {
    const found = entitiesOf('de', 'Die Ministerin Anna Koch besuchte am Montag das Werk in Neustadt. Ministerin Koch sagte, die Stellen seien sicher. Neustadt hofft nun auf neue Aufträge.').map((e) => e.name);
    expect(found).toEqual(expect.arrayContaining(['Anna Koch', 'Neustadt']));
    expect(found).not.toContain('Koch');
  });

  it('takes no figures words for names', () => {
    expect(names.filter((n) => /Millionen|Euro/.test(n))).toEqual([]);
  });
});

describe('organisation types', () => {
  it('an exchange or market word makes an institution', () => {
    const entities = entitiesOf('en', 'Shares in the firm fell 4% on the Oslo Stock Exchange on Monday, traders said.');
    expect(typeOf(entities, 'Oslo Stock Exchange')).toBe('organization');
  });

  it.each([
    ['en', 'Varnholm Motor Corp said on Tuesday it would close two plants. The closures will cost Varnholm about 900 jobs, a union leader said. Varnholm declined to comment further.'],
    ['de', 'Die Varnholm AG will zwei Werke schließen. Das kostet bei Varnholm rund 900 Stellen, sagte ein Betriebsrat. Varnholm wollte sich nicht weiter äußern.'],
  ])('a company suffix makes an organisation, and the short name is the same one (%s)', (language, body) => {
    const firm = entitiesOf(language, body).filter((e) => e.aliases.some((a) => a.startsWith('Varnholm')));
    expect(firm).toHaveLength(1);
    expect(firm[0].type).toBe('organization');
    expect(firm[0].aliases).toContain('Varnholm');
  });

  it('a name before a lowercase office word, or after "of the", is what the office is of', () => {
    const entities = entitiesOf(
      'en',
      'Prosecutors questioned the former Varnholm boss on Friday. Investors worry about the future of the Kessria alliance, and Varnholm chairman Tomas Brandt said little.',
    );
    expect(typeOf(entities, 'Varnholm')).toBe('organization');
    expect(typeOf(entities, 'Kessria')).not.toBe('person');
    expect(typeOf(entities, 'Tomas Brandt')).toBe('person');
  });

  it('keeps a plural possessive inside an institution name', () => {
    const entities = entitiesOf('en', 'The strike was called by the Kessport Dockers’ Union, which represents 3,000 workers at the port.');
    expect(typeOf(entities, 'Kessport Dockers’ Union')).toBe('organization');
    expect(entities.map((e) => e.name)).not.toContain('Kessport Dockers');
  });
});

describe('parts of a full name', () => {
  it('fold into the full name when it occurs in the article', () => {
    const entities = entitiesOf(
      'en',
      'The clinic is run by Ilona Marchetti, a former nurse. Marchetti opened it in a disused school. Ilona, as patients call her, works six days a week.',
    );
    const people = entities.filter((e) => e.aliases.some((a) => a.includes('Ilona') || a.includes('Marchetti')));
    expect(people.map((e) => e.name)).toEqual(['Ilona Marchetti']);
  });

  it('stay apart when two people share the given name', () => {
    const entities = entitiesOf('en', 'Ilona Marchetti and Ilona Berg run the clinic together. Ilona said the school was empty for years.');
    expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Ilona Marchetti', 'Ilona Berg']));
    expect(entities.find((e) => e.name === 'Ilona Marchetti')!.aliases).not.toContain('Ilona');
    expect(entities.find((e) => e.name === 'Ilona Berg')!.aliases).not.toContain('Ilona');
  });

  it('join a full name written with a middle name, and given names transliterated another way', () => {
    const names = (body: string) => entitiesOf('en', body).filter((e) => e.type === 'person').map((e) => e.name);
    expect(names('Anton Pavel Rusak was elected on Sunday. Anton Rusak thanked voters in Brelna. Rusak said the count was fair.')).toEqual(['Anton Pavel Rusak']);
    const article = (id: string, body: string) => extractArticle({ id, source: id, outlet: null, url: null, headline: null, published: null, language: 'en', body, original: body });
    const across = resolveCorpus([article('a', 'Anton Pavel Rusak was elected on Sunday.'), article('b', 'Voters in Brelna chose Anton Rusak on Sunday.')]).entities;
    expect(across.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Anton Pavel Rusak']);
    expect(names('Sergei Valnov spoke in Tolvik. Serghiei Valnov later left, and Sergej Valnov, or Sergey Valnov, was written too.')).toHaveLength(1);
  });
});

describe('French elided articles', () => {
  it("keep a sentence-opening 'L'armateur' out of the name", () => {
    const found = entitiesOf('fr', "L'armateur Varnholm conteste les faits. Le groupe Varnholm a fait appel lundi.").map((e) => e.name);
    expect(found).toEqual(['Varnholm']);
  });

  it("read the name after 'Patron de' as what the office is of", () => {
    const entities = entitiesOf('fr', "Les enquêteurs ont entendu l'ancien Patron de Varnholm mardi. Varnholm n'a pas commenté.");
    expect(typeOf(entities, 'Varnholm')).toBe('organization');
  });
});

describe('a name after an elided article or preposition (French, Italian)', () => {
  it.each([
    ['fr', 'Le juge a entendu le bras droit d’Anselme Kerrivan mardi. Kerrivan a démenti.', 'Anselme Kerrivan'],
    ['fr', "Le juge a entendu le bras droit d'Anselme Kerrivan mardi. Kerrivan a démenti.", 'Anselme Kerrivan'],
    ['it', 'Il processo riguarda i fondi dell’ex ministro Carlo Ventresca. Ventresca ha negato.', 'Carlo Ventresca'],
    ['it', "La gara è stata vinta dall'ingegnere Lucia Bramante e sull’Orvia nevica.", 'Lucia Bramante'],
  ])('%s: %s', (language, body, name) => {
    const entities = entitiesOf(language, body);
    expect(typeOf(entities, name)).toBe('person');
    expect(entities.map((e) => e.name).some((n) => /['’]/.test(n))).toBe(false);
  });

  it("keeps a lowercase word after the apostrophe whole ('aujourd’hui', 'po’')", () => {
    const tokens = tokenize('Aujourd’hui, un po’ di pazienza; l’avocat d’Orvia.').map((t) => t.text);
    expect(tokens).toEqual(['Aujourd’hui', 'un', 'po', 'di', 'pazienza', 'l’avocat', 'd’', 'Orvia']);
  });
});

describe("a single-word company typed by the class noun before it", () => {
  it.each([
    ['en', 'The shipping company Velmar confirmed the loss of a vessel on Monday.'],
    ['es', 'La naviera Velmar confirmó el lunes la pérdida de un buque.'],
    ['fr', 'Le groupe Velmar a confirmé lundi la perte d’un navire.'],
    ['fr', "Les autorités ont interrogé l'entreprise Velmar lundi."],
    ['de', 'Die Reederei Velmar bestätigte am Montag den Verlust eines Schiffes.'],
    ['it', 'La società Velmar ha confermato la perdita della nave.'],
  ])('%s: %s', (language, body) => expect(typeOf(entitiesOf(language, body), 'Velmar')).toBe('organization'));

  it("leaves a person's surname after an indefinite class noun ('a company Kellor ran') to the person", () => {
    const entities = entitiesOf('en', 'Dana Kellor was arrested on Monday. The money went to a company Kellor ran in Tessaly.');
    expect(typeOf(entities, 'Dana Kellor')).toBe('person');
    expect(entities.map((e) => e.name)).not.toContain('Kellor');
  });
});

describe("a Romance institution's name: its word first, adjectives, then the connector", () => {
  it.each([
    ['es', 'El Partido Socialista de Orvania ganó las elecciones del domingo.', 'Partido Socialista de Orvania'],
    ['fr', 'Les élus de l’Union Démocratique de Velmarie ont voté lundi.', 'Union Démocratique de Velmarie'],
    ['it', 'La Polizia Stradale di Orvania ha chiuso la strada.', 'Polizia Stradale di Orvania'],
  ])('%s: %s', (language, body, name) => expect(typeOf(entitiesOf(language, body), name)).toBe('organization'));
});

describe('diplomatic missions', () => {
  it('names an embassy with the city it is in', () => {
    const entities = entitiesOf('en', 'The ministers met on Friday. The Norvalian Embassy in Trelleby responded: “We consider this step unacceptable.”');
    expect(entities.map((e) => e.name)).toContain('Norvalian Embassy in Trelleby');
    expect(typeOf(entities, 'Norvalian Embassy in Trelleby')).toBe('organization');
  });
});

describe('names headed by a place word', () => {
  it('are places, unless an institution of the place', () => {
    const entities = entitiesOf(
      'en',
      'Crossings resumed from Port Brindmoor, Lake Orvin and Mount Tessel on Tuesday. Port Brindmoor stays quiet. ' +
        'The Port Brindmoor Authority said little. Fort Orvel and Saint Orvel were cut off.',
    );
    for (const place of ['Port Brindmoor', 'Lake Orvin', 'Mount Tessel', 'Fort Orvel', 'Saint Orvel']) expect(typeOf(entities, place), place).toBe('place');
    expect(typeOf(entities, 'Port Brindmoor Authority')).toBe('organization');
  });

  it('in the languages that write the place word in their own words ("Porto", "Puerto", "Monte")', () => {
    const entities = entitiesOf('pt', 'Três homens morreram na capital, Porto Velmar, e oito escaparam. A polícia chegou ao Monte Orvin na terça-feira.');
    for (const place of ['Porto Velmar', 'Monte Orvin']) expect(typeOf(entities, place), place).toBe('place');
  });
});

describe("an organisation named after its members ('X' Union', 'X's Guild')", () => {
  it("keeps a plural possessive in the name when the organisation word is written lowercase too", () => {
    // "union" in lowercase and an ASCII apostrophe: once read as a quotation opening, cutting the name.
    const entities = entitiesOf('en', "Members of the Kessport Dockers' Union walked out on Monday after talks on pay broke down. The union leader Hanna Vilde spoke to reporters.");
    const names = entities.map((e) => e.name);
    expect(names).toContain("Kessport Dockers' Union");
    expect(names).not.toContain('Kessport Dockers');
    expect(typeOf(entities, "Kessport Dockers' Union")).toBe('organization');
  });

  it('folds the members, named alone or split off at the possessive, into the organisation', () => {
    const entities = entitiesOf('en', "The walkout was called by the Orvin Ferrymen's Guild on Sunday. Guild secretary Tomas Ekwueme said the Orvin Ferrymen had waited two summers.");
    const guild = entities.filter((e) => e.aliases.some((a) => a.includes('Ferrymen')));
    expect(guild.map((e) => [e.name, e.type])).toEqual([["Orvin Ferrymen's Guild", 'organization']]);
  });

  it('keeps a country or a person owning an organisation apart from it', () => {
    const entities = entitiesOf('en', "The fishing fleet waited for Norway's Fisheries Council on Monday, and for Norway. Anna Kovacs's Foundation gave nothing, Anna Kovacs said.");
    expect(entities.map((e) => [e.name, e.type])).toEqual(expect.arrayContaining([['Norway', 'place'], ['Anna Kovacs', 'person']]));
  });
});

describe('organisation names and types', () => {
  it('keeps an institution named across "of" whole, and types a company by its sector word', () => {
    const entities = entitiesOf('en', 'The Velmar Chamber of Commerce welcomed the plan on Monday. Harlow Logistics said it would lend trucks for the work.');
    expect(entities.map((e) => e.name).sort()).toEqual(['Harlow Logistics', 'Velmar Chamber of Commerce']);
    expect(typeOf(entities, 'Velmar Chamber of Commerce')).toBe('organization');
    expect(typeOf(entities, 'Harlow Logistics')).toBe('organization');
  });
});

describe('what an office is of', () => {
  it('types the town a mayor or governor serves as a place, the body a chairman leads as an organisation', () => {
    const entities = entitiesOf('en', 'The mayor of Velmar said the bridge would reopen. The Orrin governor said roads were clear. The chairman of Ferrow Motors said trucks were ready.');
    expect(typeOf(entities, 'Velmar')).toBe('place');
    expect(typeOf(entities, 'Orrin')).toBe('place');
    expect(typeOf(entities, 'Ferrow Motors')).toBe('organization');
  });
});

describe('an article before a name', () => {
  it('takes no "The" into a name after a dateline’s plain dash', () => {
    const entities = entitiesOf('en', 'VELMAR, March 2 (Tessary Wire) - The Orrin Water Company said supplies were safe.');
    expect(entities.map((e) => e.name)).toContain('Orrin Water Company');
    expect(entities.map((e) => e.name).filter((n) => /^The\b/.test(n))).toEqual([]);
  });
});

describe('a title before a name', () => {
  it('resolves a titled name and the bare name to one person, named without the title', () => {
    for (const body of [
      'Councillor Anna Korbel promised help from the capital. Later, Anna Korbel said the ministry would send engineers.',
      'Sheriff Piet Lorre closed the road on Sunday. Piet Lorre said it would reopen on Friday.',
      'Minister Anna Korbel promised help from the capital. Anna Korbel said the ministry would send engineers.',
    ]) {
      const people = entitiesOf('en', body).filter((e) => e.type === 'person');
      expect(people.map((e) => e.name)).toHaveLength(1);
      expect(people[0].name).toMatch(/^(?:Anna Korbel|Piet Lorre)$/);
    }
  });

  it('resolves the titled name in one article and the bare name in another to one person', () => {
    const article = (id: string, body: string) => extractArticle({ id, source: id, outlet: null, url: null, headline: null, published: null, language: 'en', body, original: body });
    const r = resolveCorpus([article('a', '"The road stays shut," said Sheriff Piet Lorre on Sunday.'), article('b', 'Piet Lorre said the road would reopen on Friday.')]);
    expect(r.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Piet Lorre']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Piet Lorre']);
  });
});

describe('Russian names led by a declined adjective', () => {
  // Invented places: an adjective that declines and its head noun, lowercase or capitalised.
  const body =
    'Учения в Сервальском море продлятся неделю, сообщил Олег Варнин. Корабли вошли в Сервальское море утром. ' +
    'У Сервальского моря дежурят пограничники. В Нижнем Дольске прошла акция, Нижний Дольск готовится к празднику. ' +
    'Жители собрались на Ковельской площади, позже Ковельская площадь опустела.';
  const entities = entitiesOf('ru', body);
  const names = entities.map((e) => e.name);

  it('keeps the adjective with its lowercase head noun, in every case, as one place', () => {
    expect(names).not.toContain('Сервальском');
    expect(names).not.toContain('Сервальское');
    const sea = entities.find((e) => e.aliases.includes('Сервальском море'));
    expect(sea?.name).toBe('Сервальское море');
    expect(sea?.aliases).toEqual(expect.arrayContaining(['Сервальское море', 'Сервальского моря']));
    expect(sea?.type).toBe('place');
    expect(typeOf(entities, 'Ковельской площади')).toBe('place');
    expect(entities.find((e) => e.aliases.includes('Ковельская площадь'))?.aliases).toContain('Ковельской площади');
  });

  it('folds the case endings of a two-word name into one entity, not a person', () => {
    const town = entities.filter((e) => e.aliases.some((a) => a.includes('Дольск')));
    expect(town).toHaveLength(1);
    expect(town[0].name).toBe('Нижний Дольск');
    expect(town[0].type).not.toBe('person');
    expect(typeOf(entities, 'Олег Варнин')).toBe('person');
  });

  it('joins the cases across articles', () => {
    const article = (id: string, text: string) => extractArticle({ id, source: id, outlet: null, url: null, headline: null, published: null, language: 'ru', body: text, original: text });
    const across = resolveCorpus([article('a', 'Корабли вошли в Сервальское море утром.'), article('b', 'Учения у Сервальского моря продлятся неделю.')]).entities;
    expect(across.filter((e) => e.name.startsWith('Сервальск')).map((e) => e.name)).toEqual(['Сервальское море']);
  });
});

describe('words that are no names', () => {
  it('takes the people of a country for no entity, in French, Spanish and English', () => {
    const fr = entitiesOf('fr', 'Parmi les victimes figurent 32 Velmariens, 9 Norvégiens et 8 Canadiens, selon la compagnie. Le Canada a décrété un deuil.');
    expect(fr.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Norvégiens']));
    expect(fr.map((e) => e.name)).not.toContain('Canadiens');
    expect(fr.map((e) => e.name)).toContain('Canada');
    expect(entitiesOf('es', 'Los Argentinos despidieron al ídolo en la plaza.').map((e) => e.name)).not.toContain('Argentinos');
    expect(entitiesOf('en', 'Thousands of Brazilians voted early, officials said.').map((e) => e.name)).not.toContain('Brazilians');
  });

  it('keeps a word opening the sentence out of the name after it', () => {
    const names = entitiesOf('ru', 'Самолет Vantair потерпел крушение. Позже Авиаконтроль опубликовал список. По данным Авиаконтроля, на борту было десять человек. Евгений Тарасов летел из Москвы.').map((e) => e.name);
    expect(names).not.toContain('Самолет Vantair');
    expect(names).toContain('Vantair');
    expect(names.some((n) => n.startsWith('Позже'))).toBe(false);
    expect(names).toContain('Евгений Тарасов');
  });
});

describe('German nouns after a particle word are not surnames', () => {
  const names = (body: string) => entitiesOf('de', body).flatMap((e) => [e.name, ...e.aliases]);

  it("keeps 'den Tod' and 'von den Folgen' out of names", () => {
    const got = names(
      'Berichte von den Folgen des Sturms erreichten Kiel am Abend. Zwei Fischer fanden den Tod vor der Küste.\n\n' +
        'Der Bürgermeister Karl von Hollen sagte, die Stadt trauere. Die Lotsen retteten Nachbarn vor den Wellen.',
    );
    expect(got).toEqual(expect.arrayContaining(['Kiel']));
    expect(got.filter((n) => /\b(?:den|von) [A-ZÄÖÜ]/.test(n))).toEqual([]);
  });
});

describe('things and places that sound like people', () => {
  it('a ship named after its class noun, a cay and a relief society are no persons', () => {
    const entities = entitiesOf(
      'en',
      'The tanker Sea Lantern was seized near Kessa Cay on Monday. Relief from the Red Cross reached Elbow Cay a day later, Dana Kellor said.',
    );
    expect(typeOf(entities, 'Sea Lantern')).toBe('other');
    expect(typeOf(entities, 'Elbow Cay')).toBe('place');
    expect(typeOf(entities, 'Red Cross')).toBe('organization');
    expect(typeOf(entities, 'Dana Kellor')).toBe('person');
  });

  it('in Spanish and French the class noun before the name says so too', () => {
    expect(typeOf(entitiesOf('es', 'El petrolero Kessa Lorn fue retenido el lunes, dijo Tomas Verhoek.'), 'Kessa Lorn')).toBe('other');
    expect(typeOf(entitiesOf('fr', 'Le navire Belle Étoile a été arraisonné lundi, a déclaré Tomas Verhoek.'), 'Belle Étoile')).toBe('other');
  });
});

describe('an institution and a rank before a name', () => {
  it('"Navy Captain <Name>" is the person, with the rank as role; a company ending in Management is an organisation', () => {
    const entities = entitiesOf(
      'en',
      'Navy Captain Dana Kellor said the ship had left port. Northern Marine Management, which runs the vessel, said it had lost contact. Army Colonel Tomas Verhoek confirmed it. Later, Kellor spoke again.',
    );
    expect(typeOf(entities, 'Dana Kellor')).toBe('person');
    expect(entities.find((e) => e.name === 'Dana Kellor')?.aliases).toContain('Kellor');
    expect(typeOf(entities, 'Tomas Verhoek')).toBe('person');
    expect(typeOf(entities, 'Northern Marine Management')).toBe('organization');
    expect(entities.some((e) => e.name.includes('Captain'))).toBe(false);
  });

  it('an office of a body several words long ("Assistant Commissioner of Harbour Operations <Name>") is no part of the name', () => {
    const entities = entitiesOf('en', 'Assistant Commissioner of Harbour Operations Dana Kellor said on Wednesday that the pair had been exposed to the agent. The Bishop of Lund Anna Kovacs led the prayers.');
    expect(typeOf(entities, 'Dana Kellor')).toBe('person');
    expect(typeOf(entities, 'Anna Kovacs')).toBe('person');
    expect(entities.some((e) => /Operations|^of /.test(e.name) || e.aliases.some((a) => /^of /.test(a)))).toBe(false);
  });

  it('an office before a name with particles leaves the whole name ("Commission President Anna van den Broek")', () => {
    const entities = entitiesOf('en', '"We are ready," said Harbour Commission President Anna van den Broek on Monday. Dutch Prime Minister Mark van der Kellor agreed.');
    expect(typeOf(entities, 'Anna van den Broek')).toBe('person');
    expect(typeOf(entities, 'Mark van der Kellor')).toBe('person');
    expect(entities.some((e) => e.name === 'Anna' || e.name === 'Broek' || e.name.includes('President'))).toBe(false);
  });

  it('a place noun heading a name with a particle, or a plural article heading a name, makes a place in head-first languages', () => {
    const es = entitiesOf('es', 'La lava avanza hacia Los Velmares de Orvino, donde viven miles de personas, según el Cabildo. Los vecinos de Las Kessas enviaron ayuda.');
    expect(typeOf(es, 'Los Velmares')).toBe('place');
    expect(typeOf(es, 'Las Kessas')).toBe('place');
    const fr = entitiesOf('fr', "La catastrophe a touché l'État de Velmar Doce, selon la Région Metropolitana de Kessa Norte.");
    expect(typeOf(fr, 'État de Velmar Doce')).toBe('place');
    expect(typeOf(fr, 'Région Metropolitana de Kessa Norte')).toBe('place');
  });
});

describe('what an office is of, before the name, in Polish and Russian', () => {
  it('a genitive adjective ends the place of the office, and a region named by its noun is a place, not the holder', () => {
    const pl = entitiesOf('pl', 'Prezydent Wysp Orvińskich Velmar Kessa Torres dodał, że sytuacja jest trudna.');
    expect(typeOf(pl, 'Velmar Kessa Torres')).toBe('person');
    expect(pl.some((e) => e.name.includes('Orvińskich'))).toBe(false);
    const ru = entitiesOf('ru', '«Это очень важно для нас всех», — сказал губернатор Северской области Иван Петров.');
    expect(typeOf(ru, 'Иван Петров')).toBe('person');
    expect(typeOf(ru, 'Северской области')).toBe('place');
  });
});

describe('towns of two words or more', () => {
  const body =
    'Flights to Porto Alegre resumed on Tuesday after the storm, the airline Velmar Air said. ' +
    'Dana Kellor, who flew in from Addis Ababa, said the terminal was packed. ' +
    '"We waited nine hours," said Pedro Juan Caballero, a teacher travelling with her.';
  const entities = entitiesOf('en', body);

  it('types a known town a place even where nothing in the sentence shows it', () => {
    expect(typeOf(entities, 'Porto Alegre')).toBe('place');
    expect(typeOf(entities, 'Addis Ababa')).toBe('place');
  });

  it('keeps people whose names open with a given name, a town named after a person included', () => {
    expect(typeOf(entities, 'Dana Kellor')).toBe('person');
    expect(typeOf(entities, 'Pedro Juan Caballero')).toBe('person');
  });
});

describe('the shown form of a name', () => {
  it('is never a heading’s capitals when the text also writes it in its own case', () => {
    expect(canonicalForm(['TOMAS VERHOEK', 'Tomas Verhoek'])).toBe('Tomas Verhoek');
    expect(canonicalForm(['Tomas Verhoek', 'TOMAS VERHOEK', 'TOMAS VERHOEK'])).toBe('Tomas Verhoek');
    expect(canonicalForm(['NATO', 'NATO'])).toBe('NATO');
  });
});
