// Polish news prose: speech verbs in both genders, "według", titles, months. Quotes are often set
// as dialogue ("– Nie wiemy – powiedział rzecznik."), which quotemarks.ts reads with these verbs.
import { withEndings, type LanguageData } from './types.js';

/** Past-tense stems ("powiedział") with their feminine ("powiedziała") forms (the plural, "powiedzieli", is listed apart). */
const genders = (stems: string): string => withEndings(stems, ['', 'a']);

export const pl: LanguageData = {
  speechVerbs: `${genders(`
    powiedział stwierdził dodał podkreślił zaznaczył oświadczył przekazał poinformował napisał
    wyjaśnił ocenił zapowiedział przyznał zapewnił odpowiedział przypomniał ogłosił skomentował
    tłumaczył mówił relacjonował zauważył uznał potwierdził zaprzeczył ostrzegł
    oceniał przekonywał podkreślał zaznaczał dodawał wyjaśniał pisał komentował zapewniał ostrzegał
    apelował argumentował twierdził przyznawał zapowiadał informował przestrzegł przestrzegał
    zaapelował oznajmił wskazał wskazywał zauważał podsumował zadeklarował ujawnił zdradził
    opowiadał opisał opisywał opowiedział`)}
    powiedzieli stwierdzili dodali podkreślili przekazali poinformowali napisali oświadczyli
    mówi mówią twierdzi uważa podkreśla zaznacza dodaje przekonuje pisze informuje tłumaczy wyjaśnia
    ocenia zauważa przypomina ostrzega apeluje zapewnia relacjonuje opowiada opisuje wskazuje`,
  continuationVerbs: 'dodał dodała dodali',
  according: 'według',
  complementisers: 'że',
  relatives: 'który która które którzy którego której',
  selfWords: 'ja',
  pronouns: { on: 'm', ona: 'f', oni: 'p' },
  statementNouns: 'komunikat komunikacie oświadczenie oświadczeniu ministerstwo rząd',
  orgWords: 'ministerstwo rząd policja wojsko armia partia sąd rada komisja agencja bank uniwersytet służba ambasada kancelaria sejm senat parlament prokuratura instytut fundacja związek kreml przedsiębiorstwo spółka zakład urząd biuro komenda straż inspektorat szpital',
  mediaNouns: 'kanał gazeta dziennik telewizja portal',
  titles: `
    prezydent premier minister ministra rzecznik rzeczniczka szef szefowa dyrektor dyrektorka
    generał pułkownik kapitan dowódca ambasador burmistrz gubernator prezes przewodniczący
    przewodnicząca poseł posłanka senator sędzia prokurator pan pani dr prof dyktator`,
  maleTitles: 'pan',
  femaleTitles: 'pani rzeczniczka szefowa dyrektorka przewodnicząca posłanka',
  roleHeads: { rzecznik: ['rzecznik'], rzeczniczka: ['rzeczniczka'], prezydent: ['prezydent'], premier: ['premier'], minister: ['minister'] },
  prepositions: 'w we na z ze do od po przez dla o u przy za pod nad przed między bez wobec',
  months: `
    styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec
    lipca sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia`,
  weekdays: 'poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę',
  abbreviations: 'dr prof tys mln mld ok r godz ul red ds gen płk mjr kpt',
  decimalComma: true,
  noArticles: true,
  timeWords: 'rano wieczorem wieczór nocą noc wczoraj dziś dzisiaj jutro',
  approximators: ['około', 'ok', 'prawie', 'blisko', 'ponad', 'co najmniej', 'niemal', 'mniej niż', 'więcej niż', 'do'],
  ofAdjectiveEndings: 'skich ckich skiej ckiej',
  genitiveEndings: 'a u i y ej',
  speechBeforeDash: true,
};
