// Word pools for synthetic news prose. Names and places are invented or generic so nothing here
// coincides with the real seed articles; pools are large enough that two unrelated articles rarely
// share a run of four words except through the deliberate stock phrases of the templates.

const words = (s: string): string[] => s.trim().split(/\s+/);

export const firstNames = words(`
  Anna Marek Ilse Tomas Nadia Oren Priya Kofi Lena Mateo Sofia Jonas Amara Viktor Elena Rafael
  Hana Bruno Leila Dario Mira Stefan Ayla Nikolai Ines Pavel Zara Emil Talia Goran Yusuf Maren
  Farid Clara Anton Selma Idris Katya Lucas Noor Ruben Alma Cyrus Dana Feliks Greta Hugo Iva
  Jovan Kira Laszlo Maya Nils Olga Petra Quinn Rosa Sami Tess Ugo Vera Wim Xenia Yara Zoltan
  Arman Bianca Caspar Delia Erik Fiona Gideon Helga Ivo Jana Kasper Linnea Milos Nora Otto
`);

/** First names with a second accepted transliteration, the way wire services disagree. */
export const spellingVariants: Record<string, string> = {
  Nikolai: 'Nikolay', Pavel: 'Paval', Yusuf: 'Yousef', Farid: 'Fareed', Katya: 'Katia',
  Jovan: 'Yovan', Feliks: 'Felix', Milos: 'Milosh', Laszlo: 'Laslo', Idris: 'Idriss',
};

export const surnames = words(`
  Keller Novak Brandt Ostrova Haddad Mensah Ferrer Lindqvist Okafor Varga Petrov Castell Moreau
  Halvorsen Duarte Yilmaz Kowal Sandoval Ahlberg Mbeki Renner Takeda Balogun Corvin Dressler
  Esposito Falk Grunwald Horvath Ibsen Jansen Kader Lorenz Marsh Nyberg Orsini Pastor Quist
  Rahimi Strand Torres Ulrich Vasquez Wendt Xavier Yates Zorin Abbas Bergman Cardoso Dimitrov
  Eklund Fontaine Garber Holm Iqbal Jurado Kessler Lambert Marin Nordin Oyelaran Paredes Rask
  Saarinen Tamm Urbina Vogel Weiss Amsel Brook Cortez Dahl Engel Frost Gallo Hart Ivers Joss
`);

export const roles = words(`
  minister spokesperson governor mayor commander envoy senator chairman director ambassador
  secretary prosecutor adviser negotiator inspector
`);

export const countries = words(`
  Veloria Norland Estmark Calvera Torvania Meridia Ostland Belvan Karuna Solvay Dravenia
  Lusitra Quellan Ardesia Pomeria Varkos Zentha Ibrosa Halcyra Orvenia
`);

const placeStems = words(`
  Harl Bren Cal Dor Esk Fal Gren Hol Ister Jarn Kel Lor Mar Nor Oss Pell Quor Rav Sel Tarn Ulm
  Vel Wes Yar Zan Ard Bel Cor Dun Elm
`);
const placeEnds = words(`wick ford mouth vale ton haven stad grad burg port field mere holm`);
export const places: string[] = placeStems.flatMap((s) => placeEnds.map((e) => s + e));

export const orgHeads = words(`
  Council Agency Ministry Authority Commission Institute Committee Federation Alliance Bureau
  Directorate Office Union Front Movement Coalition Service
`);
export const orgTopics = words(`
  Energy Water Transport Health Defence Finance Trade Labour Housing Fisheries Aviation Mining
  Rail Forestry Refugee Border Customs Election Maritime Telecom Grain Harbour
`);

export const outletStems = words(`
  Ledger Sentinel Courier Herald Gazette Observer Tribune Chronicle Dispatch Monitor Record
  Bulletin Examiner Beacon Register Post Times Journal Standard Mirror Review Wire Signal Report
`);

export const nouns = words(`
  plan budget agreement proposal report inquiry deal programme pipeline bridge port reactor
  network contract vote ruling review shortage surplus tariff subsidy levy quota reserve fleet
  convoy depot corridor checkpoint border harbour runway terminal warehouse refinery dam canal
  tunnel railway highway campus clinic hospital shelter camp garrison base outpost mission
  audit survey census forecast index ledger archive registry licence permit charter treaty
  ceasefire truce summit forum panel tribunal hearing probe dossier memo statement briefing
  platform framework roadmap strategy reform overhaul merger takeover stake bond loan grant
  fund scheme pilot trial test drill exercise patrol operation offensive retreat evacuation
  outbreak vaccine dose supply shipment cargo freight export import harvest drought flood storm
  wildfire quake landslide blackout outage leak spill breach hack strike protest rally march
  boycott petition referendum ballot coalition cabinet parliament senate assembly council
  municipality province district region valley coast island peninsula plateau delta basin
`);

export const adjectives = words(`
  new major fresh disputed controversial landmark long-awaited delayed revised preliminary
  final interim temporary permanent regional national local federal coastal northern southern
  eastern western central remote rural urban key critical urgent modest sweeping ambitious
  costly cheap secret public private joint rival armed unarmed civilian military industrial
  agricultural financial legal political economic diplomatic technical strategic fragile
  stable volatile tense peaceful violent sudden gradual unexpected widespread limited partial
  formal informal emergency routine annual quarterly unprecedented familiar unusual
`);

/** [base, past, third-person] */
export const verbs: [string, string, string][] = words(`
  approve:approved:approves reject:rejected:rejects delay:delayed:delays expand:expanded:expands
  suspend:suspended:suspends launch:launched:launches review:reviewed:reviews block:blocked:blocks
  fund:funded:funds cancel:cancelled:cancels extend:extended:extends restore:restored:restores
  inspect:inspected:inspects close:closed:closes reopen:reopened:reopens seize:seized:seizes
  deploy:deployed:deploys withdraw:withdrew:withdraws sign:signed:signs announce:announced:announces
  investigate:investigated:investigates challenge:challenged:challenges defend:defended:defends
  criticise:criticised:criticises support:supported:supports oppose:opposed:opposes
  finance:financed:finances repair:repaired:repairs upgrade:upgraded:upgrades monitor:monitored:monitors
  evacuate:evacuated:evacuates rebuild:rebuilt:rebuilds secure:secured:secures audit:audited:audits
  negotiate:negotiated:negotiates revise:revised:revises publish:published:publishes
`).map((v) => v.split(':') as [string, string, string]);

export const countNouns = words(`
  soldiers workers residents families vehicles trucks ships flights homes schools patients
  villages fighters officers tonnes containers kilometres jobs households students farms
`);

export const weekdays = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
export const months = words(`
  January February March April May June July August September October November December
`);

/** Near-synonyms used to write an "edited copy" or a second translation of the same quote. */
export const synonyms: Record<string, string> = {
  said: 'stated', new: 'fresh', plan: 'scheme', major: 'significant', report: 'account',
  agreement: 'accord', proposal: 'offer', urgent: 'pressing', officials: 'authorities',
  region: 'area', help: 'assist', big: 'large', tense: 'strained', local: 'municipal',
  support: 'back', announced: 'unveiled', criticised: 'condemned', about: 'around',
  very: 'highly', must: 'should', will: 'shall', people: 'citizens', quickly: 'rapidly',
  believe: 'think', clear: 'evident', problem: 'issue', country: 'nation', start: 'begin',
  stop: 'halt', need: 'require', show: 'demonstrate', want: 'wish', serious: 'grave',
};

export const quoteOpeners = [
  'We', 'They', 'Our government', 'Our partners', 'This government', 'I', 'The ministry',
  'Our negotiators', 'The people here',
];
export const quoteVerbs = words(`
  will must should would could
`);
export const quoteObjects = words(`
  accept ignore tolerate allow repeat forget support fund abandon postpone
`);
