// Extraction: entities with aliases, quotes with speakers, figures and sentence attribution.
export { extractArticle } from './extract.js';
export { resolveCorpus, type CorpusResolution } from './corpus.js';
