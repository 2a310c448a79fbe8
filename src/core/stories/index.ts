// Public surface of the story stage: incremental clustering of articles into stories, and the
// internal-evidence dating it uses for undated articles (also used for stale-story flags), and the
// word normalisation the comparison stage shares.
export { StoryIndex, clusterStories, DEFAULT_OPTIONS, STORY_STATE_VERSION } from './story-index.js';
export type { IndexRows, PostingRow, ShelvedThread, ThreadSource } from './story-index.js';
export type { Placement, StoryArticle, StoryIndexHead, StoryIndexOptions, StoryIndexState, ThreadRow, ThreadState } from './story-index.js';
export { evidencePeriod, monthsOutside } from './evidence-date.js';
export { nameKey, stem, storyFeatures } from './features.js';
export { mainVoices, splitMoves } from './moves.js';
export type { MoveEvidence, QuoteVoice } from './moves.js';
export type { StoryFeatures } from './features.js';
export type { DatingEvidence, EvidencePeriod } from './evidence-date.js';
export { isDeadline, isPeriodEnd } from './stated-dates.js';
export { inFuture } from './future.js';
