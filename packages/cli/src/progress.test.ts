import { describe, expect, it } from 'vitest';
import { createProgressBar, formatBytes, renderProgress } from './progress.ts';

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
