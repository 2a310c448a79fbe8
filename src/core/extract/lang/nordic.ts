// Swedish, Danish and Dutch: speech verbs and "according to" forms only, for quotes in those languages.
import type { LanguageData } from './types.js';

export const sv: LanguageData = {
  speechVerbs: 'sa sade säger sagt förklarade förklarar skrev skriver meddelade meddelar betonade tillade uppgav hävdade konstaterade varnade svarade',
  continuationVerbs: 'tillade',
  according: 'enligt',
  pronouns: { han: 'm', hon: 'f' },
  titles: 'borgmästare statsminister minister utrikesminister president ordförande direktör talesperson chef general',
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
  months: 'januar februar marts april maj juni juli august september oktober november december',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'morgen formiddag eftermiddag aften aftenen nat natten',
  approximators: ['cirka', 'ca', 'omkring', 'næsten', 'knap', 'godt', 'over', 'mindst', 'mere end', 'op til'],
  measureLinks: 'værdi',
  weekdays: 'mandag tirsdag onsdag torsdag fredag lørdag søndag',
};

export const nl: LanguageData = {
  speechVerbs: 'zei zegt zeggen zeiden verklaarde verklaart schreef schrijft meldde meldt benadrukte benadrukt voegde stelde stelt waarschuwde waarschuwt antwoordde antwoordt aldus vertelt vertelde vertellen reageerde reageert erkende erkent ontkende ontkent beweerde beweert noemde noemt twitterde',
  continuationVerbs: 'voegde',
  according: 'volgens',
  pronouns: { hij: 'm', zij: 'f', ze: 'f' },
  titles: 'burgemeester premier minister president voorzitter directeur woordvoerder woordvoerster generaal topman topvrouw bestuursvoorzitter topbestuurder',
  months: 'januari februari maart april mei juni juli augustus september oktober november december',
  decimalComma: true,
  writesSubject: true,
  timeWords: 'ochtend middag avond nacht gisteren vandaag morgen',
  approximators: ['ongeveer', 'circa', 'ca', 'bijna', 'ruim', "zo'n", 'minstens', 'meer dan', 'minder dan', 'tot wel', 'ten minste', 'rond de'],
  measureLinks: 'waarde',
  weekdays: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
};
