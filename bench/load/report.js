// Turns the JSON results of bench/load/game.js into one table per N and mode (Buzzline vs Socket.IO and
// the ratio), prints them, and with --docs FILE replaces the whole-game section of that Markdown file.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const args = process.argv.slice(2);
const meta = {};
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) meta[args[i].slice(2)] = args[++i];
  else files.push(args[i]);
}
const results = files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
if (results.length === 0) {
  console.error('report.js: no results');
  process.exit(1);
}

const BEGIN = '<!-- bench-game:begin (written by scripts/bench-game; replaced on each run) -->';
const END = '<!-- bench-game:end -->';

function fmt(v, digits) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (digits !== undefined) return v.toFixed(digits);
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}
function ratio(a, b) {
  // Below 0.05 (ms, frames...) a denominator is measurement noise, not a baseline.
  if (a === null || b === null || a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b) || Math.abs(b) < 0.05) return '–';
  return `${(a / b).toFixed(2)}×`;
}
const d3 = (d) => (d ? [d.p50, d.p99, d.max] : [null, null, null]);
const triple = (d) => d3(d).map((v) => fmt(v)).join(' / ');

function rowsFor(b, s) {
  const rows = [];
  const add = (label, bv, sv, show = fmt) => rows.push([label, show(bv), show(sv), ratio(bv, sv)]);
  const addDist = (label, key) => {
    const bd = b?.summary[key];
    const sd = s?.summary[key];
    rows.push([`${label} p50 / p99 / max`, bd?.n ? triple(bd) : '–', sd?.n ? triple(sd) : '–', bd?.n && sd?.n ? `${ratio(bd.p50, sd.p50)} (p50)` : '–']);
  };
  add('frames per player per question, mean', b?.summary.framesPerPlayer.mean, s?.summary.framesPerPlayer.mean);
  add('frames per player per question, max', b?.summary.framesPerPlayer.max, s?.summary.framesPerPlayer.max);
  add('bytes per player per question, mean', b?.summary.bytesPerPlayer.mean, s?.summary.bytesPerPlayer.mean);
  add('frames to the host per question', b?.summary.hostFramesPerQuestion, s?.summary.hostFramesPerQuestion);
  add('frames delivered per question (players + host)', b?.summary.framesDeliveredPerQuestion, s?.summary.framesDeliveredPerQuestion);
  addDist('question → player, from the host\'s start/next (ms)', 'questionToPlayerMs');
  addDist('question → last player, per question (ms)', 'questionToLastPlayerMs');
  addDist('question, server time → player (ms)', 'serverTimeToPlayerMs');
  addDist('reveal → own points (ms)', 'revealToOwnPointsMs');
  addDist('last answer sent → own points (ms)', 'lastAnswerToOwnPointsMs');
  addDist('buzz → own verdict (ms)', 'buzzToOwnVerdictMs');
  addDist('… buzzes taken: buzz → own BUZZ_PRESSED (ms)', 'buzzToTakenVerdictMs');
  addDist('… of which buzz sent → gateway received it (ms)', 'takenBuzzToGatewayMs');
  addDist('… of which gateway received → match decided (ms)', 'takenGatewayToDecidedMs');
  addDist('… of which match decided → player has BUZZ_PRESSED (ms)', 'takenDecidedToPlayerMs');
  addDist('… buzzes refused: buzz → refusal (ms)', 'buzzToRefusalMs');
  addDist('question, start/next → complete (ms)', 'questionDurationMs');
  const procs = new Set([...Object.keys(b?.summary.cpuMsPerQuestion ?? {}), ...Object.keys(s?.summary.cpuMsPerQuestion ?? {})]);
  let bTotal = 0;
  let sTotal = 0;
  for (const p of procs) {
    if (p === 'redis') continue;
    const bv = b?.summary.cpuMsPerQuestion[p];
    const sv = s?.summary.cpuMsPerQuestion[p];
    if (Number.isFinite(bv)) bTotal += bv;
    if (Number.isFinite(sv)) sTotal += sv;
    rows.push([`server CPU per question, ${p} (ms)`, fmt(bv), fmt(sv), '']);
  }
  add('server CPU per question, all service processes (ms)', b ? bTotal : null, s ? sTotal : null);
  const jit = (r) => {
    if (!r?.summary.jitCpuMsPerQuestion) return null;
    let t = 0;
    for (const [p, v] of Object.entries(r.summary.jitCpuMsPerQuestion)) if (p !== 'redis' && Number.isFinite(v)) t += v;
    return t;
  };
  add('… of which JIT compilation (the JVMs\' C1/C2 compiler threads, ms)', jit(b), jit(s));
  const idle = (r) => {
    if (!r?.summary.idleCpuMsPerSecond) return null;
    let t = 0;
    for (const [p, v] of Object.entries(r.summary.idleCpuMsPerSecond)) if (p !== 'redis' && Number.isFinite(v)) t += v;
    return (t * r.summary.questionSpanMs) / 1000;
  };
  add('… of which idle (the processes\' CPU with nothing to do × question span, ms)', idle(b), idle(s));
  add('server CPU per question, Redis (ms; shared with the machine)', b?.summary.cpuMsPerQuestion.redis, s?.summary.cpuMsPerQuestion.redis);
  add('server CPU per delivered frame, service processes (µs)',
    b ? (bTotal * 1000) / b.summary.framesDeliveredPerQuestion : null,
    s ? (sTotal * 1000) / s.summary.framesDeliveredPerQuestion : null);
  if (b?.summary.cpuMsPerQuestion.gateway !== undefined) {
    add('gateway (Buzzline) vs the Socket.IO process, CPU per delivered frame (µs)',
      (b.summary.cpuMsPerQuestion.gateway * 1000) / b.summary.framesDeliveredPerQuestion,
      s ? (s.summary.cpuMsPerQuestion.socketio * 1000) / s.summary.framesDeliveredPerQuestion : null);
    const gatewayJit = b.summary.jitCpuMsPerQuestion?.gateway;
    if (Number.isFinite(gatewayJit)) {
      add('… the same, the gateway\'s JIT compilation left out (µs)',
        ((b.summary.cpuMsPerQuestion.gateway - gatewayJit) * 1000) / b.summary.framesDeliveredPerQuestion,
        s ? (s.summary.cpuMsPerQuestion.socketio * 1000) / s.summary.framesDeliveredPerQuestion : null);
    }
  }
  // Redis's work per question (INFO commandstats): every command it executed, scripts' inner ones included.
  const calls = (r) => r?.summary.redisCallsPerQuestion;
  const totalCalls = (r) => (calls(r) ? Object.values(calls(r)).reduce((a, v) => a + v, 0) : null);
  if (calls(b) || calls(s)) {
    add('Redis commands executed per question (scripts\' inner commands included)', totalCalls(b), totalCalls(s));
    add('… per player', totalCalls(b) != null ? totalCalls(b) / b.players : null, totalCalls(s) != null ? totalCalls(s) / s.players : null);
    const top = (r) => (calls(r)
      ? Object.entries(calls(r)).sort((x, y) => y[1] - x[1]).slice(0, 6).map(([c, v]) => `${c} ${fmt(v)}`).join(', ')
      : '–');
    rows.push(['… the most executed', top(b), top(s), '']);
  }
  const health = (r) => r
    ? `${r.summary.incompleteQuestions} / ${r.summary.reconnects} / ${r.summary.slowConsumerCloses} / ${r.summary.answerRefusals + r.summary.buzzRefusals}`
    : '–';
  rows.push(['incomplete questions / reconnects / slow-consumer closes (4009) / refusals', health(b), health(s), '']);
  rows.push(['join N players (s) / connect them (s)',
    b ? `${fmt(b.setup.joinSeconds)} / ${fmt(b.setup.connectSeconds)}` : '–',
    s ? `${fmt(s.setup.joinSeconds)} (connect + join)` : '–', '']);
  return rows;
}

function kinds(r) {
  if (!r?.summary.framesPerPlayerByKind) return '–';
  return Object.entries(r.summary.framesPerPlayerByKind).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
}

function table(rows) {
  const head = ['per question (measured questions only)', 'Buzzline', 'Socket.IO', 'Buzzline / Socket.IO'];
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

const groups = new Map();
for (const r of results) {
  const key = `${r.players} ${r.mode}`;
  if (!groups.has(key)) groups.set(key, { players: r.players, mode: r.mode });
  groups.get(key)[r.target === 'Buzzline' ? 'b' : 's'] = r;
}
const ordered = [...groups.values()].sort((x, y) => x.players - y.players || y.mode.localeCompare(x.mode)); // CLASSIC first

const any = results[0];
const protocols = [...new Set(results.filter((r) => r.target === 'Buzzline').map((r) => r.protocol))].join(', ');
const lines = [];
lines.push(`Written by \`${meta.command ?? 'scripts/bench-game'}\` on ${new Date().toISOString()}.`);
lines.push('');
if (meta.smoke === 'yes') {
  lines.push('**A smoke run** (tiny N, 2 questions): it shows that both targets play the whole game end to end and what the tables hold, not how either stack performs; `scripts/bench-game 1000 5000 10000` on a quiet machine replaces it.');
  lines.push('');
}
if (meta.timing) {
  lines.push(meta.timing);
  lines.push('');
}
lines.push('### Workload');
lines.push('');
lines.push(`- One game per size and mode, N players + one host, every client a WebSocket in one Node ${meta.node ?? ''} process (bench/load, \`ws\` for Buzzline, \`socket.io-client\` for Socket.IO) on this machine.`);
lines.push(`- ${any.warmup} unmeasured warm-up question, then ${any.questions} measured questions (time limit ${any.timeLimitSeconds} s). CLASSIC: every player answers, right, after a think time uniform in ${any.thinkMs[0]}–${any.thinkMs[1]} ms. BUZZER: every player buzzes after such a think time; the winner answers right after half of one.`);
lines.push(`- The host sends \`next\` once every player has the question, the reveal and what it is owed (own points, own buzz verdict), plus ${any.settleMs} ms; frames and CPU are counted from one \`start\`/\`next\` to the next.`);
lines.push(`- Buzzline protocol v${protocols || '?'} (hello \`v\`); every frame counts whatever its type (events, acks, ticks, standings…); from v3 one append's events may share one \`events\` frame, which counts once (its kind below: the event types joined with +). Socket.IO: every Engine.IO packet (events, acks, heartbeats), each one WebSocket message.`);
lines.push(`- ${meta.settings ?? ''}`);
lines.push('');
lines.push('### Machine');
lines.push('');
lines.push(`${meta.machine ?? ''}; ${meta.jdk ?? ''}; Node ${meta.node ?? ''}. Load average before: ${meta['load-before'] ?? '?'}; after: ${meta['load-after'] ?? '?'} (clients, servers, Redis and PostgreSQL share the cores).`);
for (const g of ordered) {
  lines.push('');
  lines.push(`### N = ${g.players.toLocaleString('en-US')}, ${g.mode}`);
  lines.push('');
  lines.push(table(rowsFor(g.b, g.s)));
  lines.push('');
  lines.push(`Frames per player per question by kind — Buzzline: ${kinds(g.b)}. Socket.IO: ${kinds(g.s)}.`);
}
lines.push('');
lines.push('### Reading these figures');
lines.push('');
lines.push('- Latencies are measured by the load client on the same cores as the servers, so they include the client\'s own queueing; at large N the one Node process is itself a bottleneck for both targets alike.');
lines.push('- CPU is utime + stime of each process from /proc, read before the host\'s `start`/`next` and after the question settled (10 ms resolution). Buzzline does more per question than the peer by design (event log, scoring, PostgreSQL, archive); the per-frame row divides all of it by the frames delivered.');
lines.push('- The "idle" row is what the same processes burned per second before the game with nothing to do, times the question\'s span: the part of a question\'s CPU that does not depend on N.');
lines.push('- Redis is shared with everything else on the machine: its CPU row is indicative only.');
lines.push('- "question → last player, per question" has one sample per question: with few questions, p99 is the maximum.');
const text = lines.join('\n');

console.log(`\n## Whole game: Buzzline vs Socket.IO\n\n${text}\n`);

if (meta.docs) {
  const path = meta.docs;
  const section = `${BEGIN}\n## Whole game: Buzzline vs Socket.IO (\`scripts/bench-game\`, issue 16)\n\n${text}\n${END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = old.indexOf(BEGIN);
  const stop = old.indexOf(END);
  const next = start >= 0 && stop > start
    ? old.slice(0, start) + section + old.slice(stop + END.length)
    : `${old.replace(/\s*$/, '')}\n\n${section}\n`;
  writeFileSync(path, next);
  console.error(`report.js: wrote the whole-game section of ${path}`);
}
