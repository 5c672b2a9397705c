// Runs the web client's own GameConnection (src/main/resources/META-INF/resources/buzzline.js) in
// node against a gateway, and reports on stdout, one JSON object a line, what it saw: every event as it
// arrived (before the client's own duplicate filter; each element of a v3 `events` frame as one line, in
// its order, like an `event` frame), each welcome, reconnect hint and close.
// Usage: node --experimental-websocket resume-client.mjs <ws url> <token>
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [url, token] = process.argv.slice(2);
if (typeof WebSocket === 'undefined') {
  console.error('this node has no WebSocket: use node >= 22, or node 20/21 with --experimental-websocket');
  process.exit(2);
}
// Loaded as source so that no package.json has to declare the screens' directory an ES module.
const source = readFileSync(
  fileURLToPath(new URL('../../main/resources/META-INF/resources/buzzline.js', import.meta.url)), 'utf8');
const { GameConnection } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
const connection = new GameConnection(token, {
  welcome: (frame) => say({ welcome: frame.deliveredFrom }),
  event: (event) => say({ handled: event.sequence }),
  reconnect: (frame) => say({ reconnect: frame.reason, lastSequence: frame.lastSequence }),
  closed: (code, delay) => say({ closed: code, delay }),
}, { url });
const receive = connection.receive.bind(connection);
connection.receive = (frame) => {
  if (frame.type === 'event') say({ frame: frame.sequence });
  if (frame.type === 'events') for (const event of frame.events) say({ frame: event.sequence });
  receive(frame);
};
connection.connect();
