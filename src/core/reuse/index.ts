// Text reuse: who copied whom, passage by passage (issue 3).
//
//   tokens.ts     words, spans, quotation state, paragraph starts (one pass per article)
//   minhash.ts    one-permutation MinHash of 4-word shingles, LSH bands of 3 bins (no densifying)
//   signature.ts  band keys of the whole body and of each paragraph-led passage, and winnowed
//                 6-word fingerprints for a few shared sentences: ReuseSignature
//   candidates.ts which holders of an article's keys to align with it (formula fingerprints name none)
//   table.ts      key -> first holders, in typed arrays
//   align.ts      n-gram anchors chained along near-diagonals, X-drop extension at the ends
//   classify.ts   stock-phrase filter, coverage, shared-quote test, chance-overlap test, kind
//   direction.ts  credits, dates and framing as evidence of which text is the copy
//   detect.ts     ReuseIndex (incremental) and detectReuse (one batch)
export { alignPairs, detectReuse, ReuseIndex, comparePair } from './detect.ts';
export type { ReuseIndexOptions, AddOptions, Prepared } from './detect.ts';
export { reuseSignature, SCHEME as REUSE_SCHEME } from './signature.ts';
export type { ReuseSignature } from './signature.ts';
export { COPY_KINDS } from './classify.ts';
export { directionStatement, type DirectionStatement } from './direction.ts';
export { candidatePairsAgainst, FORMULA_HOLDERS, pairName, pairOf, withdrawnPairs, type KeyHolder, type PairsAgainst } from './candidates.ts';
export { MARK_BASE } from './minhash.ts';
export { KEY_CAP } from './detect.ts';
