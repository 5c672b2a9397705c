// The spectator screen: a watcher's token from the lobby (POST /api/lobby/codes/{code}/spectators, no
// seat, no nickname), then the same presentation stage as the host's, from what a spectator receives:
// the public events, ticks and the standings' top 10 (no answer distribution, no board pages). The code
// may come in the address: /watch.html?code=XXXXXX.
import { GameConnection, GameModel, api } from '/buzzline.js';
import { countdown, presentation, standings } from '/stage.js';

const $ = (id) => document.getElementById(id);
let model;

const fromUrl = new URLSearchParams(location.search).get('code');
if (fromUrl) $('code').value = fromUrl.toUpperCase();

$('watch').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('watch-error').textContent = '';
  try {
    const code = $('code').value.trim().toUpperCase();
    const pass = await api(`/api/lobby/codes/${encodeURIComponent(code)}/spectators`, null, 'POST');
    sessionStorage.setItem('buzzline.spectator', JSON.stringify({ token: pass.spectatorToken, code }));
    start(pass.spectatorToken, code);
  } catch (err) {
    $('watch-error').textContent = err.message;
  }
});

function start(token, code) {
  model = new GameModel(null);
  $('watch').hidden = true;
  $('game').hidden = false;
  document.querySelector('h1').hidden = true;
  $('watch-code').textContent = code;
  new GameConnection(token, {
    welcome: (frame, resuming) => { if (!resuming) model.fromView(frame.view); model.fromWelcome(frame); render(); },
    event: (event) => { model.apply(event); render(); },
    tick: (frame) => { model.tick(frame); render(); },
    standings: (frame) => { model.standingsFrame(frame); render(); },
    error: (frame) => { $('game-error').textContent = `${frame.code}: ${frame.message}`; },
    status: (status) => { $('banner').classList.toggle('show', status === 'reconnecting'); },
  }).connect();
}

function render() {
  $('stage').replaceChildren(...presentation(model));
  $('top').replaceChildren(standings(model, 10));
}

setInterval(() => { if (model && $('countdown')) $('countdown').textContent = countdown(model); }, 250);

const saved = JSON.parse(sessionStorage.getItem('buzzline.spectator') || 'null');
if (saved?.token && (!fromUrl || fromUrl.toUpperCase() === saved.code)) start(saved.token, saved.code);
