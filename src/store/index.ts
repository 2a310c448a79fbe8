export { Store } from './store.js';
export type { Db, Sql, StoreLocation } from './db.js';
