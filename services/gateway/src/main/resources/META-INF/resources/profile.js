// The profile page, as this tab's guest or a signed-in account (me.js): display name and equipped cosmetics
// (chosen among owned items), the balance and the ledger (paged, newest first, each entry with its cause),
// the inventory, creating an account, signing in, exporting and deleting one's data.
import { el } from '/buzzline.js';
import { KINDS, call, coins, identity, inWords, kindName, rememberSignIn, signOut, whoLine } from '/me.js';

const $ = (id) => document.getElementById(id);
const PAGE = 10;
let who;
let nextBefore = null;
const names = new Map();

// Item names by id: the shop's list, then any item no longer on sale one by one (an id if it is gone).
async function nameItems(ids) {
  if (!names.size) (await call('/shop/items').catch(() => ({ body: [] }))).body.forEach((i) => names.set(i.id, i.name));
  await Promise.all([...new Set(ids)].filter((id) => !names.has(id)).map((id) =>
    call(`/shop/items/${encodeURIComponent(id)}`).then((r) => names.set(id, r.body.name), () => names.set(id, id))));
}
const itemName = (id) => names.get(id) ?? id;

async function load() {
  who = identity();
  $('who-box').replaceChildren(...whoLine(who, load));
  $('page-error').textContent = '';
  $('mine').hidden = !who;
  $('sign-in').hidden = who?.kind === 'account';
  $('account-line').hidden = true;
  if (!who) {
    $('who-box').append(el('p', {}, el('a', { href: '/play' }, 'Join a game'), ' to play as a guest, or sign in below.'));
    return;
  }
  try {
    const [profile, wallet, inventory, account] = await Promise.all([
      call(`/profiles/${encodeURIComponent(who.playerId)}`),
      call('/wallets/me', { who }),
      call('/inventory/me', { who }),
      call('/accounts/me', { who }).catch((e) => { if (e.code === 'no-account') return null; throw e; }),
    ]);
    await nameItems(inventory.body.map((i) => i.itemId));
    showProfile(profile.body, inventory.body);
    showInventory(inventory.body);
    $('balance').textContent = coins(wallet.body.balance);
    $('create-account').hidden = !!account;
    if (account) {
      $('account-line').hidden = false;
      $('account-line').textContent = `Account: ${account.body.email}, since ${new Date(account.body.createdAt).toLocaleDateString()}.`;
    }
    $('ledger').replaceChildren();
    nextBefore = null;
    await ledgerPage();
  } catch (e) {
    $('page-error').textContent = inWords(e);
  }
}

function showProfile(profile, inventory) {
  $('display-name').value = profile.displayName ?? '';
  $('slots').replaceChildren(...KINDS.map(({ kind, name }) => {
    const owned = inventory.filter((i) => i.kind === kind);
    const id = `equip-${kind}`;
    return el('div', {}, el('label', { for: id }, name),
      el('select', { id, name: kind, 'data-kind': kind, disabled: !owned.length },
        el('option', { value: '' }, owned.length ? 'None' : 'None (buy one in the shop)'),
        ...owned.map((i) => el('option', { value: i.itemId, selected: profile.equipped?.[kind] === i.itemId }, itemName(i.itemId)))));
  }));
}

function showInventory(inventory) {
  $('inventory').replaceChildren(...(inventory.length
    ? inventory.map((i) => el('li', { 'data-item': i.itemId }, el('strong', {}, itemName(i.itemId)),
      ` · ${kindName(i.kind)} · since ${new Date(i.acquiredAt).toLocaleDateString()}`))
    : [el('li', { class: 'muted' }, 'Nothing yet: the shop sells avatars, buzzer sounds, name colours and badges.')]));
}

async function ledgerPage() {
  const query = `?limit=${PAGE}${nextBefore ? `&before=${nextBefore}` : ''}`;
  const page = (await call(`/wallets/me/ledger${query}`, { who })).body;
  await nameItems(page.entries.filter((e) => e.itemId).map((e) => e.itemId));
  if (!page.entries.length && !nextBefore) $('ledger').append(el('li', { class: 'muted' }, 'No coins yet: play a game to its end to earn some.'));
  $('ledger').append(...page.entries.map((e) => el('li', { 'data-seq': e.seq },
    el('span', { class: e.amount >= 0 ? 'ok' : 'bad' }, `${e.amount >= 0 ? '+' : '−'}${coins(Math.abs(e.amount))}`),
    ` ${why(e)}`, el('br'),
    el('span', { class: 'muted' }, `${new Date(e.at).toLocaleString()} · balance ${coins(e.balanceAfter)}`))));
  nextBefore = page.nextBefore ?? null;
  $('older').hidden = nextBefore === null;
}

const ENDINGS = { ENDED_BY_HOST: ' (the host ended it early)', ABANDONED: ' (abandoned)', CONTENT_UNAVAILABLE: ' (its questions could not be loaded)' };
const ordinal = (n) => `${n}${[11, 12, 13].includes(n % 100) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' })[n % 10] ?? 'th'}`;

// Why an entry happened, in words.
function why(e) {
  switch (e.reason) {
    case 'GAME_RESULT': return `for a game: ${ordinal(e.rank)} of ${e.players}${ENDINGS[e.ended] ?? ''}`;
    case 'QUEST_REWARD': return `for completing quest ${e.questId}`;
    case 'PURCHASE': return `for buying ${itemName(e.itemId)}`;
    default: return e.reason;
  }
}

$('older').addEventListener('click', () => ledgerPage().catch((e) => { $('page-error').textContent = inWords(e); }));
$('refresh').addEventListener('click', load);

$('profile').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('profile-status').textContent = '';
  $('profile-error').textContent = '';
  const equipped = {};
  for (const select of $('slots').querySelectorAll('select')) if (select.value) equipped[select.dataset.kind] = select.value;
  const displayName = $('display-name').value.trim() || undefined;
  await busy($('save-profile'), async () => {
    try {
      await call('/profiles/me', { method: 'PUT', body: { displayName, equipped }, who });
      $('profile-status').textContent = 'Profile saved.';
    } catch (e) {
      $('profile-error').textContent = inWords(e);
    }
  });
});

$('create-account').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('create-error').textContent = '';
  const email = $('new-email').value.trim();
  await busy($('create-button'), async () => {
    try {
      await call('/accounts', { method: 'POST', body: { email, password: $('new-password').value }, who });
      $('new-password').value = '';
      await load();
      $('create-status').textContent = `Account created for ${email}: sign in with it on any device.`;
    } catch (e) {
      $('create-error').textContent = inWords(e);
    }
  });
});

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  const email = $('email').value.trim();
  await busy($('sign-in-button'), async () => {
    try {
      const session = await call('/sessions', { method: 'POST', body: { email, password: $('password').value } });
      $('password').value = '';
      rememberSignIn(session.body, email);
      await load();
    } catch (e) {
      $('sign-in-error').textContent = inWords(e);
    }
  });
});

// The export is fetched with the token in its header and saved from memory: no address carries the token.
$('export').addEventListener('click', () => busy($('export'), async () => {
  $('data-error').textContent = '';
  try {
    const data = (await call('/accounts/me/export', { who })).body;
    const href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
    el('a', { href, download: `buzzline-data-${who.playerId}.json` }).click();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    $('data-status').textContent = 'Your data is downloaded as a JSON file.';
  } catch (e) {
    $('data-error').textContent = inWords(e);
  }
}));

$('delete').addEventListener('click', () => $('confirm-delete').showModal());
$('confirm-delete').addEventListener('close', async () => {
  if ($('confirm-delete').returnValue !== 'delete') return;
  $('data-error').textContent = '';
  try {
    await call('/accounts/me', { method: 'DELETE', who });
    if (who.kind === 'account') signOut();
    $('mine').hidden = true;
    $('who-box').replaceChildren(el('p', { id: 'deleted' }, 'Your data is deleted: account, profile, coins, history and items.'));
    $('page-error').textContent = '';
  } catch (e) {
    $('data-error').textContent = inWords(e);
  }
});

// A button stays disabled (and says it is busy) while its request is in flight.
async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

load();
