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
];

export const migrationsTable = `
  create table if not exists schema_migrations (
    version int primary key,
    applied_at timestamptz not null default now()
  )`;
