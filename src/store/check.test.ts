// A store damaged on purpose, four ways: a row whose stored value can no longer be read (its TOAST
// chunks gone), a result that no longer parses as JSON, an article whose text was altered, and
// rows left behind by an article that is gone. Each is named by its key; a whole store is clean.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanDoc } from '../core/ingest/index.js';
import { processArticles } from '../app/pipeline.js';
import { checkStore, damageLine, damageSummary } from './check.js';
import { Store } from './index.js';

let dir: string;
let store: Store;

/** Varied words, so the long body is stored out of line (TOAST) rather than compressed in the row. */
function longBody(seed: number): string {
  const words = ['tide', 'harbour', 'crane', 'ferry', 'ledger', 'customs', 'pilot', 'quay', 'barge', 'dredger', 'beacon', 'warden'];
  let a = seed;
  const out: string[] = [];
  for (let i = 0; i < 3000; i++) {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    out.push(`${words[a % words.length]}${a % 997}`);
  }
  return `The harbour board met on Tuesday. ${out.join(' ')}.`;
}

const docs = [
  { source: 'a.txt', text: 'Dredging approved\n\nThe harbour board voted on Tuesday to dredge the eastern channel before winter.' },
  { source: 'b.txt', text: 'Ferry fares rise\n\nThe island ferry will charge two pounds more from March, its operator said on Monday.' },
  { source: 'c.txt', text: `Board minutes\n\n${longBody(7)}` },
  { source: 'd.txt', text: 'Crane collapse\n\nA crane fell onto the north quay on Sunday night; nobody was hurt, the port police said.' },
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-check-'));
  store = await Store.open({ dir });
  const articles = docs.map((d) => cleanDoc({ source: d.source, format: 'txt', text: d.text, meta: {} }));
  await store.insertArticles(articles);
  await processArticles(store, articles.map((a) => a.id));
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('store damage checks', () => {
  it('finds nothing wrong with an intact store', async () => {
    const result = await checkStore(store.db);
    expect(result.damage).toEqual([]);
    expect(result.rows.articles).toBe(4);
    expect(result.rows.extractions).toBe(4);
  });

  it('names every damaged row by its key, unreadable ones included', async () => {
    const [a, b, c, d] = await store.articles(undefined, { original: false }).then((all) => docs.map((doc) => all.find((x) => x.source === doc.source)!));
    await store.db.query(`update extractions set data = '{"article": "cut off' where article_id = $1`, [a.id]);
    await store.db.query(`update articles set body = body || ' An added line.' where id = $1`, [b.id]);
    // The date is part of an article's identity as its text is.
    await store.db.query(`update articles set published = '2031-01-01' where id = $1`, [a.id]);
    // The file holding the long body's out-of-line chunks overwritten, as a bad disk or torn write would.
    const [{ path }] = await store.db.query<{ path: string }>(`select pg_relation_filepath(reltoastrelid) as path from pg_class where relname = 'articles'`);
    // An article removed with its cascades switched off leaves its rows behind.
    await store.db.transaction(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      await tx.query('delete from articles where id = $1', [d.id]);
    });

    await store.close();
    const file = join(dir, path);
    writeFileSync(file, Buffer.alloc(statSync(file).size, 0x5a));
    store = await Store.open({ dir });

    const { damage } = await checkStore(store.db);
    const problems = damage.map((x) => `${x.table} ${x.key === c.id || x.key === a.id || x.key === b.id || x.key === d.id ? x.key.slice(0, 4) : x.key}: ${x.problem}`);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^articles ${c.id.slice(0, 4)}: unreadable: `)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^extractions ${a.id.slice(0, 4)}: data is not valid JSON`)));
    for (const altered of [a, b]) expect(problems).toContain(`articles ${altered.id.slice(0, 4)}: text, outlet, date or address no longer match its id (altered after ingest)`);
    expect(problems).toContain(`article_sources d.txt -> ${d.id}: names an article that is not stored`);
    expect(problems).toContain(`extractions ${d.id.slice(0, 4)}: result of an article that is not stored`);
    // The cheap check sees the orphans (keys only), not the values.
    const cheap = (await checkStore(store.db, { rows: false })).damage;
    expect(cheap.map((x) => x.table).sort()).toEqual(['article_sources', 'extractions', 'reuse_signatures', 'story_features']);
  });
});

describe('an input read again after its file changed', () => {
  it('records the input as the source of both articles, and the store stays clean', async () => {
    const own = mkdtempSync(join(tmpdir(), 'storytrace-check-edit-'));
    const s = await Store.open({ dir: own });
    try {
      const first = cleanDoc({ source: 'notes/quay.txt', format: 'txt', text: 'Quay closed\n\nThe north quay closed on Monday after a crane fell, the port police said.', meta: {} });
      const edited = cleanDoc({ source: 'notes/quay.txt', format: 'txt', text: 'Quay closed\n\nThe north quay closed on Monday after two cranes fell, the port police said.', meta: {} });
      expect(await s.insertArticles([first])).toEqual([first.id]);
      expect(await s.insertArticles([edited])).toEqual([edited.id]);
      // The same file and content once more: nothing new, no second row.
      expect(await s.insertArticles([edited])).toEqual([]);
      const rows = await s.db.query<{ source: string; article_id: string }>('select source, article_id from article_sources order by article_id');
      expect(rows).toEqual([first.id, edited.id].sort().map((id) => ({ source: 'notes/quay.txt', article_id: id })));
      expect((await checkStore(s.db, { rows: false })).damage).toEqual([]);
      expect((await checkStore(s.db)).damage).toEqual([]);
    } finally {
      await s.close();
      rmSync(own, { recursive: true, force: true });
    }
  });
});

describe('the check on open and storytrace check', () => {
  it('decide the same problems, one line per damaged row, counted the same', async () => {
    const own = mkdtempSync(join(tmpdir(), 'storytrace-check-same-'));
    const s = await Store.open({ dir: own });
    try {
      // One input read twice after its file changed (two articles, one source), and a copy pair.
      const pier = 'Pier closed\n\nThe Lowmoor council closed the old pier on Tuesday after divers found cracks in its piles, the harbour master said.';
      const docsOf = [
        { source: 'notes/pier.txt', text: pier },
        { source: 'notes/pier.txt', text: `${pier} Repairs will take the winter.` },
        { source: 'wire/quay.txt', text: 'Quay reopens\n\nThe north quay at Lowmoor reopened on Friday after the crane that fell there was lifted away, the port police said.' },
      ].map((d) => cleanDoc({ source: d.source, format: 'txt', text: d.text, meta: {} }));
      await s.insertArticles(docsOf);
      await processArticles(s, docsOf.map((a) => a.id));
      // Both articles of the re-read input removed with cascades off, and a reuse pair between them.
      await s.db.query(`insert into reuse_records (source_id, copy_id, data) values ($1, $2, '{}')`, [docsOf[0].id, docsOf[1].id]);
      await s.db.transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query('delete from articles where id = any($1)', [[docsOf[0].id, docsOf[1].id]]);
      });
      const onOpen = (await checkStore(s.db, { rows: false })).damage;
      const full = (await checkStore(s.db)).damage;
      // Only key damage here: the two checks name the same rows, in the same words and number.
      expect(full.map(damageLine).sort()).toEqual(onOpen.map(damageLine).sort());
      const lines = full.map(damageLine);
      expect(new Set(lines).size).toBe(lines.length);
      expect(lines).toContain(`article_sources notes/pier.txt -> ${docsOf[0].id}: names an article that is not stored`);
      expect(lines).toContain(`article_sources notes/pier.txt -> ${docsOf[1].id}: names an article that is not stored`);
      // A row with two problems is one damaged row, its reasons joined.
      expect(lines).toContain(`reuse_records ${docsOf[0].id} -> ${docsOf[1].id}: copied-from article is not stored; copying article is not stored`);
      expect(damageSummary(onOpen, '--store x')).toMatch(new RegExp(`^the store is damaged: ${full.length} problems \\(first: `));
    } finally {
      await s.close();
      rmSync(own, { recursive: true, force: true });
    }
  });
});
