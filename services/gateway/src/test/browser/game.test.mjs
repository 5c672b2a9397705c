// A host and three players play a two-question buzzer game to the podium through the web client,
// in headless Chromium on a phone-sized viewport. Screenshots go to $SHOTS.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const base = process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080';
const shots = process.env.SHOTS ?? 'target/browser';
mkdirSync(shots, { recursive: true });
const timeout = 20_000;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const failures = [];
try {
  const host = await (await browser.newContext(phone)).newPage();
  host.on('pageerror', (e) => failures.push(`host: ${e.message}`));
  await host.goto(`${base}/host.html`);
  await host.selectOption('#mode', 'BUZZER');
  await host.fill('#questions', '2');
  await host.fill('#pack', 'pack-2');
  await host.click('#create-button');
  await host.locator('#join-code').filter({ hasText: /\S/ }).waitFor({ timeout });
  const joinCode = (await host.locator('#join-code').textContent()).trim();
  console.log(`game created, join code ${joinCode}`);

  const players = [];
  for (const nickname of ['Ada', 'Bob', 'Cy']) {
    const page = await (await browser.newContext(phone)).newPage();
    page.on('pageerror', (e) => failures.push(`${nickname}: ${e.message}`));
    await page.goto(`${base}/player.html`);
    await page.fill('#code', joinCode);
    await page.fill('#nickname', nickname);
    await page.click('#join-button');
    await page.locator('#waiting').waitFor({ timeout });
    players.push({ nickname, page });
  }
  await host.locator('#board li').nth(2).waitFor({ timeout });
  await host.screenshot({ path: `${shots}/1-host-lobby.png` });
  await players[0].page.screenshot({ path: `${shots}/1-player-waiting.png` });

  await host.click('#start');
  for (const [question, winner] of [[1, players[0]], [2, players[1]]]) {
    for (const p of players) await p.page.locator('#question').filter({ hasText: `Question ${question}` }).waitFor({ timeout });
    await winner.page.click('#buzz');
    await winner.page.locator('button[data-choice="B"]').waitFor({ timeout });
    await players[2].page.locator('#winner').waitFor({ timeout });
    await host.locator('#winner').waitFor({ timeout });
    await host.screenshot({ path: `${shots}/${question + 1}-host-buzzed.png` });
    await winner.page.screenshot({ path: `${shots}/${question + 1}-winner-answering.png` });
    await winner.page.click('button[data-choice="B"]');
    for (const p of players) await p.page.locator('#revealed').waitFor({ timeout });
    await players[2].page.screenshot({ path: `${shots}/${question + 1}-player-revealed.png` });
    await host.click('#next');
  }
  await host.locator('#podium').waitFor({ timeout });
  for (const p of players) await p.page.locator('#podium').waitFor({ timeout });
  await host.screenshot({ path: `${shots}/4-host-podium.png` });
  await players[0].page.screenshot({ path: `${shots}/4-player-podium.png` });
  console.log('podium reached on the host and all three players');
} catch (e) {
  failures.push(e.stack ?? String(e));
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`FAILED:\n${failures.join('\n')}`);
  process.exit(1);
}
