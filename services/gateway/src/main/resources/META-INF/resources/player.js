// The player screen: join with a code and a nickname, then buzz, answer, follow score and rank.
import { GameConnection, GameModel, api, el } from '/buzzline.js';

const $ = (id) => document.getElementById(id);
let model;
let connection;
let me;

$('join').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('join-error').textContent = '';
  try {
    const code = $('code').value.trim().toUpperCase();
    const joined = await api(`/api/lobby/codes/${encodeURIComponent(code)}/players`, { nickname: $('nickname').value.trim() });
    sessionStorage.setItem('buzzline.player', JSON.stringify({ token: joined.playerToken, playerId: joined.playerId, nickname: joined.nickname }));
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
    welcome: (frame, resuming) => { if (!resuming) model.fromView(frame.view); model.fromWelcome(frame); render(); },
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

function render() {
  const mine = model.mine;
  $('score').textContent = mine ? mine.total : 0;
  $('rank').textContent = mine?.rank ? `${mine.rank}/${model.playerCount}` : '–';
  const stage = $('stage');
  stage.replaceChildren(...stageContent(model.top.length ? model.top : model.standings()));
}

function stageContent(standings) {
  if (model.ended) return podium(standings);
  const q = model.question;
  if (!q || model.phase === 'LOBBY' || model.phase === 'NEW') {
    return [el('p', { id: 'waiting' }, 'Waiting for the host to start…'),
      el('p', { class: 'muted', id: 'players' }, `${model.playerCount} player(s)${model.latestJoined.length ? `: ${model.latestJoined.join(', ')}` : ''}`)];
  }
  const nodes = [el('p', { class: 'muted' }, `Question ${q.number}`), el('p', { class: 'question', id: 'question' }, q.text)];
  if (q.revealed) {
    nodes.push(...q.choices.map((c) => el('button', { class: `choice ${c === q.correctAnswer ? 'correct' : c === model.myAnswer ? 'wrong' : ''}`, disabled: true }, c)));
    nodes.push(el('p', { id: 'revealed' }, `Answer: ${q.correctAnswer}`));
    if (model.mine?.points !== undefined) nodes.push(el('p', { id: 'result' }, `+${model.mine.points} · streak ${model.mine.streak ?? 0}`));
    return nodes;
  }
  if (isBuzzerRound() && q.buzzWinner !== me) {
    if (q.buzzWinner) nodes.push(el('p', { id: 'winner' }, `${model.nickname(q.buzzWinner)} buzzed first`));
    if (model.firstBuzzes.length) nodes.push(el('p', { class: 'muted', id: 'buzzes' }, `Buzzed: ${model.firstBuzzes.map((b) => b.nickname).join(', ')}`));
    nodes.push(el('button', { class: 'buzz', id: 'buzz', disabled: model.buzzed || model.lockedOut || !!q.buzzWinner, onclick: () => connection.send('buzz', { questionId: q.questionId }) }, model.buzzed ? 'Buzzed!' : 'BUZZ'));
    return nodes;
  }
  nodes.push(...q.choices.map((c) => el('button', {
    class: 'choice', 'data-choice': c, disabled: model.myAnswer !== null && model.myAnswer !== undefined,
    onclick: () => { model.myAnswer = c; connection.send('answer', { questionId: q.questionId, answer: c }); render(); },
  }, c)));
  return nodes;
}

function isBuzzerRound() {
  return model.question?.mode === 'BUZZER';
}

function podium(standings) {
  const top = [...standings].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, 3);
  return [el('h2', { id: 'podium-title' }, 'Game over'), el('div', { class: 'podium', id: 'podium' },
    ...top.map((p, i) => el('div', { style: `height:${90 - i * 20}px` }, `${i + 1}. ${p.nickname}`, el('br'), p.total)))];
}


// After a page reload the welcome view restores the screen; within a page, reconnects resume by sequence.
const saved = JSON.parse(sessionStorage.getItem('buzzline.player') || 'null');
if (saved?.token) start(saved.token, saved.playerId, saved.nickname, null);
