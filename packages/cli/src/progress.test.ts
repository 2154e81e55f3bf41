import { describe, expect, it } from 'vitest';
import { createProgressBar, formatBytes, renderProgress, startStatus } from './progress.ts';

describe('formatBytes', () => {
  it('does pick the largest fitting unit when given a byte count', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});

describe('renderProgress', () => {
  it('does fill the bar by bytes when half of them are done', () => {
    expect(renderProgress({ filesDone: 1, filesTotal: 2, bytesDone: 512, bytesTotal: 1024 }, 10)).toBe(
      '[#####-----]   50%  1/2 files  512 B/1.0 KB',
    );
  });

  it('does show a full bar when there is nothing to send', () => {
    expect(renderProgress({ filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 }, 4)).toMatch(/^\[####\]\s+100%/);
  });
});

describe('createProgressBar', () => {
  it('does print one line per finished file when the stream is not a terminal', () => {
    const lines: string[] = [];
    const bar = createProgressBar({ write: (t: string) => lines.push(t), isTTY: false });
    bar.update({ filesDone: 0, filesTotal: 2, bytesDone: 0, bytesTotal: 10 });
    bar.update({ filesDone: 0, filesTotal: 2, bytesDone: 0, bytesTotal: 10, current: 'a' });
    bar.update({ filesDone: 1, filesTotal: 2, bytesDone: 5, bytesTotal: 10 });
    bar.done('ok');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('ok\n');
  });
});

describe('startStatus', () => {
  it('does print nothing when the wait ends within the delay', async () => {
    const out: string[] = [];
    const status = startStatus({ write: (t: string) => out.push(t) }, () => 'waiting', { delayMs: 200 });
    await new Promise((r) => setTimeout(r, 50));
    status.stop();
    expect(out).toEqual([]);
  });

  it('does print each new state on its own line when the wait lasts and the stream is piped', async () => {
    const out: string[] = [];
    let n = 0;
    const status = startStatus({ write: (t: string) => out.push(t) }, (s) => `done ${n} (${s} s)`, {
      delayMs: 10,
      intervalMs: 10,
    });
    await new Promise((r) => setTimeout(r, 40));
    n = 1;
    await new Promise((r) => setTimeout(r, 40));
    status.stop('finished');
    expect(out[0]).toMatch(/^done 0 \(\d+ s\)\n$/);
    expect(out.filter((l) => l.startsWith('done 1'))).toHaveLength(1);
    expect(out.at(-1)).toBe('finished\n');
  });
});
