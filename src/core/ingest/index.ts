// Public surface of ingest: read an input file's bytes into RawDocs, clean each into an Article.
export { INPUT_EXTENSIONS, readInput, type ReadOptions, type ReadResult } from './read.js';
export { articleId, cleanDoc, contentId, RefusedInput, type IdentityFields } from './clean.js';
export { DEFAULT_MAX_BYTES, formatSize } from './bytes.js';
export { wireName } from './wires.js';
