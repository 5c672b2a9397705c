// The shop page: the items on sale with their prices, and buying one as this tab's guest or signed-in account
// (me.js). A purchase carries an Idempotency-Key made for that click and sent again, unchanged, when the
// network failed or the wallet was busy (503), so a retry never buys twice; its button stays disabled while it
// is in flight. The new balance, or why the shop said no, is shown beside the item.
import { el } from '/buzzline.js';
import { Problem, call, coins, identity, inWords, kindName, whoLine } from '/me.js';

const $ = (id) => document.getElementById(id);
const RETRIES = 3;
let who;
let items = [];
let owned = new Set();
// Per item: the key of a purchase whose outcome is unknown (sent again by the next click), and its message.
const pending = new Map();
const notes = new Map();

const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function load() {
  who = identity();
  $('who-box').replaceChildren(...whoLine(who, load));
  $('shop-error').textContent = '';
  try {
    const [list, wallet, inventory] = await Promise.all([
      call('/shop/items'),
      who ? call('/wallets/me', { who }) : null,
      who ? call('/inventory/me', { who }) : null,
    ]);
    items = list.body.filter((i) => i.onSale);
    owned = new Set(inventory?.body.map((i) => i.itemId) ?? []);
    $('balance').textContent = wallet ? coins(wallet.body.balance) : '–';
    if (!who) {
      $('who-box').append(el('p', { id: 'no-one' }, el('a', { href: '/play' }, 'Join a game'), ' or ',
        el('a', { href: '/profile.html' }, 'sign in'), ' to buy.'));
    }
    render();
  } catch (e) {
    $('shop-error').textContent = inWords(e);
  }
}

function render() {
  $('items').replaceChildren(...(items.length ? items.map(itemCard) : [el('li', { class: 'card muted' }, 'Nothing is on sale right now.')]));
}

function itemCard(item) {
  const mine = owned.has(item.id);
  const nameId = `item-${item.id}-name`;
  const note = notes.get(item.id);
  return el('li', { class: 'card item', 'data-item': item.id },
    el('h3', { id: nameId }, item.name),
    el('p', { class: 'muted' }, kindName(item.kind), item.availableUntil ? ` · on sale until ${new Date(item.availableUntil).toLocaleString()}` : ''),
    el('p', { class: 'price' }, coins(item.price)),
    mine
      ? el('p', { class: 'ok owned' }, 'Owned · ', el('a', { href: '/profile.html' }, 'equip it on your profile'))
      : el('button', { type: 'button', class: 'buy', disabled: !who, 'aria-describedby': nameId, onclick: (e) => buy(item, e.currentTarget) },
        pending.has(item.id) ? 'Try again' : `Buy for ${coins(item.price)}`),
    el('p', { class: `item-message ${note?.kind ?? ''}`, role: 'status' }, note?.text ?? ''));
}

function say(item, text, kind = '') {
  notes.set(item.id, { text, kind });
  const node = document.querySelector(`[data-item="${CSS.escape(item.id)}"] .item-message`);
  if (node) { node.textContent = text; node.className = `item-message ${kind}`; }
}

const REFUSED = {
  'insufficient-funds': 'Not enough coins',
  'already-owned': 'You own this already',
  'price-changed': 'The price changed since this page was loaded; the shop now shows the new one',
  'not-on-sale': 'This item is not on sale any more',
  'unknown-item': 'This item is no longer in the shop',
};

async function buy(item, button) {
  // A click after an unknown outcome sends the same purchase again; any other click is a purchase of its own.
  const key = pending.get(item.id) ?? newKey();
  pending.set(item.id, key);
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  say(item, `Buying ${item.name}…`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const bought = (await call('/shop/purchases', { method: 'POST', body: { itemId: item.id, price: item.price }, who, headers: { 'idempotency-key': key } })).body;
        pending.delete(item.id);
        owned.add(item.id);
        $('balance').textContent = coins(bought.balance);
        notes.set(item.id, { text: `Bought ${item.name} for ${coins(bought.price)}. Your balance is now ${coins(bought.balance)}.`, kind: 'ok' });
        render();
        return;
      } catch (e) {
        if (e instanceof Problem && e.status !== 503) return refused(item, e);
        if (attempt >= RETRIES) {
          say(item, `${e instanceof Problem ? 'Your wallet is busy' : 'The connection failed'}: the purchase may not have gone through. Press "Try again": it is sent as the same purchase, so you are never charged twice.`, 'bad');
          button.textContent = 'Try again';
          return;
        }
        const wait = Math.min(10, e.retryAfter ?? 2 ** attempt);
        say(item, `${e instanceof Problem ? 'Your wallet is busy' : 'The connection failed'}; trying the same purchase again in ${wait} s…`);
        await sleep(wait * 1000);
      }
    }
  } finally {
    button.disabled = !who;
    button.removeAttribute('aria-busy');
  }
}

async function refused(item, problem) {
  pending.delete(item.id);
  if (problem.code === 'insufficient-funds') {
    const balance = (await call('/wallets/me', { who }).catch(() => null))?.body.balance;
    if (balance !== undefined) {
      $('balance').textContent = coins(balance);
      say(item, `Not enough coins: ${item.name} costs ${coins(item.price)} and you have ${coins(balance)}. Play games to earn the other ${coins(item.price - balance)}.`, 'bad');
      return;
    }
  }
  const reason = REFUSED[problem.code];
  const detail = problem.message.endsWith('.') ? problem.message : `${problem.message}.`;
  say(item, reason && problem.status !== 401 ? `${reason}: ${detail}` : inWords(problem), 'bad');
  if (problem.code === 'already-owned') owned.add(item.id);
  // The shop changed under the page: show it as it is now (the message stays with the item, if it is still there).
  if (['already-owned', 'price-changed', 'not-on-sale', 'unknown-item'].includes(problem.code)) await load();
}

load();
