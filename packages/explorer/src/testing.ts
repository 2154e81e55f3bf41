/**
 * Browser automation for the explorer's end-to-end test: playwright-core (a devDependency of
 * this package, which ships no browser; the test drives Debian's Chromium).
 *
 * @example
 * const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
 */
export { type Browser, chromium, type Page } from 'playwright-core';
