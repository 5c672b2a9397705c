// What the browser tests share: headless Chromium through playwright-core (Debian's /usr/bin/chromium, or
// $CHROMIUM), pages that record their script errors, numbered screenshots in $SHOTS, timed steps, and the end
// of a run: on a failure, what each page showed and a screenshot of it, then the exit code.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
export const timeout = 20_000;
export const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
export const projector = { viewport: { width: 1280, height: 800 } };

// One test's run: `prefix` starts its screenshots' names, so two tests share $SHOTS.
export async function run(prefix, scenario) {
  const shots = process.env.SHOTS ?? 'target/browser';
  mkdirSync(shots, { recursive: true });
  const started = Date.now();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const failures = [];
  const pages = [];
  let n = 0;
  const t = {
    browser,
    failures,
    step: (what) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s  ${what}`),
    shot: (page, name, fullPage = false) => page.screenshot({ path: `${shots}/${prefix}${String(++n).padStart(2, '0')}-${name}.png`, fullPage }),
    // A page in a browser context of its own (or in `context`, a BrowserContext, to share its storage).
    async open(context, name, path) {
      const page = await (context.newPage ? context : await browser.newContext(context)).newPage();
      pages.push({ name, page });
      page.on('pageerror', (e) => failures.push(`${name}: ${e.message}`));
      await page.goto(`${base}${path}`);
      return page;
    },
  };
  try {
    await scenario(t);
  } catch (e) {
    failures.push(e.stack ?? String(e));
    // What each screen showed when it failed: its errors, and a screenshot.
    for (const { name, page } of pages) {
      const errors = await page.locator('.error, .item-message.bad').allTextContents().catch(() => []);
      failures.push(`${name} showed: ${errors.filter((text) => text.trim()).join(' | ') || 'no error'}`);
      await page.screenshot({ path: `${shots}/${prefix}failed-${name}.png` }).catch(() => {});
    }
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.error(`FAILED:\n${failures.join('\n')}`);
    process.exit(1);
  }
  t.step('every scenario passed');
}
