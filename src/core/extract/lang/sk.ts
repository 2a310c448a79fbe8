// Slovak news prose: speech verbs in the past (by gender and number) and present, "podľa",
// titles, months in the genitive a date takes ("15. mája"), weekdays. No articles; a genitive
// place before a given name is where the person is from ("starostka Kessova Anna X").
import { withEndings, type LanguageData } from './types.js';

/** Past-tense forms: the masculine stem, its feminine ("-a") and plural ("-i"). */
const forms = (stems: string): string => withEndings(stems, ['', 'a', 'i']);

export const sk: LanguageData = {
  speechVerbs: `${forms(`
    povedal dodal doplnil vyhlásil zdôraznil napísal tvrdil konštatoval oznámil vysvetlil potvrdil
    poprel opísal varoval upozornil poznamenal odpovedal sľúbil informoval odkázal vyjadril reagoval
    pripomenul zopakoval uistil ocenil odmietol priznal`)}
    uviedol uviedla uviedli hovorí hovoria uvádza uvádzajú tvrdí dodáva dodávajú píše zdôrazňuje upozorňuje`,
  continuationVerbs: 'dodal dodala dodali doplnil doplnila doplnili',
  according: 'podľa',
  complementisers: 'že',
  relatives: 'ktorý ktorá ktoré ktorí ktorého ktorej',
  pronouns: { on: 'm', ona: 'f', oni: 'p' },
  statementNouns: 'vyhlásenie vyhlásení ministerstvo vláda úrad',
  orgWords: 'ministerstvo vláda polícia armáda strana súd rada komisia agentúra banka univerzita úrad veľvyslanectvo parlament kremeľ',
  titles: `
    prezident prezidentka premiér premiérka minister ministerka predseda predsedníčka podpredseda
    podpredsedníčka hovorca hovorkyňa starosta starostka primátor primátorka župan županka
    veľvyslanec veľvyslankyňa generál šéf šéfka riaditeľ riaditeľka poslanec poslankyňa sudca
    sudkyňa prokurátor kancelár pán pani dr prof`,
  maleTitles: 'pán',
  femaleTitles: 'pani prezidentka premiérka ministerka predsedníčka podpredsedníčka hovorkyňa starostka primátorka županka veľvyslankyňa šéfka riaditeľka poslankyňa sudkyňa',
  roleHeads: { prezident: ['prezident'], premiér: ['premiér'], minister: ['minister'], hovorca: ['hovorca'], predseda: ['predseda'] },
  prepositions: 'v vo na z zo do od po pre s so u k ku o pri za pod nad pred medzi bez podľa',
  months: `
    január januára február februára marec marca apríl apríla máj mája jún júna júl júla august augusta
    september septembra október októbra november novembra december decembra`,
  weekdays: 'pondelok utorok streda stredu štvrtok piatok sobota sobotu nedeľa nedeľu',
  timeWords: 'ráno večer popoludní dopoludnia včera dnes zajtra',
  abbreviations: 'tzv atď mil mld tis napr resp',
  approximators: ['asi', 'približne', 'zhruba', 'takmer', 'skoro', 'vyše', 'najmenej', 'najviac', 'viac ako', 'menej ako'],
  ofAdjectiveEndings: 'ského ckého skej ckej',
  genitiveEndings: 'a u y i e ej',
  decimalComma: true,
  noArticles: true,
};
