// Who this browser is on the profile API, and calls to it as them (the profile and shop pages). Two identities:
// a guest, the player token the lobby gave this tab when it joined a game (player.js keeps it in sessionStorage),
// and an account, the token of a sign-in on the profile page (kept in localStorage until it expires, a day;
// it opens the profile's "me" operations only, never a game). A token only ever travels in the Authorization
// header, never in an address.
import { el } from '/buzzline.js';

const GUEST = 'buzzline.player';
const ACCOUNT = 'buzzline.account';

export const KINDS = [
  { kind: 'AVATAR', name: 'Avatar' },
  { kind: 'BUZZER_SOUND', name: 'Buzzer sound' },
  { kind: 'NAME_COLOUR', name: 'Name colour' },
  { kind: 'BADGE', name: 'Badge' },
];
export const kindName = (kind) => KINDS.find((k) => k.kind === kind)?.name ?? kind;

// The signed-in account when there is one (an explicit sign-in wins over this tab's game), else the guest.
export function identity() {
  const account = JSON.parse(localStorage.getItem(ACCOUNT) || 'null');
  if (account?.token && Date.parse(account.expiresAt) > Date.now()) return { kind: 'account', ...account };
  if (account) localStorage.removeItem(ACCOUNT);
  const guest = JSON.parse(sessionStorage.getItem(GUEST) || 'null');
  if (guest?.token) return { kind: 'guest', token: guest.token, playerId: guest.playerId, nickname: guest.nickname, code: guest.code };
  return null;
}

export function rememberSignIn(session, email) {
  localStorage.setItem(ACCOUNT, JSON.stringify({ token: session.token, playerId: session.playerId, expiresAt: session.expiresAt, email }));
}

export function signOut() {
  localStorage.removeItem(ACCOUNT);
}

// A refusal of the profile API: its problem+json, with the code its type ends in.
export class Problem extends Error {
  constructor(status, body, retryAfter) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.code = (body.type ?? '').split('/').pop() || `http-${status}`;
    this.retryAfter = retryAfter;
  }
}

// One call to /api/profile{path} as `who`; resolves to { status, body }, rejects with a Problem, or with a
// TypeError when the network failed (the request may or may not have reached the service).
export async function call(path, { method = 'GET', body, who, headers = {} } = {}) {
  const response = await fetch(`/api/profile${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(who ? { authorization: `Bearer ${who.token}` } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
    cache: 'no-store',
  });
  const json = response.status === 204 ? null : await response.json().catch(() => ({}));
  if (!response.ok) {
    const after = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
    throw new Problem(response.status, json ?? {}, Number.isFinite(after) ? after : null);
  }
  return { status: response.status, body: json };
}

// A refusal in words: each invalid field's message, or the problem's detail, starting with a capital.
export function inWords(error) {
  if (!(error instanceof Problem)) return 'The server could not be reached. Check the connection and try again.';
  if (error.status === 401 && error.code !== 'invalid-credentials') return 'Your session has ended: join a game again, or sign in on the profile page.';
  const violations = error.body.violations ?? [];
  const text = violations.length ? violations.map((v) => `${label(v.field)} ${v.message}`).join('; ') : error.message;
  return capital(text.endsWith('.') ? text : `${text}.`);
}

const label = (field) => ({ email: 'The e-mail address', password: 'The password', displayName: 'The display name' })[field] ?? field;
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// The identity line every page shows, with a sign-out button for an account.
export function whoLine(who, onSignOut) {
  if (!who) return [el('p', { id: 'who' }, 'You are not playing as anyone on this device yet.')];
  if (who.kind === 'account') {
    return [el('p', { id: 'who' }, 'Signed in as ', el('strong', {}, who.email ?? 'your account'), '.'),
      el('button', { type: 'button', id: 'sign-out', class: 'secondary small', onclick: () => { signOut(); onSignOut(); } }, 'Sign out on this device')];
  }
  return [el('p', { id: 'who' }, 'Playing as guest ', el('strong', {}, who.nickname ?? 'player'), who.code ? ` (game ${who.code}).` : '.')];
}

// A number of coins in words ("1 coin", "1,250 coins").
export const coins = (n) => `${Number(n).toLocaleString('en')} ${Math.abs(n) === 1 ? 'coin' : 'coins'}`;
