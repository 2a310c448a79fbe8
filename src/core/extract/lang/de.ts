// German news prose: speech verbs, "laut"/"zufolge", compound office words, numbers.
import type { LanguageData } from './types.js';

/**
 * Offices named as "der Bürgermeister", "die Landrätin" once their holder is named: each
 * "male/female" pair of lowercase words maps both forms to themselves (a role head's title words).
 */
function offices(pairs: string): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const w of pairs.split(/[\s/]+/).filter(Boolean)) table[w] = [w];
  return table;
}

export const de: LanguageData = {
  speechVerbs: `
    sagte sagt sagten sagen gesagt erklärte erklärt erklärten betonte betont sagte teilte teilt kommentierte kommentiert kommentierten
    meinte meint fügte fügt ergänzte ergänzt warnte warnt kritisierte kritisiert forderte fordert
    berichtete berichtet räumte räumt bestätigte bestätigt dementierte bekräftigte unterstrich
    versicherte versichert verkündete kündigte kündigt schrieb schreibt twitterte antwortete
    entgegnete sprach spricht hieß heißt behauptete behauptet bezeichnete verwies mahnte drohte
    zitierte argumentierte klagte beklagte lobte stellte erläuterte erläutert fragte fragt
    begründete begründet bekanntgegeben mitgeteilt hinzugefügt angekündigt klargestellt
    eingeräumt zugegeben hervorgehoben beschrieb beschreibt`,
  speechParticles: {
    bekannt: 'gab gibt gaben geben', an: 'gab gibt gaben kündigte kündigt kündigten', zu: 'gab gibt gaben',
    hinzu: 'fügte fügt fügten', mit: 'teilte teilt teilten', klar: 'stellte stellt stellten machte macht machten',
    fest: 'stellte stellt stellten hielt hält hielten', ein: 'räumte räumt räumten', hervor: 'hob hebt hoben',
    zurück: 'wies weist wiesen', hin: 'wies weist wiesen', vor: 'warf wirft warfen', fort: 'fuhr fährt fuhren',
    aus: 'führte führt führten',
  },
  continuationVerbs: 'fügte ergänzte',
  according: 'laut zufolge nach',
  attributors: 'so',
  mediaNouns: 'sender zeitung kanal blatt fernsehsender',
  addressPrepositions: 'gegenüber',
  dativeArticles: 'dem der',
  genitiveArticles: 'des der',
  passiveMarkers: 'wurde wurden wird worden',
  agentPrepositions: 'von vom',
  speechPhrases: { nach: ['angaben', 'worten'] },
  auxiliaries: 'hat haben hatte hatten',
  // The reflexive too: "hat sich geäußert", "zeigte sich dann Verhoek erleichtert".
  interposed: 'sich dann auch noch nun erneut zudem ebenfalls bereits zunächst daraufhin schließlich nochmals',
  complementisers: 'dass',
  // Konjunktiv I (and the II forms standing in where I reads as the indicative): reported speech.
  reportedMood: 'habe sei seien werde könne müsse solle wolle dürfe hätten wären',
  relatives: 'der die das welche welcher welches dessen deren',
  labelVerbs: 'bezeichnete nannte',
  selfWords: 'ich',
  pronouns: { er: 'm', sie: 'f' },
  sourcePronouns: { ihm: 'm', seinen: 'm', seiner: 'm', ihr: 'f', ihren: 'f', ihrer: 'f' },
  speechNouns: 'rede ansprache botschaft erklärung mitgefühl beileid würdigung',
  statementNouns: 'mitteilung erklärung ministerium staatsanwaltschaft botschaft regierung',
  wordNouns: 'worte',
  orgWords: `
    ministerium staatsanwaltschaft regierung polizei bundeswehr armee partei gericht rat kommission
    agentur bank universität dienst botschaft präsidium bundestag bundesrat parlament sekretariat
    institut stiftung verband verein gewerkschaft behörde amt bundesamt landesamt direktion
    abteilung konzern gruppe unternehmen kreml börse gerichtshof`,
  companyNouns: 'reederei fluggesellschaft airline werft konzern unternehmen firma hersteller autobauer bauer produzent gesellschaft gruppe bank versicherer händler betreiber anbieter rivale zulieferer sender',
  nameConnectors: 'für des der',
  connectorArticles: '',
  titles: `
    präsident präsidentin minister ministerin kanzler kanzlerin sprecher sprecherin chef chefin
    direktor direktorin general oberst leutnant hauptmann kapitän kommandeur botschafter
    botschafterin bürgermeister bürgermeisterin gouverneur könig königin prinz prinzessin
    staatsanwalt staatsanwältin richter richterin abgeordneter abgeordnete senator senatorin
    vorsitzender vorsitzende leiter leiterin herr frau dr prof anwalt anwältin regierungschef
    regierungschefin außenminister außenministerin generalsekretär generalsekretärin staatschef staatschefin
    baron baronin graf gräfin freiherr freifrau fürst fürstin herzog herzogin
    admiral admiralin inspektor inspektorin`,
  titleSuffixes: 'sekretär sekretärin vorsteher vorsteherin chef chefin minister ministerin sprecher sprecherin präsident präsidentin vorsitzender vorsitzende leiter leiterin direktor direktorin kanzler kanzlerin botschafter botschafterin',
  maleTitles: 'herr könig prinz baron graf freiherr fürst herzog',
  femaleTitles: 'frau königin prinzessin baronin gräfin freifrau fürstin herzogin präsidentin ministerin kanzlerin sprecherin chefin direktorin botschafterin bürgermeisterin leiterin',
  roleHeads: {
    minister: ['minister', 'ministerin'], ministerin: ['ministerin', 'minister'], präsident: ['präsident'],
    präsidentin: ['präsidentin'], sprecher: ['sprecher'], sprecherin: ['sprecherin'], chef: ['chef'], chefin: ['chefin'],
    staatschef: ['staatschef', 'präsident', 'regierungschef'], staatschefin: ['staatschefin', 'präsidentin', 'regierungschefin'],
    // The head of government: a prime minister, premier or chancellor, whatever the country calls it.
    regierungschef: ['regierungschef', 'ministerpräsident', 'premierminister', 'kanzler', 'bundeskanzler'],
    regierungschefin: ['regierungschefin', 'ministerpräsidentin', 'premierministerin', 'kanzlerin', 'bundeskanzlerin'],
    ...offices(`
      bürgermeister/bürgermeisterin oberbürgermeister/oberbürgermeisterin landrat/landrätin
      innenminister/innenministerin außenminister/außenministerin ministerpräsident/ministerpräsidentin
      bundeskanzler/bundeskanzlerin staatsanwalt/staatsanwältin oberstaatsanwalt/oberstaatsanwältin
      polizeisprecher/polizeisprecherin feuerwehrsprecher/feuerwehrsprecherin regierungssprecher/regierungssprecherin
      pilot/pilotin kapitän/kapitänin vorstandschef/vorstandschefin konzernchef/konzernchefin
      polizeichef/polizeichefin`),
    // A mayor called "Oberbürgermeister" once is "der Bürgermeister" after, and the reverse.
    bürgermeister: ['bürgermeister', 'oberbürgermeister'], bürgermeisterin: ['bürgermeisterin', 'oberbürgermeisterin'],
    oberbürgermeister: ['oberbürgermeister', 'bürgermeister'], oberbürgermeisterin: ['oberbürgermeisterin', 'bürgermeisterin'],
    staatsanwalt: ['staatsanwalt', 'oberstaatsanwalt'], staatsanwältin: ['staatsanwältin', 'oberstaatsanwältin'],
    kanzler: ['kanzler', 'bundeskanzler'], kanzlerin: ['kanzlerin', 'bundeskanzlerin'],
    generalsekretär: ['generalsekretär'], gouverneur: ['gouverneur'], gouverneurin: ['gouverneurin', 'gouverneur'], generalsekretärin: ['generalsekretärin'], aktivist: [], aktivistin: [],
    // "sagte der Demokrat", "der CDU-Politiker": a party member or politician names no office, only the person in focus.
    politiker: [], politikerin: [], demokrat: [], demokratin: [], republikaner: [], republikanerin: [],
    sozialdemokrat: [], sozialdemokratin: [], christdemokrat: [], christdemokratin: [], sozialist: [], sozialistin: [],
  },
  subjectLeads: 'der die das ein eine einer sein seine ihr ihre dieser diese',
  unnamedLeads: 'ein eine einer',
  functionWords: `
    der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn in im
    an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch
    gegen ohne um bis seit während wegen laut es er sie wir ihr ich du man sich dies diese dieser
    dieses jene sein seine ihre unser euer wie wo was wer wann warum ob wenn als dass auch noch nur
    schon so da dann jetzt heute gestern morgen hier dort nicht kein keine mehr sehr nun doch damit`,
  prepositions: 'an auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit während wegen in im am',
  months: 'januar jänner februar märz april mai juni juli august september oktober november dezember',
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend',
  abbreviations: 'dr prof nr str bzw ca vgl hr fr abs',
  numbers: {
    null: 0, eins: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8,
    neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16,
    siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
    sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100,
  },
  collectives: { dutzend: 12 },
  scales: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
  numberJoiners: 'und',
  decimalWords: 'komma',
  units: {
    euro: 'EUR', dollar: 'USD', pfund: 'GBP', rubel: 'RUB', yen: 'JPY', kilometer: 'km', meter: 'm',
    kilogramm: 'kg', tonnen: 't', hektar: 'ha', liter: 'l', grad: 'degrees', minuten: 'minutes',
    stunden: 'hours', tage: 'days', tagen: 'days', wochen: 'weeks', monate: 'months', monaten: 'months',
    jahre: 'years', jahren: 'years', sekunden: 'seconds', prozent: '%', prozentpunkte: 'pp',
  },
  decimalComma: true,
  writesSubject: true,
  verbSecond: true,
  nounCapitals: true,
  nounSuffixes: 'ung ungen heit heiten keit keiten schaft schaften tion tionen tät täten ismus nis nisse ment mente ling linge',
  determiners: `
    der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner jeder
    jede jedes jeden jedem dieser diese dieses diesen diesem sein seine seinen seinem seiner ihr ihre
    ihren ihrem ihrer unser unsere im am zum zur vom beim ins alle viele mehrere einige`,
  timeWords: 'morgen morgens vormittag mittag nachmittag abend abends nacht nachts gestern heute vorgestern',
  approximators: ['rund', 'etwa', 'ungefähr', 'circa', 'ca', 'knapp', 'fast', 'beinahe', 'gut', 'über', 'mehr als', 'weniger als', 'bis zu', 'an die', 'mindestens', 'annähernd', 'nahezu'],
  shareOf: 'der des',
  otherWords: 'weitere weiteren weiterer',
  changeLinks: 'um',
  measureLinks: 'wert höhe volumen umfang summe betrag gesamtwert',
};
