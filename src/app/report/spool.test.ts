import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../testing/fixtures.js';
import { Spool } from './spool.js';

async function read(spool: Spool, name: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of spool.lines(name)) out.push(line);
  return out;
}

describe('report spool', () => {
  it('gives back each file’s lines in the order written, as often as asked, and removes them on close', async () => {
    const spool = new Spool();
    const quotes = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: `q${i}`, text: `“Harbour cranes stood idle on day ${i}”, said the union.` }));
    for (const q of quotes) spool.write('quotes', q);
    spool.write('claims', '{"text":"the port reopens on Monday"}');
    expect(await read(spool, 'quotes')).toEqual(quotes);
    expect(await read(spool, 'quotes')).toEqual(quotes);
    expect(await read(spool, 'claims')).toEqual(['{"text":"the port reopens on Monday"}']);
    expect(await read(spool, 'flags')).toEqual([]);
    spool.close();
    expect(existsSync(spool.dir)).toBe(false);
  });

  it('is removed when the process exits before it is closed', () => {
    const script = `import { Spool } from './src/app/report/spool.ts';
      const spool = new Spool(); spool.write('quotes', '{}'); console.log(spool.dir); process.exit(0);`;
    const dir = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' }).trim();
    expect(dir).toContain('storytrace-report-');
    expect(existsSync(dir)).toBe(false);
  }, 60_000);
});
