// Romanian news prose: speech verbs (perfect participles after "a"/"au", the presumptive "ar fi
// spus"), "potrivit"/"conform", titles, months. Both spellings of ș/ț (comma and cedilla) are listed.
import type { LanguageData } from './types.js';

/** Each word, and its spelling with the cedilla letters ş/ţ that older keyboards type for ș/ț. */
const cedillas = (words: string): string =>
  words
    .trim()
    .split(/\s+/)
    .flatMap((w) => (/[șț]/.test(w) ? [w, w.replace(/ș/g, 'ş').replace(/ț/g, 'ţ')] : [w]))
    .join(' ');

export const ro: LanguageData = {
  speechVerbs: cedillas(`
    spus declarat afirmat explicat adăugat subliniat anunțat precizat transmis scris menționat arătat
    notat răspuns avertizat confirmat negat dezvăluit susținut comentat relatat povestit insistat
    mărturisit recunoscut promis acuzat criticat amenințat reiterat estimat apreciat
    spune spun declară afirmă explică adaugă subliniază anunță precizează transmite scrie arată
    spunea declara afirma spusese`),
  continuationVerbs: cedillas('adăugat adaugă continuat continuă'),
  according: 'potrivit conform',
  mediaNouns: 'canalul ziarul televiziunea postul agenția',
  addressPrepositions: 'lui',
  auxiliaries: 'a au am ar fi',
  complementisers: 'că',
  relatives: 'care ce cine',
  selfWords: 'eu',
  pronouns: { el: 'm', ea: 'f', ei: 'p', ele: 'p' },
  speechNouns: cedillas('discurs mesaj declarație declarația omagiu condoleanțe'),
  statementNouns: cedillas('comunicat comunicatul declarație declarația mesaj mesajul ministerul guvernul'),
  orgWords: cedillas(`
    ministerul guvernul poliția armata partidul tribunalul consiliul comisia agenția banca
    universitatea serviciul ambasada președinția parlamentul senatul camera institutul fundația kremlinul`),
  titles: cedillas(`
    președintele președinte premierul premier ministrul ministru purtătorul purtătoare șeful șefa
    directorul directoarea generalul colonelul căpitanul comandantul ambasadorul primarul
    guvernatorul liderul senatorul deputatul judecătorul procurorul domnul doamna dr prof`),
  maleTitles: 'domnul',
  femaleTitles: 'doamna directoarea șefa',
  roleHeads: { președintele: ['președintele', 'președinte'], premierul: ['premierul', 'premier'], ministrul: ['ministrul', 'ministru'], purtătorul: ['purtătorul'] },
  nameConnectors: 'de al a lui',
  prepositions: cedillas('în la pe cu de din spre pentru fără după până prin sub despre între lângă către'),
  months: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  weekdays: cedillas('luni marți miercuri joi vineri sâmbătă duminică'),
  abbreviations: 'dr prof mil mld nr str',
  decimalComma: true,
  timeWords: cedillas('ieri azi astăzi mâine dimineață seară noaptea'),
};
