// The web client against the real platform (run.sh starts it): a host creates a two-round game through the
// form (CLASSIC then BUZZER), three players join by the join URL the host's QR code encodes, a spectator
// watches, everyone plays to the podium, and one player reloads mid-question and resumes. The host and the
// spectator use a projector-sized viewport, the players a phone's. Screenshots go to $SHOTS.
import { readFileSync } from 'node:fs';
import { base, phone, projector, run, timeout } from './harness.mjs';

const keys = new Map(JSON.parse(readFileSync(process.env.QUESTIONS, 'utf8')).map((q) => [q.text, q.answer]));

const questionText = async (page) => (await page.locator('#question').textContent()).trim();
// Waits until every page shows the same open question, and returns its text.
async function questionShown(pages, previous) {
  for (const p of pages) {
    await p.locator('#question').filter({ hasNotText: previous ?? '\u0000' }).waitFor({ timeout });
  }
  return questionText(pages[0]);
}

await run('', async ({ failures, open, shot, step }) => {
  // The host's create form: the catalogue's languages and categories, two rounds.
  const host = await open(projector, 'host', '/host.html');
  await host.locator('#language option[value="en"]').waitFor({ state: 'attached', timeout });
  await host.locator('input[name=category][value="geography"]').check();
  await host.fill('#round-1-questions', '2');
  await host.fill('#round-1-time', '15');
  await host.click('#add-round');
  await host.selectOption('#round-2-mode', 'BUZZER');
  await host.fill('#round-2-questions', '2');
  await host.fill('#round-2-time', '15');
  await shot(host, 'host-create-form');
  await host.click('#create-button');
  // The first create also warms content's pack assembly (Firestore, the pack order): allow it longer.
  await host.locator('#join-code').filter({ hasText: /\S/ }).waitFor({ timeout: 3 * timeout });
  const code = (await host.locator('#join-code').textContent()).trim();
  step(`game created, join code ${code}`);

  // The QR code is drawn and encodes the join URL.
  await host.waitForFunction(() => document.getElementById('qr').naturalWidth > 0, null, { timeout });
  const svg = await (await host.request.get(`${base}/api/join-codes/${code}/qr`)).text();
  if (!svg.includes(`/play?code=${code}</title>`)) failures.push(`the QR code does not encode /play?code=${code}: ${svg.slice(0, 300)}`);

  const spectator = await open(projector, 'spectator', `/watch.html?code=${code}`);
  await spectator.click('#watch-button');
  await spectator.locator('#lobby').waitFor({ timeout });

  // Three players join by the join URL: only a nickname to type.
  const players = [];
  for (const nickname of ['Ada', 'Bob', 'Cy']) {
    const page = await open(phone, nickname, `/play?code=${code}`);
    await page.fill('#nickname', nickname);
    await page.keyboard.press('Enter');
    await page.locator('#waiting').waitFor({ timeout });
    players.push({ nickname, page });
  }
  const [ada, bob, cy] = players;
  await host.locator('#lobby').filter({ hasText: '3' }).waitFor({ timeout });
  await host.locator('#latest li').nth(2).waitFor({ timeout });
  await shot(host, 'host-lobby');
  await shot(ada.page, 'player-waiting');
  step('three players joined by URL; the host shows them arriving');

  // Round 1, CLASSIC: everyone answers. The host starts by keyboard.
  await host.keyboard.press('s');
  let text = await questionShown([host, spectator, ...players.map((p) => p.page)]);
  const wrong = async (page, q) => (await page.locator('button[data-choice]').evaluateAll(
    (nodes, key) => nodes.map((b) => b.dataset.choice).find((c) => c !== key), keys.get(q)));
  await host.locator('#countdown').filter({ hasText: /\d/ }).waitFor({ timeout });
  await ada.page.click(`button[data-choice="${keys.get(text)}"]`);
  await bob.page.click(`button[data-choice="${await wrong(bob.page, text)}"]`);
  await host.locator('#answered').filter({ hasText: 'Answered: 2/3' }).waitFor({ timeout });
  await shot(host, 'host-classic-question');
  await shot(ada.page, 'player-answered');
  await cy.page.click(`button[data-choice="${keys.get(text)}"]`);
  for (const p of players) await p.page.locator('#revealed').waitFor({ timeout });
  await host.locator('#distribution').waitFor({ timeout });
  await ada.page.locator('#result.ok').waitFor({ timeout });
  await bob.page.locator('#result.bad').filter({ hasText: 'Wrong · +0 · streak 0' }).waitFor({ timeout });
  await shot(host, 'host-classic-reveal');
  await shot(bob.page, 'player-wrong');
  await shot(spectator, 'spectator-reveal');
  step('CLASSIC question 1: answers counted, distribution after the reveal, right and wrong shown');

  // CLASSIC question 2: Cy reloads mid-question and answers after resuming.
  await host.keyboard.press('n');
  text = await questionShown([host, ...players.map((p) => p.page)], text);
  await ada.page.click(`button[data-choice="${keys.get(text)}"]`);
  await cy.page.reload();
  await cy.page.locator('#question').filter({ hasText: text }).waitFor({ timeout });
  await cy.page.locator('#me').filter({ hasText: 'Cy' }).waitFor({ timeout });
  await shot(cy.page, 'player-resumed-after-reload');
  await cy.page.click(`button[data-choice="${keys.get(text)}"]`);
  await bob.page.click(`button[data-choice="${keys.get(text)}"]`);
  for (const p of players) await p.page.locator('#revealed').waitFor({ timeout });
  await cy.page.locator('#result.ok').filter({ hasText: /Right · \+\d+ · streak 2/ }).waitFor({ timeout });
  await cy.page.locator('#rank').filter({ hasText: /\d\/3/ }).waitFor({ timeout });
  await shot(cy.page, 'player-right-after-reload');
  step('CLASSIC question 2: Cy reloaded mid-question, resumed and answered');

  // Round 2, BUZZER: the first to buzz answers.
  for (const [i, winner] of [ada, bob].entries()) {
    await host.click('#next');
    text = await questionShown([host, spectator, ...players.map((p) => p.page)], text);
    await host.locator('#question-meta').filter({ hasText: 'buzzer' }).waitFor({ timeout });
    await winner.page.click('#buzz');
    await winner.page.locator(`button[data-choice="${keys.get(text)}"]`).waitFor({ timeout });
    await host.locator('#winner').waitFor({ timeout });
    await host.locator('#buzzes li').first().waitFor({ timeout });
    await cy.page.locator('#winner').waitFor({ timeout });
    await shot(host, `host-buzzer-${i + 1}-buzz-order`);
    await shot(winner.page, `player-buzzer-${i + 1}-answering`);
    await winner.page.click(`button[data-choice="${keys.get(text)}"]`);
    for (const p of players) await p.page.locator('#revealed').waitFor({ timeout });
    await host.locator('#standings li').first().waitFor({ timeout });
    await shot(host, `host-buzzer-${i + 1}-standings`);
    step(`BUZZER question ${i + 1}: ${winner.nickname} buzzed first and answered`);
  }

  // The end: the podium everywhere.
  await host.click('#next');
  for (const page of [host, spectator, ...players.map((p) => p.page)]) await page.locator('#podium .step').first().waitFor({ timeout });
  await ada.page.locator('#final').filter({ hasText: 'You finished' }).waitFor({ timeout });
  await spectator.locator('#top li').nth(2).waitFor({ timeout });
  await shot(host, 'host-podium');
  await shot(spectator, 'spectator-podium');
  await shot(ada.page, 'player-podium');
  step('podium on the host, the spectator and all three players');
});
