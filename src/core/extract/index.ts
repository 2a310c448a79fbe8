// Extraction (issue 4): who is named, who said what, which numbers are claimed and whom each
// sentence is attributed to.
//   extractArticle(article)    pure, per article (safe to run in parallel workers): sentences,
//                              entities resolved within the article, quotes with speakers,
//                              figures, and each sentence's attribution mode.
//   resolveCorpus(extractions) merges entities across articles and rewrites quote speakers,
//                              attribution sources and figure places to canonical names;
//                              deterministic ids and order.
//   scoreExtraction(...)       precision/recall against hand-made truth (tests and eval).
export { extractArticle, firstSentence } from './extract.js';
export { resolveCorpus, resolveCorpusNames, resolveEntities, resolveRecords, type CorpusResolution, type EntityResolution } from './corpus.js';
export { articleEntities, canonicalIn, recordNames, resolvedNames, type ArticleEntities, type RecordNames, type ResolvedNames } from './record-names.js';
export { scoreExtraction, type ExtractionScore, type ExtractionTruth } from './score.js';
/** The cross-script name key every stage shares: foldName('Чернов') === foldName('Tschernow'). */
export { nameKey as foldName } from './names.js';
/** Latin letters for a name in any script ('Макрон' -> 'makron', 'ماكرون' -> 'mkrwn'). */
export { romanise } from './names.js';
/** A country named in any of the news languages ("Tyskland", "Allemagne") under its English name; curated organisations' aliases too. */
export { curatedGroup } from './gazetteer.js';
/** Whether a word is a common given name (in any script: 'Dmitry', 'Антон'), and of which gender. */
export { givenNameGender } from './gazetteer.js';
/** Whether a text holds Han, Hiragana or Katakana: scripts written without spaces between words. */
export { hasUnspacedScript } from './unspaced.js';
