export { Store } from './store.js';
export { tunedPostgresUrl } from './db.js';
export type { Db, Sql, StoreLocation } from './db.js';
