// `npm run bench -- hostile`: a hostile input set (every kind of src/testing/hostile-inputs.ts,
// 1,000 of them by default, plus 20,000 tiny files, a FIFO, a /dev/zero link and a link loop) run
// through `storytrace ingest` and through the upload API of `storytrace serve`. Prints, for each,
// inputs tried, refused, articles stored, good articles lost (must be 0), peak RSS and the slowest
// input, with the load average (the machine may be shared). Sizes: STORYTRACE_HOSTILE_INPUTS,
// STORYTRACE_HOSTILE_TINY; files per upload request STORYTRACE_HOSTILE_PER_REQUEST (tiny ones 200
// times that); longest wait for the analysis to settle STORYTRACE_HOSTILE_SETTLE_S;
// STORYTRACE_HOSTILE_VIA=cli or upload runs one half. Uploads are answered once stored and share
// the server's background analysis; the upload half counts the store once that analysis has
// settled (and says how long that took after the last upload). Refusals that differ from each
// kind's expected one-line reason are counted as well.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeHostileSet, wrongRefusals } from '../../src/testing/hostile-inputs.js';
import { formatFigures, type HostileFigures, serveChild, throughCli, throughUpload } from '../../src/testing/hostile-run.js';

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

export default async function hostile(): Promise<void> {
  const count = Number(process.env.STORYTRACE_HOSTILE_INPUTS ?? 1000);
  const tiny = Number(process.env.STORYTRACE_HOSTILE_TINY ?? 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bench-hostile-'));
  try {
    const set = writeHostileSet(join(dir, 'in'), { count, tiny, special: true });
    console.log(`  ${count} hostile inputs + ${tiny} tiny files + FIFO, /dev/zero link, link loop; ${set.expected.length} good articles hidden among them; limits 4 MB and 20 s per input`);
    console.log(`  load average before: ${load()}`);
    const via = process.env.STORYTRACE_HOSTILE_VIA ?? 'both';
    const perRequest = Number(process.env.STORYTRACE_HOSTILE_PER_REQUEST ?? 10);
    const runs: HostileFigures[] = [];
    if (via !== 'upload') {
      const cli = await throughCli(set, join(dir, 'cli-store'), { maxBytes: '4MB', timeBudgetS: 20 });
      console.log(formatFigures(cli) + `; exit ${cli.exitCode}`);
      runs.push(cli);
    }
    if (via !== 'cli') {
      const server = await serveChild(join(dir, 'upload-store'), { maxFileBytes: '4MB', timeBudgetS: 20 });
      // The last analysis reads every article stored (about 21,000 at full size): allow it hours on a loaded machine.
      const settleTimeoutMs = Number(process.env.STORYTRACE_HOSTILE_SETTLE_S ?? 4 * 3600) * 1000;
      const upload = await throughUpload(set, server, { perRequest, tinyPerRequest: perRequest * 200, settleTimeoutMs });
      console.log(formatFigures(upload));
      runs.push(upload);
    }
    console.log(`  load average after: ${load()}`);
    let wrong = 0;
    for (const r of runs) {
      if (r.lost.length) console.log(`  ${r.via}: LOST ${r.lost.length} good articles, e.g. ${r.lost.slice(0, 3).join('; ')}`);
      const misrefused = wrongRefusals(set.files, r.errors, r.via === 'cli' ? (f) => `storytrace: ${f}` : (f) => `upload/${basename(f)}`);
      console.log(`  ${r.via}: ${misrefused.length} inputs refused for the wrong reason or not at all${misrefused.length ? `, e.g. ${misrefused.slice(0, 3).join('; ')}` : ''}`);
      wrong += misrefused.length;
    }
    if (runs.some((r) => r.lost.length) || wrong) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
