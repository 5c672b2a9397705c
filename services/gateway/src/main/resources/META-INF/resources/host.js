// The host screen: create a game, show the join code, drive it, watch counts, first buzzes, the answer
// distribution and the board (paged from the server).
import { GameConnection, GameModel, api, el } from '/buzzline.js';

const $ = (id) => document.getElementById(id);
let model;
let connection;

$('create').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('create-error').textContent = '';
  try {
    const pack = $('pack').value.trim();
    const created = await api('/api/lobby/games', {
      rounds: [{ mode: $('mode').value, questions: Number($('questions').value), timeLimitSeconds: Number($('time').value) }],
      maxPlayers: Number($('max').value), language: 'en', packId: pack || null,
      publicGame: false, lateJoin: true, teamPlay: false,
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
  $('join-code').textContent = code;
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

for (const action of ['start', 'next', 'skip', 'end']) {
  $(action).addEventListener('click', () => { $('game-error').textContent = ''; connection.send(action); });
}

function render() {
  const standings = model.standings();
  $('board').replaceChildren(...standings.map((p) => el('li', { 'data-player': p.id },
    `${p.nickname} · ${p.total} `, p.status === 'ACTIVE' && !model.ended
      ? el('a', { href: '#', onclick: (e) => { e.preventDefault(); connection.send('kick', { playerId: p.id }); } }, 'kick') : '')));
  $('stage').replaceChildren(...stage(standings));
  $('start').disabled = model.phase !== 'LOBBY';
}

function stage(standings) {
  if (model.ended) {
    return [el('h2', { id: 'podium-title' }, 'Podium'), el('div', { class: 'podium', id: 'podium' },
      ...standings.slice(0, 3).map((p, i) => el('div', { style: `height:${90 - i * 20}px` }, `${i + 1}. ${p.nickname}`, el('br'), p.total)))];
  }
  const q = model.question;
  if (!q) {
    return [el('p', { id: 'lobby' }, `${model.playerCount} player(s) joined. Start when ready.`),
      el('p', { class: 'muted', id: 'latest' }, model.latestJoined.length ? `Latest: ${model.latestJoined.join(', ')}` : '')];
  }
  const nodes = [
    el('p', { class: 'muted' }, `Question ${q.number}${q.revealed ? ' · revealed' : ''}`),
    el('p', { class: 'question', id: 'question' }, q.text),
    ...q.choices.map((c) => el('button', { class: `choice ${c === q.correctAnswer ? 'correct' : ''}`, disabled: true }, c)),
  ];
  if (model.firstBuzzes.length) nodes.push(el('p', { id: 'buzzes' }, `Buzzed: ${model.firstBuzzes.map((b) => `${b.nickname} (${b.afterMillis} ms)`).join(', ')}`));
  if (q.buzzWinner) nodes.push(el('p', { id: 'winner' }, `${model.nickname(q.buzzWinner)} answers`));
  nodes.push(el('p', { id: 'answered' }, `Answered: ${model.answeredCount}/${model.playerCount}`));
  if (model.answers.length) {
    nodes.push(el('p', { id: 'answers' }, `Answers: ${model.answers.map((a) => `${model.nickname(a.playerId)} ${a.answer}${a.correct ? ' ✓' : ' ✗'}`).join(', ')}`));
  }
  if (q.revealed && model.distribution) {
    nodes.push(el('p', { id: 'distribution' }, `Distribution: ${Object.entries(model.distribution).map(([c, n]) => `${c} ${n}`).join(' · ')}`));
  }
  return nodes;
}

const saved = JSON.parse(sessionStorage.getItem('buzzline.host') || 'null');
if (saved?.token) start(saved.token, saved.code);
