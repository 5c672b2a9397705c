// The player screen: join with a code (typed, or from the join URL /play?code=XXXXXX that the host's QR
// code encodes) and a nickname, then buzz or answer against the clock, see right or wrong, points, streak
// and rank. A reload resumes the game from the welcome view; a dropped socket resumes by sequence.
import { GameConnection, GameModel, api, el } from '/buzzline.js';
import { identity } from '/me.js';

const $ = (id) => document.getElementById(id);
let model;
let connection;
let me;

// The account signed in on this device (profile page), if any: joins go as its player.
function signedInAccount() {
  const who = identity();
  return who?.kind === 'account' ? who : null;
}
if (signedInAccount()) $('join-as').textContent = `Joining as ${signedInAccount().email ?? 'your account'}.`;

const fromUrl = new URLSearchParams(location.search).get('code');
if (fromUrl) {
  $('code').value = fromUrl.toUpperCase();
  $('nickname').focus();
}

$('join').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('join-error').textContent = '';
  try {
    const code = $('code').value.trim().toUpperCase();
    // Signed in to an account on this device (the profile page): join as that player, with its history and wallet.
    const account = signedInAccount();
    const joined = await api(`/api/lobby/codes/${encodeURIComponent(code)}/players`, { nickname: $('nickname').value.trim() },
      'POST', account ? { authorization: `Bearer ${account.token}` } : {});
    sessionStorage.setItem('buzzline.player', JSON.stringify({ token: joined.playerToken, playerId: joined.playerId, nickname: joined.nickname, code }));
    start(joined.playerToken, joined.playerId, joined.nickname, null);
  } catch (err) {
    $('join-error').textContent = err.message;
  }
});

function start(token, playerId, nickname, lastSequence) {
  me = playerId;
  model = new GameModel(playerId);
  $('join').hidden = true;
  $('game').hidden = false;
  $('me').textContent = nickname;
  connection = new GameConnection(token, {
    welcome: (frame, resuming) => { if (!resuming) { model.fromView(frame.view); restoreAnswer(); } model.fromWelcome(frame); render(); },
    event: (event) => { model.apply(event); render(); },
    tick: (frame) => { model.tick(frame); render(); },
    standings: (frame) => { model.standingsFrame(frame); render(); },
    error: (frame) => { $('game-error').textContent = `${frame.code}: ${frame.message}`; },
    status: (status) => {
      $('banner').classList.toggle('show', status === 'reconnecting');
      if (status === 'refused') $('game-error').textContent = 'This game no longer accepts your token; join again.';
    },
  }, { lastSequence });
  connection.connect();
}

// The answer given to the open question, kept across a reload (the view says only that one was given).
function restoreAnswer() {
  const saved = JSON.parse(sessionStorage.getItem('buzzline.answer') || 'null');
  if (saved && model.question?.questionId === saved.questionId) model.myAnswer = saved.answer;
}

function answer(q, choice) {
  model.myAnswer = choice;
  sessionStorage.setItem('buzzline.answer', JSON.stringify({ questionId: q.questionId, answer: choice }));
  connection.send('answer', { questionId: q.questionId, answer: choice });
  render();
}

function render() {
  const mine = model.mine;
  $('score').textContent = mine ? mine.total : 0;
  $('rank').textContent = mine?.rank ? `${mine.rank}/${model.playerCount}` : '–';
  $('streak').textContent = mine?.streak ?? 0;
  $('stage').replaceChildren(...stageContent(model.top.length ? model.top : model.standings()));
  tickTimer();
}

function tickTimer() {
  const q = model.question;
  const open = q && !q.revealed && !model.ended;
  const due = q?.buzzWinner === me && q.answerDueAt ? q.answerDueAt : q?.closesAt;
  const left = open ? model.secondsUntil(due) : null;
  $('timer').textContent = left === null ? '' : `${left} s`;
  $('timer').classList.toggle('urgent', left !== null && left <= 5);
}
setInterval(() => { if (model) tickTimer(); }, 250);

function stageContent(standings) {
  if (model.ended) return podium(standings);
  const q = model.question;
  if (!q || model.phase === 'LOBBY' || model.phase === 'NEW') {
    return [el('p', { id: 'waiting' }, 'Waiting for the host to start…'),
      el('p', { class: 'muted', id: 'players' }, `${model.playerCount} player(s)${model.latestJoined.length ? `: ${model.latestJoined.join(', ')}` : ''}`)];
  }
  const nodes = [el('p', { class: 'muted' }, `Round ${q.round} · question ${q.number} · ${q.mode === 'BUZZER' ? 'buzzer' : 'everyone answers'}`),
    el('p', { class: 'question', id: 'question', 'aria-live': 'polite' }, q.text)];
  if (q.revealed) {
    nodes.push(...q.choices.map((c) => el('button', { class: `choice ${c === q.correctAnswer ? 'correct' : c === model.myAnswer ? 'wrong' : 'dim'}`, disabled: true }, c)));
    nodes.push(el('p', { id: 'revealed' }, `Answer: ${q.correctAnswer}`));
    nodes.push(verdict(q));
    return nodes;
  }
  if (q.mode === 'BUZZER' && q.buzzWinner !== me) {
    if (q.buzzWinner) nodes.push(el('p', { id: 'winner' }, `${model.nickname(q.buzzWinner)} buzzed first`));
    const order = model.buzzOrder();
    if (order.length) nodes.push(el('p', { class: 'muted', id: 'buzzes' }, `Buzzed: ${order.map((b) => b.nickname).join(', ')}`));
    nodes.push(el('button', { class: 'buzz', id: 'buzz', disabled: model.buzzed || model.lockedOut || !!q.buzzWinner,
      onclick: () => connection.send('buzz', { questionId: q.questionId }) }, model.lockedOut ? 'Locked out' : model.buzzed ? 'Buzzed!' : 'BUZZ'));
    return nodes;
  }
  if (q.mode === 'BUZZER') nodes.push(el('p', { id: 'your-turn', class: 'accent' }, 'You buzzed first: answer!'));
  const answered = model.myAnswer !== null && model.myAnswer !== undefined;
  nodes.push(...q.choices.map((c, i) => el('button', {
    class: `choice ${c === model.myAnswer ? 'picked' : ''}`, 'data-choice': c, 'aria-keyshortcuts': String(i + 1),
    disabled: answered, onclick: () => answer(q, c),
  }, `${i + 1}. ${c}`)));
  if (answered) nodes.push(el('p', { class: 'muted', id: 'answered' }, 'Answer sent; waiting for the reveal…'));
  return nodes;
}

// Right or wrong, from this player's own SCORE_UPDATED (CLASSIC answers are never broadcast) or the reveal.
function verdict(q) {
  const mine = model.mine;
  const scored = mine?.points !== undefined;
  const answered = model.myAnswer !== null && model.myAnswer !== undefined;
  if (!mine?.reason && !answered) return el('p', { id: 'result', class: 'muted' }, 'No answer');
  const right = mine?.reason ? mine.reason.endsWith('CORRECT') || mine.reason === 'CLASSIC_STREAK' : model.myAnswer === q.correctAnswer;
  return el('p', { id: 'result', class: right ? 'ok' : 'bad' },
    `${right ? 'Right' : 'Wrong'}${scored ? ` · ${mine.points >= 0 ? '+' : ''}${mine.points} · streak ${mine.streak ?? 0}` : ''}`);
}

function podium(standings) {
  const top = [...standings].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, 3);
  return [el('h2', { id: 'podium-title' }, 'Game over'),
    el('p', { id: 'final' }, model.mine?.rank ? `You finished ${model.mine.rank} of ${model.playerCount} with ${model.mine.total} points` : ''),
    el('div', { class: 'podium', id: 'podium' },
      ...top.map((p, i) => el('div', { class: `step step-${i + 1}` }, `${i + 1}. ${p.nickname}`, el('br'), p.total))),
    // Same tab, so the profile page acts as this player (its token stays in this tab's sessionStorage).
    el('p', { class: 'muted' }, 'Coins for this game reach your wallet a few seconds after the end.'),
    el('a', { class: 'button secondary', id: 'to-profile', href: '/profile.html' }, 'Your coins and profile'),
    el('a', { class: 'button secondary', id: 'to-shop', href: '/shop.html' }, 'Shop')];
}

// Keys 1–6 answer, space or B buzzes.
document.addEventListener('keydown', (e) => {
  if (!model || e.target.tagName === 'INPUT') return;
  const q = model.question;
  if (!q || q.revealed) return;
  if ((e.key === ' ' || e.key.toLowerCase() === 'b') && $('buzz') && !$('buzz').disabled) { e.preventDefault(); $('buzz').click(); return; }
  const choice = document.querySelector(`button[aria-keyshortcuts="${e.key}"]`);
  if (choice && !choice.disabled) choice.click();
});

// After a page reload the welcome view restores the screen; within a page, reconnects resume by sequence.
const saved = JSON.parse(sessionStorage.getItem('buzzline.player') || 'null');
// A join URL for another game than the saved one asks for a nickname again.
if (saved?.token && (!fromUrl || fromUrl.toUpperCase() === saved.code)) start(saved.token, saved.playerId, saved.nickname, null);
