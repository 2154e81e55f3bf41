import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, driven by playwright-core (which ships no browser of its own). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet headless Chromium in a container: no sandbox, GPU, QUIC or background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian packages the browser tests need: the browser, and a small font with Chinese glyphs for readable screenshots. */
export const CHROMIUM_PACKAGES = ['chromium', 'fonts-wqy-microhei'] as const;

/** What {@link ensureChromium} found: the browser to launch, or why the browser tests cannot run here. */
export type ChromiumStatus = { executablePath: string; skipped?: undefined } | { skipped: string };

function hasChineseFont(): boolean {
  const out = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.trim().length > 0;
}

/**
 * Makes sure Debian's Chromium (and a Chinese font) is installed, installing them with
 * `apt-get update && apt-get install -y chromium fonts-wqy-microhei` when missing (CI runs as
 * root). When that is impossible it throws with what to run, in CI (`CI` set) always; on a
 * developer's machine it returns `{ skipped }` so the caller can skip loudly instead.
 *
 * @example
 * const chromium = await ensureChromium();
 * if (!chromium.skipped) await playwright.chromium.launch({ executablePath: chromium.executablePath, args: CHROMIUM_ARGS });
 */
export async function ensureChromium(options: { ci?: boolean } = {}): Promise<ChromiumStatus> {
  const ci = options.ci ?? Boolean(process.env.CI);
  if (existsSync(CHROMIUM_PATH) && hasChineseFont()) return { executablePath: CHROMIUM_PATH };
  const command = `apt-get update && apt-get install -y ${CHROMIUM_PACKAGES.join(' ')}`;
  const fail = (why: string): ChromiumStatus => {
    const message = `Chromium for the browser tests is not installed and ${why}. Install it with: ${command}`;
    if (ci) throw new Error(message);
    console.warn(`SKIPPING the browser tests: ${message}`);
    return { skipped: message };
  };
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return fail('this is not a Debian system');
  if (process.getuid?.() !== 0) return fail('this user is not root');
  console.warn(`Installing ${CHROMIUM_PACKAGES.join(', ')} for the browser tests (${command})…`);
  const run = spawnSync('sh', ['-c', command], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 15 * 60_000,
  });
  if (run.status !== 0 || !existsSync(CHROMIUM_PATH))
    return fail(`"${command}" failed (exit ${run.status ?? run.signal ?? run.error?.message})`);
  return { executablePath: CHROMIUM_PATH };
}
