// Closed word lists the rules lean on. They describe English news prose in general (titles,
// speech verbs, hedges, units), never any particular story.

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** A lookup table without an Object prototype, so a token like "constructor" finds nothing. */
const dict = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);

/** Words that, before a name, give a person's office or honorific (lowercase, dots dropped). */
export const TITLE_WORDS = set(`
  president vice prime minister foreign defense defence interior finance secretary general gen
  lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander chief marshal
  ambassador envoy senator sen representative rep governor gov mayor chancellor king queen prince
  princess sheikh emir pope cardinal bishop rabbi imam judge justice attorney director spokesman
  spokeswoman spokesperson chairman chairwoman leader deputy mr mrs ms dr prof professor sir dame
  lord lady fm pm ceo premier state staff first lawmaker congressman congresswoman officer
  commissioner inspector detective police foreign-minister head former acting top senior mp
  negotiator economist analyst executive activist lawyer researcher envoy diplomat official
  prosecutor auditor ombudsman counsel treasurer coordinator administrator superintendent boss
  majesty highness holiness excellency
`);

/** Honorifics that fix gender. */
export const MALE_TITLES = set('mr sir king prince lord sheikh emir pope');
export const FEMALE_TITLES = set('mrs ms miss queen princess dame lady');

/**
 * Heads of role descriptions ("the minister", "Oslo's UN envoy") mapped to the title words a
 * matching person may carry. An empty list means the head fits any person with a known role.
 */
export const ROLE_HEADS: Record<string, string[]> = dict({
  minister: ['minister', 'secretary', 'fm', 'pm', 'premier'],
  secretary: ['secretary', 'minister'],
  diplomat: ['ambassador', 'envoy', 'diplomat', 'foreign', 'fm'],
  envoy: ['ambassador', 'envoy', 'diplomat', 'representative'],
  ambassador: ['ambassador', 'envoy', 'representative'],
  general: ['general', 'gen', 'commander', 'marshal', 'colonel', 'col', 'admiral', 'chief'],
  commander: ['commander', 'general', 'gen', 'colonel', 'col', 'admiral', 'chief'],
  president: ['president'],
  premier: ['premier', 'prime', 'pm'],
  chancellor: ['chancellor'],
  spokesman: ['spokesman', 'spokesperson', 'spokeswoman'],
  spokeswoman: ['spokeswoman', 'spokesperson', 'spokesman'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  negotiator: ['negotiator', 'envoy'],
  economist: ['economist'],
  executive: ['executive', 'ceo', 'chief'],
  leader: ['leader', 'chief', 'head', 'chairman', 'chairwoman', 'president'],
  senator: ['senator', 'sen'],
  governor: ['governor', 'gov'],
  mayor: ['mayor'],
  chairman: ['chairman', 'chairwoman', 'chair'],
  chairwoman: ['chairwoman', 'chairman', 'chair'],
  chief: ['chief', 'head', 'director', 'ceo', 'commander'],
  official: [],
  brass: ['general', 'gen', 'commander', 'chief', 'staff'],
  officer: [],
  lawmaker: ['lawmaker', 'senator', 'representative', 'congressman', 'congresswoman'],
  prosecutor: ['prosecutor', 'attorney'],
  judge: ['judge', 'justice'],
  king: ['king'],
  queen: ['queen'],
  prince: ['prince'],
  // People described by what they do or are, an office of no one: the person in focus.
  activist: [],
  campaigner: [],
  teen: [],
  teenager: [],
});

/**
 * Description heads, in every news language, for someone who speaks on an organisation's behalf:
 * their words are its statement ("a spokesman for the Refugee Alliance"). Any other office holder
 * ("the mayor of Velmar", "Velmar's police chief") speaks as themself, never as what the office is of.
 */
export const SPEAKS_FOR = set('spokesman spokeswoman spokesperson porte-parole portavoz portavoce porta-voz sprecher sprecherin talsmand talskvinde');

/** Offices held over a town or region, in every news language: what they are "of" is a place ("the mayor of Velmar", "the Velmar mayor"). */
export const PLACE_OFFICES = set('mayor governor alcalde alcaldesa maire sindaco sindaca prefeito prefeita bürgermeister bürgermeisterin borgmester мэр губернатор');

/** Modifiers that sharpen a description ("top diplomat" = the foreign minister). */
export const ROLE_BOOSTS: Record<string, string[]> = dict({
  top: ['foreign', 'fm', 'chief', 'head'],
  military: ['general', 'gen', 'commander', 'chief', 'staff'],
  foreign: ['foreign', 'fm'],
});

/** Single-token speech and claim verbs (lowercase). */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding replied warn warns warned
  warning noted noting stressed stresses stressing stated explain explains explained explaining
  insist insists insisted claimed claiming declare declares declared announce announces announced
  continued concluded remarked commented commenting wrote writes tweeted asked answered responded
  argue argues argued arguing acknowledge acknowledged admit admits admitted accuse accuses accused
  accusing charged predict predicts predicted estimated suggest suggests suggested urge urges urged
  recalled emphasize emphasized emphasizing emphasise emphasised vowed promised threaten threatened
  confirm confirms confirmed deny denies denied allege alleges alleged reiterate reiterated
  underlined observed complained demanded quipped cautioned conceded revealed revealing reported
  asserted asserting believes believed maintains maintained described agreed called calling
  posted countered retorted joked shouted testified lamented boasted pledged clarified signalled
  signaled hinted interjected whispered wondered texted emailed pleaded recounted acknowledging
  shouts recalls jokes quips counters concedes replies declares stresses explains cautions
`);

/** Verbs that mark the quote as continuing what the same speaker already said. */
export const CONTINUATION_VERBS = set('add adds added adding continued');

/** Two-word speech expressions, keyed by their first word. */
export const SPEECH_PHRASES: Record<string, string[]> = dict({
  put: ['it'],
  puts: ['it'],
  pointed: ['out'],
  points: ['out'],
  pointing: ['out'],
  went: ['on'],
  goes: ['on'],
  according: ['to'],
});

/** Verbs whose complement in quotes is a label, not speech ("called it 'X'"). */
export const LABEL_VERBS = set(
  'dubbed dub dubs labeled labelled label branded brand termed term nicknamed named so-called',
);

export const PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = dict({
  he: 'm',
  she: 'f',
  it: 'n',
  they: 'p',
});

/** Words a capitalised sentence-initial token can be without being a name. */
export const FUNCTION_WORDS = set(`
  a an the this that these those it its he she they we i you his her their our my your there here
  in on at to from by with for of and or but nor so yet as if when while after before since during
  until although though because whether meanwhile earlier later instead however also then now still
  asked speaking according read more most many some any all both each every no not only even just
  what which who whom whose where why how one two three four five six seven eight nine ten
  despite amid among between against over under about around through across into onto upon within
  without toward towards near outside inside above below beyond like unlike once twice thus hence
  otherwise moreover furthermore indeed perhaps maybe yes subscribers sign photo image video watch
  advertisement related share follow click update updated
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);
export const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday');

/** Abbreviations that do not end a sentence (lowercase, no dot). */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof gen lt col sgt capt maj adm sen rep gov st jr sr inc ltd co corp no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est dept univ fig
`);

/** Words that plausibly open a sentence after an acronym like "U.S." ends one. */
export const SENTENCE_STARTERS = set(`
  the a an he she it they we i this that these those in on at but and however meanwhile his her
  their its there when while after before since as if yet so
`);

/** Capitalised words that end an organisation name. */
export const ORG_WORDS = set(`
  ministry council center centre army front party movement forces force agency committee
  organization organisation group brigade brigades union bank company corporation corp inc ltd
  university institute times post news press office department commission court parliament
  assembly senate congress guard guards command coalition alliance network association federation
  pentagon kremlin staff service services police navy foundation fund society journal tribune
  herald gazette telegraph radio tv television channel board authority administration bureau
  cabinet government embassy club team reserve hospital school college academy trust watch corps
  battalion regiment division militia jabhat harakat hizb jaish tahrir brotherhood mission
  observatory ngo secretariat treasury exchequer exchange market markets bourse guild syndicate
  co plc llc ag gmbh sa s.p.a spa nv motors airlines
  chamber chambers museum library league consortium cooperative co-operative directorate
  inspectorate tribunal logistics freight airways railways systems technologies pharmaceuticals
  foods partners ventures holdings industries laboratories utilities brewery cross crescent management
`);

/** Legal-form suffixes that end a company's name ("Corp", "GmbH", "S.p.A."), lowercase, dots dropped. */
export const COMPANY_SUFFIXES = set('co corp corporation inc ltd llc plc ag gmbh sa spa s.p.a nv company');

/** Trade words that end a company's name ("Kessport Airways", "Orvia Logistics"): a firm, no public body. */
export const COMPANY_NAME_WORDS = set('airlines airways railways motors logistics freight systems technologies pharmaceuticals foods partners ventures holdings industries laboratories utilities brewery');

/** Industry words between a company's name and its legal form ("X Motor Co"), dropped for its short name. */
export const COMPANY_TRADE_WORDS = set('motor motors holdings holding industries group international');

/** Generic organisation words, with Arabic transliterations, dropped to find a name's core. */
export const GENERIC_ORG_WORDS = set('front jabhat movement harakat party hizb army jaish group brigade brigades organization organisation');

/** Feasts of the calendar, alone no actor of a story ("le dimanche de Pâques", "Easter Sunday"). */
export const FEASTS = set('easter pâques pascua páscoa pasqua ostern påske pasen christmas noël navidad natal natale weihnachten jul kerst ramadan pentecost pentecôte pentecostés pfingsten thanksgiving hanukkah diwali');

/**
 * An age written as one compound word ("60-year-old", "16-jährige", "41-letni", "41-летний"): the
 * pattern's source, one capture (the years). It describes a person, so a name right after it is one.
 */
export const AGE_COMPOUND = '(\\p{N}{1,3})-(?:year-old|jährige[nrs]?|letni[aemo]*|летн\\p{L}*)';

/** A prize or award heads a name that may end in a place's words ("Premio Orvin de la Vega"): never a person. */
export const PRIZE_WORDS = set('prize award medal premio prêmio prémio prix preis premi nobel nóbel pulitzer medalla médaille medaille');

/**
 * Lowercase nouns of a class of things that, right before a name, say the name is one of them ("the
 * tanker Sea Lantern", "el buque X", "le pétrolier X"): a ship, a craft, a storm is no person,
 * whatever its name sounds like.
 */
export const THING_CLASS_NOUNS = set(`
  ship vessel tanker freighter carrier frigate destroyer submarine ferry yacht boat liner trawler
  drone aircraft jet plane airliner helicopter satellite probe rover spacecraft lander rocket
  hurricane storm typhoon cyclone mv ms
  buque barco petrolero carguero portacontenedores huracán tormenta avión
  navire pétrolier cargo porte-conteneurs ouragan tempête avion
  tanker schiff frachter containerschiff hurrikan sturm flugzeug
  navio petroleiro cargueiro furacão tempestade avião
  nave petroliera portacontainer uragano tempesta aereo
`);

/** Lowercase nouns that, right after a name, say it is a media organisation. */
export const MEDIA_NOUNS = set(`
  tabloid daily newspaper paper broadcaster channel agency magazine weekly outlet website network
  radio television station news
`);

export const PLACE_WORDS = set(`
  city province region district county governorate road street avenue river mountains mountain
  valley island islands sea gulf bay lake desert square airport strait peninsula heights oblast
  state republic park bridge stadium arena station canal coast cay cays reef atoll archipelago beach
`);

/** First words that make a name a place ("Port Veldor", "Lake Orvin", "Mount Tessel", "Saint Orvel", "Puerto Veldor", "Monte Orvin"). */
export const PLACE_HEADS = set('port porto puerto lake lago mount mt monte cape cabo fort forte fuerte saint st san santa sao são isle loch glen point gran');

/**
 * Nouns heading a place's name in the languages whose names put the noun first, before a particle
 * ("Estado de X", "Isla de X", "Plaza de X", "Piazza di X"): with a particle in the name, a place.
 */
export const PLACE_HEADS_OF = set(`
  état région province département commune île îles estado región provincia departamento comunidad
  municipio isla islas região província município ilha ilhas stato regione comune isola isole valle
  plaza calle avenida paseo parque place rue boulevard quai parc piazza via viale corso largo parco
  praça rua avenida parque
`);

/** Plural articles capitalised at the head of a name ("Los Llanos de X", "Las Palmas de X"): a place's, never a person's. */
export const PLURAL_ARTICLES = set('los las les os as gli');

/** Lowercase nouns around a name that say it is a place ("the town of X", "X town"). */
export const PLACE_NOUNS = set(`
  town city village province region district area base camp crossing border airport capital
  neighbourhood neighborhood suburb port settlement county governorate oblast stronghold
`);

/**
 * Prepositions of where, across the supported languages ("in", "en", "em", "na", "nel"): a name
 * after one is more likely a place than a person ("en Buenos Aires"). Words that also introduce a
 * person or a body are left out: "à", Spanish object "a", Russian "в" ("сообщили в МЧС").
 */
export const LOCATIVE_PREPOSITIONS = set('in near outside en em na nas nel nella nello');

/** Prepositions after which a name is not the subject of the sentence. */
export const PREPOSITIONS = set(`
  with to from by of about against for at in on into onto between among toward towards over
  under near outside inside across through than like via behind beside
`);

/** Arabic (and similar) name particles written before a capitalised word ("al-Khadra"). */
export const NAME_PARTICLES = set('al el ad an ar as ash at az ibn bin bint abu abd');
/** Lowercase particles written apart inside a person's name ("Tavo da Lima", "van der Berg", "Abdel el Harrazi"). */
export const NAME_LINKS = set('da de di do dos das del della van von der den ter ten bin ibn bint el al');

export const HEDGE_RE =
  /\b(allegedly|reportedly|purportedly|supposedly|apparently|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|(?:is|are|was|were) said to|unconfirmed|unverified|rumou?red|believed to|thought to|ha(?:s|ve|d) not (?:yet )?been (?:confirmed|verified))\b/i;

/**
 * Words for what a dispute is of: a figure, a toll, a claim or an account ("the disputed toll",
 * "le bilan contesté", "la cifra cuestionada", "die umstrittene Zahl").
 */
const DISPUTED_THINGS =
  'figures?|tolls?|numbers?|counts?|tall(?:y|ies)|estimates?|claims?|accounts?|reports?|versions?|findings|results?|statements?|allegations?|accusations?|' +
  'bilans?|chiffres?|nombres?|décomptes?|versions?|cifras?|balances?|números?|versión|versiones|zahl(?:en)?|angaben|bilanz|opferzahl(?:en)?|darstellung';

/** Not after a determiner: "the dispute", "the question", "la disputa" are nouns, no one disputing. */
const NOT_NOUN = "(?<!(?:the|a|an|its|their|his|her|this|that|these|those|any|no|la|el|las|los|una|un|su|sus) )";

/**
 * A sentence that reports its content as disputed: a denial or a refusal to confirm ("denied",
 * "has not responded", "no evidence"), or a dispute of a figure or a statement in the forms a report
 * gives it: a participle with its agent ("disputed by residents", "contested by the opposition",
 * "contesté par", "cuestionado por", "bestritten von", "angezweifelt"), a relative clause ("a toll
 * that residents dispute", "que l'opposition conteste", "que los vecinos cuestionan", "die Anwohner
 * bestreiten"), the verb with its object ("residents dispute the figure"), the figure said to be
 * disputed ("the figure is disputed") or named so ("the disputed toll", "le bilan contesté").
 * "Disputed" before anything else ("disputed territory") and the noun ("a labour dispute") are
 * no dispute of what the sentence reports.
 */
const DISPUTE_RE = new RegExp(
  [
    /(?<!\p{L})(?:ha(?:s|ve|d)(?: not|n't)(?: yet)? (?:responded|commented|confirmed)|(?:did|does|do)(?: not|n't)(?: immediately)? (?:respond|comment|confirm)|declined to comment|den(?:y|ies|ied|ying)|reject(?:s|ed)? (?:the |these |those )?(?:claim|accusation|allegation|report)s?|dismiss(?:es|ed)|refut(?:e|es|ed)|no evidence|without (?:providing |offering )?evidence|could not (?:be )?(?:independently )?verif(?:y|ied)|baseless|unfounded)(?!\p{L})/u.source,
    /(?<!\p{L})(?:disputed|contested|challenged|questioned|doubted) by(?!\p{L})|(?<!\p{L})(?:that|which|whom)(?: [\p{L}'’-]+){1,3} NOT_NOUN(?:dispute[sd]?|contest(?:s|ed)?|challenged?|questioned|doubt(?:s|ed)?)(?!\p{L})/u.source,
    /(?<!\p{L})NOT_NOUN(?:dispute[sd]?|disputing) (?:the|this|that|these|those|its|their|his|her|a|an|any|such|it|them)(?!\p{L})/u.source,
    /(?<!\p{L})(?:contest(?:s|ed|ing)?|challeng(?:es|ed|ing)) (?:the |this |that |these |those |its |their |his |her )?(?:[\p{L}-]+ )?(?:DISPUTED_THINGS)(?!\p{L})/u.source,
    /(?<!\p{L})(?:is|are|was|were|been|remains?|remained) (?:still |widely |hotly )?(?:disputed|contested)(?!\p{L})|(?<!\p{L})(?:disputed|contested) (?:DISPUTED_THINGS)(?!\p{L})/u.source,
    // French, Spanish, German.
    /(?<!\p{L})(?:contesté|contestée|contestés|contestées|mis en doute|mise en doute|remis en cause|remise en cause|démenti|démentie) par(?!\p{L})|(?<!\p{L})que(?: [\p{L}'’-]+){0,3} conteste(?:nt)?(?!\p{L})|(?<!\p{L})qu['’][\p{L}'’-]+(?: [\p{L}'’-]+){0,2} conteste(?:nt)?(?!\p{L})|(?<!\p{L})(?:DISPUTED_THINGS) contesté(?:e|s|es)?(?!\p{L})/u.source,
    /(?<!\p{L})(?:contestad[oa]s?|cuestionad[oa]s?|puest[oa]s? en duda|desmentid[oa]s?|rechazad[oa]s?) por(?!\p{L})|(?<!\p{L})que(?: [\p{L}'’-]+){0,3} NOT_NOUN(?:cuestiona[n]?|disputa[n]?|rechaza[n]?|niega[n]?)(?!\p{L})|(?<!\p{L})(?:DISPUTED_THINGS) cuestionad[oa]s?(?!\p{L})/u.source,
    /(?<!\p{L})(?:bestritten von|angezweifelt|in zweifel gezogen)(?!\p{L})|(?<!\p{L})von(?: [\p{L}-]+){1,2} bestritten(?!\p{L})|(?<!\p{L})(?:die|der|das|welche[rs]?)(?: [\p{L}-]+){1,3} (?:bestreiten|bestreitet|anzweifeln|anzweifelt)(?!\p{L})|(?<!\p{L})(?:bestreitet|bestreiten|bestritt|bestritten) (?:die|den|das|diese|diesen)(?!\p{L})|(?<!\p{L})umstrittene[n]? (?:DISPUTED_THINGS)(?!\p{L})/u.source,
  ]
    .join('|')
    .replaceAll('DISPUTED_THINGS', DISPUTED_THINGS)
    .replaceAll('NOT_NOUN', NOT_NOUN),
  'iu',
);

/**
 * Stems every alternative of DISPUTE_RE holds. The full pattern tries its lookbehinds at every
 * position of every sentence; most sentences hold none of these stems, and this scan is cheap.
 */
const DISPUTE_STEMS = /respond|comment|confirm|den[yi]|reject|dismiss|refut|evidence|verif|baseless|unfounded|disput|contest|challeng|question|doubt|doute|remis|démenti|cuestion|duda|desmentid|rechaz|niega|bestr|zweifel|umstritten/iu;

/** Whether `text` (a sentence with its quotes masked) reports its content as disputed (see DISPUTE_RE). */
export const isDisputed = (text: string): boolean => DISPUTE_STEMS.test(text) && DISPUTE_RE.test(text);
