// The one schema, as ordered migrations. Plain PostgreSQL so it runs on PGlite and on a server.
// Full-text search is kept out of the ingest path: PGlite's to_tsvector is slow (~900 rows/s), so
// the search index is filled lazily by `refreshSearchIndex`.
export const migrations: string[] = [
  `
  create table articles (
    id text primary key,
    source text not null,
    outlet text,
    url text,
    headline text,
    published text,
    body text not null,
    original text not null,
    ingested_at timestamptz not null default now()
  );
  create index articles_published on articles (published);
  -- Every input that yielded an article: a file ingested twice is one article with one source.
  create table article_sources (
    source text primary key,
    article_id text not null references articles (id) on delete cascade
  );
  create table extractions (
    article_id text primary key references articles (id) on delete cascade,
    data jsonb not null
  );
  create table reuse_signatures (
    article_id text primary key references articles (id) on delete cascade,
    data jsonb not null
  );
  create table reuse_records (
    source_id text not null,
    copy_id text not null,
    data jsonb not null,
    primary key (source_id, copy_id)
  );
  create table story_members (
    article_id text primary key references articles (id) on delete cascade,
    story_id text not null
  );
  create index story_members_story on story_members (story_id);
  -- The incremental story index, persisted whole (one row) so a new article joins without recompute.
  create table story_state (
    id int primary key,
    data jsonb not null
  );
  create table comparisons (
    story_id text primary key,
    data jsonb not null
  );
  create table search_index (
    article_id text primary key references articles (id) on delete cascade,
    doc tsvector not null
  );
  create index search_index_doc on search_index using gin (doc);
  `,
  // Per-article work moved out of the serial corpus update (issue 7): story features are computed
  // with the other per-article results, and reuse candidates wait here for parallel alignment.
  // Results are stored as JSON text, not jsonb: nothing queries inside them, and parsing several
  // KB of JSON per article into jsonb on every write was a large share of the database's CPU.
  `
  alter table extractions alter column data type text using data::text;
  alter table reuse_signatures alter column data type text using data::text;
  alter table reuse_records alter column data type text using data::text;
  alter table story_state alter column data type text using data::text;
  drop table comparisons;
  create table story_features (
    article_id text primary key references articles (id) on delete cascade,
    data text not null
  );
  -- Transient work items, written in bulk by the serial step: no foreign keys to check.
  create table reuse_candidates (
    article_id text not null,
    earlier_id text not null,
    primary key (article_id, earlier_id)
  );
  `,
  // Each article's language (ISO 639-1), stated or detected at cleaning (issue 14).
  `
  alter table articles add column language text;
  `,
  // How each article's date was found, the wires it credits, cleaning flags (issue 13).
  `
  alter table articles add column published_source text;
  alter table articles add column published_note text;
  alter table articles add column credits jsonb;
  alter table articles add column flags jsonb;
  alter table articles add column url_as_written text;
  `,
  // Each story's comparison with the key of the inputs it was computed on (issue 18): a report
  // recomputes only the stories whose inputs changed.
  `
  create table story_comparisons (
    story_id text primary key,
    input_key text not null,
    data text not null
  );
  -- The story list as of the last report, so a server answers its first request at once (row 1),
  -- and the corpus entity resolution it was built on, under the key of its input (row 2).
  create table report_summary (
    id int primary key,
    data text not null
  );
  `,
  // The month an article states when it states no day: shown as its date, never used as one.
  `
  alter table articles add column published_month text;
  `,
  // The analysis version each per-article result was computed by: a result of other code is
  // computed again (rows from before this column have none).
  `
  alter table extractions add column version text;
  alter table reuse_signatures add column version text;
  alter table story_features add column version text;
  `,
  // A path ingested again after its file changed is a second article from the same input: the
  // source names every article it yielded (keyed by source alone, the newer article got no source
  // row, and the check reported the store damaged). Articles left without one get it back from
  // the source they were stored with.
  `
  alter table article_sources drop constraint article_sources_pkey;
  alter table article_sources add primary key (source, article_id);
  insert into article_sources (source, article_id)
    select a.source, a.id from articles a
    where not exists (select 1 from article_sources s where s.article_id = a.id);
  `,
  // Band keys of the reuse signatures of articles the corpus update has registered, so it looks up
  // only the new articles' keys instead of loading every signature (issue 18). `seq` is the order
  // of registration (a band key's first holders are kept); stores from before get theirs in id
  // order, the order the corpus update registered stored signatures in until now.
  `
  create table reuse_order (
    seq int primary key,
    article_id text not null unique references articles (id) on delete cascade
  );
  create table reuse_keys (
    key bigint not null,
    seq int not null
  );
  create index reuse_keys_key on reuse_keys (key, seq);
  insert into reuse_order (seq, article_id)
    select row_number() over (order by s.article_id), s.article_id from reuse_signatures s
    where exists (select 1 from story_members m where m.article_id = s.article_id);
  insert into reuse_keys (key, seq)
    select k.value::bigint, o.seq from reuse_order o join reuse_signatures s on s.article_id = o.article_id
    cross join lateral jsonb_array_elements_text((s.data::jsonb) -> 'keys') k;
  `,
  // A story comparison's second key, of its parts (its input before the alias filter): checked
  // first, so an unchanged story's text is not read to key it.
  `
  alter table story_comparisons add column parts_key text;
  `,
  // The story index rows (tens of MB of JSON at 20,000 articles) are written on every run that
  // places an article: stored uncompressed, which halves the cost of writing them.
  `
  alter table story_state alter column data set storage external;
  `,
  // The story index in pieces (issue 18): one row per thread and per feature's posting list,
  // written when it changed, instead of the whole index as one JSON value (past V8's longest
  // string near 600k articles). Phase 0 is the index as of the last dated article, phase 1 what
  // undated articles placed since changed (a null row: gone). The story list, a row per story.
  // story_state keeps the heads; an index of the old form is rebuilt (its version is not current).
  `
  create table story_rows (
    kind smallint not null,
    phase smallint not null,
    key int not null,
    data text,
    primary key (kind, phase, key)
  );
  alter table story_rows alter column data set storage external;
  create table story_list (
    story_id text primary key,
    pos int not null,
    digest text not null,
    data text not null
  );
  update story_state set data = '{"version": 0}' where id in (1, 2);
  delete from story_state where id = 3;
  `,
  // Incremental reports (issue 18): each extraction's names (what corpus resolution and a story's
  // key read, a few hundred bytes against several KB; null for rows from before, read from the
  // extraction instead), and each story's reported form and summary stored with its comparison,
  // under the key they were built on, so an unchanged story is neither read nor built again.
  `
  alter table extractions add column names text;
  alter table story_comparisons add column report_key text;
  alter table story_comparisons add column reported text;
  alter table story_comparisons add column summary text;
  `,
];

export const migrationsTable = `
  create table if not exists schema_migrations (
    version int primary key,
    applied_at timestamptz not null default now()
  )`;
