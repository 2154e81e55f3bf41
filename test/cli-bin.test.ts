import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs `pnpm reportgraph …` the way an editor types it, in a folder of the repository. */
function pnpmReportgraph(cwd: string, args: string[]) {
  return spawnSync('pnpm', ['reportgraph', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: '', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
}

describe('the reportgraph bin', () => {
  it('does print its version when run as "pnpm reportgraph" from a sub-folder', () => {
    const run = pnpmReportgraph(`${ROOT}packages/extract/src`, ['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^reportgraph \d+\.\d+\.\d+$/);
  });

  it('does print one clean line and exit 1 without pnpm noise when the command is mistyped', () => {
    const run = pnpmReportgraph(ROOT, ['uplaod']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'reportgraph: Unknown command "uplaod". Did you mean "upload"? Run "reportgraph --help".\n',
    );
    expect(run.stdout).not.toContain('ELIFECYCLE');
  });
});
