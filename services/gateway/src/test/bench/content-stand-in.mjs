// Used by scripts/bench-gateway, which measures the gateway and match alone (the browser test runs all five services).
// Stands in for content's GET /packs/{packId} (match fetches the pack before a game starts):
// pack-<n> has n questions q1..qn, choices A, B, C, key B.
import http from 'node:http';

const port = Number(process.argv[2]);
http.createServer((req, res) => {
  const match = /^\/packs\/pack-(\d+)$/.exec(req.url);
  if (!match) { res.writeHead(404, { 'content-type': 'application/json' }).end('{"title":"no such pack"}'); return; }
  const n = Number(match[1]);
  const questions = Array.from({ length: n }, (_, i) => ({
    questionId: `q${i + 1}`, text: `Question ${i + 1}: which letter is B?`, choices: ['A', 'B', 'C'], correctAnswer: 'B',
  }));
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ packId: `pack-${n}`, questions }));
}).listen(port, '127.0.0.1');
