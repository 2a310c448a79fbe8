// Italian news prose: speech verbs (passato prossimo participles), "secondo", titles, numbers.
import type { LanguageData } from './types.js';

export const it: LanguageData = {
  speechVerbs: `
    riferito riferisce riferì detto dice dicono disse dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega
    spiegò aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò ribadito ribadisce ribadì
    precisato precisa assicurato assicura annunciato annuncia annunciò confermato conferma confermò
    osservato osserva rilevato commentato commenta risposto risponde scritto scrive avvertito avverte
    denunciato denuncia ammesso ammette negato nega smentito smentisce ricordato ricorda insistito
    concluso raccontato racconta replicato replica attaccato accusato promesso tuonato
    prosegue proseguito proseguì definito definisce definì bollato bollò`,
  continuationVerbs: 'aggiunto aggiunge aggiunse prosegue proseguito proseguì',
  according: 'secondo',
  mediaNouns: 'canale giornale quotidiano emittente',
  addressPrepositions: 'a al alla',
  viewpoint: 'per',
  auxiliaries: 'ha hanno aveva avevano avrebbe è',
  interposed: 'anche ancora poi inoltre già',
  participles: 'dicendo aggiungendo affermando',
  complementisers: 'che',
  relatives: 'che cui quale',
  labelVerbs: 'definito definisce chiamato bollato',
  selfWords: 'io',
  pronouns: { lui: 'm', lei: 'f', egli: 'm', ella: 'f', loro: 'p' },
  statementNouns: 'messaggio post tweet nota comunicato dichiarazione ministero procura ambasciata governo',
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
    presidente ministro ministra segretario segretaria portavoce direttore direttrice capo generale
    colonnello tenente capitano comandante ambasciatore ambasciatrice sindaco governatore re regina
    principe principessa procuratore procuratrice giudice deputato deputata senatore senatrice leader
    premier sig sigra dott dottssa`,
  maleTitles: 'sig re principe',
  femaleTitles: 'sigra regina principessa ministra segretaria direttrice ambasciatrice deputata senatrice',
  subjectLeads: 'il lo la i gli le un uno una suo sua questo questa',
  unnamedLeads: 'un uno una',
  functionWords: `
    il lo la i gli le un uno una e ed o ma di del della dei degli delle a al alla ai agli alle da dal
    dalla in nel nella nei con su sul sulla per tra fra questo questa quello quella suo sua che chi
    quando dove come perché se non già più molto anche così ancora oggi ieri ora qui`,
  prepositions: "d' d’ dell' dell’ dall' dall’ sull' sull’ all' all’ nell' nell’ a al alla ai agli alle con contro da dal dalla di del della dei in nel nella per su sul sulla tra fra",
  months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  weekdays: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  abbreviations: 'sig sigra dott prof avv',
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
