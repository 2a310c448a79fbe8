export { Store } from './store.js';
export { tunedPostgresUrl } from './db.js';
export type { Db, Sql, StoreLocation } from './db.js';
export { LOCK_FILE, StoreBusyError } from './lock.js';
export type { LockHolder, LockOptions } from './lock.js';
export { remoteDb, serveDb } from './thread.js';
export { checkStore, type CheckResult, type Damage, damageLine, damageSummary, problemCount } from './check.js';
export type { StoredKeys, StoryIndexSave, StoryRowKind } from './story-tables.js';
export type { ArticleMeta, ReportReads } from './report-reads.js';
