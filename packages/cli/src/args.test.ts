import { describe, expect, it } from 'vitest';
import { isIsoDate, normalizePrefix, parseCommandLine } from './args.ts';
import { CliError } from './errors.ts';

describe('parseCommandLine', () => {
  it('does parse upload with its prefix and publication date when both are given', () => {
    expect(
      parseCommandLine(['upload', 'a.txt', 'pages', '--prefix', '/2025/10/', '--published', '2025-10-31']),
    ).toEqual({
      command: { name: 'upload', paths: ['a.txt', 'pages'], prefix: '2025/10/', published: '2025-10-31', wait: false },
    });
  });

  it('does accept a lower-case status and keep --stage when listing documents', () => {
    expect(parseCommandLine(['documents', '--status', 'failed', '--stage', 'prod'])).toEqual({
      command: { name: 'documents', status: 'FAILED', limit: Number.POSITIVE_INFINITY },
      stage: 'prod',
    });
  });

  it('does default the export format to graphml when none is given', () => {
    expect(parseCommandLine(['export', '--out', 'x'])).toEqual({
      command: { name: 'export', format: 'graphml', out: 'x' },
    });
  });

  it('does return help when no command is given', () => {
    expect(parseCommandLine([]).command).toEqual({ name: 'help' });
    expect(parseCommandLine(['documents', '-h']).command).toEqual({ name: 'help' });
  });

  it.each([
    [['frob'], /Unknown command "frob"/],
    [['upload'], /at least one file/],
    [['upload', 'a', '--published', '31.10.2025'], /not a date/],
    [['documents', '--status', 'LOST'], /Unknown status "LOST"/],
    [['documents', '--bogus'], /Unknown option '--bogus'/],
    [['show'], /exactly one/],
    [['reprocess'], /keys or --all/],
    [['reprocess', 'k', '--all'], /keys or --all/],
    [['export', '--format', 'xml', '--out', 'x'], /Unknown format "xml"/],
    [['export', '--format', 'csv'], /--out/],
  ])('does throw a CliError when the arguments are %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(CliError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('isIsoDate', () => {
  it('does accept real dates and reject impossible ones when given YYYY-MM-DD text', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-5')).toBe(false);
  });
});

describe('normalizePrefix', () => {
  it('does leave one trailing slash and no leading slash when the prefix is not empty', () => {
    expect(normalizePrefix('/a/b//')).toBe('a/b/');
    expect(normalizePrefix('')).toBe('');
  });
});
