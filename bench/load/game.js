// One game of N players against one target (Buzzline's gateway or the Socket.IO peer), measured per
// question. Used by scripts/bench-game; see README.md next to this file for every option and metric.
import { readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import WebSocket from 'ws';
import { io as sio } from 'socket.io-client';

// ---------------------------------------------------------------- options
const opts = parseArgs(process.argv.slice(2), {
  target: 'buzzline', // buzzline | socketio
  url: 'http://127.0.0.1:8080',
  players: 50,
  mode: 'CLASSIC', // CLASSIC | BUZZER
  questions: 5, // measured questions
  warmup: 1, // unmeasured questions before them
  'think-ms': '200-1000', // a player's think time before answering or buzzing, uniform
  'time-limit': 30, // seconds per question (CLASSIC: to answer; BUZZER: to buzz)
  protocol: '3', // Buzzline hello `v`: 1, 2, 3 or auto (3, else the next lower one the gateway accepts)
  pids: '', // name=pid,name=pid: processes whose CPU is read per question (default: the one listening on --url's port)
  'join-concurrency': 32,
  'connect-concurrency': 200,
  'settle-ms': 1000, // after a question is complete, before the next `next`: late frames still count to it
  'idle-ms': 3000, // before the game, CPU of the server processes is read over this long with nothing to do
  'question-timeout-s': 0, // 0: time limit + 60 s
  'max-seconds': 1800,
  json: '',
  'editor-token': '', // Buzzline: an editor's token (scripts/token editor) to read the pack's answer keys from content
  drop: 0, // a test of the resume paths, never for figures: cut K players' and the host's sockets as each question starts
  seed: 0,
  'redis-url': '', // the Redis both targets use: its commands are counted per question (INFO commandstats)
});
const N = int(opts.players);
const MODE = String(opts.mode).toUpperCase();
const MEASURED = int(opts.questions);
const WARMUP = int(opts.warmup);
const TOTAL_Q = MEASURED + WARMUP;
const [THINK_MIN, THINK_MAX] = String(opts['think-ms']).split('-').map(Number);
const TIME_LIMIT = int(opts['time-limit']);
const SETTLE_MS = int(opts['settle-ms']);
const IDLE_MS = int(opts['idle-ms']);
let idleCpu = {};
const Q_TIMEOUT_MS = (int(opts['question-timeout-s']) || TIME_LIMIT + 60) * 1000;
if (!['CLASSIC', 'BUZZER'].includes(MODE)) die(`--mode must be CLASSIC or BUZZER, not ${MODE}`);
if (!['buzzline', 'socketio'].includes(opts.target)) die(`--target must be buzzline or socketio`);
if (!['1', '2', '3', 'auto'].includes(String(opts.protocol))) die(`--protocol must be 1, 2, 3 or auto, not ${opts.protocol}`);

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) die(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), argv[++i]];
    if (!(k in defaults)) die(`unknown option --${k}`);
    out[k] = v;
  }
  return out;
}
function int(v) {
  const n = Number(v);
  if (!Number.isInteger(n)) die(`not an integer: ${v}`);
  return n;
}
function die(msg) {
  console.error(`game.js: ${msg}`);
  process.exit(2);
}

// Wall-clock epoch milliseconds with sub-millisecond resolution (the servers run on this machine's clock).
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let rngState = (int(opts.seed) || Date.now()) >>> 0;
function random() {
  // mulberry32: reproducible think times for a given --seed
  rngState = (rngState + 0x6d2b79f5) >>> 0;
  let t = rngState;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const think = () => THINK_MIN + random() * (THINK_MAX - THINK_MIN);
const log = (...a) => console.error(`[${opts.target} ${MODE} N=${N}]`, ...a);

const deadline = setTimeout(() => {
  log(`gave up after --max-seconds ${opts['max-seconds']}`);
  process.exit(3);
}, int(opts['max-seconds']) * 1000);
deadline.unref();

// ---------------------------------------------------------------- CPU of server processes
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();
const PIDS = String(opts.pids || '')
  .split(',')
  .filter(Boolean)
  .map((s) => {
    const [name, pid] = s.split('=');
    return { name, pid: int(pid) };
  });
// Without --pids: the process listening on --url's port (the gateway, or the peer), found through
// /proc/net/tcp{,6} (LISTEN sockets) and the socket inodes in /proc/<pid>/fd.
if (PIDS.length === 0) {
  const found = listenerPid(Number(new URL(String(opts.url)).port || 80));
  if (found) PIDS.push({ name: opts.target === 'buzzline' ? 'gateway' : 'socketio', pid: found });
}
function listenerPid(port) {
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === '0A' && parseInt(f[1].split(':')[1], 16) === port) inodes.add(`socket:[${f[9]}]`);
    }
  }
  if (inodes.size === 0) return null;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        // gone meanwhile
      }
    }
  }
  return null;
}
// Commands Redis executed so far, by command (INFO commandstats `calls`), or null without --redis-url. A
// script counts once as EVALSHA and once more for every command it runs inside; pipelined commands count one
// each, so this is Redis's work per question, not round trips (those are fewer where clients pipeline).
function redisCalls() {
  if (!opts['redis-url']) return null;
  try {
    const text = execFileSync('redis-cli', ['-u', String(opts['redis-url']), 'INFO', 'commandstats'], { encoding: 'utf8' });
    const out = {};
    for (const m of text.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) out[m[1]] = Number(m[2]);
    return out;
  } catch {
    return null;
  }
}
function callsBetween(before, after) {
  if (!before || !after) return null;
  const out = {};
  for (const [cmd, n] of Object.entries(after)) {
    const d = n - (before[cmd] ?? 0);
    if (d > 0) out[cmd] = d;
  }
  return out;
}

function cpuMs() {
  const out = {};
  for (const { name, pid } of PIDS) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out[name] = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK; // utime + stime
    } catch {
      out[name] = NaN;
    }
  }
  return out;
}

// CPU of the JVM's JIT compiler threads (C1/C2) of each process, in ms: a JVM that has not met a code
// path yet compiles it while it serves, which a server that runs for hours has long done. Reported
// beside the totals so the steady-state cost per frame can be read without it. (bench-game starts the
// services with -XX:-UseDynamicNumberOfCompilerThreads so no compiler thread exits and takes its CPU
// time with it.) 0 for a process without such threads (Node).
function jitMs() {
  const out = {};
  for (const { name, pid } of PIDS) {
    let sum = 0;
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      out[name] = NaN;
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!/^C[12] CompilerThre/.test(comm)) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        sum += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
      } catch {
        // the thread ended between the listing and the read
      }
    }
    out[name] = sum;
  }
  return out;
}

// ---------------------------------------------------------------- per-question records
const players = []; // {idx, id, nickname, ...target specific}
const questions = [];
let cur = null; // the question frames are attributed to: from the host's start/next to the next one
let setupFrames = 0;
let setupBytes = 0;
let hostFrames = 0;
const keys = new Map(); // questionId -> correct answer (Buzzline: read as an editor; Socket.IO: the create answer)
let ended = 0;
let waiter = null;

function newQuestion(index) {
  const nan = () => new Float64Array(N).fill(NaN);
  return {
    index,
    measured: index >= WARMUP,
    qid: null,
    sentAt: NaN,
    shown: nan(),
    serverTime: nan(),
    reveal: nan(),
    answerSent: nan(),
    answerRefused: new Uint8Array(N),
    score: nan(),
    buzzSent: nan(),
    verdict: nan(),
    verdictRefused: new Uint8Array(N),
    // A taken buzz's own BUZZ_PRESSED, by the servers' clocks (same machine): when the gateway received the
    // buzz (data.receivedAt) and when match decided it (the event's serverTime), to split its latency.
    buzzReceived: nan(),
    buzzDecided: nan(),
    frames: new Uint32Array(N),
    bytes: new Float64Array(N),
    hostFrames: 0,
    hostBytes: 0,
    kinds: {}, // frame kind -> frames to all players (Buzzline: event type(s) or frame type; Socket.IO: event name)
    winner: null,
    lastAnswerSent: NaN,
    reconnects: 0,
    slowConsumerCloses: 0,
    otherFrames: {},
    cpuBefore: null,
    cpuAfter: null,
    doneAt: NaN,
    endedAt: NaN,
    complete: false,
  };
}

function countFrame(idx, bytes, kind) {
  if (cur) cur.kinds[kind] = (cur.kinds[kind] ?? 0) + 1;
  if (!cur) {
    setupFrames++;
    setupBytes += bytes;
  } else {
    cur.frames[idx]++;
    cur.bytes[idx] += bytes;
  }
}
function countHostFrame(bytes) {
  hostFrames++;
  if (cur) {
    cur.hostFrames++;
    cur.hostBytes += bytes;
  }
}

// What players do, whatever the target: called by the target adapters.
const on = {
  shown(idx, qid, serverTimeMs) {
    if (!cur) return;
    if (cur.qid === null) cur.qid = qid;
    if (cur.qid !== qid || !Number.isNaN(cur.shown[idx])) return;
    const t = now();
    cur.shown[idx] = t;
    cur.serverTime[idx] = serverTimeMs;
    const q = cur;
    if (MODE === 'CLASSIC') {
      setTimeout(() => {
        if (q !== cur) return;
        const answer = keys.get(qid);
        if (answer === undefined) log(`no key for ${qid}: the host has not seen the pack`);
        q.answerSent[idx] = now();
        if (!(q.lastAnswerSent >= q.answerSent[idx])) q.lastAnswerSent = q.answerSent[idx];
        target.answer(idx, qid, answer ?? '?');
      }, think());
    } else {
      setTimeout(() => {
        if (q !== cur) return;
        q.buzzSent[idx] = now();
        target.buzz(idx, qid);
      }, think());
    }
    check();
  },
  reveal(idx, qid) {
    if (!cur || cur.qid !== qid || !Number.isNaN(cur.reveal[idx])) return;
    cur.reveal[idx] = now();
    check();
  },
  score(idx) {
    if (!cur || !Number.isNaN(cur.score[idx])) return;
    cur.score[idx] = now();
    check();
  },
  answerRefused(idx, code) {
    if (!cur) return;
    cur.answerRefused[idx] = 1;
    noteOther(`answer refused: ${code}`);
    check();
  },
  verdict(idx, refused, receivedAt = NaN, decidedAt = NaN) {
    if (!cur || !Number.isNaN(cur.verdict[idx])) return;
    cur.verdict[idx] = now();
    cur.verdictRefused[idx] = refused ? 1 : 0;
    cur.buzzReceived[idx] = receivedAt;
    cur.buzzDecided[idx] = decidedAt;
    check();
  },
  awarded(winnerIdx, qid) {
    if (!cur || cur.qid !== qid) return;
    cur.winner = winnerIdx;
    const q = cur;
    if (winnerIdx === undefined || winnerIdx < 0) return;
    setTimeout(() => {
      if (q !== cur) return;
      q.answerSent[winnerIdx] = now();
      q.lastAnswerSent = q.answerSent[winnerIdx];
      target.answer(winnerIdx, qid, keys.get(qid) ?? '?');
    }, think() / 2);
  },
  ended() {
    ended++;
    if (waiter?.ended && ended >= N) waiter.resolve();
  },
  reconnect(code) {
    if (!cur) return;
    cur.reconnects++;
    if (code === 4009) cur.slowConsumerCloses++;
  },
};
function noteOther(what) {
  if (!cur) return;
  cur.otherFrames[what] = (cur.otherFrames[what] ?? 0) + 1;
}

function questionComplete(q) {
  for (let i = 0; i < N; i++) {
    if (Number.isNaN(q.shown[i]) || Number.isNaN(q.reveal[i])) return false;
    if (MODE === 'CLASSIC') {
      if (!Number.isNaN(q.answerSent[i]) && !q.answerRefused[i] && Number.isNaN(q.score[i])) return false;
      if (Number.isNaN(q.answerSent[i])) return false; // every player answers before the reveal normally
    } else if (!Number.isNaN(q.buzzSent[i]) && Number.isNaN(q.verdict[i])) {
      return false;
    }
  }
  if (MODE === 'BUZZER' && q.winner !== null && q.winner >= 0) {
    const w = q.winner;
    if (!Number.isNaN(q.answerSent[w]) && !q.answerRefused[w] && Number.isNaN(q.score[w])) return false;
  }
  return true;
}
let checkScheduled = false;
function check() {
  // Coalesced: a full scan per frame would be O(N^2) per question at 10,000 players.
  if (checkScheduled || !waiter?.question) return;
  checkScheduled = true;
  setTimeout(() => {
    checkScheduled = false;
    if (waiter?.question && questionComplete(cur)) waiter.resolve();
  }, 5);
}
function waitFor(kind, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiter = null;
      resolve(false);
    }, ms);
    waiter = {
      [kind]: true,
      resolve: () => {
        clearTimeout(timer);
        waiter = null;
        resolve(true);
      },
    };
    if (kind === 'question') check();
    if (kind === 'ended' && ended >= N) waiter.resolve();
  });
}

async function pool(count, concurrency, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) {
      const i = next++;
      await fn(i);
    }
  });
  await Promise.all(workers);
}

// ---------------------------------------------------------------- Buzzline (gateway REST edge + /ws)
function buzzlineTarget() {
  const base = String(opts.url).replace(/\/$/, '');
  const wsUrl = base.replace(/^http/, 'ws') + '/ws';
  let protocol = opts.protocol === 'auto' ? 3 : int(opts.protocol);
  let host = null;
  let frameId = 0;
  let joinedSeen = 0;
  let joinedWaiter = null;
  let packId = null;
  let packWaiter = null;
  let gameId = null;
  const byPlayerId = new Map();
  // Commands whose refusal is an `error` with their id: frame id -> player idx. Settled by that error or
  // by the player's own event saying match took it (a buzz's BUZZ_PRESSED, a buzzer round's answer's
  // ANSWER_SUBMITTED: in v3 their only reply). Never by an ack: match's error may follow one.
  const pendingBuzz = new Map();
  const pendingAnswer = new Map();

  async function loadKeys() {
    if (!opts['editor-token']) die('--editor-token is needed against Buzzline: players answer right on purpose');
    if (!packId) {
      await new Promise((resolve, reject) => {
        packWaiter = resolve;
        setTimeout(() => reject(new Error('the host saw no GAME_CREATED')), 30_000);
      });
    }
    const res = await fetch(`${base}/api/content/packs/${encodeURIComponent(packId)}`, {
      headers: { authorization: `Bearer ${opts['editor-token']}`, accept: 'application/json' },
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`GET pack ${packId}: ${res.status} ${text.slice(0, 300)}`);
    for (const q of JSON.parse(text).questions ?? []) if (q.correctAnswer) keys.set(q.questionId, q.correctAnswer);
  }

  async function post(path, body) {
    let last;
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        const res = await fetch(base + '/api/lobby' + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        if (res.ok) return JSON.parse(text);
        last = new Error(`POST ${path}: ${res.status} ${text.slice(0, 300)}`);
        if (res.status < 500 && res.status !== 429) throw last;
      } catch (e) {
        if (e === last) throw e;
        last = e;
      }
      await sleep(300 * attempt);
    }
    throw last;
  }

  function send(ws, frame) {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(frame));
  }

  // A command of a client that is resuming (after a 4009, say) waits for its welcome, as a real client
  // would queue it, instead of being lost.
  function command(who, frame) {
    if (who.welcomed && who.ws?.readyState === WebSocket.OPEN) send(who.ws, frame);
    else (who.pending ??= []).push(frame);
  }

  // One connection with resume: `who` is a player record or the host record.
  function connect(who, onFrame) {
    return new Promise((resolve, reject) => {
      let welcomed = false;
      const ws = new WebSocket(wsUrl, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
      who.ws = ws;
      ws.on('open', () => {
        const hello = { type: 'hello', v: protocol, token: who.token };
        if (who.lastSequence !== null) hello.lastSequence = who.lastSequence;
        send(ws, hello);
      });
      ws.on('message', (data) => {
        const bytes = data.length;
        let frame;
        try {
          frame = JSON.parse(data.toString());
        } catch {
          noteOther('unparsable frame');
          return;
        }
        // The events a client acts on: each element of a v3 `events` frame like an `event` frame, those at
        // or below the last sequence left out (a resume's catch-up may deliver an append's events singly,
        // and the live frame may repeat some); lastSequence follows each one, as a resume needs.
        const events = [];
        for (const ev of eventsOf(frame)) {
          if (typeof ev.sequence === 'number') {
            if (who.lastSequence !== null && ev.sequence <= who.lastSequence) continue;
            who.lastSequence = ev.sequence;
          }
          events.push(ev);
        }
        if (frame.type === 'welcome' && !welcomed) {
          welcomed = true;
          if (who.lastSequence === null && typeof frame.deliveredFrom === 'number' && !who.isHost) {
            who.lastSequence = frame.deliveredFrom;
          }
          who.welcomed = true;
          resolve(ws);
          for (const f of (who.pending ?? []).splice(0)) send(ws, f);
        }
        if (frame.type === 'error' && !welcomed && frame.code === 'UNSUPPORTED_VERSION') {
          reject(Object.assign(new Error('UNSUPPORTED_VERSION'), { unsupported: true }));
          ws.close();
          return;
        }
        onFrame(frame, bytes, events);
      });
      ws.on('close', (code) => {
        if (who.ws === ws) who.welcomed = false;
        if (who.closing) return;
        if (!welcomed) {
          reject(new Error(`closed ${code} before the welcome`));
          return;
        }
        if (code === 4001) {
          log(`${who.nickname ?? 'host'}: closed 4001 (token), not resuming`);
          return;
        }
        on.reconnect(code);
        // As docs/protocol.md asks: at once (0-500 ms jitter) after 4009/4010, else after 250 ms.
        const delay = code === 4009 || code === 4010 ? random() * 500 : 250;
        setTimeout(() => connectRetrying(who, onFrame).catch((e) => log(`resume failed: ${e.message}`)), delay);
      });
      ws.on('error', (e) => {
        if (!welcomed) reject(e);
      });
    });
  }

  // A connection that fails before its welcome is tried again with back-off (250 ms doubling, at most
  // 5 s), ten times: under load a connect or a resume may be reset.
  async function connectRetrying(who, onFrame) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await connect(who, onFrame);
      } catch (e) {
        if (who.closing || e.unsupported || attempt >= 10) throw e;
        if (cur) cur.connectRetries = (cur.connectRetries ?? 0) + 1;
        await sleep(Math.min(5000, 250 * 2 ** (attempt - 1)));
      }
    }
  }

  // The canonical events a frame carries: one in an `event` frame, one append's in a v3 `events` frame.
  function eventsOf(frame) {
    const list = frame.type === 'event' ? [frame.event] : frame.type === 'events' && Array.isArray(frame.events) ? frame.events : [];
    return list.filter((ev) => ev && typeof ev.type === 'string');
  }

  // A frame's kind in the report: its event's type, a v3 `events` frame's event types joined with '+'
  // (ANSWER_REVEALED+SCORE_UPDATED: one frame, so the kinds still add up to the frames), else its type.
  function kindOf(frame) {
    const types = eventsOf(frame).map((ev) => ev.type);
    return types.length ? types.join('+') : String(frame.type);
  }

  function serverMs(iso) {
    // ISO-8601 with up to nanoseconds; Date.parse takes milliseconds, the rest is added back.
    const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(iso ?? '');
    if (!m) return NaN;
    const frac = (m[2] ?? '0').padEnd(9, '0');
    return Date.parse(m[1] + 'Z') + Number(frac) / 1e6;
  }

  function playerFrame(p) {
    return (frame, bytes, events) => {
      // One frame whatever it carries: frames per player are the benchmark's figure.
      countFrame(p.idx, bytes, kindOf(frame));
      for (const ev of events) {
        const d = ev.data ?? {};
        switch (ev.type) {
          case 'QUESTION_SHOWN':
            on.shown(p.idx, d.questionId, serverMs(ev.serverTime));
            break;
          case 'ANSWER_REVEALED':
            on.reveal(p.idx, d.questionId);
            break;
          case 'SCORE_UPDATED':
            if (d.playerId === p.id) on.score(p.idx);
            break;
          case 'BUZZ_PRESSED':
            // The buzz's verdict: match took it (v3: its only reply; v2: its ack said only that the
            // gateway passed it on). A refusal is the error below.
            if (d.playerId === p.id) {
              pendingBuzz.delete(p.buzzId);
              on.verdict(p.idx, false, serverMs(d.receivedAt), serverMs(ev.serverTime));
            }
            break;
          case 'ANSWER_SUBMITTED':
            if (d.playerId === p.id) pendingAnswer.delete(p.answerId);
            break;
          case 'BUZZER_AWARDED':
            if (d.playerId === p.id) on.awarded(p.idx, d.questionId);
            else if (cur && cur.winner === null) cur.winner = byPlayerId.get(d.playerId) ?? -1;
            break;
          case 'GAME_ENDED':
            on.ended();
            break;
          default:
            break; // every frame is counted above, whatever its type
        }
      }
      if (frame.type === 'error') {
        if (pendingBuzz.get(frame.id) === p.idx) {
          pendingBuzz.delete(frame.id);
          on.verdict(p.idx, true);
          noteOther(`buzz refused: ${frame.code}`);
        } else if (pendingAnswer.get(frame.id) === p.idx) {
          pendingAnswer.delete(frame.id);
          on.answerRefused(p.idx, frame.code);
        } else {
          noteOther(`error ${frame.code}`);
        }
      } else if (frame.type === 'ack') {
        // v3 answers a buzz, and a buzzer round's answer, with its event or an error only: an ack of one
        // would be a frame too many, so it is listed (by the id's prefix: the command may be settled by
        // now). An ack settles nothing here: match's refusal of a command may still follow it.
        const id = String(frame.id ?? '');
        if (protocol >= 3 && id.startsWith('b')) noteOther('ack of a buzz');
        if (protocol >= 3 && MODE === 'BUZZER' && id.startsWith('a')) noteOther('ack of a buzzer answer');
      } else if (!['welcome', 'event', 'events', 'pong', 'reconnect'].includes(frame.type)) {
        noteOther(`frame ${frame.type}`);
      }
    };
  }

  function hostFrame(frame, bytes, events) {
    countHostFrame(bytes);
    for (const ev of events) {
      if (ev.type === 'GAME_CREATED') {
        packId = ev.data?.settings?.questionPackId ?? null;
        if (packWaiter && packId) packWaiter();
      } else if (ev.type === 'PLAYER_JOINED') {
        // Protocol v1: the host received every player's join.
        joinedSeen++;
        if (joinedWaiter && joinedSeen >= N) joinedWaiter();
      }
    }
    if (frame.type === 'tick' || (frame.type === 'welcome' && frame.tick)) {
      // Protocol v2: joins reach the host as a count in the coalesced tick.
      const count = (frame.type === 'tick' ? frame : frame.tick).playerCount ?? 0;
      joinedSeen = Math.max(joinedSeen, count);
      if (joinedWaiter && joinedSeen >= N) joinedWaiter();
    } else if (frame.type === 'error' && frame.code === 'QUESTIONS_NOT_LOADED') {
      // Match still fetches the pack (no client sees it arrive: it holds the keys); start again shortly.
      setTimeout(() => command(host, { type: 'start', id: `h${++frameId}` }), 200);
    } else if (frame.type === 'error') {
      log(`host refused: ${frame.code} ${frame.message}`);
    }
  }

  return {
    name: 'Buzzline',
    get protocol() {
      return protocol;
    },
    async setup() {
      const created = await post('/games', {
        rounds: [{ mode: MODE, questions: TOTAL_Q, timeLimitSeconds: TIME_LIMIT }],
        maxPlayers: N,
        language: 'en',
        categories: ['geography'], // the bank scripts/seed-content fills
      });
      gameId = created.gameId;
      host = { isHost: true, token: created.hostToken, lastSequence: 0 };
      // The host replays its view of the log (lastSequence 0): GAME_CREATED names the pack. No client
      // receives a key before its reveal, so the keys are read from content as an editor (--editor-token).
      // --protocol auto: the highest version the gateway accepts, from 3 down.
      for (;;) {
        try {
          await connect(host, hostFrame);
          break;
        } catch (e) {
          if (!(e.unsupported && opts.protocol === 'auto' && protocol > 1)) throw e;
          log(`the gateway refused protocol v${protocol}; trying v${protocol - 1}`);
          protocol -= 1;
          host = { isHost: true, token: created.hostToken, lastSequence: 0 };
        }
      }
      const t0 = now();
      let refused = 0;
      await pool(N, int(opts['join-concurrency']), async (i) => {
        const nickname = `Player ${i + 1}`;
        const joined = await post(`/codes/${encodeURIComponent(created.joinCode)}/players`, { nickname });
        players[i] = { idx: i, id: joined.playerId, nickname, token: joined.playerToken, lastSequence: null };
        byPlayerId.set(joined.playerId, i);
      }).catch((e) => {
        refused++;
        throw e;
      });
      const joinSeconds = (now() - t0) / 1000;
      const t1 = now();
      await pool(N, int(opts['connect-concurrency']), async (i) => {
        await connectRetrying(players[i], playerFrame(players[i]));
      });
      const connectSeconds = (now() - t1) / 1000;
      // Start only once match has every player (v1: each PLAYER_JOINED; v2: the tick's count) and the keys.
      if (joinedSeen < N) {
        await new Promise((resolve, reject) => {
          joinedWaiter = resolve;
          setTimeout(() => reject(new Error(`the host saw ${joinedSeen} of ${N} joins`)), 60_000);
        });
      }
      await loadKeys();
      if (keys.size < TOTAL_Q) throw new Error(`content gave ${keys.size} answer keys of ${TOTAL_Q}`);
      return { gameId, joinSeconds, connectSeconds, joinRefusals: refused };
    },
    start() {
      command(host, { type: 'start', id: `h${++frameId}` });
    },
    next() {
      command(host, { type: 'next', id: `h${++frameId}` });
    },
    answer(idx, questionId, answer) {
      const id = `a${++frameId}`;
      pendingAnswer.set(id, idx);
      players[idx].answerId = id;
      command(players[idx], { type: 'answer', id, questionId, answer });
    },
    buzz(idx, questionId) {
      const id = `b${++frameId}`;
      pendingBuzz.set(id, idx);
      players[idx].buzzId = id;
      command(players[idx], { type: 'buzz', id, questionId });
    },
    drop(k) {
      host.ws?.terminate();
      for (let j = 0; j < k; j++) players[Math.floor(random() * N)].ws?.terminate();
    },
    async close() {
      for (const p of [host, ...players]) {
        if (!p) continue;
        p.closing = true;
        p.ws?.terminate();
      }
    },
  };
}

// ---------------------------------------------------------------- Socket.IO peer
function socketioTarget() {
  const base = String(opts.url).replace(/\/$/, '');
  let host = null;
  const byPlayerId = new Map();

  function open(onPacket) {
    const socket = sio(base, {
      transports: ['websocket'],
      forceNew: true,
      perMessageDeflate: false,
      reconnectionDelay: 250,
      reconnectionDelayMax: 5000,
      timeout: 60_000,
    });
    // Count every Engine.IO packet: over the WebSocket transport each is one WebSocket message, and
    // its text is the packet type digit plus the data.
    const attach = () => {
      socket.io.engine.on('packet', (packet) => {
        const data = packet.data;
        const bytes = 1 + (typeof data === 'string' ? Buffer.byteLength(data) : data ? data.length ?? 0 : 0);
        onPacket(bytes, packetKind(packet));
      });
    };
    socket.io.on('open', attach);
    return socket;
  }

  // The Socket.IO packet inside an Engine.IO message: 2 = event (its name), 3 = acknowledgement.
  function packetKind(packet) {
    if (packet.type !== 'message' || typeof packet.data !== 'string') return packet.type;
    if (packet.data[0] === '3') return 'ack';
    const m = /^2[^[]*\["([^"]+)"/.exec(packet.data);
    return m ? m[1] : `packet ${packet.data[0]}`;
  }

  // An acknowledged emit; the client buffers it over a reconnect, so only a minute of silence fails it.
  function emitAck(socket, event, body) {
    return new Promise((resolve, reject) =>
      socket.timeout(60_000).emit(event, body, (err, res) => (err ? reject(new Error(`${event}: no answer in 60 s`)) : resolve(res))),
    );
  }

  // The client retries a failed connect itself (reconnection is on): wait for it, up to two minutes.
  function connected(socket) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no connection in 120 s')), 120_000);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  return {
    name: 'Socket.IO',
    protocol: null,
    async setup() {
      host = open((bytes) => countHostFrame(bytes));
      await connected(host);
      host.on('end', () => {});
      const created = await emitAck(host, 'create', {
        mode: MODE,
        questions: TOTAL_Q,
        timeLimitSeconds: TIME_LIMIT,
        maxPlayers: N,
      });
      if (!created?.ok) throw new Error(`create refused: ${created?.code}`);
      for (const q of created.pack) keys.set(q.questionId, q.correctAnswer);
      const t0 = now();
      let refused = 0;
      // Connect and join in one step: a Socket.IO client joins over its socket.
      await pool(N, int(opts['connect-concurrency']), async (i) => {
        const p = { idx: i, nickname: `Player ${i + 1}`, id: null };
        players[i] = p;
        const socket = open((bytes, kind) => countFrame(i, bytes, kind));
        p.socket = socket;
        socket.on('question', (q) => on.shown(i, q.questionId, q.serverTime));
        socket.on('reveal', (r) => on.reveal(i, r.questionId));
        socket.on('score', () => on.score(i));
        socket.on('awarded', (a) => {
          if (a.playerId === p.id) on.awarded(i, a.questionId);
          else if (cur && cur.winner === null) cur.winner = byPlayerId.get(a.playerId) ?? -1;
        });
        socket.on('end', () => on.ended());
        socket.on('disconnect', () => {
          if (!p.closing) on.reconnect(0);
        });
        await connected(socket);
        const joined = await emitAck(socket, 'join', { code: created.code, nickname: p.nickname });
        if (!joined?.ok) {
          refused++;
          throw new Error(`join refused: ${joined?.code}`);
        }
        p.id = joined.playerId;
        byPlayerId.set(p.id, i);
      });
      const joinSeconds = (now() - t0) / 1000;
      return { gameId: created.gameId, joinSeconds, connectSeconds: 0, joinRefusals: refused };
    },
    start() {
      host.emit('start', {}, () => {});
    },
    next() {
      host.emit('next', {}, () => {});
    },
    answer(idx, questionId, answer) {
      players[idx].socket.emit('answer', { questionId, answer }, (res) => {
        if (!res?.ok) on.answerRefused(idx, res?.code);
      });
    },
    buzz(idx, questionId) {
      players[idx].socket.emit('buzz', { questionId }, (res) => on.verdict(idx, !res?.ok));
    },
    drop(k) {
      // Closing the Engine.IO transport is a network drop to socket.io-client: it reconnects and the
      // server's connection state recovery replays what was missed.
      host.io.engine.close();
      for (let j = 0; j < k; j++) players[Math.floor(random() * N)].socket.io.engine.close();
    },
    async close() {
      for (const p of players) {
        p.closing = true;
        p.socket?.disconnect();
      }
      host?.disconnect();
    },
  };
}

// ---------------------------------------------------------------- the game
const target = opts.target === 'buzzline' ? buzzlineTarget() : socketioTarget();

function pct(values, p) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
// Mean calls per question by command, over the questions that have a count (null when none has).
function averageCalls(counts) {
  const known = counts.filter(Boolean);
  if (!known.length) return null;
  const out = {};
  for (const c of known) for (const [cmd, n] of Object.entries(c)) out[cmd] = (out[cmd] ?? 0) + n / known.length;
  return out;
}

function dist(values) {
  return {
    n: values.length,
    p50: pct(values, 50),
    p99: pct(values, 99),
    max: values.length ? values.reduce((a, b) => Math.max(a, b), -Infinity) : NaN,
  };
}

async function main() {
  const started = now();
  log(`setting up: ${N} players, ${WARMUP} warm-up + ${MEASURED} measured questions`);
  const setup = await target.setup();
  log(`set up: joined in ${setup.joinSeconds.toFixed(1)} s, connected in ${setup.connectSeconds.toFixed(1)} s`);
  await sleep(SETTLE_MS);
  // What the server processes burn with the game set up and nothing happening (schedulers, pollers,
  // consumers), in ms of CPU per second: per-question CPU includes this much per second of question.
  const idleBefore = cpuMs();
  const idleStart = now();
  await sleep(IDLE_MS);
  const idleAfter = cpuMs();
  const idleSeconds = (now() - idleStart) / 1000;
  idleCpu = {};
  for (const { name } of PIDS) idleCpu[name] = (idleAfter[name] - idleBefore[name]) / idleSeconds;

  for (let i = 0; i < TOTAL_Q; i++) {
    const q = newQuestion(i);
    questions.push(q);
    q.cpuBefore = cpuMs();
    q.jitBefore = jitMs();
    q.redisBefore = redisCalls();
    cur = q;
    q.sentAt = now();
    if (i === 0) target.start();
    else target.next();
    if (int(opts.drop) > 0) target.drop?.(int(opts.drop));
    const ok = await waitFor('question', Q_TIMEOUT_MS);
    q.doneAt = now();
    q.complete = ok;
    if (!ok) log(`question ${i + 1}: incomplete after ${Q_TIMEOUT_MS / 1000} s`);
    await sleep(SETTLE_MS);
    q.cpuAfter = cpuMs();
    q.jitAfter = jitMs();
    q.redisAfter = redisCalls();
    q.endedAt = now();
    log(`question ${i + 1}${q.measured ? '' : ' (warm-up)'}: ${((q.doneAt - q.sentAt) / 1000).toFixed(2)} s`);
  }
  // The end of the game: not measured per question.
  cur = null;
  target.next();
  const endedOk = await waitFor('ended', 60_000);
  if (!endedOk) log(`GAME_ENDED reached ${ended} of ${N} players`);
  await target.close();
  return report(setup, now() - started, endedOk);
}

function report(setup, elapsedMs, endedOk) {
  const measured = questions.filter((q) => q.measured);
  const all = (fn) => measured.flatMap(fn);
  const perPlayer = (q, f) => {
    const out = [];
    for (let i = 0; i < N; i++) {
      const v = f(i);
      if (Number.isFinite(v)) out.push(v);
    }
    return out;
  };
  const perQuestion = measured.map((q) => {
    const frames = Array.from(q.frames);
    const bytes = Array.from(q.bytes);
    const cpu = {};
    const jit = {};
    for (const { name } of PIDS) {
      cpu[name] = q.cpuAfter[name] - q.cpuBefore[name];
      jit[name] = Math.max(0, q.jitAfter[name] - q.jitBefore[name]);
    }
    const toLast = perPlayer(q, (i) => q.shown[i] - q.sentAt);
    const framesTotal = frames.reduce((a, b) => a + b, 0) + q.hostFrames;
    return {
      index: q.index + 1,
      complete: q.complete,
      framesMean: frames.reduce((a, b) => a + b, 0) / N,
      framesMax: Math.max(...frames),
      bytesMean: bytes.reduce((a, b) => a + b, 0) / N,
      bytesMax: Math.max(...bytes),
      hostFrames: q.hostFrames,
      framesDelivered: framesTotal,
      questionToLastPlayerMs: toLast.length === N ? Math.max(...toLast) : NaN,
      missing: {
        shown: N - toLast.length,
        reveal: N - perPlayer(q, (i) => q.reveal[i]).length,
        ownPoints: perPlayer(q, (i) => (Number.isNaN(q.answerSent[i]) || q.answerRefused[i] || !Number.isNaN(q.score[i]) ? NaN : 1)).length,
      },
      answerRefusals: q.answerRefused.reduce((a, b) => a + b, 0),
      buzzRefusals: q.verdictRefused.reduce((a, b) => a + b, 0),
      reconnects: q.reconnects,
      slowConsumerCloses: q.slowConsumerCloses,
      otherFrames: q.otherFrames,
      durationMs: q.doneAt - q.sentAt,
      spanMs: q.endedAt - q.sentAt,
      kindsPerPlayer: Object.fromEntries(Object.entries(q.kinds).map(([k, v]) => [k, v / N])),
      cpuMs: cpu,
      jitMs: jit,
      redisCalls: callsBetween(q.redisBefore, q.redisAfter),
    };
  });
  const cpuPerQuestion = {};
  for (const { name } of PIDS) {
    cpuPerQuestion[name] = perQuestion.reduce((a, q) => a + q.cpuMs[name], 0) / perQuestion.length;
  }
  const jitPerQuestion = {};
  for (const { name } of PIDS) {
    jitPerQuestion[name] = perQuestion.reduce((a, q) => a + q.jitMs[name], 0) / perQuestion.length;
  }
  const framesDelivered = perQuestion.reduce((a, q) => a + q.framesDelivered, 0) / perQuestion.length;
  const cpuTotal = Object.values(cpuPerQuestion).reduce((a, b) => a + b, 0);
  const result = {
    target: target.name,
    protocol: target.protocol,
    players: N,
    mode: MODE,
    questions: MEASURED,
    warmup: WARMUP,
    thinkMs: [THINK_MIN, THINK_MAX],
    timeLimitSeconds: TIME_LIMIT,
    settleMs: SETTLE_MS,
    setup: { ...setup, setupFramesPerPlayer: setupFrames / N, setupBytesPerPlayer: setupBytes / N },
    elapsedSeconds: elapsedMs / 1000,
    gameEndedToAll: endedOk,
    summary: {
      framesPerPlayer: {
        mean: avg(perQuestion.map((q) => q.framesMean)),
        max: Math.max(...perQuestion.map((q) => q.framesMax)),
      },
      bytesPerPlayer: {
        mean: avg(perQuestion.map((q) => q.bytesMean)),
        max: Math.max(...perQuestion.map((q) => q.bytesMax)),
      },
      hostFramesPerQuestion: avg(perQuestion.map((q) => q.hostFrames)),
      framesDeliveredPerQuestion: framesDelivered,
      questionToPlayerMs: dist(all((q) => perPlayer(q, (i) => q.shown[i] - q.sentAt))),
      questionToLastPlayerMs: dist(perQuestion.map((q) => q.questionToLastPlayerMs).filter(Number.isFinite)),
      serverTimeToPlayerMs: dist(all((q) => perPlayer(q, (i) => q.shown[i] - q.serverTime[i]))),
      revealToOwnPointsMs: dist(all((q) => perPlayer(q, (i) => q.score[i] - q.reveal[i]))),
      lastAnswerToOwnPointsMs: dist(all((q) => perPlayer(q, (i) => q.score[i] - q.lastAnswerSent))),
      buzzToOwnVerdictMs: dist(all((q) => perPlayer(q, (i) => q.verdict[i] - q.buzzSent[i]))),
      // Split by reply: a buzz the engine took (own BUZZ_PRESSED / ok) and a refused one (error / !ok), whose
      // paths differ (Buzzline refuses most late buzzes at the gateway; the rest cross to match and back).
      buzzToTakenVerdictMs: dist(all((q) => perPlayer(q, (i) => (q.verdictRefused[i] ? NaN : q.verdict[i] - q.buzzSent[i])))),
      takenBuzzToGatewayMs: dist(all((q) => perPlayer(q, (i) => q.buzzReceived[i] - q.buzzSent[i]))),
      takenGatewayToDecidedMs: dist(all((q) => perPlayer(q, (i) => q.buzzDecided[i] - q.buzzReceived[i]))),
      takenDecidedToPlayerMs: dist(all((q) => perPlayer(q, (i) => q.verdict[i] - q.buzzDecided[i]))),
      buzzToRefusalMs: dist(all((q) => perPlayer(q, (i) => (q.verdictRefused[i] ? q.verdict[i] - q.buzzSent[i] : NaN)))),
      questionDurationMs: dist(perQuestion.map((q) => q.durationMs)),
      cpuMsPerQuestion: cpuPerQuestion,
      jitCpuMsPerQuestion: jitPerQuestion,
      redisCallsPerQuestion: averageCalls(perQuestion.map((q) => q.redisCalls)),
      idleCpuMsPerSecond: idleCpu,
      questionSpanMs: avg(perQuestion.map((q) => q.spanMs)),
      framesPerPlayerByKind: kindsAverage(perQuestion),
      cpuMsPerQuestionTotal: cpuTotal,
      cpuUsPerDeliveredFrame: framesDelivered ? (cpuTotal * 1000) / framesDelivered : NaN,
      incompleteQuestions: perQuestion.filter((q) => !q.complete).length,
      reconnects: perQuestion.reduce((a, q) => a + q.reconnects, 0),
      slowConsumerCloses: perQuestion.reduce((a, q) => a + q.slowConsumerCloses, 0),
      answerRefusals: perQuestion.reduce((a, q) => a + q.answerRefusals, 0),
      buzzRefusals: perQuestion.reduce((a, q) => a + q.buzzRefusals, 0),
    },
    perQuestion,
  };
  return result;
}
function kindsAverage(perQuestion) {
  const sum = {};
  for (const q of perQuestion) for (const [k, v] of Object.entries(q.kindsPerPlayer)) sum[k] = (sum[k] ?? 0) + v;
  return Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, v / perQuestion.length]).sort((a, b) => b[1] - a[1]));
}
function avg(a) {
  return a.length ? a.reduce((x, y) => x + y, 0) / a.length : NaN;
}

main()
  .then((result) => {
    const text = JSON.stringify(result, (k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
    if (opts.json) writeFileSync(opts.json, text);
    const s = result.summary;
    const f = (d) => `p50 ${fmt(d.p50)} p99 ${fmt(d.p99)} max ${fmt(d.max)} (n=${d.n})`;
    log(`frames/player/question mean ${fmt(s.framesPerPlayer.mean)} max ${s.framesPerPlayer.max}; bytes mean ${fmt(s.bytesPerPlayer.mean)}`);
    log(`question -> player ${f(s.questionToPlayerMs)}; reveal -> own points ${f(s.revealToOwnPointsMs)}; buzz -> verdict ${f(s.buzzToOwnVerdictMs)}`);
    log(`server CPU ms/question ${JSON.stringify(Object.fromEntries(Object.entries(s.cpuMsPerQuestion).map(([k, v]) => [k, Math.round(v)])))}`);
    process.exit(0);
  })
  .catch((e) => {
    log(`failed: ${e.stack ?? e}`);
    process.exit(1);
  });

function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}
