// The report's reads: each section of the stored analysis in batches, in the order the report has
// always had it, so a report of any size is written holding one batch at a time.
import type { Article, ArticleExtraction, ReuseRecord } from '../core/types.js';
import type { Sql } from './db.js';
import { ARRAY_ROWS } from './rows.js';

/** An article's metadata: every stored field but its body and original, in the order `articles` gives them. */
export type ArticleMeta = Omit<Article, 'body' | 'original'>;

/** An article's columns but its texts, as every article read selects them. */
export const META_COLUMNS = `id, source, outlet, url, headline, published, published_source, published_note, published_month, language,
  coalesce(credits, '[]'::jsonb) as credits, coalesce(flags, '[]'::jsonb) as flags, url_as_written`;

/** An extraction's stored names, or (stored before names were kept) the extraction itself. */
export type StoredNames<N> = { article: string; names: N; extraction?: undefined } | { article: string; names?: undefined; extraction: ArticleExtraction };

interface NameRow {
  article_id: string;
  names: string | null;
  data: string | null;
}

function storedNames<N>(r: NameRow): StoredNames<N> {
  return r.names !== null ? { article: r.article_id, names: JSON.parse(r.names) as N } : { article: r.article_id, extraction: JSON.parse(r.data!) as ArticleExtraction };
}

export class ReportReads {
  constructor(private readonly db: Sql) {}

  /** Every article's address and outlet as cleaning named it: what the corpus's outlet identity per host is decided from. */
  articleOutlets(): Promise<Pick<Article, 'url' | 'outlet'>[]> {
    return this.db.query<Pick<Article, 'url' | 'outlet'>>('select url, outlet from articles where url is not null order by id');
  }

  /** The metadata of the given articles (date order, then id; undated last), without their text. */
  async articleMeta(ids: string[]): Promise<ArticleMeta[]> {
    if (!ids.length) return [];
    return this.db.query<ArticleMeta>(`select ${META_COLUMNS} from articles where id = any($1) order by published nulls last, id`, [ids]);
  }

  /** Every stored extraction, `size` at a time, in article id order (the order `extractions()` gives). */
  async *extractionBatches(size: number): AsyncGenerator<ArticleExtraction[]> {
    let after = '';
    for (;;) {
      const rows = await this.db.query<{ article_id: string; data: string }>(
        'select article_id, data from extractions where article_id > $1 order by article_id limit $2',
        [after, size],
      );
      if (!rows.length) return;
      after = rows[rows.length - 1]!.article_id;
      yield rows.map((r) => JSON.parse(r.data) as ArticleExtraction);
      if (rows.length < size) return;
    }
  }

  /**
   * Every stored extraction's names (see Store.saveExtractions), `size` at a time, in article id
   * order; a row stored before names were kept gives its whole extraction instead.
   */
  async *nameBatches<N>(size: number): AsyncGenerator<StoredNames<N>[]> {
    let after = '';
    for (;;) {
      const rows = await this.db.query<NameRow>(
        `select article_id, names, case when names is null then data end as data from extractions
         where article_id > $1 order by article_id limit $2`,
        [after, size],
      );
      if (!rows.length) return;
      after = rows[rows.length - 1]!.article_id;
      yield rows.map(storedNames<N>);
      if (rows.length < size) return;
    }
  }

  /** The names of the given articles' extractions, as nameBatches gives them (article id order). */
  async names<N>(ids: string[]): Promise<StoredNames<N>[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<NameRow>(
      'select article_id, names, case when names is null then data end as data from extractions where article_id = any($1) order by article_id',
      [ids],
    );
    return rows.map(storedNames<N>);
  }

  /** Every stored reuse record, `size` at a time, in the order `reuseRecords()` gives (source, then copy). */
  async *reuseBatches(size: number): AsyncGenerator<ReuseRecord[]> {
    let after: [string, string] = ['', ''];
    for (;;) {
      const rows = await this.db.query<{ source_id: string; copy_id: string; data: string }>(
        `select source_id, copy_id, data from reuse_records where (source_id, copy_id) > ($1, $2)
         order by source_id, copy_id limit $3`,
        [...after, size],
      );
      if (!rows.length) return;
      const last = rows[rows.length - 1]!;
      after = [last.source_id, last.copy_id];
      yield rows.map((r) => JSON.parse(r.data) as ReuseRecord);
      if (rows.length < size) return;
    }
  }

  /** The stored records of the given (source, copy) pairs as JSON text, keyed `source copy` (parse only those needed). */
  async reuseRecordTextsOf(pairs: [string, string][]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += ARRAY_ROWS) {
      const chunk = pairs.slice(i, i + ARRAY_ROWS);
      const rows = await this.db.query<{ source_id: string; copy_id: string; data: string }>(
        `select r.source_id, r.copy_id, r.data from reuse_records r
         join unnest($1::text[], $2::text[]) as k(source, copy) on r.source_id = k.source and r.copy_id = k.copy`,
        [chunk.map((p) => p[0]), chunk.map((p) => p[1])],
      );
      for (const r of rows) out.set(`${r.source_id} ${r.copy_id}`, r.data);
    }
    return out;
  }

  /** The records with the given articles on either side, in report order (source, then copy). */
  async reuseTouching(ids: string[]): Promise<ReuseRecord[]> {
    if (!ids.length) return [];
    const rows = await this.db.query<{ data: string }>(
      'select data from reuse_records where source_id = any($1) or copy_id = any($1) order by source_id, copy_id',
      [ids],
    );
    return rows.map((r) => JSON.parse(r.data) as ReuseRecord);
  }
}
