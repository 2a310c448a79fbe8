// The state a count is a count in ("27 killed", "400 heridos", "40 Verletzte", "12 погибших"): counts
// of one thing in different states are different quantities, and the words of one state in any
// language are one state ("killed", "dead", "muertos", "morts" are all the dead). A toll of the
// dead, injured, arrested or displaced only grows over a story's life: a later, higher count is
// an update, and a lower bound ("at least 12 dead") is not contradicted by a higher count.

/** Words of a state, by the state they fold to. Lowercase; matched as whole words. */
const STATE_WORDS: Record<string, string> = {};
const add = (state: string, words: string) => words.split(' ').forEach((w) => (STATE_WORDS[w] = state));
add('dead', 'killed dead died deaths fatalities kills killing muertos muertas muerto fallecidos fallecidas fallecieron murieron morts mortes mort tué tuée tués tuées décédés décès tote toten getötet tötete töteten starben todesopfer погибших погибли погибшие погиб погибло убиты убитых убили');
add('injured', 'injured wounded hurt injuring wounding heridos heridas herido lesionados blessés blessées blessé verletzte verletzten verletzt verwundet verwundete раненых ранены раненые ранено ранили пострадавших пострадали');
add('missing', 'missing desaparecidos desaparecidas disparus disparues vermisst vermisste vermissten пропавших пропали');
add('arrested', 'arrested detained detenidos detenidas arrestados arrêtés arrêtées interpellés interpellées festgenommen festgenommene задержаны задержанных задержали');
add('displaced', 'displaced homeless fled desplazados déplacés vertriebene obdachlose');
add('evacuated', 'evacuated evacuados évacués evakuiert evakuierte эвакуированы эвакуировано');
add('rescued', 'rescued rescatados secourus gerettet спасены');
// Taken to hospital is an outcome of its own, not the dead: "48 were admitted to hospital" beside "49 killed".
add('hospitalised', 'hospital hospitals hospitalised hospitalized hospitalisation hospitalization hospitalizados hospitalizadas hospitalizadas hospitalisés hospitalisées hôpital hôpitaux krankenhaus klinik ricoverati ricoverate ospedale hospitalizados госпитализированы госпитализированных госпитализировали больницу больницы');
add('infected', 'infected infectados infectés infiziert заражены заразились');

/** States whose count only grows while a story goes on (the missing are found; the rest only add up). */
const GROWING = new Set(['dead', 'injured', 'arrested', 'displaced', 'evacuated', 'rescued', 'infected']);

/** The state one word names, folded ("muertos" -> "dead"), or null. */
export function stateOf(word: string): string | null {
  return STATE_WORDS[word.toLowerCase()] ?? null;
}

/** A count in this state only grows over a story's life. */
export const isGrowing = (state: string | null): boolean => !!state && GROWING.has(state);

/** A conjunction opens the next count's clause: "killed 138 people and wounded 400" (138 are the dead). */
const JOINS = new Set(['and', 'or', 'but', 'while', 'y', 'e', 'o', 'pero', 'et', 'ou', 'mais', 'und', 'oder', 'aber', 'и', 'а', 'но']);
/** Join words that are something else in a language: French "y" is "there" ("41 personnes y ont été tuées"). */
const NOT_JOINS: Record<string, Set<string>> = { fr: new Set(['y']) };

/** Words after a count its outcome may lie within: "48 people in total were admitted to hospital". */
const STATE_REACH = 6;

/**
 * Up to six words after the figure, in its clause, name its state: "40 people were injured", "40
 * personas resultaron heridas". A figure takes the state nearest it in its own clause: the words
 * stop at a conjunction or another number, whose state is that count's, not this one's.
 */
export function stateAfter(after: string, language: string | null = null): string | null {
  const words = after.split(/[,;.:()]/)[0].trim().split(/\s+/).slice(0, STATE_REACH);
  const notJoins = NOT_JOINS[language ?? ''];
  const stop = words.findIndex((w) => (JOINS.has(w.toLowerCase()) && !notJoins?.has(w.toLowerCase())) || /^\d/.test(w));
  for (const w of stop < 0 ? words : words.slice(0, stop)) {
    const state = stateOf(w.replace(/[^\p{L}]/gu, ''));
    if (state) return state;
  }
  return null;
}

/** A state verb right before the figure: "killed 27 people", "killing at least 12", "injured 40". */
export function stateBefore(before: string): string | null {
  // "la mort d'au moins 156", "the deaths of 150": the state's noun before a linking "of".
  const word = /([\p{L}]+)\s*(?:\s(?:of|de|von|di)\s*|\sd['’])?$/u.exec(before)?.[1];
  return word ? stateOf(word) : null;
}

/** "at least 12", "more than 40", "al menos 12", "au moins 12", "mindestens 12", "не менее 12": a lower bound. */
const LOWER_BOUND =
  /^(?:at least|more than|over|upwards of|no fewer than|al menos|por lo menos|más de|mas de|au moins|plus de|mindestens|mehr als|über|не менее|более|по меньшей мере|как минимум|свыше)\s/iu;

export const isLowerBound = (text: string): boolean => LOWER_BOUND.test(text);

/**
 * A count its sentence gives as a revision of an earlier one ("the toll rose to 27", "according to
 * updated figures", "the toll now stands at", "asciende a", "s'alourdit", "steigt auf", "по обновленным данным"): it is of a later
 * time than a report that does not say so, even when neither report is dated.
 */
const UPDATE =
  /\b(?:is|are|has|have|stands?) now\b|\bnow (?:stands?|totals?|numbers?|says?|puts?|reports?|confirms?|at)\b|\b(?:ahora|ya) (?:son|es|hay|suman|asciende)\b|\b(?:désormais|maintenant) (?:de|à)\b|\bs['’]élève désormais\b|\b(?:inzwischen|mittlerweile) (?:bei|auf)\b|теперь составляет|\b(?:ris(?:es|en)|rose|climb(?:s|ed)|jump(?:s|ed)|increas(?:es|ed)) to\b|\bupdated?\b|\blatest (?:figures?|toll|count|tally|update)\b|\bnew (?:toll|figures?|count|tally)\b|\b(?:asciende|ascendió|aumentó|aumenta|sube|subió|eleva|elevó) a\b|\b(?:actualizad[oa]s?|nuevo balance|nuevas cifras)\b|\bs['’]alourdit\b|\b(?:grimpe|passe|passé|monte) à\b|\b(?:nouveau bilan|bilan actualisé|nouvelles données)\b|\b(?:steigt|stieg|gestiegen) auf\b|\b(?:aktualisiert|neuen angaben|neuesten angaben)\b|\b(?:sale|salito|salgono|aumenta|aumentato) a\b|\b(?:aggiornat[oaie]|nuovo bilancio)\b|\b(?:sobe|subiu|aumentou) para\b|\b(?:atualizad[oa]s?|novo balanço)\b|(?:возросл[оаи]?|вырос(?:ло|ла|ли)?|увеличил(?:ось|ся|ась|ись)) до|(?:новы[ем]|обновл[её]нны[ем]|уточн[её]нны[ем]|последни[ем]) данны[мх]/iu;

export const isUpdate = (sentence: string): boolean => UPDATE.test(sentence);

/**
 * Verb forms that carry no outcome of their own between a count and its predicate: auxiliaries,
 * modals and adverbs ("were", "sont toujours", "ont pu être", "konnten noch", "fueron").
 */
const NO_PREDICATE = new Set(
  (
    'is are was were be been being have has had will would could can may might must still also now already not reportedly ' +
    'est sont était étaient été être a ont avait avaient pu peut peuvent pourraient toujours encore déjà aussi ' +
    'es son fue fueron era eran sido está están estaba estaban ha han había habían pudo pudieron sigue siguen todavía aún aun ' +
    'ist sind war waren wurde wurden werden wird worden sein hat haben hatte hatten konnte konnten können kann noch immer bereits ' +
    'è sono stato stata stati state era erano ha hanno ancora già foi foram é são estão está ainda já был была было были'
  ).split(' '),
);
/** Words of a bound or an estimate before a count: "at least", "more than", "au moins", "etwa". */
const BOUND_WORDS = new Set('about around some nearly almost roughly approximately least than more over up to environ moins plus près quelque unos unas menos más cerca alrededor mindestens etwa rund knapp fast über mehr als circa oltre almeno'.split(' '));

/** A predicate folded across inflection and language spelling: "recherchées" and "recherchés" meet. */
function foldPredicate(word: string): string {
  const w = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const bare = w.replace(/(?:ing|ed|ees|es|ee|e|s|os|as|o|a|en)$/, '');
  return (bare.length >= 4 ? bare : w).slice(0, 6);
}

/**
 * What a count of a generic noun ("people", "personnes", "Menschen", "personas") is a count of,
 * when no known state names it: the verb of its clause. "Six personnes sont toujours recherchées"
 * and "deux personnes ont pu être sorties de l'eau" count different people (those sought, those
 * pulled out); "rescuers pulled 12 people from the river" counts those pulled. The first content
 * word after the count, past auxiliaries and adverbs (German past its nouns and prepositions, to the
 * participle that ends its clause), else the nearest one before it; null when the clause names none.
 */
export function predicateOf(after: string, before: string, lex: { language: string; functionWords: Set<string>; prepositions: Set<string>; determiners: Set<string> }): { word: string; key: string } | null {
  const german = lex.language === 'de';
  const words = after.split(/[,;.:()!?«»"“”–—]/)[0].trim().split(/\s+/).slice(0, STATE_REACH + 2);
  for (const raw of words) {
    const w = raw.replace(/[^\p{L}'’-]/gu, '');
    const lw = w.toLowerCase();
    if (!lw) continue;
    if (/^\d/.test(raw) || (JOINS.has(lw) && !NOT_JOINS[lex.language]?.has(lw))) break;
    if (NO_PREDICATE.has(lw)) continue;
    if (lex.prepositions.has(lw) || lex.determiners.has(lw)) {
      if (german) continue;
      break;
    }
    if (lex.functionWords.has(lw)) continue;
    // German writes its nouns capitalised: the participle closing the clause is the predicate.
    if (german && /^\p{Lu}/u.test(w)) continue;
    return { word: lw, key: foldPredicate(lw) };
  }
  const clause = before.split(/[,;:()«»"“”–—]/).pop() ?? '';
  const prior = clause.trim().split(/\s+/).reverse();
  for (const raw of prior) {
    const w = raw.replace(/[^\p{L}'’-]/gu, '');
    const lw = w.toLowerCase();
    if (!lw || BOUND_WORDS.has(lw) || lex.functionWords.has(lw) || lex.prepositions.has(lw) || lex.determiners.has(lw)) continue;
    // A capitalised word before a count opens the sentence or names someone: no verb of the count's.
    if (/^\p{Lu}/u.test(w) || NO_PREDICATE.has(lw)) return null;
    return { word: lw, key: foldPredicate(lw) };
  }
  return null;
}
