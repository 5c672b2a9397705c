// The profile and shop pages against the real platform (run.sh starts it, profile included), coins earned
// the honest way: an editor puts two items in the shop through the edge; a guest plays a one-question game to
// its end, and profile grants the result (GAME_ENDED, content's archive, the wallet) while the profile page is
// refreshed; the guest buys the affordable item in the shop page, whose first answer is lost on the way back
// (the purchase is sent again with the same Idempotency-Key and charged once), and is refused the other in
// words; on the profile page equips it, sets a name and creates an account; in a second browser context the
// account signs in and sees the same items, exports its data and deletes it. No token ever in an address.
import { readFileSync } from 'node:fs';
import { base, phone, projector, run, timeout } from './harness.mjs';

const editorToken = process.env.EDITOR_TOKEN;
if (!editorToken) throw new Error('EDITOR_TOKEN is not set (run.sh mints one with scripts/token editor)');
const tag = Date.now().toString(36);
const badge = { id: `badge-${tag}`, kind: 'BADGE', name: 'Golden buzzer', price: 10 };
const crown = { id: `crown-${tag}`, kind: 'AVATAR', name: 'Diamond crown', price: 1_000_000 };
const email = `ada-${tag}@example.org`;
const password = 'quiz night forever';
const coins = (n) => `${n.toLocaleString('en')} ${n === 1 ? 'coin' : 'coins'}`;

async function edge(path, init = {}) {
  const response = await fetch(`${base}/api/profile${path}`, init);
  return { status: response.status, body: await response.json().catch(() => null) };
}
function check(condition, what) {
  if (!condition) throw new Error(what);
}

await run('profile-', async ({ browser, open, shot, step }) => {
  // (a) An editor stocks the shop through the gateway's edge.
  for (const { id, ...item } of [badge, crown]) {
    const put = await edge(`/shop/items/${id}`, {
      method: 'PUT', headers: { authorization: `Bearer ${editorToken}`, 'content-type': 'application/json' }, body: JSON.stringify(item),
    });
    check(put.status === 201, `the editor's PUT /api/profile/shop/items/${id} answered ${put.status}: ${JSON.stringify(put.body)}`);
  }
  step('an editor put two items in the shop through /api/profile/shop/items/{id}');

  // (b) A guest earns coins: a one-question game played to its end through the host and player screens.
  const host = await open(projector, 'host', '/host.html');
  await host.locator('#language option[value="en"]').waitFor({ state: 'attached', timeout });
  await host.fill('#round-1-questions', '1');
  await host.fill('#round-1-time', '15');
  await host.click('#create-button');
  await host.locator('#join-code').filter({ hasText: /\S/ }).waitFor({ timeout: 3 * timeout });
  const code = (await host.locator('#join-code').textContent()).trim();
  const guestContext = await browser.newContext(phone);
  const urls = [];
  guestContext.on('request', (request) => urls.push(request.url()));
  const ada = await open(guestContext, 'Ada', `/play?code=${code}`);
  await ada.fill('#nickname', 'Ada');
  await ada.keyboard.press('Enter');
  await ada.locator('#waiting').waitFor({ timeout });
  await host.locator('#latest li').first().waitFor({ timeout });
  await host.keyboard.press('s');
  await ada.locator('button[data-choice]').first().click({ timeout });
  await ada.locator('#revealed').waitFor({ timeout });
  await host.click('#next');
  await ada.locator('#podium .step').first().waitFor({ timeout });
  step(`game ${code} played to its end by the guest Ada`);

  // From the podium to the profile page, in the same tab: the page acts as the guest. Profile grants the game
  // once content has archived it, a few seconds after the end.
  await ada.click('#to-profile');
  await ada.locator('#who').filter({ hasText: 'guest Ada' }).waitFor({ timeout });
  const deadline = Date.now() + 60_000;
  for (;;) {
    await ada.locator('#balance').filter({ hasText: /coins?$/ }).waitFor({ timeout });
    if (await ada.locator('#ledger li[data-seq]').count()) break;
    check(Date.now() < deadline, 'no coins in the guest\'s wallet 60 s after the game ended');
    await ada.waitForTimeout(500);
    await ada.reload();
  }
  await ada.locator('#ledger li').filter({ hasText: '+10 coins for a game: 1st of 1' }).waitFor({ timeout });
  const earned = Number((await ada.locator('#balance').textContent()).replace(/\D/g, ''));
  check(earned >= badge.price && earned < crown.price, `the guest has ${earned} coins after one game`);
  await shot(ada, 'guest-coins-after-a-game', true);
  step(`the game's result granted: ${earned} coins, the ledger says why`);

  // (c) The shop: the first purchase's answer is lost after profile made it; the page sends the same
  // purchase again (same Idempotency-Key, button disabled meanwhile) and it is charged once.
  await ada.click('nav a[href="/shop.html"]');
  const badgeCard = ada.locator(`[data-item="${badge.id}"]`);
  await badgeCard.locator('.price').filter({ hasText: coins(badge.price) }).waitFor({ timeout });
  await ada.locator('#balance').filter({ hasText: coins(earned) }).waitFor({ timeout });
  const keys = [];
  await ada.route('**/api/profile/shop/purchases', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (keys.length === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await badgeCard.locator('button.buy').click();
  await badgeCard.locator('button.buy[disabled][aria-busy=true]').waitFor({ timeout });
  await badgeCard.locator('.item-message').filter({ hasText: 'trying the same purchase again' }).waitFor({ timeout });
  const left = earned - badge.price;
  await badgeCard.locator('.item-message.ok').filter({ hasText: `Bought Golden buzzer for 10 coins. Your balance is now ${coins(left)}.` }).waitFor({ timeout });
  await ada.locator('#balance').filter({ hasText: coins(left) }).waitFor({ timeout });
  await badgeCard.locator('.owned').waitFor({ timeout });
  await ada.unroute('**/api/profile/shop/purchases');
  check(keys.length === 2 && keys[0] === keys[1] && /^[A-Za-z0-9._~-]{1,128}$/.test(keys[0]),
    `the purchase was sent ${keys.length} times with the keys ${JSON.stringify(keys)}; expected twice with one key`);
  await shot(ada, 'shop-bought-after-a-lost-answer', true);
  const crownCard = ada.locator(`[data-item="${crown.id}"]`);
  await crownCard.locator('button.buy').click();
  await crownCard.locator('.item-message.bad').filter({ hasText: `Not enough coins: Diamond crown costs 1,000,000 coins and you have ${coins(left)}.` }).waitFor({ timeout });
  check(await crownCard.locator('button.buy').isEnabled(), 'the refused item\'s button is still disabled after the refusal');
  await shot(ada, 'shop-refused-in-words', true);
  step('bought once through a lost answer (one key, sent twice); a purchase beyond the balance refused in words');

  // (d) The profile page: equip the badge, set a display name, create an account (a refused password first).
  await ada.click('nav a[href="/profile.html"]');
  await ada.locator(`#inventory li[data-item="${badge.id}"]`).filter({ hasText: 'Golden buzzer' }).waitFor({ timeout });
  await ada.locator('#ledger li').filter({ hasText: 'for buying Golden buzzer' }).first().waitFor({ timeout });
  check(await ada.locator('#ledger li').filter({ hasText: '−10 coins for buying Golden buzzer' }).count() === 1, 'the ledger does not show exactly one purchase');
  check(await ada.locator('#older').isHidden(), 'a two-entry ledger offers older entries');
  await ada.selectOption('#equip-BADGE', badge.id);
  await ada.fill('#display-name', 'Ada Lovelace');
  await ada.click('#save-profile');
  await ada.locator('#profile-status').filter({ hasText: 'Profile saved.' }).waitFor({ timeout });
  const { playerId, token: guestToken } = await ada.evaluate(() => JSON.parse(sessionStorage.getItem('buzzline.player')));
  const profile = await edge(`/profiles/${playerId}`);
  check(profile.body?.equipped?.BADGE === badge.id && profile.body.displayName === 'Ada Lovelace',
    `the public profile is ${JSON.stringify(profile.body)}`);
  await ada.fill('#new-email', email);
  await ada.fill('#new-password', 'short');
  await ada.click('#create-button');
  await ada.locator('#create-error').filter({ hasText: 'The password must be 10 to 128 characters' }).waitFor({ timeout });
  await ada.fill('#new-password', password);
  await ada.click('#create-button');
  await ada.locator('#create-status').filter({ hasText: `Account created for ${email}` }).waitFor({ timeout });
  await ada.locator('#account-line').filter({ hasText: email }).waitFor({ timeout });
  await shot(ada, 'profile-equipped-with-account', true);
  step('badge equipped, display name set (the public profile shows both), account created after a refused password');

  // Another device: a fresh browser context signs in and sees the same player.
  const deviceContext = await browser.newContext(phone);
  deviceContext.on('request', (request) => urls.push(request.url()));
  // Its ledger comes a page of one entry at a time (the page asks for 10; the real API pages by 1 here).
  await deviceContext.route('**/api/profile/wallets/me/ledger?*', (route) => route.continue({ url: route.request().url().replace('limit=10', 'limit=1') }));
  const other = await open(deviceContext, 'Ada elsewhere', '/profile.html');
  await other.locator('#sign-in-note').filter({ hasText: 'count for this account' }).waitFor({ timeout });
  await other.fill('#email', email);
  await other.fill('#password', 'not the password');
  await other.click('#sign-in-button');
  await other.locator('#sign-in-error').filter({ hasText: 'The address or the password is wrong.' }).waitFor({ timeout });
  await other.fill('#password', password);
  await other.click('#sign-in-button');
  await other.locator('#who').filter({ hasText: `Signed in as ${email}` }).waitFor({ timeout });
  await other.locator(`#inventory li[data-item="${badge.id}"]`).filter({ hasText: 'Golden buzzer' }).waitFor({ timeout });
  await other.locator('#balance').filter({ hasText: coins(left) }).waitFor({ timeout });
  await other.locator('#ledger li').first().filter({ hasText: 'for buying Golden buzzer' }).waitFor({ timeout });
  check(await other.locator('#ledger li').count() === 1, 'a page of one entry shows more than one');
  await other.click('#older');
  await other.locator('#ledger li').nth(1).filter({ hasText: 'for a game: 1st of 1' }).waitFor({ timeout });
  await other.locator('#older').waitFor({ state: 'hidden', timeout });
  check(await other.inputValue('#equip-BADGE') === badge.id, 'the other device does not show the badge equipped');
  check(await other.inputValue('#display-name') === 'Ada Lovelace', 'the other device does not show the display name');
  await shot(other, 'signed-in-elsewhere', true);
  step('signed in from another browser context: same inventory, balance, equipped badge; the ledger paged newest first');

  // The signed-in device joins a new game: the lobby takes the account token, so it plays as the same player.
  const secondHost = await open(projector, 'second host', '/host.html');
  await secondHost.locator('#language option[value="en"]').waitFor({ state: 'attached', timeout });
  await secondHost.fill('#round-1-questions', '1');
  await secondHost.click('#create-button');
  await secondHost.locator('#join-code').filter({ hasText: /\S/ }).waitFor({ timeout: 3 * timeout });
  const secondCode = (await secondHost.locator('#join-code').textContent()).trim();
  check(secondCode !== code, 'the host page did not make a second game');
  await other.goto(`${base}/play?code=${secondCode}`);
  await other.locator('#join-as').filter({ hasText: `Joining as ${email}` }).waitFor({ timeout });
  await other.fill('#nickname', 'Ada again');
  await other.keyboard.press('Enter');
  await other.locator('#waiting').waitFor({ timeout });
  const joinedAs = await other.evaluate(() => JSON.parse(sessionStorage.getItem('buzzline.player')).playerId);
  check(joinedAs === playerId, `the signed-in device joined as ${joinedAs}, not the account's player ${playerId}`);
  await other.goto(`${base}/profile.html`);
  await other.locator('#who').filter({ hasText: `Signed in as ${email}` }).waitFor({ timeout });
  step(`the signed-in device joined game ${secondCode} as the account's player ${playerId}`);

  // Export (a download made in the page: the token stays in the header), then delete, confirmed.
  const [download] = await Promise.all([other.waitForEvent('download', { timeout }), other.click('#export')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  check(exported.account?.email === email && exported.inventory?.some((i) => i.itemId === badge.id)
    && exported.ledger?.filter((e) => e.reason === 'PURCHASE').length === 1, `the export holds ${JSON.stringify(exported).slice(0, 400)}`);
  const accountToken = await other.evaluate(() => JSON.parse(localStorage.getItem('buzzline.account')).token);
  await other.click('#delete');
  await other.locator('#confirm-delete[open]').waitFor({ timeout });
  await other.click('#confirm-delete-button');
  await other.locator('#deleted').waitFor({ timeout });
  const signIn = await edge('/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  check(signIn.status === 401, `signing in after the deletion answered ${signIn.status}`);
  check((await edge(`/profiles/${playerId}`)).body?.displayName == null, 'the profile outlived the deletion');
  step('data exported as JSON, then deleted after a confirmation (the account no longer signs in)');

  const leaked = urls.filter((url) => [guestToken, accountToken, editorToken].some((t) => url.includes(t)));
  check(!leaked.length, `a token went into an address: ${leaked.join(' ')}`);
});
