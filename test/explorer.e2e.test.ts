import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { freePort, SAMPLES_DIR, type Stack, startStack, uploadSamples } from '@reportgraph/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Relative imports: the root package need not depend on the explorer for this test to run.
import { buildExplorer } from '../packages/explorer/src/index.ts';
import { type Browser, chromium, type Page } from '../packages/explorer/src/testing.ts';
import { CHROMIUM_ARGS, ensureChromium } from './setup/chromium.ts';

const SCREENSHOTS = fileURLToPath(new URL('../packages/explorer/screenshots/', import.meta.url));
const browserStatus = await ensureChromium();

describe.skipIf(Boolean(browserStatus.skipped))('the explorer page, in headless Chromium', () => {
  let stack: Stack;
  let dataDir: string;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];

  /** Saves a screenshot of the page for the README and checks it has content. */
  const screenshot = async (name: string) => {
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path });
    expect((await stat(path)).size).toBeGreaterThan(15_000);
  };
  const heading = () => page.locator('h1').first().textContent();

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
    await mkdir(SCREENSHOTS, { recursive: true });

    // The local stack serves the explorer at `/`, beside the API.
    baseUrl = new URL(stack.apiUrl).origin;

    if (!('executablePath' in browserStatus)) return;
    browser = await chromium.launch({
      executablePath: browserStatus.executablePath,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
    });
    page.on('pageerror', (error) => consoleProblems.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('does show the start page in Chinese and switch to English when asked', async () => {
    await page.goto(`${baseUrl}/`);
    await expect.poll(heading).toBe('浏览报道图谱');
    expect(await page.locator('#files').textContent()).toMatch(/\d+ 篇文章/);
    await page.locator('#lang').click();
    await expect.poll(heading).toBe('Explore the report graph');
    expect(await page.locator('#files').textContent()).not.toMatch(/\b1 articles\b/);
    await page.locator('#lang').click();
    await expect.poll(heading).toBe('浏览报道图谱');
    await screenshot('home');
  });

  it('does open 佛山市总工会 when it is chosen from the suggestions with the arrow keys and Enter', async () => {
    await page.locator('#search').pressSequentially('佛山市总', { delay: 30 });
    await page.locator('#suggestions .hit').first().waitFor();
    const names = await page.locator('#suggestions .hit-name').allTextContents();
    const index = names.indexOf('佛山市总工会');
    expect(index).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#suggestions a[aria-selected="true"] .hit-name').textContent()).toBe('佛山市总工会');
    await page.keyboard.press('Enter');
    await expect.poll(heading).toContain('佛山市总工会');
    expect(page.url()).toMatch(/#\/org\//);
  });

  it('does show the union’s people in Chinese and draw its graph, then add a second hop in place', async () => {
    await expect.poll(() => page.locator('#people').textContent()).toContain('李灿');
    expect(await page.locator('#people h2').textContent()).toBe('人物');
    expect(await page.locator('h1 .badge').textContent()).toBe('工会');
    await page.locator('#graph[data-ready="true"] canvas').first().waitFor();
    const box = await page.locator('#graph').boundingBox();
    expect(box?.height).toBeGreaterThan(300);
    await screenshot('organization');
    await page.locator('input[name="two-hops"]').check();
    await page.locator('#graph[data-ready="true"]').waitFor();
    await screenshot('organization-two-hops');
  });

  it('does open the person’s page with their roles when a person is clicked', async () => {
    await page.locator('#people a', { hasText: '李灿' }).first().click();
    await expect.poll(heading).toContain('李灿');
    await expect.poll(() => page.locator('main').textContent()).toContain('佛山市总工会');
    await page.locator('#graph[data-ready="true"] canvas').first().waitFor();
    await screenshot('person');
  });

  it('does chart the figures of a place, one subject and unit per chart, when the place page opens', async () => {
    await page.goto(`${baseUrl}/#/place/440600`);
    await expect.poll(heading).toContain('佛山市');
    await expect.poll(() => page.locator('main').textContent()).toContain('佛山市总工会');
    const captions = await page.locator('figure figcaption').allTextContents();
    for (const caption of captions) expect(caption).toMatch(/^.+（.+）$/);
    await screenshot('place');
  });

  it('does list a document’s articles in page order beside its graph', async () => {
    await page.goto(`${baseUrl}/`);
    await page.locator('#files a').first().click();
    await expect.poll(heading).toContain('samples/');
    const titles = await page.locator('main section h2').allTextContents();
    const numbers = titles.filter((t) => /^\d+\. /.test(t)).map((t) => Number.parseInt(t, 10));
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await page.locator('#graph[data-ready="true"] canvas').first().waitFor();
    await screenshot('document');
  });

  it('does show a metric with its graph and a search hit for it with its place and year', async () => {
    await page.goto(`${baseUrl}/#/search/${encodeURIComponent('技能')}`);
    const metricHits = page.locator('ul.hits a.hit', { has: page.locator('.badge.Metric') });
    await metricHits.first().waitFor();
    // Each metric hit names what it measures (a place or organization) and, when known, its year.
    const details = await metricHits.locator('.muted').allTextContents();
    expect(details.every((d) => d.includes(' · '))).toBe(true);
    expect(details.some((d) => / · \d{4} · /.test(d))).toBe(true);
    const metricHit = metricHits.first();
    await metricHit.click();
    await page.locator('#graph[data-ready="true"] canvas').first().waitFor();
    await screenshot('metric');
  });

  it('does show a friendly page when a link names nothing', async () => {
    await page.goto(`${baseUrl}/#/org/bm90LWFuLWlk`);
    await expect.poll(heading).toBe('这里没有内容');
    expect(await page.title()).toBe('未找到 · reportgraph');
    await page.goto(`${baseUrl}/#/place/999999`);
    await expect.poll(heading).toBe('这里没有内容');
    await screenshot('not-found');
  });

  it('does upload a page through the form and follow it to DONE', async () => {
    const file = join(dataDir, '上传测试.txt');
    await writeFile(file, await readFile(join(SAMPLES_DIR, '000_70c7d5442b17734e.txt')));
    await page.goto(`${baseUrl}/`);
    await page.locator('#upload-form input[name="file"]').setInputFiles(file);
    await page.locator('#upload-form input[name="published"]').fill('2025-10-31');
    await page.locator('#upload-form button[type="submit"]').click();
    const result = page.locator('#upload-status a[data-status]');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-status')).toBe('DONE');
    expect(await result.textContent()).toContain('uploads/2025/10/31/上传测试.txt');
    await screenshot('upload');
    await result.click();
    await expect.poll(heading).toContain('uploads/2025/10/31/上传测试.txt');
  });

  it('does page through every file past the first fifteen, failures with their reason', async () => {
    for (let i = 0; i < 12; i++)
      await stack.s3.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: `extra/${String(i).padStart(2, '0')}.${i === 0 ? 'pdf' : 'txt'}`,
          Body: i === 0 ? 'not a PDF at all' : `佛山市总工会第${i}次会议。`,
          ContentType: i === 0 ? 'application/pdf' : 'text/plain',
        }),
      );
    await stack.idle();
    await page.goto(`${baseUrl}/`);
    await page.locator('#files li').first().waitFor();
    expect(await page.locator('#files li').count()).toBe(15);
    while (await page.locator('#more-files').count()) {
      const before = await page.locator('#files li').count();
      await page.locator('#more-files').click();
      await expect.poll(() => page.locator('#files li').count()).toBeGreaterThan(before);
    }
    expect(await page.locator('#files li').count()).toBe(18);
    const failed = page.locator('#files li', { hasText: 'extra/00.pdf' });
    expect(await failed.locator('.badge').textContent()).toBe('失败');
    expect(((await failed.locator('.error').textContent()) ?? '').length).toBeGreaterThan(3);
    expect(consoleProblems).toEqual([]);
  });

  it('does show the schema in GraphiQL’s Docs pane', async () => {
    await page.goto(`${baseUrl}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    await page.locator('button[aria-label*="Documentation"]').first().click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
    await screenshot('graphiql-docs');
  });
});
