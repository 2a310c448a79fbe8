// Czech news prose: speech verbs in the past (by gender and number) and present, "podle", titles,
// months in the genitive a date takes ("15. května"), weekdays. No articles; nouns decline, so a
// genitive place before a given name is where the person is from ("starostka Kessova Anna X").
import { withEndings, type LanguageData } from './types.js';

/** Past-tense forms: the masculine stem, its feminine ("-a") and plural ("-i"). */
const forms = (stems: string): string => withEndings(stems, ['', 'a', 'i']);

export const cs: LanguageData = {
  speechVerbs: `${forms(`
    řekl uvedl sdělil dodal doplnil prohlásil zdůraznil napsal tvrdil konstatoval oznámil vysvětlil
    potvrdil popřel popsal varoval upozornil poznamenal odpověděl slíbil informoval vzkázal vyjádřil
    podotkl připomněl zopakoval ujistil ocenil odmítl přiznal`)}
    říká říkají uvádí uvádějí tvrdí dodává dodávají míní píše zdůrazňuje upozorňuje`,
  continuationVerbs: 'dodal dodala dodali doplnil doplnila doplnili',
  according: 'podle',
  complementisers: 'že',
  relatives: 'který která které kteří kterého které jenž jež',
  pronouns: { on: 'm', ona: 'f', oni: 'p' },
  statementNouns: 'prohlášení prohlášením ministerstvo vláda úřad',
  orgWords: 'ministerstvo vláda policie armáda strana soud rada komise agentura banka univerzita úřad velvyslanectví sněmovna senát parlament kreml',
  titles: `
    prezident prezidentka premiér premiérka ministr ministryně předseda předsedkyně místopředseda
    místopředsedkyně mluvčí starosta starostka primátor primátorka hejtman hejtmanka velvyslanec
    velvyslankyně generál šéf šéfka ředitel ředitelka poslanec poslankyně senátor senátorka soudce
    soudkyně prokurátor žalobce kancléř pan paní dr prof`,
  maleTitles: 'pan',
  femaleTitles: 'paní prezidentka premiérka ministryně předsedkyně místopředsedkyně starostka primátorka hejtmanka velvyslankyně šéfka ředitelka poslankyně senátorka soudkyně',
  roleHeads: { prezident: ['prezident'], premiér: ['premiér'], ministr: ['ministr'], mluvčí: ['mluvčí'], předseda: ['předseda'] },
  prepositions: 'v ve na z ze do od po pro s se u k ke o při za pod nad před mezi bez podle',
  months: `
    leden ledna únor února březen března duben dubna květen května červen června červenec července
    srpen srpna září říjen října listopad listopadu prosinec prosince`,
  weekdays: 'pondělí úterý středa středu čtvrtek pátek sobota sobotu neděle neděli',
  timeWords: 'ráno večer odpoledne dopoledne včera dnes zítra',
  abbreviations: 'tzv atd mil mld tis např resp apod',
  approximators: ['asi', 'přibližně', 'zhruba', 'téměř', 'skoro', 'přes', 'nejméně', 'nejvýše', 'více než', 'méně než'],
  ofAdjectiveEndings: 'ského ckého ské cké',
  genitiveEndings: 'a u y i e é',
  decimalComma: true,
  noArticles: true,
};
