// Catalan news prose: speech verbs in the periphrastic past ("va dir", "va assenyalar X"), the
// perfect ("ha afirmat"), "segons", offices before a name, numbers with a decimal comma.
import type { LanguageData } from './types.js';

export const ca: LanguageData = {
  speechVerbs: `
    dir diu diuen deia dit afirmar afirma afirmen afirmat assegurar assegura asseguren assegurat
    declarar declara declarat explicar explica expliquen explicat assenyalar assenyala assenyalat
    indicar indica indicat manifestar manifesta manifestat afegir afegeix afegit subratllar subratlla
    subratllat recordar recorda recordat advertir adverteix advertit anunciar anuncia anunciat
    confirmar confirma confirmat reconèixer reconeix reconegut destacar destaca destacat apuntar
    apunta apuntat respondre respon respost escriure escriu escrit denunciar denuncia denunciat
    lamentar lamenta lamentat insistir insisteix insistit comentar comenta comentat precisar precisa precisat
    etzibar etziba etzibat reblar rebla reblat`,
  continuationVerbs: 'afegir afegeix afegit',
  according: 'segons',
  mediaNouns: 'canal diari televisió emissora agència',
  addressPrepositions: 'a al als',
  auxiliaries: 'va van ha han havia havien hauria',
  interposed: 'també encara després ja',
  objectClitics: 'li els em et ens us',
  participles: 'dient afegint afirmant explicant assegurant',
  complementisers: 'que',
  relatives: 'que qui on',
  selfWords: 'jo',
  pronouns: { ell: 'm', ella: 'f', ells: 'p', elles: 'p' },
  speechNouns: 'discurs missatge declaració condol',
  statementNouns: 'comunicat missatge declaració ministeri govern ajuntament generalitat',
  wordNouns: 'paraules',
  orgWords: `
    ministeri govern policia mossos exèrcit partit tribunal consell comissió agència banc universitat
    ajuntament generalitat parlament fiscalia conselleria departament guàrdia servei institut fundació`,
  nameConnectors: "de del dels d' d’",
  titles: `
    president presidenta conseller consellera alcalde alcaldessa ministre ministra portaveu cap major
    director directora secretari secretària delegat delegada comissari comissària inspector inspectora
    jutge jutgessa fiscal diputat diputada senador senadora rei reina príncep princesa general coronel
    capità comandant ambaixador ambaixadora líder sr sra dr dra`,
  maleTitles: 'sr rei príncep',
  femaleTitles: 'sra dra presidenta consellera alcaldessa ministra directora secretària delegada comissària inspectora jutgessa diputada senadora reina princesa ambaixadora',
  prepositions: 'a de en amb per sobre entre des fins cap sense contra durant segons davant darrere',
  months: 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  weekdays: 'dilluns dimarts dimecres dijous divendres dissabte diumenge',
  timeWords: 'ahir avui demà matí tarda nit vespre',
  abbreviations: 'sr sra dr dra núm',
  decimalComma: true,
  numbers: { un: 1, una: 1, dos: 2, dues: 2, tres: 3, quatre: 4, cinc: 5, sis: 6, set: 7, vuit: 8, nou: 9, deu: 10 },
  scales: { mil: 1e3, milió: 1e6, milions: 1e6 },
  units: { euros: 'EUR', euro: 'EUR', dòlars: 'USD', quilòmetres: 'km', anys: 'years', dies: 'days' },
  approximators: ['uns', 'unes', 'més de', 'menys de', 'prop de', 'gairebé', 'almenys'],
};
