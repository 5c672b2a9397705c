// The presentation stage shared by the host screen and the spectator screen, drawn for a projector or a
// TV: players arriving, the question large with its countdown, the live answer count, the buzz order by
// compensated time, the answer distribution after the reveal (hosts only: spectators do not receive it),
// the standings with their movement, and the podium. Only aggregates the role receives (docs/protocol.md).
import { el } from '/buzzline.js';

const ARROWS = { up: '▲', down: '▼', new: '★', same: '' };

export function presentation(model, options = {}) {
  if (model.ended) return podium(model);
  const q = model.question;
  if (!q || model.phase === 'LOBBY' || model.phase === 'NEW') return lobby(model, options);
  const nodes = [
    el('p', { class: 'muted', id: 'question-meta' },
      `Round ${q.round} · question ${q.number}${model.roundQuestions ? ` of ${model.roundQuestions}` : ''} · ${q.mode === 'BUZZER' ? 'buzzer' : 'everyone answers'}`),
    el('div', { class: 'question-row' },
      el('p', { class: 'question big', id: 'question', 'aria-live': 'polite' }, q.text),
      el('div', { class: 'countdown', id: 'countdown', role: 'timer', 'aria-label': 'seconds left' }, countdown(model))),
    el('div', { class: 'tiles' }, ...q.choices.map((c, i) => el('div', {
      class: `tile tile-${i % 4} ${q.revealed ? (c === q.correctAnswer ? 'correct' : 'dim') : ''}`, 'data-choice': c,
    }, c))),
  ];
  if (!q.revealed) nodes.push(answered(model));
  if (q.mode === 'BUZZER') nodes.push(...buzzes(model));
  if (q.revealed) {
    nodes.push(el('p', { id: 'revealed', class: 'accent' }, `Answer: ${q.correctAnswer}`));
    if (model.distribution) nodes.push(distribution(model, q));
    nodes.push(standings(model, 5));
  }
  return nodes;
}

// Seconds left of the open question (or of the buzz winner's turn), empty once revealed.
export function countdown(model) {
  const q = model.question;
  if (!q || q.revealed || model.ended) return '';
  const left = model.secondsUntil(q.buzzWinner && q.answerDueAt ? q.answerDueAt : q.closesAt);
  return left === null ? '' : String(left);
}

function lobby(model, options) {
  return [
    el('p', { class: 'huge', id: 'lobby' }, `${model.playerCount}`),
    el('p', { class: 'muted center' }, model.playerCount === 1 ? 'player has joined' : 'players have joined'),
    el('ul', { class: 'chips', id: 'latest', 'aria-live': 'polite', 'aria-label': 'latest players' },
      ...model.latestJoined.map((n) => el('li', { class: 'chip' }, n))),
    el('p', { class: 'muted center' }, options.host ? 'Press S (or Start) when everyone is in.' : 'Waiting for the host to start…'),
  ];
}

function answered(model) {
  const total = Math.max(model.playerCount, 1);
  const share = Math.min(100, Math.round((100 * model.answeredCount) / total));
  return el('div', { class: 'answered' },
    el('p', { id: 'answered' }, `Answered: ${model.answeredCount}/${model.playerCount}`),
    el('div', { class: 'meter', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': model.playerCount, 'aria-valuenow': model.answeredCount },
      el('div', { style: `width:${share}%` })));
}

function buzzes(model) {
  const q = model.question;
  const nodes = [];
  const order = model.buzzOrder();
  if (order.length) {
    nodes.push(el('div', { class: 'buzz-order' }, el('h2', {}, 'Buzz order (compensated)'),
      el('ol', { id: 'buzzes' }, ...order.map((b) => el('li', {}, `${b.nickname} `, el('span', { class: 'muted' }, `${b.afterMillis} ms`))))));
  }
  if (q.buzzWinner && !q.revealed) nodes.push(el('p', { id: 'winner', class: 'accent' }, `${model.nickname(q.buzzWinner)} answers`));
  const last = model.answers.at(-1);
  if (last) nodes.push(el('p', { id: 'buzz-answer', class: last.correct ? 'ok' : 'bad' }, `${model.nickname(last.playerId)}: ${last.answer} ${last.correct ? '✓' : '✗'}`));
  return nodes;
}

function distribution(model, q) {
  const counts = q.choices.map((c) => model.distribution[c] ?? 0);
  const most = Math.max(1, ...counts);
  return el('div', { class: 'bars', id: 'distribution', 'aria-label': 'answers per choice' },
    ...q.choices.map((c, i) => el('div', { class: `bar ${c === q.correctAnswer ? 'correct' : ''}` },
      el('span', { class: 'bar-count' }, String(counts[i])),
      el('div', { class: `bar-fill tile-${i % 4}`, style: `height:${Math.round((100 * counts[i]) / most)}%` }),
      el('span', { class: 'bar-label' }, c))));
}

export function standings(model, limit) {
  const top = (model.top.length ? model.top : model.standings()).slice(0, limit);
  return el('ol', { class: 'board big-board', id: 'standings' }, ...top.map((s) => {
    const id = s.playerId ?? s.id;
    const move = model.movement(id, s.rank);
    return el('li', { 'data-player': id }, el('span', { class: `move ${move}`, 'aria-label': move }, ARROWS[move]),
      `${s.rank}. ${s.nickname}`, el('span', { class: 'total' }, String(s.total)));
  }));
}

function podium(model) {
  const top = (model.top.length ? model.top : model.standings()).slice(0, 3);
  const order = [top[1], top[0], top[2]].filter(Boolean);
  return [el('h2', { id: 'podium-title', class: 'center' }, 'Podium'),
    el('div', { class: 'podium', id: 'podium' }, ...order.map((p) => el('div', { class: `step step-${p.rank}` },
      el('span', { class: 'place' }, String(p.rank)), p.nickname, el('br'), String(p.total))))];
}
