// Swedish, Danish, Norwegian (Bokmål) and Dutch: speech verbs and "according to" forms only, for quotes in those languages.
import type { LanguageData } from './types.js';

export const sv: LanguageData = {
  speechVerbs: 'sa sade säger sagt förklarade förklarar skrev skriver meddelade meddelar betonade tillade uppgav hävdade konstaterade varnade svarade',
  continuationVerbs: 'tillade',
  according: 'enligt',
  pronouns: { han: 'm', hon: 'f' },
  titles: 'borgmästare statsminister minister utrikesminister president ordförande direktör talesperson chef general',
  // Compounds end in the office: "oppositionsledaren", "pressekreteraren".
  titleSuffixes: 'minister ministern ledare ledaren ordförande ordföranden chef chefen talesperson talespersonen direktör direktören sekreterare sekreteraren',
  months: 'januari februari mars april maj juni juli augusti september oktober november december',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'morgon morse förmiddag eftermiddag kväll kvällen natt natten igår idag',
  approximators: ['cirka', 'ca', 'omkring', 'ungefär', 'nästan', 'drygt', 'knappt', 'över', 'minst', 'mer än', 'upp till'],
  measureLinks: 'värde värderat',
  weekdays: 'måndag tisdag onsdag torsdag fredag lördag söndag',
};

export const da: LanguageData = {
  speechVerbs: 'sagde siger sagt forklarede forklarer skrev skriver meddelte udtalte tilføjede understregede erklærede advarede svarede',
  continuationVerbs: 'tilføjede',
  according: 'ifølge',
  pronouns: { han: 'm', hun: 'f' },
  titles: 'borgmester statsminister minister udenrigsminister præsident formand direktør talsmand talskvinde chef general',
  titleSuffixes: 'minister ministeren leder lederen formand formanden chef chefen talsmand talsmanden direktør direktøren',
  months: 'januar februar marts april maj juni juli august september oktober november december',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'morgen formiddag eftermiddag aften aftenen nat natten',
  approximators: ['cirka', 'ca', 'omkring', 'næsten', 'knap', 'godt', 'over', 'mindst', 'mere end', 'op til'],
  measureLinks: 'værdi',
  weekdays: 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
};

export const no: LanguageData = {
  speechVerbs: 'sa sier sagt forklarte forklarer skrev skriver meldte uttalte uttaler tilføyde tilføyer understreket understreker erklærte advarte advarer svarte svarer forteller fortalte mener mente opplyste opplyser',
  continuationVerbs: 'tilføyde tilføyer',
  according: 'ifølge',
  pronouns: { han: 'm', hun: 'f' },
  titles: 'ordfører statsminister minister utenriksminister president leder formann direktør talsmann talsperson pressetalsmann sjef general pater biskop',
  titleSuffixes: 'minister ministeren leder lederen sjef sjefen talsmann talsmannen talsperson direktør direktøren',
  months: 'januar februar mars april mai juni juli august september oktober november desember',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'morgen formiddag ettermiddag kveld kvelden natt natten',
  approximators: ['cirka', 'ca', 'omkring', 'nesten', 'knapt', 'over', 'minst', 'mer enn', 'opp til'],
  measureLinks: 'verdi',
  weekdays: 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
};

export const nl: LanguageData = {
  speechVerbs: 'grapte grapt zei zegt zeggen zeiden verklaarde verklaart schreef schrijft meldde meldt benadrukte benadrukt voegde stelde stelt waarschuwde waarschuwt antwoordde antwoordt aldus vertelt vertelde vertellen reageerde reageert erkende erkent ontkende ontkent beweerde beweert noemde noemt twitterde',
  continuationVerbs: 'voegde',
  according: 'volgens',
  pronouns: { hij: 'm', zij: 'f', ze: 'f' },
  titles: 'burgemeester premier minister president voorzitter directeur woordvoerder woordvoerster generaal topman topvrouw bestuursvoorzitter topbestuurder kamerlid',
  // Compounds end in the office: "oppositieleider", "fractievoorzitter", "persvoorlichter".
  titleSuffixes: 'leider voorzitter woordvoerder woordvoerster minister directeur chef secretaris commissaris ambassadeur voorlichter',
  months: 'januari februari maart april mei juni juli augustus september oktober november december',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'ochtend middag avond nacht gisteren vandaag morgen',
  approximators: ['ongeveer', 'circa', 'ca', 'bijna', 'ruim', "zo'n", 'minstens', 'meer dan', 'minder dan', 'tot wel', 'ten minste', 'rond de'],
  measureLinks: 'waarde',
  weekdays: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
};
