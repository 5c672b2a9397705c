// The host screen, made to be projected: the create form (categories and languages from content's
// catalogue, rounds with modes, question counts and time limits, teams, what the lobby's create accepts),
// then the join code with a QR code of the join URL, the presentation stage (stage.js) and the host's
// controls on the same page, by mouse or keyboard (S start, N next, K skip, E end).
import { GameConnection, GameModel, api, el } from '/buzzline.js';
import { countdown, presentation } from '/stage.js';

const $ = (id) => document.getElementById(id);
let model;
let connection;

// The catalogue comes from content through the edge (public reads); a form without it still works in English.
async function catalogue() {
  const [languages, categories] = await Promise.all([
    api('/api/content/config/languages').catch(() => null),
    api('/api/content/config/categories').catch(() => null),
  ]);
  const list = languages?.value?.languages ?? [{ code: 'en', name: 'English' }];
  const chosen = languages?.value?.defaultLanguage ?? 'en';
  $('language').replaceChildren(...list.map((l) => el('option', { value: l.code, selected: l.code === chosen }, l.name)));
  const names = (c) => c.names[$('language').value] ?? c.names.en ?? c.code;
  const draw = () => $('categories').replaceChildren(...(categories?.value?.categories ?? []).map((c) =>
    el('label', {}, el('input', { type: 'checkbox', name: 'category', value: c.code }), ` ${names(c)}`)));
  draw();
  $('language').addEventListener('change', draw);
}

function addRound(mode = 'CLASSIC') {
  const n = $('rounds').children.length + 1;
  if (n > 10) return;
  const id = (f) => `round-${n}-${f}`;
  $('rounds').append(el('div', { class: 'row round', 'data-round': n },
    el('div', {}, el('label', { for: id('mode') }, `Round ${n}`),
      el('select', { id: id('mode'), class: 'round-mode' },
        el('option', { value: 'CLASSIC', selected: mode === 'CLASSIC' }, 'Everyone answers'),
        el('option', { value: 'BUZZER', selected: mode === 'BUZZER' }, 'Buzzer'))),
    el('div', {}, el('label', { for: id('questions') }, 'Questions'), el('input', { id: id('questions'), class: 'round-questions', type: 'number', min: 1, max: 50, value: 5 })),
    el('div', {}, el('label', { for: id('time') }, 'Seconds each'), el('input', { id: id('time'), class: 'round-time', type: 'number', min: 5, max: 120, value: 20 })),
    el('div', {}, el('label', { for: id('points') }, 'Points'), el('input', { id: id('points'), class: 'round-points', type: 'number', min: 0, max: 10000, value: 1000 })),
    el('div', {}, el('label', { for: id('penalty') }, 'Wrong buzz penalty'), el('input', { id: id('penalty'), class: 'round-penalty', type: 'number', min: 0, max: 10000, value: 0 }))));
}

$('add-round').addEventListener('click', () => addRound('BUZZER'));

$('create').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('create-error').textContent = '';
  const num = (node, cls) => Number(node.querySelector(cls).value);
  try {
    const pack = $('pack').value.trim();
    const categories = [...document.querySelectorAll('input[name=category]:checked')].map((c) => c.value);
    const created = await api('/api/lobby/games', {
      rounds: [...$('rounds').children].map((r) => ({
        mode: r.querySelector('.round-mode').value, questions: num(r, '.round-questions'), timeLimitSeconds: num(r, '.round-time'),
        points: num(r, '.round-points'), wrongAnswerPenalty: num(r, '.round-penalty'),
      })),
      maxPlayers: Number($('max').value), language: $('language').value || 'en',
      categories: pack ? undefined : categories, packId: pack || undefined,
      publicGame: $('public').checked, lateJoin: $('late').checked, teamPlay: $('teams').checked,
      autoAdvanceSeconds: Number($('auto').value), streakBonus: $('streak-bonus').checked,
    });
    sessionStorage.setItem('buzzline.host', JSON.stringify({ token: created.hostToken, gameId: created.gameId, code: created.joinCode }));
    start(created.hostToken, created.joinCode);
  } catch (err) {
    $('create-error').textContent = err.message;
  }
});

function start(token, code) {
  model = new GameModel(null);
  $('create').hidden = true;
  $('game').hidden = false;
  document.querySelector('h1').hidden = true;
  $('join-code').textContent = code;
  $('join-url').textContent = `${location.host}/play`;
  $('qr').src = `/api/join-codes/${encodeURIComponent(code)}/qr`;
  // The host replays its view of the game's log (lastSequence 0); like everyone it sees each key at its reveal.
  // Players arrive as counts (ticks) and board pages, never as one event per player.
  connection = new GameConnection(token, {
    welcome: (frame) => { model.board(frame.view.leaderboard); model.playerCount = frame.view.playerCount; model.fromWelcome(frame); render(); },
    event: (event) => { model.apply(event); if (event.type === 'GAME_ENDED') askBoard(); render(); },
    tick: (frame) => { const before = model.playerCount; model.tick(frame); if (frame.playerCount !== before) askBoard(); render(); },
    standings: (frame) => { model.standingsFrame(frame); askBoard(); render(); },
    page: (frame) => { model.board(frame.standings); render(); },
    error: (frame) => { $('game-error').textContent = `${frame.code}: ${frame.message}`; },
    status: (status) => { $('banner').classList.toggle('show', status === 'reconnecting'); },
  }, { lastSequence: 0 });
  connection.connect();
}

// One page of the whole board (the first 100), asked for when the players or their points changed.
function askBoard() {
  connection.send('board', { offset: 0, limit: 100 });
}

const KEYS = { s: 'start', n: 'next', k: 'skip', e: 'end' };
for (const action of Object.values(KEYS)) {
  $(action).addEventListener('click', () => { $('game-error').textContent = ''; connection.send(action); });
}
document.addEventListener('keydown', (e) => {
  const action = KEYS[e.key.toLowerCase()];
  if (!connection || !action || e.ctrlKey || e.metaKey || e.altKey || ['INPUT', 'SELECT'].includes(e.target.tagName)) return;
  if (!$(action).disabled) $(action).click();
});

function render() {
  $('board').replaceChildren(...model.standings().map((p) => el('li', { 'data-player': p.id },
    `${p.nickname} · ${p.total} `, p.status === 'ACTIVE' && !model.ended
      ? el('button', { class: 'link', 'aria-label': `kick ${p.nickname}`, onclick: () => connection.send('kick', { playerId: p.id }) }, 'kick') : '')));
  $('stage').replaceChildren(...presentation(model, { host: true }));
  $('start').disabled = model.phase !== 'LOBBY';
  $('next').disabled = model.ended || model.phase === 'LOBBY';
  $('skip').disabled = model.ended || !model.question || model.question.revealed;
  $('end').disabled = model.ended;
}

setInterval(() => { if (model && $('countdown')) $('countdown').textContent = countdown(model); }, 250);

const saved = JSON.parse(sessionStorage.getItem('buzzline.host') || 'null');
if (saved?.token) start(saved.token, saved.code);
else { addRound('CLASSIC'); catalogue(); }
