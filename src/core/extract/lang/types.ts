// The shape of one language's word lists. Each field is optional: a language adds to English, the
// base every article shares (names, acronyms and English wire phrases turn up in every language).

/** Masculine, feminine, neuter, plural; 'x': a person of either gender, where the language writes one word for both (Indonesian "dia", Turkish "o"). */
export type PronounKind = 'm' | 'f' | 'n' | 'p' | 'x';

export interface LanguageData {
  /** Single-token speech and claim verbs, every inflection written out, space-separated. */
  speechVerbs?: string;
  /**
   * Past participles derived from the speech verbs' simple past (third person singular), as suffix
   * rewrites tried longest first: `[['ió', 'ido'], ['ó', 'ado']]` makes "lamentó" give "lamentado",
   * so that the perfect tenses news writes ("ha lamentado", "havia alertado") are speech verbs too.
   * Irregular participles are written out in `speechVerbs`.
   */
  perfectParticiples?: [string, string][];
  /** Speech verbs that say the speaker goes on ("añadió", "fügte"). */
  continuationVerbs?: string;
  /** Two-token speech expressions keyed by their first token ("по" -> "словам"). */
  speechPhrases?: Record<string, string[]>;
  /** Words (or first words of `speechPhrases`) that open "according to X" ("según", "laut", "по" of "по словам"). */
  according?: string;
  /** Words that give what precedes them to the name right after, set off by a comma ("…, so Kellor am Montag"). */
  attributors?: string;
  /** Nouns for a medium that relays words ("channel", "канал", "Zeitung"): named with one, an outlet is no speaker while someone else is in focus. */
  mediaNouns?: string;
  /** Prepositions naming whom words were said to ("a la cadena X", "à la chaîne", "to the paper"). */
  addressPrepositions?: string;
  /**
   * Dative articles ("dem", "der"): the name they open is the one spoken to ("sagte Verhoek dem
   * Harbour Herald"). One that is also a genitive connector ("der") counts only right after a name
   * or pronoun: after a description it names whom the description is of ("ein Sprecher der Agentur").
   */
  dativeArticles?: string;
  /** Articles of the genitive ("des", "der"): after an office, the word they lead is what the office is of ("der Direktor der Notfallbehörde"). */
  genitiveArticles?: string;
  /** Nouns of a speech event ("discurso", "speech", "Ansprache"): someone who gave one in the sentence before a quote standing alone spoke it. */
  speechNouns?: string;
  /** Words that present someone whose words follow ("Here's X at the hearing.", "Voici X :"): the quote standing alone after that sentence is theirs. */
  presentatives?: string;
  /** Prepositions that open a sentence giving someone's view, then their words ("Pour X, « … »", "Para X, «…»"). */
  viewpoint?: string;
  /** Auxiliaries before a speech participle after a quote ("», a déclaré X", "ha detto X"). */
  auxiliaries?: string;
  /** Forms of "be" that make a speech participle passive; inverted with "il" it is impersonal ("était-il indiqué"). */
  passiveAuxiliaries?: string;
  /** Forms of "be" that make the speech participle right after them passive, its subject the one spoken to ("was told", "fue advertido"). */
  passiveMarkers?: string;
  /** Prepositions naming a passive's agent, who speaks ("was told by Kellor", "fue advertido por Kellor"). */
  agentPrepositions?: string;
  /** Adverbs set between an auxiliary and its participle ("a encore indiqué", "ha también dicho"). */
  interposed?: string;
  /** Object pronouns written before the verb, who is spoken to ("gli ha detto", "le dijo", "lui a dit"). */
  objectClitics?: string;
  /**
   * Separable particles that close a verb-second clause and make its finite verb one of speech,
   * each with the finite forms it joins ("gab … bekannt", "wies … zurück", "hob … hervor"): the
   * finite verb alone says nothing of speech ("es gab", "er wies den Weg").
   */
  speechParticles?: Record<string, string>;
  /** Verb forms that take the sentence's subject ("saying", "diciendo", "ajoutant"). */
  participles?: string;
  /** Words that open reported speech ("that", "que", "dass", "что"). */
  complementisers?: string;
  /** Verb forms only reported speech takes (the German Konjunktiv I: "habe", "sei", "werde"). */
  reportedMood?: string;
  /** Words opening a relative clause (", which …,", ", qui …,"): never the subject itself. */
  relatives?: string;
  /** Verbs whose quoted complement is a label, not speech ("calificó de"). */
  labelVerbs?: string;
  pronouns?: Record<string, PronounKind>;
  /**
   * Object and possessive pronouns that name the source of an according phrase ("according to
   * her", "по её словам", "nach ihren Worten"), by the gender of who they stand for.
   */
  sourcePronouns?: Record<string, PronounKind>;
  /** The first-person pronoun a signed statement names its author with ("I, Jane Roe, …", "Yo, …"). */
  selfWords?: string;
  /** Nouns for an institution's statement or for the institution itself as a speaker ("the statement
   * said", "говорится в сообщении", "dijo el ministerio"): the speaker is the organisation. */
  statementNouns?: string;
  /**
   * Nouns for a person's words ("words", "palabras", "parole", "mots", "Worte"): a quote followed by
   * one and its owner, with no verb, is the owner's ("«…», palabras de X", "“…” were X's first words").
   */
  wordNouns?: string;
  /** Capitalised words that make a name an institution ("Fiscalía", "Ministerium"), lowercase. */
  orgWords?: string;
  /** Heads of an apposition that describe a company ("des Autobauers X", "der Konzern X"),
   * matched as compound endings: the name it is set before is an organisation. */
  companyNouns?: string;
  /** Words joining an institution to what it is of ("of", "de", "del"), and the articles after them. */
  nameConnectors?: string;
  connectorArticles?: string;
  /** Office, rank and honorific words before a name (lowercase, dots dropped). */
  titles?: string;
  /** Endings that make a compound an office word (German "…chefin", "…minister"). */
  titleSuffixes?: string;
  maleTitles?: string;
  femaleTitles?: string;
  /** Role-description heads ("la presidenta", "der Minister") and the title words they fit. */
  roleHeads?: Record<string, string[]>;
  /**
   * A role head and the noun of what it heads, keyed "head noun", that name another office, and
   * the title words of that office ("chef exécutif": the head of the executive is the prime minister).
   */
  officeEquivalents?: Record<string, string[]>;
  /** Determiners and numerals that open an unnamed or described subject ("el", "un", "der"). */
  subjectLeads?: string;
  /** Of `subjectLeads`, those that introduce someone new ("un", "ein", "одна"). */
  unnamedLeads?: string;
  /** Possessive determiners ("son", "sua"): after a preposition they open an adverbial ("à son tour", "a sua volta"), never a medium spoken to. */
  possessives?: string;
  /** Words a capitalised sentence-initial token can be without being a name. */
  functionWords?: string;
  /** Prepositions naming the body whose people speak, with the verb's subject unwritten ("сообщили в МЧС"). */
  bodyPrepositions?: string;
  /** Prepositions after which a name is not the subject. */
  prepositions?: string;
  months?: string;
  weekdays?: string;
  /** Times of day and days named relative to today ("soir", "yesterday"): they end a counted noun. */
  timeWords?: string;
  /** Words or phrases before a number that make it approximate or a bound ("about", "plus de", "rund"). */
  approximators?: string[];
  /** Words between a measured thing and its amount, skipped to reach the thing ("worth", "valeur", "Höhe"). */
  measureLinks?: string;
  /**
   * Words after an amount, a share or a span that link it to what it is of or in ("15 % du capital",
   * "zwölf Prozent der Anteile", "$5 million in losses", "108 days in detention"): the noun after is what it measures.
   */
  measureOf?: string;
  /** Words after `measureOf` that open a noun phrase a share is of ("del 15 % de las acciones"); a sum or a span is of a bare noun ("de dons"). */
  measureOfArticles?: string;
  /** Genitive links carrying their article ("du", "del", "der"): a share of the whole after them ("15 % du capital"). */
  shareOf?: string;
  /**
   * Words linking a noun to its amount after it, in the languages that put the noun first ("une flèche de 93 m",
   * "una multa de 5 millones de euros"): the noun is what the amount measures.
   */
  amountOwners?: string;
  /** Words right before a share that make it a change of the clause's subject ("fell by 12 per cent", "fielen um zehn Prozent", "a chuté de 15 %"). */
  changeLinks?: string;
  /** Endings of finite verbs that no noun has ("optaron", "recorrían", "mangeaient"): a counted noun ends before one. */
  verbEndings?: string;
  /** Words before a bare number saying it counts more of a thing counted just before ("los otros 17", "another 40"). */
  otherWords?: string;
  /** Abbreviations that do not end a sentence (lowercase, no dot). */
  abbreviations?: string;
  /** Number words and their values ("veintidós": 22), every inflection written out. */
  numbers?: Record<string, number>;
  /** Collective counts that multiply what precedes ("una treintena" = 30, "two dozen" = 24). */
  collectives?: Record<string, number>;
  /** Multipliers ("millones": 1e6, "mil": 1e3); a scale after a number multiplies it. */
  scales?: Record<string, number>;
  /** Words joining number words ("y", "und", "et"). */
  numberJoiners?: string;
  /** Word for the decimal point in spoken numbers ("point", "coma", "Komma"). */
  decimalWords?: string;
  /** Unit words mapped to a unit code ("prozent": "%", "euros": "EUR"). */
  units?: Record<string, string>;
  /** Names decline after prepositions, so "в Крыму Антон Лозовой" holds a place, then a name. */
  casedNames?: boolean;
  /**
   * Lowercase nouns that head a place name after its capitalised adjective ("Черное море",
   * "Красная площадь"), every case form written out: the noun is part of the name.
   */
  placeHeads?: string;
  /** Written without capitals (Arabic): names are found after office words instead. */
  uncased?: boolean;
  /**
   * Nouns an office is of in the construct state, before what they are of ("رئيس وزراء بريطانيا",
   * "وزير خارجية روسيا", "رئيسة بلدية باريس"): the noun and the word after it are the office's, not the name's.
   */
  officeComplements?: string;
  /**
   * Office and honorific words written right after a name in a script without spaces or capitals
   * ("プーチン大統領", "タラバ副首相", "ハメネイ師"): the katakana before one is a person's name.
   */
  suffixTitles?: string;
  /** Capitalises every noun (German): a capital says less about a name. */
  nounCapitals?: boolean;
  /** Every finite verb writes its subject (French, German, English): after a quote, « …», a lancé peu après X, the only name there is the subject. */
  writesSubject?: boolean;
  /** The finite verb comes second in a main clause, a participle last ("Kessport hatte … bestätigt"): the subject stands before the auxiliary. */
  verbSecond?: boolean;
  /** Proper names take their case endings after an apostrophe (Turkish "Ankara'da", "Erdoğan'ın"): the name is what stands before it. */
  apostropheEndings?: boolean;
  /** A paragraph may open on someone's words without quotation marks, up to a dash and the attribution ("…, — заявил X", "… - oświadczyła X"). */
  speechBeforeDash?: boolean;
  /** Writes no articles (Polish, Russian): a circumstance after a verb ends at no determiner, so the person named last in the clause may be its subject. */
  noArticles?: boolean;
  /** Endings of common nouns ("ung", "heit"); with `nounCapitals`, a lone word so ending is no name. */
  nounSuffixes?: string;
  /**
   * Endings of adjectives in the genitive that say what an office is of ("prezydent Wysp
   * Kanaryjskich X", "глава Северной области"): a capitalised word so ending, with a name after it, is no part of the name.
   */
  ofAdjectiveEndings?: string;
  /** Endings of a noun in the genitive (Polish "Chersonia", "Ukrainy", "Polski"): capitalised words so ending before a given name are whose or where the person is, not the name. Cyrillic languages read theirs through the declension table. */
  genitiveEndings?: string;
  /** Articles and determiners before a common noun ("die", "einem", "im"). */
  determiners?: string;
  /** Writes 1.200 / 1 200 for thousands and 1,2 for a decimal. */
  decimalComma?: boolean;
}

/**
 * Each of the space-separated stems with each ending, for word lists of inflected verbs:
 * `withEndings('řekl uvedl', ['', 'a', 'i'])` is "řekl řekla řekli uvedl uvedla uvedli".
 */
export function withEndings(stems: string, endings: readonly string[]): string {
  return stems
    .trim()
    .split(/\s+/)
    .flatMap((s) => endings.map((e) => s + e))
    .join(' ');
}

/** One value for several keys of a language table: `sameFor(['chef état', 'cheffe état'], roles)`. */
export function sameFor<T>(keys: string[], value: T): Record<string, T> {
  return Object.fromEntries(keys.map((k) => [k, value]));
}
