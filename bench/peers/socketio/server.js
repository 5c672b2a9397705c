// The Buzzline quiz game on Socket.IO 4.8 with the Redis Streams adapter: the baseline of
// scripts/bench-game (issue 16). One process, games in memory, room broadcasts through the adapter.
// What it does and why it is shaped like Buzzline: README.md next to this file.
import { createServer } from 'node:http';
import { randomBytes, randomInt } from 'node:crypto';

import { Server } from 'socket.io';
import { createClient } from 'redis';
import { createAdapter } from '@socket.io/redis-streams-adapter';

const HOST = '127.0.0.1';
const PORT = Number(process.env.PEER_PORT ?? 3100);
const REDIS_URL = process.env.PEER_REDIS_URL ?? 'redis://127.0.0.1:6379';
// Every key, stream and channel of a run sits under its own prefix, so runs never see each other.
const PREFIX = process.env.PEER_PREFIX ?? `peer-sio-${process.pid}-${Date.now()}`;

const TICK_EVERY_MS = 2000; // coalesced counts, as Buzzline's ticks
const BUZZ_WINDOW_MS = 300; // the collection window after the first buzz, as Buzzline's default
const BUZZ_ANSWER_MS = 10_000; // the winner's time to answer, as Buzzline's default
const STANDINGS_TOP = 10;
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const redis = createClient({ url: REDIS_URL });
redis.on('error', (e) => console.error('redis:', e.message));
await redis.connect();

const http = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  } else {
    res.writeHead(404).end();
  }
});

const io = new Server(http, {
  adapter: createAdapter(redis, {
    streamName: `${PREFIX}:stream`,
    channelPrefix: PREFIX,
    sessionKeyPrefix: `${PREFIX}:session:`,
  }),
  // Resume after a drop without losing a packet, which Buzzline also promises (the adapter keeps the
  // packets in its stream).
  connectionStateRecovery: { maxDisconnectionDuration: 120_000, skipMiddlewares: true },
  // A 10,000-player host screen receives nothing big here, but be as lenient as Buzzline's 64 KiB.
  maxHttpBufferSize: 65_536,
});

/** code -> game, gameId -> game */
const games = new Map();
const byCode = new Map();

function newCode() {
  for (;;) {
    let code = '';
    for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!byCode.has(code)) return code;
  }
}

// A question bank of generated questions of about the size of Buzzline's seeded geography questions.
function makePack(count) {
  const pack = [];
  for (let i = 0; i < count; i++) {
    const choices = ['Lisbon', 'Madrid', 'Porto', 'Seville'].map((c) => `${c} ${i + 1}`);
    pack.push({
      questionId: `q-${randomBytes(6).toString('hex')}`,
      text: `Which city is the capital of the country numbered ${i + 1} in this bench pack?`,
      choices,
      correctAnswer: choices[randomInt(choices.length)],
    });
  }
  return pack;
}

function isString(v, max = 200) {
  return typeof v === 'string' && v.length > 0 && v.length <= max;
}

function refuse(ack, code) {
  if (typeof ack === 'function') ack({ ok: false, code });
}

function room(game) {
  return `g:${game.gameId}`;
}

// ---------------------------------------------------------------- aggregates
function markCounts(game) {
  if (game.tickTimer) return;
  const wait = Math.max(0, game.lastTickAt + TICK_EVERY_MS - Date.now());
  game.tickTimer = setTimeout(() => {
    game.tickTimer = null;
    game.lastTickAt = Date.now();
    io.to(room(game)).emit('tick', {
      players: game.players.size,
      answered: game.open ? game.open.answered : 0,
    });
  }, wait);
}

function standings(game) {
  const all = [...game.players.values()];
  all.sort((a, b) => b.total - a.total || (a.playerId < b.playerId ? -1 : 1));
  return all.slice(0, STANDINGS_TOP).map((p, i) => ({ rank: i + 1, playerId: p.playerId, nickname: p.nickname, total: p.total }));
}

// ---------------------------------------------------------------- game flow
function showQuestion(game) {
  const q = game.pack[game.index];
  const now = Date.now();
  const open = {
    q,
    opensAt: now,
    closesAt: now + game.timeLimitSeconds * 1000,
    answered: 0,
    answers: new Map(), // playerId -> {answer, at}
    buzzed: new Set(),
    buzzes: [], // accepted buzzes in arrival order, this window
    windowTimer: null,
    winner: null,
    answerTimer: null,
    lockedOut: new Set(),
    revealed: false,
  };
  game.open = open;
  open.timer = setTimeout(() => reveal(game, 'TIME_UP'), game.timeLimitSeconds * 1000);
  io.to(room(game)).emit('question', {
    round: 1,
    questionNumber: game.index + 1,
    questionId: q.questionId,
    text: q.text,
    choices: q.choices,
    opensAt: open.opensAt,
    closesAt: open.closesAt,
    serverTime: now,
  });
}

function points(game, responseMs) {
  const share = Math.max(0, 1 - responseMs / (game.timeLimitSeconds * 1000));
  return 500 + Math.round(500 * share);
}

function reveal(game, reason) {
  const open = game.open;
  if (!open || open.revealed) return;
  open.revealed = true;
  clearTimeout(open.timer);
  clearTimeout(open.windowTimer);
  clearTimeout(open.answerTimer);
  io.to(room(game)).emit('reveal', {
    questionId: open.q.questionId,
    correctAnswer: open.q.correctAnswer,
    reason,
  });
  if (game.mode === 'CLASSIC') {
    // Points settle at the reveal; each player's own points go to that player's socket only.
    for (const [playerId, a] of open.answers) {
      const player = game.players.get(playerId);
      const pts = a.answer === open.q.correctAnswer ? points(game, a.at - open.opensAt) : 0;
      player.total += pts;
      player.socket?.emit('score', { questionId: open.q.questionId, points: pts, total: player.total });
    }
  } else if (open.winnerPoints !== undefined) {
    // BUZZER: the winner's points, to the winner only, settled with the reveal.
    const player = game.players.get(open.winner);
    player.total += open.winnerPoints;
    player.socket?.emit('score', { questionId: open.q.questionId, points: open.winnerPoints, total: player.total });
  }
  io.to(room(game)).emit('standings', { questionId: open.q.questionId, top: standings(game), players: game.players.size });
}

function award(game) {
  const open = game.open;
  open.windowTimer = null;
  if (open.revealed || open.buzzes.length === 0) return;
  open.winner = open.buzzes[0]; // arrival order: good enough for a baseline
  const answerDueAt = Date.now() + BUZZ_ANSWER_MS;
  io.to(room(game)).emit('awarded', { questionId: open.q.questionId, playerId: open.winner, answerDueAt });
  open.answerTimer = setTimeout(() => reopen(game, 'TIMEOUT'), BUZZ_ANSWER_MS);
}

function reopen(game, reason) {
  const open = game.open;
  if (open.revealed) return;
  clearTimeout(open.answerTimer);
  const locked = open.winner;
  open.lockedOut.add(locked);
  open.winner = null;
  open.buzzes = [];
  open.buzzed = new Set(open.lockedOut);
  io.to(room(game)).emit('reopened', { questionId: open.q.questionId, lockedOutPlayerId: locked, reason });
}

function endGame(game, reason) {
  if (game.open) {
    clearTimeout(game.open.timer);
    clearTimeout(game.open.windowTimer);
    clearTimeout(game.open.answerTimer);
  }
  clearTimeout(game.tickTimer);
  game.ended = true;
  io.to(room(game)).emit('end', { reason, top: standings(game), players: game.players.size });
  byCode.delete(game.code);
  setTimeout(() => games.delete(game.gameId), 60_000).unref();
}

// ---------------------------------------------------------------- sockets
io.on('connection', (socket) => {
  // Every command: the acknowledgement is a function whatever the client sent, and bad input never
  // takes the process down.
  const handle = (event, fn) =>
    socket.on(event, (body, ack) => {
      const reply = typeof ack === 'function' ? ack : () => {};
      try {
        fn(body, reply);
      } catch (e) {
        console.error(`${event}: ${e.message}`);
        reply({ ok: false, code: 'INVALID_FRAME' });
      }
    });

  if (socket.recovered && socket.data.gameId) {
    // Recovered: the rooms are restored by Socket.IO; point the player at its new socket.
    const game = games.get(socket.data.gameId);
    const player = game?.players.get(socket.data.playerId);
    if (player) player.socket = socket;
  }

  handle('create', (settings, ack) => {
    const mode = settings?.mode;
    const questions = settings?.questions;
    const timeLimitSeconds = settings?.timeLimitSeconds;
    if (!['CLASSIC', 'BUZZER'].includes(mode) || !Number.isInteger(questions) || questions < 1 || questions > 50
      || !Number.isInteger(timeLimitSeconds) || timeLimitSeconds < 5 || timeLimitSeconds > 120) {
      return refuse(ack, 'INVALID_SETTINGS');
    }
    const game = {
      gameId: `g-${randomBytes(8).toString('hex')}`,
      code: newCode(),
      hostSecret: randomBytes(16).toString('hex'),
      mode,
      timeLimitSeconds,
      maxPlayers: Math.min(Number(settings.maxPlayers) || 10_000, 10_000),
      pack: makePack(questions),
      players: new Map(),
      nicknames: new Set(),
      index: -1,
      open: null,
      started: false,
      ended: false,
      tickTimer: null,
      lastTickAt: 0,
    };
    games.set(game.gameId, game);
    byCode.set(game.code, game);
    socket.data = { gameId: game.gameId, role: 'host' };
    socket.join(room(game));
    // The load client learns the answer keys here, as it reads them from Buzzline's content as an editor.
    ack?.({ ok: true, gameId: game.gameId, code: game.code, pack: game.pack });
  });

  handle('join', (body, ack) => {
    const game = isString(body?.code, 12) && byCode.get(body.code.toUpperCase());
    if (!game) return refuse(ack, 'GAME_NOT_FOUND');
    const nickname = typeof body.nickname === 'string' ? body.nickname.trim() : '';
    if (nickname.length < 2 || nickname.length > 20) return refuse(ack, 'INVALID_NICKNAME');
    if (game.started) return refuse(ack, 'GAME_STARTED');
    if (game.players.size >= game.maxPlayers) return refuse(ack, 'GAME_FULL');
    if (game.nicknames.has(nickname.toLowerCase())) return refuse(ack, 'NICKNAME_TAKEN');
    const playerId = `p-${randomBytes(8).toString('hex')}`;
    game.nicknames.add(nickname.toLowerCase());
    game.players.set(playerId, { playerId, nickname, total: 0, socket });
    socket.data = { gameId: game.gameId, role: 'player', playerId };
    socket.join(room(game));
    markCounts(game);
    ack?.({ ok: true, gameId: game.gameId, playerId, nickname, players: game.players.size });
  });

  function hostGame(ack) {
    const game = socket.data?.role === 'host' && games.get(socket.data.gameId);
    if (!game) refuse(ack, 'FORBIDDEN');
    else if (game.ended) refuse(ack, 'GAME_ENDED');
    else return game;
    return null;
  }

  function playerGame(ack, questionId) {
    const game = socket.data?.role === 'player' && games.get(socket.data.gameId);
    if (!game) refuse(ack, 'FORBIDDEN');
    else if (!isString(questionId)) refuse(ack, 'INVALID_FRAME');
    else if (!game.open || game.open.revealed || game.open.q.questionId !== questionId) refuse(ack, 'WRONG_QUESTION');
    else return game;
    return null;
  }

  handle('start', (_body, ack) => {
    const game = hostGame(ack);
    if (!game) return;
    if (game.started) return refuse(ack, 'ALREADY_STARTED');
    if (game.players.size === 0) return refuse(ack, 'NO_PLAYERS');
    game.started = true;
    ack?.({ ok: true });
    io.to(room(game)).emit('round', { round: 1, mode: game.mode, questionCount: game.pack.length });
    game.index = 0;
    showQuestion(game);
  });

  handle('next', (_body, ack) => {
    const game = hostGame(ack);
    if (!game) return;
    if (!game.started) return refuse(ack, 'NOT_STARTED');
    if (game.open && !game.open.revealed) reveal(game, 'SKIPPED');
    ack?.({ ok: true });
    if (game.index + 1 >= game.pack.length) {
      io.to(room(game)).emit('roundEnded', { round: 1 });
      endGame(game, 'COMPLETED');
      return;
    }
    game.index++;
    showQuestion(game);
  });

  handle('end', (_body, ack) => {
    const game = hostGame(ack);
    if (!game) return;
    ack?.({ ok: true });
    endGame(game, 'HOST_ENDED');
  });

  handle('answer', (body, ack) => {
    const game = playerGame(ack, body?.questionId);
    if (!game) return;
    const open = game.open;
    const playerId = socket.data.playerId;
    if (!isString(body.answer) || !open.q.choices.includes(body.answer)) return refuse(ack, 'INVALID_ANSWER');
    if (game.mode === 'CLASSIC') {
      if (open.answers.has(playerId)) return refuse(ack, 'ALREADY_ANSWERED');
      open.answers.set(playerId, { answer: body.answer, at: Date.now() });
      open.answered++;
      ack?.({ ok: true });
      markCounts(game);
      if (open.answered >= game.players.size) reveal(game, 'ANSWERED');
      return;
    }
    if (open.winner !== playerId) return refuse(ack, 'NOT_YOUR_TURN');
    const correct = body.answer === open.q.correctAnswer;
    ack?.({ ok: true });
    io.to(room(game)).emit('verdict', { questionId: open.q.questionId, playerId, answer: body.answer, correct });
    if (correct) {
      open.winnerPoints = points(game, Date.now() - open.opensAt);
      reveal(game, 'ANSWERED');
    } else {
      reopen(game, 'WRONG');
    }
  });

  handle('buzz', (body, ack) => {
    const game = playerGame(ack, body?.questionId);
    if (!game) return;
    const open = game.open;
    const playerId = socket.data.playerId;
    if (game.mode !== 'BUZZER') return refuse(ack, 'NOT_A_BUZZER_ROUND');
    if (open.lockedOut.has(playerId)) return refuse(ack, 'LOCKED_OUT');
    if (open.buzzed.has(playerId)) return refuse(ack, 'DUPLICATE_BUZZ');
    if (open.winner || (open.buzzes.length > 0 && !open.windowTimer)) return refuse(ack, 'BUZZER_CLOSED');
    open.buzzed.add(playerId);
    open.buzzes.push(playerId);
    open.answered++;
    ack?.({ ok: true, position: open.buzzes.length });
    markCounts(game);
    if (open.buzzes.length === 1) open.windowTimer = setTimeout(() => award(game), BUZZ_WINDOW_MS);
  });
});

http.listen(PORT, HOST, () => {
  console.log(`peer-socketio: listening on http://${HOST}:${PORT}, Redis ${REDIS_URL}, prefix ${PREFIX}, pid ${process.pid}`);
});

async function shutdown() {
  io.close();
  try {
    // Leave nothing of this run in the shared Redis.
    for await (const keys of redis.scanIterator({ MATCH: `${PREFIX}*`, COUNT: 1000 })) {
      const list = Array.isArray(keys) ? keys : [keys];
      if (list.length) await redis.del(list);
    }
  } catch (e) {
    console.error('cleanup:', e.message);
  }
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
