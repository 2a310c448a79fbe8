// Text reuse: who copied whom, passage by passage (issue 3).
export { detectReuse, ReuseIndex, comparePair } from './detect.ts';
export type { ReuseIndexOptions, AddOptions, Prepared } from './detect.ts';
export { reuseSignature, SCHEME as REUSE_SCHEME } from './signature.ts';
export type { ReuseSignature } from './signature.ts';
