// The Buzzline protocol client shared by the host and player screens (docs/protocol.md, version 3).
// It keeps the last event sequence it saw and, when the connection drops, reconnects with it,
// so the server sends exactly what was missed. No build step: a plain ES module.

// Version 2: a player receives the game's flow and its own events; the crowd arrives as aggregates
// (tick: counts, latest joins, first buzzes; standings: top N and one's own line after each reveal).
// Version 3 adds: the events of one append may come as one `events` frame, and a buzz (or a buzzer
// round's answer) is answered by its own event or an error, never an ack. The screens wait for no ack,
// so only the `events` frame needs handling here.
export const PROTOCOL_VERSION = 3;

// Close codes after which the server expects an immediate resume (docs/protocol.md): 4009 slow
// consumer, 4010 reconnect (maximum connection age reached, or the instance is draining).
export const RESUME_NOW = new Set([4009, 4010]);
// The platform or the network may also cut a socket (1006); those resume with a growing back-off.

function sameOriginUrl() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/ws`;
}

export class GameConnection {
  constructor(token, handlers, options = {}) {
    this.token = token;
    this.handlers = handlers;
    this.url = options.url ?? null;
    this.lastSequence = options.lastSequence ?? null;
    this.counter = 0;
    this.attempt = 0;
    this.stopped = false;
  }

  connect() {
    const socket = new WebSocket(this.url ?? sameOriginUrl());
    this.socket = socket;
    socket.onopen = () => {
      const hello = { type: 'hello', v: PROTOCOL_VERSION, id: this.nextId(), token: this.token };
      if (this.lastSequence !== null) hello.lastSequence = this.lastSequence;
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (message) => this.receive(JSON.parse(message.data));
    socket.onclose = (close) => this.closed(close);
  }

  receive(frame) {
    switch (frame.type) {
      case 'welcome':
        this.attempt = 0;
        this.handlers.status?.('connected');
        this.handlers.welcome?.(frame, this.lastSequence !== null);
        if (this.lastSequence === null) this.lastSequence = frame.deliveredFrom;
        break;
      case 'event':
        this.deliver(frame.sequence, frame.event);
        break;
      case 'events':
        // One append's events in one frame (v3). Each element is what an `event` frame carries and goes the
        // same way, one by one: a resume's catch-up may already have delivered some of them singly.
        for (const event of frame.events ?? []) this.deliver(event.sequence, event);
        break;
      case 'error':
        this.handlers.error?.(frame);
        break;
      case 'reconnect':
        // The server closes next (4010); our own lastSequence is what we resume from.
        this.handlers.reconnect?.(frame);
        break;
      default:
        this.handlers[frame.type]?.(frame);
    }
  }

  // Every event, whichever frame carried it: those at or below the last sequence were seen already.
  deliver(sequence, event) {
    if (this.lastSequence !== null && sequence <= this.lastSequence) return;
    this.lastSequence = sequence;
    this.handlers.event?.(event);
  }

  closed(close) {
    if (this.stopped) return;
    if (close.code === 4001) {
      this.handlers.status?.('refused');
      return;
    }
    this.handlers.status?.('reconnecting');
    // A server-initiated resume goes at once, spread over half a second so that a draining instance's
    // clients do not all arrive at the same moment; anything else backs off.
    const delay = RESUME_NOW.has(close.code)
      ? Math.floor(Math.random() * 500)
      : Math.min(5000, 250 * 2 ** this.attempt++);
    this.handlers.closed?.(close.code, delay);
    setTimeout(() => this.connect(), delay);
  }

  send(type, fields = {}) {
    const id = this.nextId();
    if (this.socket?.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify({ type, id, ...fields }));
    }
    return id;
  }

  nextId() {
    this.counter += 1;
    return `m${this.counter}`;
  }

  stop() {
    this.stopped = true;
    this.socket?.close();
  }
}

// A small model of the game folded from the welcome view, the events and the aggregates, shared by the
// host, player and spectator screens. Players are known from the welcome's leaderboard, the standings' top and (hosts) board pages;
// counts and the latest names from ticks; one's own result from its own SCORE_UPDATED and the standings.
export class GameModel {
  constructor(me) {
    this.me = me;
    this.players = new Map();
    this.question = null;
    this.answers = [];
    this.phase = 'NEW';
    this.ended = false;
    this.playerCount = 0;
    this.answeredCount = 0;
    this.latestJoined = [];
    this.firstBuzzes = [];
    this.top = [];
    this.distribution = null;
    this.mine = null;
    // Server time minus this browser's clock, from the last event's serverTime: countdowns follow the server.
    this.clockOffset = 0;
    // Each player's rank before the last standings, for the leaderboard's movement arrows.
    this.previousRanks = new Map();
  }

  fromView(view) {
    this.phase = view.phase;
    this.roundMode = view.roundMode;
    this.round = view.round;
    this.totalQuestions = view.totalQuestions;
    this.playerCount = view.playerCount;
    this.players.clear();
    this.board(view.leaderboard);
    this.top = view.leaderboard.slice(0, 10);
    const me = view.me;
    if (me && me.role === 'player' && me.total != null) this.mine = { rank: me.rank, total: me.total, points: 0, streak: 0 };
    this.question = view.question ? { mode: view.roundMode, ...view.question } : null;
    if (me?.answeredCurrent) this.myAnswer = '?';
    if (me?.buzzedCurrent) this.buzzed = true;
    if (me?.lockedOut) this.lockedOut = true;
    this.answeredCount = view.question?.answeredCount ?? 0;
    this.ended = view.phase === 'ENDED';
  }

  // The welcome's aggregates, so a resumed screen renders at once.
  fromWelcome(frame) {
    if (frame.tick) this.tick(frame.tick);
    if (frame.standings) this.standingsFrame(frame.standings);
  }

  board(standings) {
    for (const s of standings) this.players.set(s.playerId, { id: s.playerId, nickname: s.nickname, total: s.total, status: s.status, rank: s.rank });
  }

  tick(frame) {
    this.playerCount = frame.playerCount;
    if (!this.question || frame.questionId === this.question.questionId) this.answeredCount = frame.answeredCount;
    this.latestJoined = frame.latestJoined ?? [];
    this.firstBuzzes = frame.firstBuzzes ?? [];
  }

  standingsFrame(frame) {
    this.previousRanks = new Map(this.top.map((s) => [s.playerId, s.rank]));
    this.playerCount = frame.playerCount;
    this.top = frame.top;
    this.board(frame.top);
    // A player's own line; the verdict (reason) of its own SCORE_UPDATED, which came first, is kept.
    if (frame.me) this.mine = { ...this.mine, ...frame.me };
    this.distribution = frame.distribution ?? null;
  }

  apply(event) {
    const d = event.data;
    if (event.serverTime) this.clockOffset = Date.parse(event.serverTime) - Date.now();
    switch (event.type) {
      case 'GAME_CREATED': this.phase = 'LOBBY'; this.settings = d.settings; break;
      case 'ROUND_STARTED': this.roundMode = d.mode; this.round = d.round; this.roundQuestions = d.questionCount; break;
      case 'PLAYER_JOINED': this.players.set(d.playerId, { id: d.playerId, nickname: d.nickname, total: this.players.get(d.playerId)?.total ?? 0, status: 'ACTIVE' }); break;
      case 'PLAYER_LEFT': { const p = this.players.get(d.playerId); if (p) p.status = 'LEFT'; break; }
      case 'QUESTION_SHOWN':
        this.phase = 'QUESTION_OPEN';
        this.question = { questionId: d.questionId, text: d.text, choices: d.choices, round: d.round, number: d.questionNumber, closesAt: d.closesAt, mode: this.roundMode, revealed: false, correctAnswer: null };
        this.answers = []; this.myAnswer = null; this.buzzed = false; this.lockedOut = false;
        this.answeredCount = 0; this.firstBuzzes = []; this.distribution = null;
        if (this.mine) { delete this.mine.points; delete this.mine.reason; }
        break;
      case 'BUZZ_PRESSED': if (d.playerId === this.me) this.buzzed = true; break;
      case 'BUZZER_AWARDED': if (this.question) { this.question.buzzWinner = d.playerId; this.question.answerDueAt = d.answerDueAt; } break;
      case 'BUZZER_REOPENED': if (this.question) { if (this.question.buzzWinner === this.me) this.lockedOut = true; this.question.buzzWinner = null; } this.buzzed = false; break;
      case 'ANSWER_SUBMITTED': this.answers.push(d); if (d.playerId === this.me) this.myAnswer = d.answer; break;
      case 'ANSWER_REVEALED': this.phase = 'INTERMISSION'; if (this.question) { this.question.revealed = true; this.question.correctAnswer = d.correctAnswer; } break;
      case 'SCORE_UPDATED': {
        const p = this.players.get(d.playerId); if (p) p.total = d.total;
        if (d.playerId === this.me) this.mine = { ...(this.mine ?? {}), total: d.total, points: d.points, streak: d.streak ?? this.mine?.streak ?? 0, reason: d.reason };
        break;
      }
      case 'ROUND_ENDED': this.phase = 'ROUND_OVER'; break;
      case 'GAME_ENDED': this.phase = 'ENDED'; this.ended = true; this.endReason = d.reason; break;
      default: break;
    }
  }

  standings() {
    const list = [...this.players.values()].sort((a, b) => b.total - a.total || a.nickname.localeCompare(b.nickname));
    let rank = 0;
    return list.map((p, i) => ({ ...p, rank: i > 0 && list[i - 1].total === p.total ? rank : (rank = i + 1) }));
  }

  // Whole seconds until an ISO instant of the server's clock, never below 0.
  secondsUntil(instant) {
    if (!instant) return null;
    return Math.max(0, Math.ceil((Date.parse(instant) - (Date.now() + this.clockOffset)) / 1000));
  }

  // How a player moved in the last standings: up, down, new (not in the previous top) or same.
  movement(playerId, rank) {
    const before = this.previousRanks.get(playerId);
    if (this.previousRanks.size === 0) return 'same';
    if (before === undefined) return 'new';
    return before > rank ? 'up' : before < rank ? 'down' : 'same';
  }

  // The first buzzes of the open question by compensated time (the tick lists them in arrival order).
  buzzOrder() {
    return [...this.firstBuzzes].sort((a, b) => a.afterMillis - b.afterMillis);
  }

  nickname(id) {
    return this.players.get(id)?.nickname ?? (id === this.me ? 'You' : 'a player');
  }
}

// GET without a body, POST with a JSON body; method 'POST' with no body for an operation that reads none.
export async function api(path, body, method = body ? 'POST' : 'GET', headers = {}) {
  const response = await fetch(path, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.detail || json.title || `HTTP ${response.status}`);
  return json;
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}
