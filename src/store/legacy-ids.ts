// Stores made before an article's id took in its outlet, date and address keyed each article by its
// text alone (contentId). Such a store keeps working: its rows keep their ids, and an input read
// again is matched to the row it gave, not stored a second time.
import { articleId, contentId, type IdentityFields } from '../core/ingest/index.js';
import type { Article } from '../core/types.js';
import type { Sql } from './db.js';

type StoredFields = Omit<IdentityFields, 'body'> & { id: string };

/**
 * Gives each article that an older store holds under its text-only id, with the same outlet, date
 * and address, that stored id (in place), so inserting it adds nothing. Another outlet's or another
 * date's copy of a stored text keeps its own id: it is another report.
 */
export async function adoptLegacyIds(articles: Article[], tx: Sql): Promise<void> {
  if (articles.length === 0) return;
  const legacy = articles.map((a) => contentId(a.body));
  const rows = await tx.query<StoredFields>('select id, outlet, url, published, published_month from articles where id = any($1)', [[...new Set(legacy)]]);
  if (rows.length === 0) return;
  const stored = new Map(rows.map((r) => [r.id, r]));
  articles.forEach((a, i) => {
    const row = stored.get(legacy[i]);
    if (row && articleId({ ...row, body: a.body }) === articleId(a)) a.id = row.id;
  });
}

/** Whether a stored row's id is the one its text (and outlet, date, address) give, by either scheme. */
export function idMatches(row: IdentityFields & { id: string }): boolean {
  return row.id === articleId(row) || row.id === contentId(row.body);
}
