// Italian news prose: speech verbs (passato prossimo participles), "secondo", titles, numbers.
import { sameFor, type LanguageData } from './types.js';

export const it: LanguageData = {
  speechVerbs: `
    riferito riferisce riferì detto dice dicono disse dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega
    spiegò aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò ribadito ribadisce ribadì
    precisato precisa assicurato assicura annunciato annuncia annunciò confermato conferma confermò
    osservato osserva rilevato commentato commenta risposto risponde scritto scrive avvertito avverte
    denunciato denuncia ammesso ammette negato nega smentito smentisce ricordato ricorda insistito
    concluso raccontato racconta replicato replica attaccato accusato promesso tuonato
    prosegue proseguito proseguì definito definisce definì bollato bollò sostenuto sostiene sostenne
    evidenziato evidenzia chiarito chiarisce puntualizzato rimarcato ammonito esordito rivelato
    lamentato criticato segnalato urlato gridato raccontò replicò spiegano dicono riferiscono dichiarano descritto descrive descrivendo`,
  perfectParticiples: [['ò', 'ato'], ['ì', 'ito']],
  continuationVerbs: 'aggiunto aggiunge aggiunse prosegue proseguito proseguì',
  // "ha fatto sapere l'azienda": to let it be known is to say it.
  speechPhrases: { fatto: ['sapere'], fa: ['sapere'], fanno: ['sapere'] },
  according: 'secondo',
  mediaNouns: 'canale giornale quotidiano emittente',
  addressPrepositions: 'a al alla ai agli alle all',
  passiveMarkers: 'stato stata stati state fu furono venne vennero',
  agentPrepositions: 'da dal dalla dai dagli dalle',
  viewpoint: 'per',
  auxiliaries: 'ha hanno aveva avevano avrebbe è',
  interposed: 'anche ancora poi inoltre già',
  objectClitics: 'gli le mi ti ci vi',
  participles: 'dicendo aggiungendo affermando spiegando sottolineando precisando ricordando',
  complementisers: 'che',
  relatives: 'che cui quale',
  labelVerbs: 'definito definisce chiamato bollato',
  selfWords: 'io',
  pronouns: { lui: 'm', lei: 'f', egli: 'm', ella: 'f', loro: 'p' },
  speechNouns: 'discorso messaggio dichiarazione omaggio condoglianze cordoglio',
  presentatives: 'ecco',
  statementNouns: 'messaggio post tweet nota comunicato dichiarazione ministero procura ambasciata governo',
  wordNouns: 'parole',
  companyNouns: 'società azienda gruppo compagnia armatore costruttore assicuratore operatore',
  orgWords: `
    comitato forze
    ministero procura governo polizia esercito partito tribunale consiglio commissione agenzia banca
    università servizio guardia ambasciata presidenza camera senato parlamento segreteria istituto
    fondazione federazione associazione sindacato direzione ufficio dipartimento corte comune
    prefettura questura autorità organizzazione fronte movimento alleanza coalizione unione gruppo
    società farnesina`,
  nameConnectors: "di del della dello dei degli delle per d' d’ dell' dell’",
  connectorArticles: '',
  titles: `
    presidente presidentessa ministro ministra viceministro viceministra sottosegretario sottosegretaria
    segretario segretaria portavoce direttore direttrice capo generale colonnello tenente capitano
    comandante maresciallo ambasciatore ambasciatrice sindaco sindaca governatore governatrice
    prefetto prefetta questore capogruppo assessore assessora consigliere consigliera commissario commissaria
    vicepresidente re regina principe principessa procuratore procuratrice pm magistrato giudice
    deputato deputata senatore senatrice onorevole leader premier avvocato avvocata legale sig sigra dott
    dottssa dottoressa ing avv prof professore professoressa
    ammiraglio sergente ispettore ispettrice`,
  maleTitles: 'sig re principe',
  femaleTitles: `
    sigra regina principessa ministra viceministra sottosegretaria segretaria direttrice ambasciatrice
    deputata senatrice sindaca governatrice prefetta assessora consigliera commissaria procuratrice
    presidentessa avvocata dottoressa dottssa professoressa`,
  // The office a description names and the titles a person holding it is written with.
  roleHeads: {
    presidente: ['presidente', 'presidentessa'], presidentessa: ['presidentessa', 'presidente'],
    ministro: ['ministro', 'ministra'], ministra: ['ministra', 'ministro'], portavoce: ['portavoce'],
    capo: ['capo', 'direttore', 'direttrice', 'comandante', 'responsabile'], responsabile: ['responsabile', 'capo', 'direttore', 'direttrice'],
    direttore: ['direttore', 'direttrice'], direttrice: ['direttrice', 'direttore'],
    procuratore: ['procuratore', 'procuratrice', 'pm'], procuratrice: ['procuratrice', 'procuratore', 'pm'], pm: ['pm', 'procuratore', 'procuratrice', 'magistrato'],
    magistrato: ['magistrato', 'pm', 'procuratore', 'procuratrice', 'giudice'], giudice: ['giudice'],
    comandante: ['comandante', 'generale', 'colonnello', 'capitano', 'maresciallo'], generale: ['generale', 'comandante'],
    capitano: ['capitano', 'comandante'], colonnello: ['colonnello', 'comandante'],
    sindaco: ['sindaco', 'sindaca'], sindaca: ['sindaca', 'sindaco'], prefetto: ['prefetto', 'prefetta'], prefetta: ['prefetta', 'prefetto'],
    questore: ['questore'], assessore: ['assessore', 'assessora'], assessora: ['assessora', 'assessore'],
    governatore: ['governatore', 'governatrice'], governatrice: ['governatrice', 'governatore'],
    ambasciatore: ['ambasciatore', 'ambasciatrice'], ambasciatrice: ['ambasciatrice', 'ambasciatore'],
    segretario: ['segretario', 'segretaria'], segretaria: ['segretaria', 'segretario'], commissario: ['commissario', 'commissaria'],
    avvocato: ['avvocato', 'avvocata', 'legale'], avvocata: ['avvocata', 'avvocato', 'legale'], legale: ['legale', 'avvocato', 'avvocata'],
    premier: ['premier'], papa: ['papa', 'pontefice'], pontefice: ['pontefice', 'papa'], leader: ['leader', 'segretario', 'segretaria', 'presidente', 'capo', 'premier'],
    dirigente: ['dirigente', 'leader', 'presidente', 'direttore', 'capo'],
    // Someone's right hand: whoever holds it, never the person it is of.
    'braccio destro': [],
    attivista: [], militante: [],
  },
  officeEquivalents: {
    ...sameFor(['capo governo', 'capo esecutivo'], ['premier', 'presidente', 'primo', 'cancelliere']),
    ...sameFor(['capo stato'], ['presidente', 're', 'regina', 'monarca']),
  },
  subjectLeads: 'il lo la i gli le un uno una suo sua questo questa',
  possessives: 'suo sua suoi sue loro',
  unnamedLeads: 'un uno una',
  functionWords: `
    il lo la i gli le un uno una e ed o ma di del della dei degli delle a al alla ai agli alle da dal
    dalla in nel nella nei con su sul sulla per tra fra questo questa quello quella suo sua che chi
    quando dove come perché se non già più molto anche così ancora oggi ieri ora qui
    poi dopo prima intanto inoltre infatti quindi però mentre tuttavia oltre allora invece dunque
    perciò eppure insomma ecco sempre mai solo soltanto almeno adesso stamattina stamani stasera
    stanotte finora ormai comunque anzi oppure neanche nemmeno neppure cioè durante entro verso
    nessuno ognuno ciascuno tutti tutte tutto ogni alcuni alcune molti molte pochi altri altre
    questi queste quelli quelle lui lei noi voi loro sono era erano sarà sul sulla nello negli nelle
    dai dagli dalle sugli sulle`,
  prepositions: "d' d’ dell' dell’ dall' dall’ sull' sull’ all' all’ nell' nell’ a al alla ai agli alle con contro da dal dallo dalla dai dagli dalle di del dello della dei degli delle in nel nello nella nei negli nelle per su sul sullo sulla sui sugli sulle allo tra fra",
  months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  weekdays: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  abbreviations: 'sig sigra dott prof avv ing on sen gen col magg cap geom arch mons art ecc',
  numbers: {
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8,
    nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16,
    diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50,
    sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100,
  },
  collectives: { dozzina: 12, decina: 10, decine: 10, centinaio: 100, centinaia: 100 },
  scales: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  numberJoiners: 'e',
  decimalWords: 'virgola',
  units: {
    euro: 'EUR', dollari: 'USD', dollaro: 'USD', sterline: 'GBP', rubli: 'RUB', chilometri: 'km',
    metri: 'm', chili: 'kg', tonnellate: 't', ettari: 'ha', litri: 'l', gradi: 'degrees', minuti: 'minutes',
    ore: 'hours', giorni: 'days', settimane: 'weeks', mesi: 'months', anni: 'years', 'per cento': '%',
  },
  decimalComma: true,
  timeWords: 'mattina mattino pomeriggio sera serata notte ieri oggi domani stanotte',
  approximators: ['circa', 'quasi', 'oltre', 'almeno', 'più di', 'meno di', 'fino a', 'intorno a', "all'incirca", 'poco più di', 'poco meno di'],
  measureOf: 'di in',
  shareOf: 'del della dei delle degli',
  measureOfArticles: 'il lo la i gli le',
  amountOwners: 'di da',
  verbEndings: 'arono erono irono avano evano',
  otherWords: 'altro altra altri altre',
  changeLinks: 'del di',
  measureLinks: 'valore importo pari stimato stimata totale',
};
