// The local playground in a real browser: Debian's Chromium driven by playwright-core, headless, on
// loopback. Paste an error, see the card; drop a file; several turns in one conversation.
import { existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DPM_33231, startBot, type RunningBot } from './harness';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  // Said loudly, not skipped silently: install it with `apt-get install -y chromium` (.ci/run does).
  console.warn(`playground browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}
const describeIfChromium = haveChromium ? describe : describe.skip;

describeIfChromium('playground in headless Chromium', () => {
  let bot: RunningBot;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    bot = await startBot();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${bot.url}/`);
    // The welcome card arrives first: the page rendered a card with the official renderer.
    await page.waitForSelector('[data-testid=bot-card] .ac-adaptiveCard', { timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
  });

  const cards = () => page.locator('[data-testid=bot-card]');

  it('shows the welcome card with the privacy note', async () => {
    await expect(cards().first().innerText()).resolves.toContain('Never paste private keys');
  });

  it('turns a pasted DPM error into a card that names the machine store, with toggle and feedback', async () => {
    const before = await cards().count();
    await page.fill('[data-testid=input]', DPM_33231);
    await page.click('[data-testid=send]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=bot-card]').length > n, before, { timeout: 15_000 });
    const card = cards().nth(before);
    const text = await card.innerText();
    expect(text).toMatch(/machine|LocalMachine|computer|personal/i);
    expect(text).toContain('33231');
    // Buttons rendered by the Adaptive Cards renderer: feedback, and the toggle when there are more findings.
    const buttons = await card.locator('button').allInnerTexts();
    expect(buttons.join(' ')).toContain('This was right');
    await card.locator('button', { hasText: 'This was right' }).click();
    await page.waitForSelector('text=Thanks — glad that was it.', { timeout: 10_000 });
  });

  it('reads a dropped file in the same conversation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'certsleuth-pg-'));
    const file = join(dir, 'MSDPMCurr.errlog');
    writeFileSync(file, 'CertificatesHelper.cs(88) NORMAL Could not find Certificate with thumbPrint: 3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e in store :My at location :LocalMachine\r\n');
    await page.setInputFiles('[data-testid=file]', file);
    await page.waitForFunction(() => (document.querySelector('[data-testid=files]')?.textContent ?? '').includes('MSDPMCurr.errlog'));
    const before = await cards().count();
    await page.click('[data-testid=send]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=bot-card]').length > n, before, { timeout: 15_000 });
    expect(await cards().nth(before).innerText()).toContain('3c5e0a9f7d41b2c86e0f9a1d24b7c3e5f6a80d1e');
  });

  it('runs a command typed in the page', async () => {
    const before = await cards().count();
    await page.fill('[data-testid=input]', 'topics');
    await page.click('[data-testid=send]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=bot-card]').length > n, before, { timeout: 15_000 });
    expect(await cards().nth(before).innerText()).toContain('Topics');
  });
});
