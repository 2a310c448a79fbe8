// French news prose: speech verbs (passé composé participles carry the verb), "selon", titles, numbers.
import { sameFor, type LanguageData } from './types.js';

export const fr: LanguageData = {
  speechVerbs: `
    dit dire rapporté déclaré déclare déclarait affirmé affirme affirmait assuré assure expliqué explique
    renchéri renchérit surenchéri crié crie hurlé hurle
    ajouté ajoute souligné souligne indiqué indique estimé estime précisé précise insisté insiste
    annoncé annonce confié confie lancé lance martelé martèle rappelé rappelle répondu répond
    réagi réagit écrit écrivait tweeté dénoncé dénonce reconnu reconnaît admis avoué démenti dément
    nié nie prévenu prévient averti avertit jugé juge regretté regrette promis promet raconté raconte
    relevé relève noté note commenté commente confirmé confirme observé observe poursuivi poursuit
    conclu conclut interrogé fustigé salué salue lâché lâche témoigné témoigne clamé clame
    affirmait déclarait expliquait indiquait ajoutait assurait ajouter déclarer affirmer expliquer
    félicité félicitée exclamé exclamée exprimé exprime qualifié qualifie qualifiant décrit décrivant
    soutenu soutient soutenait plaidé plaide plaidait répété répète répétait`,
  continuationVerbs: 'ajouté ajoute ajoutait poursuivi poursuit',
  according: "selon d'après d’après",
  mediaNouns: 'chaîne journal quotidien hebdomadaire télévision',
  addressPrepositions: 'à au',
  passiveMarkers: 'été fut furent',
  agentPrepositions: 'par',
  viewpoint: 'pour',
  auxiliaries: "a ont avait avaient aurait s'est s’est",
  passiveAuxiliaries: 'est était sera serait fut été',
  interposed: 'encore ensuite aussi également déjà ainsi alors pourtant enfin notamment aussitôt',
  objectClitics: 'lui leur me te nous vous',
  participles: 'ajoutant affirmant déclarant expliquant assurant soulignant estimant précisant',
  complementisers: 'que qu',
  relatives: 'qui que dont où lequel laquelle',
  labelVerbs: 'qualifié qualifie qualifiant baptisé surnommé',
  selfWords: 'moi je',
  pronouns: { il: 'm', elle: 'f', ils: 'p', elles: 'p' },
  sourcePronouns: { lui: 'm', eux: 'p' },
  speechNouns: 'discours message allocution déclaration hommage condoléances',
  presentatives: 'voici',
  statementNouns: 'message tweet communiqué déclaration ministère parquet ambassade gouvernement',
  wordNouns: 'mots paroles propos',
  companyNouns: 'groupe entreprise société compagnie armateur constructeur assureur opérateur firme transporteur enseigne',
  orgWords: `
    comité forces
    ministère parquet gouvernement police gendarmerie armée armées parti tribunal conseil commission
    agence banque université service services garde ambassade présidence assemblée sénat parlement
    secrétariat institut fondation fédération association syndicat direction office département
    cour mairie préfecture autorité organisation front mouvement alliance coalition union groupe
    compagnie société élysée quai palais`,
  nameConnectors: "de du des pour d' d’",
  connectorArticles: "la le les l' l’",
  titles: `
    président présidente ministre secrétaire porte-parole directeur directrice chef cheffe général
    colonel lieutenant capitaine commandant ambassadeur ambassadrice maire gouverneur roi reine prince
    princesse chancelier chancelière procureur procureure juge député députée sénateur sénatrice
    dirigeant dirigeante patron patronne vice-président premier première m mme mlle dr me pr avocat
    avocate recteur archevêque évêque cardinal pape
    amiral amirale sergent inspecteur inspectrice`,
  maleTitles: 'm roi prince',
  femaleTitles: 'mme mlle reine princesse présidente directrice ambassadrice chancelière députée sénatrice',
  roleHeads: {
    président: ['président'], présidente: ['présidente', 'président'], ministre: ['ministre'],
    'porte-parole': ['porte-parole'], chef: ['chef', 'cheffe', 'directeur', 'patron'], cheffe: ['cheffe', 'chef', 'directrice', 'patronne'], directeur: ['directeur'],
    procureur: ['procureur'], ambassadeur: ['ambassadeur'], maire: ['maire'], général: ['général'], gouverneur: ['gouverneur'], gouverneure: ['gouverneure', 'gouverneur'],
    // Someone's right hand: whoever holds it, never the person it is of.
    'bras droit': [],
    leader: ['leader', 'dirigeant', 'président', 'chef', 'premier'], dirigeant: ['dirigeant', 'leader', 'président', 'chef', 'premier'],
    dirigeante: ['dirigeante', 'présidente', 'cheffe', 'première'], militant: [], militante: [], activiste: [],
  },
  officeEquivalents: {
    ...sameFor(['chef exécutif', 'cheffe exécutif', 'chef gouvernement', 'cheffe gouvernement'], ['premier', 'première', 'chancelier', 'chancelière', 'président', 'présidente']),
    ...sameFor(['chef état', 'cheffe état', 'chef etat', 'cheffe etat'], ['président', 'présidente', 'roi', 'reine', 'monarque']),
  },
  subjectLeads: 'le la les l un une des son sa ses ce cette cet un autre',
  possessives: 'son sa ses leur leurs',
  unnamedLeads: 'un une des',
  functionWords: `
    le la les l un une des du de d et ou mais donc or ni car en dans sur sous avec sans pour par
    chez vers entre selon après avant depuis pendant ce cet cette ces son sa ses leur leurs mon ma
    notre votre qui que quoi dont où quand comme si ne pas plus très aussi ainsi alors puis encore
    déjà il elle ils elles on nous vous je tu y au aux cela ceci ça lors mardi hier aujourd`,
  prepositions: "d' d’ à au aux avec chez contre dans de des du en entre envers par parmi pour sans sous sur vers après avant depuis pendant selon",
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  abbreviations: 'm mme mlle dr me pr st ste av bd',
  numbers: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17,
    'dix-huit': 18, 'dix-neuf': 19, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
    'soixante-dix': 70, 'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90, cent: 100,
    cents: 100,
  },
  collectives: { douzaine: 12, douzaines: 12, dizaine: 10, dizaines: 10, vingtaine: 20, trentaine: 30, centaine: 100, centaines: 100 },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  numberJoiners: 'et',
  decimalWords: 'virgule',
  units: {
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livres: 'GBP', roubles: 'RUB', yens: 'JPY',
    kilomètres: 'km', kilomètre: 'km', mètres: 'm', mètre: 'm', kilos: 'kg', kilogrammes: 'kg',
    tonnes: 't', hectares: 'ha', litres: 'l', degrés: 'degrees', minutes: 'minutes', heures: 'hours',
    jours: 'days', semaines: 'weeks', mois: 'months', ans: 'years', années: 'years', secondes: 'seconds',
    'pour cent': '%', pourcent: '%',
  },
  decimalComma: true,
  writesSubject: true,
  timeWords: "matin soir soirée nuit midi après-midi hier aujourd'hui demain veille lendemain",
  approximators: ['environ', 'quelque', 'presque', 'quasiment', 'près de', 'plus de', 'moins de', 'au moins', "jusqu'à", 'autour de', 'aux alentours de', 'pas moins de', 'un peu plus de', 'un peu moins de'],
  measureOf: "de d' d’ en",
  shareOf: 'du des',
  measureOfArticles: "la le les l' l’ ses leurs",
  amountOwners: "de d' d’",
  verbEndings: 'aient èrent',
  otherWords: 'autre autres',
  changeLinks: 'de',
  measureLinks: 'valeur montant estimé estimée estimés estimées évalué évaluée chiffré chiffrée total',
};
