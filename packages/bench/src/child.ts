import { spawn } from 'node:child_process';

/** What a timed child process answered. */
export interface ChildAnswer {
  /** Ms from just before `spawn` to the arrival of the answer line. */
  wallMs: number;
  /** The answer line, parsed as JSON. */
  answer: Record<string, unknown>;
}

/** The marker a child puts in front of its one JSON answer line on stdout. */
export const ANSWER_MARK = '@@bench-answer ';

/**
 * Spawns `node` with `args`, waits for the line `@@bench-answer {json}` on stdout and kills the
 * process: the wall time covers node boot, module parse/evaluate and the work, but not teardown
 * (open sockets of SDK clients would keep a process alive, as they do in Lambda).
 *
 * @example
 * const { wallMs, answer } = await timeChild(['runner.mjs', 'bundle.mjs'], { TABLE_NAME: 't' });
 */
export function timeChild(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 60_000): Promise<ChildAnswer> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let done = false;
    const finish = (error: Error | null, answer?: Record<string, unknown>, wallMs = 0) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (error) reject(error);
      else resolve({ wallMs, answer: answer ?? {} });
    };
    const timer = setTimeout(() => finish(new Error(`child timed out after ${timeoutMs} ms: ${err}`)), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const at = out.indexOf(ANSWER_MARK);
      const end = at >= 0 ? out.indexOf('\n', at) : -1;
      if (end < 0) return;
      const wallMs = performance.now() - t0;
      try {
        finish(null, JSON.parse(out.slice(at + ANSWER_MARK.length, end)) as Record<string, unknown>, wallMs);
      } catch (error) {
        finish(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', (error) => finish(error));
    child.on('exit', (code) => finish(new Error(`child exited with ${code} before answering: ${err.slice(-2000)}`)));
  });
}
