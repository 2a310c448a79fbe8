import { describe, expect, it } from 'vitest';
import { oneLine, safeSink, terminalSafe } from './terminal-safe.js';
import { PassThrough } from 'node:stream';
import { streamSink, stringSink } from './stream.js';

describe('terminal output', () => {
  it('shows escape sequences, C1 controls and bidi overrides as visible escapes', () => {
    const headline = 'Mayor resigns\u001b]0;owned\u0007\u001b[2J \u009b31m red \u202eevil';
    expect(terminalSafe(headline)).toBe('Mayor resigns\\x1b]0;owned\\x07\\x1b[2J \\x9b31m red \\u202eevil');
    expect(terminalSafe('two\nlines\tkept\r', { lines: true })).toBe('two\nlines\tkept\\x0d');
  });

  it('keeps a file name with a newline or carriage return on one line', () => {
    expect(oneLine('bad\nstoryt: forged.txt\rX')).toBe('bad\\x0astoryt: forged.txt\\x0dX');
  });

  it('keeps JSON valid while escaping the C1 controls JSON leaves raw', async () => {
    const sink = stringSink();
    const json = JSON.stringify({ headline: 'a\u009b2Jb\u001b[0m' });
    const safe = safeSink(sink, 'json');
    await safe.write(json);
    await safe.flush();
    expect(sink.text()).not.toMatch(/[\u0000-\u001f\u0080-\u009f]/);
    expect(JSON.parse(sink.text())).toEqual({ headline: 'a\u009b2Jb\u001b[0m' });
  });

  it('escapes bidi overrides in JSON and leaves other non-ASCII text as it is', async () => {
    const escaped = async (text: string) => {
      const sink = stringSink();
      const safe = safeSink(sink, 'json');
      await safe.write(JSON.stringify(text));
      await safe.flush();
      return sink.text();
    };
    expect(await escaped('café — © naïve “quoted” \u2065')).toBe(JSON.stringify('café — © naïve “quoted” \u2065'));
    expect(await escaped('left \u202eright\u2069 end\u00a0')).toBe('"left \\u202eright\\u2069 end\u00a0"');
    expect(await escaped('x\u0080y')).toBe('"x\\u0080y"');
  });

  it('hands clean JSON to a stream as the bytes it looked at, in order with text written around them', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const sink = streamSink(out);
    const safe = safeSink(sink, 'json');
    const headlines = ['Harbour Herald', 'Dana Kellor said “Northshire is ready” ☂', 'x\u009by'];
    // A C1 control in the first escaping chunk alone: that chunk goes on as escaped text, the later ones as bytes.
    const headline = (i: number) => headlines[i < 3 ? i : i % 2]!;
    for (let i = 0; i < 3000; i++) await safe.write(`${JSON.stringify({ headline: headline(i) })}\n`);
    await safe.flush();
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    expect(lines.map((l) => JSON.parse(l).headline)).toEqual(Array.from({ length: 3000 }, (_, i) => headline(i)));
    expect(lines[2]).toBe('{"headline":"x\\u009by"}');
  });
});
