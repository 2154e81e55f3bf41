/** Where a transfer stands. */
export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** The file just finished or started. */
  current?: string;
}

/**
 * Formats a byte count for people: B, KB, MB, GB (1024-based, one decimal above bytes).
 *
 * @example
 * formatBytes(1536) // → '1.5 KB'
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Renders one progress line: a bar by bytes, files done, bytes done and the current file.
 *
 * @example
 * renderProgress({ filesDone: 1, filesTotal: 2, bytesDone: 512, bytesTotal: 1024 }, 10)
 * // → '[#####-----]   50%  1/2 files  512 B/1.0 KB'
 */
export function renderProgress(state: ProgressState, width = 24): string {
  const ratio =
    state.bytesTotal > 0
      ? state.bytesDone / state.bytesTotal
      : state.filesTotal > 0
        ? state.filesDone / state.filesTotal
        : 1;
  const clamped = Math.min(1, Math.max(0, ratio));
  const filled = Math.round(clamped * width);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const percent = `${Math.round(clamped * 100)}%`.padStart(4);
  const files = `${state.filesDone}/${state.filesTotal} files`;
  const bytes = `${formatBytes(state.bytesDone)}/${formatBytes(state.bytesTotal)}`;
  return [bar, percent, files, bytes, state.current].filter(Boolean).join('  ');
}

/** A progress display on a stream (stderr): redrawn in place on a terminal, one line per update otherwise. */
export interface ProgressBar {
  update(state: ProgressState): void;
  done(message?: string): void;
}

/**
 * Creates a progress bar writing to `stream` (default stderr). On a terminal it redraws one
 * line at most every 50 ms; piped, it prints a line each time a file finishes.
 *
 * @example
 * const bar = createProgressBar();
 * bar.update({ filesDone: 0, filesTotal: 3, bytesDone: 0, bytesTotal: 9000 });
 * bar.done('Uploaded 3 files.');
 */
export function createProgressBar(
  stream: { write(text: string): unknown; isTTY?: boolean; columns?: number } = process.stderr,
): ProgressBar {
  let last = 0;
  let lastFiles = -1;
  let drawn = false;
  return {
    update(state) {
      if (stream.isTTY) {
        const now = Date.now();
        if (now - last < 50 && state.filesDone < state.filesTotal) return;
        last = now;
        const line = renderProgress(state).slice(0, Math.max(20, (stream.columns ?? 100) - 1));
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else if (state.filesDone !== lastFiles) {
        lastFiles = state.filesDone;
        stream.write(`${renderProgress(state)}\n`);
      }
    },
    done(message) {
      if (drawn) stream.write('\n');
      if (message) stream.write(`${message}\n`);
    },
  };
}

/** A status line shown while something slow runs; see {@link startStatus}. */
export interface StatusLine {
  /** Stops updating; prints `message` (if any) on its own line. */
  stop(message?: string): void;
}

/**
 * Shows what a wait is doing once it has lasted `delayMs` (default 1 s), then every
 * `intervalMs`: redrawn in place on a terminal, a new line whenever the text changes when
 * piped. `render` gets the seconds waited so far.
 *
 * @example
 * const status = startStatus(process.stderr, (s) => `Waiting for the ingest: 2/5 done (${s} s)`);
 * await wait();
 * status.stop();
 */
export function startStatus(
  stream: { write(text: string): unknown; isTTY?: boolean; columns?: number },
  render: (seconds: number) => string,
  options: { delayMs?: number; intervalMs?: number } = {},
): StatusLine {
  const started = Date.now();
  let drawn = false;
  let lastLine = '';
  const draw = () => {
    const line = render(Math.round((Date.now() - started) / 1000));
    if (stream.isTTY) {
      stream.write(`\r\x1b[2K${line.slice(0, Math.max(20, (stream.columns ?? 100) - 1))}`);
      drawn = true;
    } else if (line.replace(/\(\d+ s\)/, '') !== lastLine) {
      lastLine = line.replace(/\(\d+ s\)/, '');
      stream.write(`${line}\n`);
    }
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  const delay = setTimeout(() => {
    draw();
    timer = setInterval(draw, options.intervalMs ?? 1000);
    timer.unref?.();
  }, options.delayMs ?? 1000);
  delay.unref?.();
  return {
    stop(message) {
      clearTimeout(delay);
      clearInterval(timer);
      if (drawn) stream.write('\r\x1b[2K');
      if (message) stream.write(`${message}\n`);
    },
  };
}
