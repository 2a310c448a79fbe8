// Public surface of the story stage: incremental clustering of articles into stories, and the
// internal-evidence dating it uses for undated articles (also used for stale-story flags).
export { StoryIndex, clusterStories, DEFAULT_OPTIONS } from './story-index.js';
export type { StoryIndexOptions, StoryIndexState } from './story-index.js';
export { evidencePeriod, monthsOutside } from './evidence-date.js';
export type { DatingEvidence, EvidencePeriod } from './evidence-date.js';
export { stem } from './features.js';
