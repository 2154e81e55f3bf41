import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type Stack, startStack, uploadSamples } from '@reportgraph/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Relative imports: the root package need not depend on the explorer for this test to run.
import { buildExplorer } from '../packages/explorer/src/index.ts';
import { type Browser, chromium, type Page } from '../packages/explorer/src/testing.ts';
import { CHROMIUM_ARGS, ensureChromium } from './setup/chromium.ts';

const SCREENSHOT = fileURLToPath(new URL('../packages/explorer/screenshots/explorer.png', import.meta.url));
const browserStatus = await ensureChromium();

describe.skipIf(Boolean(browserStatus.skipped))('the explorer page, in headless Chromium', () => {
  let stack: Stack;
  let dataDir: string;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reportgraph-explorer-'));
    const [, started] = await Promise.all([
      buildExplorer(),
      (async () =>
        startStack({
          dataDir,
          inMemory: true,
          apiPort: 0,
          s3Port: await freePort(),
          dynamoPort: await freePort(),
        }))(),
    ]);
    stack = started;
    await uploadSamples(stack.s3, stack.bucket);
    await stack.idle();

    // The local stack serves the explorer at `/`, beside the API.
    baseUrl = new URL(stack.apiUrl).origin;

    if (!('executablePath' in browserStatus)) return;
    browser = await chromium.launch({
      executablePath: browserStatus.executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('does find 佛山市总工会 when 佛山 is typed into the search box', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Explore');
    await page.locator('#search').pressSequentially('佛山', { delay: 30 });
    await page.locator('#suggestions .hit').first().waitFor();
    await page.keyboard.press('Enter');
    const hit = page.locator('ul.hits a.hit', { has: page.locator('.hit-name', { hasText: /^佛山市总工会$/ }) });
    await hit.first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('佛山市总工会');
  });

  it('does show the union’s people and draw its neighbourhood graph when its page opens', async () => {
    expect(page.url()).toMatch(/#\/org\//);
    await expect.poll(() => page.locator('#people').textContent()).toContain('李灿');
    await expect.poll(() => page.locator('#people').textContent()).toContain('主席');
    await page.locator('#graph[data-ready="true"] canvas').first().waitFor();
    const box = await page.locator('#graph').boundingBox();
    expect(box?.height).toBeGreaterThan(300);
    await mkdir(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect((await stat(SCREENSHOT)).size).toBeGreaterThan(20_000);
  });

  it('does open the person’s page with their roles when a person is clicked', async () => {
    await page.locator('#people a', { hasText: '李灿' }).first().click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('李灿');
    await expect.poll(() => page.locator('main').textContent()).toContain('佛山市总工会');
  });

  it('does chart the figures of a place when the place page opens', async () => {
    await page.goto(`${baseUrl}/#/place/440600`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('佛山市');
    await expect.poll(() => page.locator('main').textContent()).toContain('佛山市总工会');
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
});
