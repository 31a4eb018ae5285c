// The public page: help near me (geolocation or a typed town), filters, the list, the map, a point's
// printable page; the state lives in the URL's fragment (state.js), so every view can be shared.

import { card } from './card.js';
import { $, el } from './dom.js';
import { chooseLanguage, codes, label, language, plural, setBoot, setLanguage, t } from './i18n.js';
import { item, nearest, places } from './api.js';
import { FILTERS, formatHash, parseHash } from './state.js';

const boot = JSON.parse($('mp-boot').textContent);
setBoot(boot);
let state = parseHash(location.hash);
let aidMap = null;
let lastHits = new Map(); // id -> feature, for opening a point without asking again
const SAVED = 'mapujpomoc.last';

function writeHash() {
  const hash = formatHash(state);
  if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
}

function translatePage() {
  document.documentElement.lang = language();
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = t(node.dataset.t);
  for (const node of document.querySelectorAll('[data-t-aria]')) node.setAttribute('aria-label', t(node.dataset.tAria));
  $('lang').value = language();
  const selects = { help: 'help_types', spoken: 'languages', form: 'forms', group: 'target_groups' };
  for (const [key, table] of Object.entries(selects)) {
    const select = $(`f-${key}`);
    const options = codes(table).map((c) => el('option', { value: c }, label(table, c)))
      .sort((a, b) => a.textContent.localeCompare(b.textContent, language()));
    select.replaceChildren(el('option', { value: '' }, t('filters.any')), ...options);
    select.value = state[key];
  }
  $('f-open').checked = state.open;
  document.title = `${t('title')} – Mapuj Pomoc`;
}

function say(text) { $('status').textContent = text; }

async function search() {
  writeHash();
  const list = $('list');
  if (!state.near) { list.replaceChildren(); say(t('results.ask')); showMap(); return; }
  say(t('results.searching'));
  try {
    const { hits } = await nearest(state.near, state);
    lastHits = new Map(hits.map((h) => [h.feature.id, h.feature]));
    list.replaceChildren(...hits.map((h) => card(h, state.near, openPoint)));
    say(hits.length ? plural('results.found', hits.length) : t('results.none'));
    if (!performance.getEntriesByName('mapujpomoc-list').length) performance.mark('mapujpomoc-list'); // bench_web.py
    try { localStorage.setItem(SAVED, JSON.stringify({ hash: formatHash({ ...state, p: '' }), hits })); } catch (e) { /* full */ }
  } catch (err) {
    const saved = JSON.parse(localStorage.getItem(SAVED) || 'null');
    if (saved && saved.hits.length) {
      list.replaceChildren(...saved.hits.map((h) => card(h, state.near, openPoint)));
      lastHits = new Map(saved.hits.map((h) => [h.feature.id, h.feature]));
      say(t('results.offline'));
    } else {
      say(t('results.error'));
    }
  }
  showMap();
}

// Leaflet and the QR code come in their own files, after the list: the list is what a phone needs first
let mapLoading = null;
function showMap() {
  if (!mapLoading) {
    mapLoading = import('./map.js').then(({ AidMap }) => new AidMap($('map'), boot.tiles, openPoint))
      .catch(() => null);
  }
  mapLoading.then((map) => { aidMap = map; if (map) map.show(state, state.near); });
}

async function openPoint(id) {
  state.p = id;
  writeHash();
  await showPoint();
}

async function showPoint() {
  const section = $('point');
  let f = lastHits.get(state.p);
  if (!f) {
    try { f = await item(state.p); } catch (err) { say(t('point.missing')); state.p = ''; writeHash(); return; }
  }
  for (const id of ['search', 'results', 'map-section']) $(id).hidden = true;
  const { renderPoint } = await import('./point.js');
  renderPoint(section, f, location.href, state.near, closePoint);
  section.focus();
}

function closePoint() {
  state.p = '';
  writeHash();
  $('point').hidden = true;
  for (const id of ['search', 'results', 'map-section']) $(id).hidden = false;
  document.title = `${t('title')} – Mapuj Pomoc`;
  if (aidMap) aidMap.invalidate();
  $('results').focus();
}

async function findPlace(text) {
  const found = await places(text);
  if (!found.length) { say(t('search.unknown', { place: text })); return; }
  const best = found[0];
  state.place = best.name;
  state.near = { lat: best.lat, lon: best.lon };
  $('place').value = best.name;
  await search();
}

function locate() {
  if (!navigator.geolocation) { say(t('search.nogeo')); return; }
  say(t('search.locating'));
  navigator.geolocation.getCurrentPosition((pos) => {
    state.near = { lat: pos.coords.latitude, lon: pos.coords.longitude };
    state.place = '';
    $('place').value = '';
    search();
  }, () => say(t('search.nogeo')), { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
}

function wire() {
  $('lang').addEventListener('change', (e) => {
    state.lang = e.target.value;
    setLanguage(state.lang);
    translatePage();
    writeHash();
    if (state.near) search();
  });
  $('place-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('place').value.trim();
    if (text.length >= 2) findPlace(text);
  });
  let typing = 0;
  $('place').addEventListener('input', (e) => {
    clearTimeout(typing);
    const text = e.target.value.trim();
    if (text.length < 2) return;
    typing = setTimeout(async () => {
      try {
        const found = await places(text);
        $('place-list').replaceChildren(...found.map((p) => el('option', { value: p.name }, `${p.name} (${p.county})`)));
      } catch (err) { /* offline: no suggestions */ }
    }, 250);
  });
  $('locate').addEventListener('click', locate);
  $('filter-form').addEventListener('change', () => {
    for (const key of FILTERS) state[key] = $(`f-${key}`).value;
    state.open = $('f-open').checked;
    search();
  });
  $('share').addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(location.href); say(t('share.done')); } catch (e) { say(location.href); }
  });
  window.addEventListener('hashchange', () => {
    state = parseHash(location.hash);
    setLanguage(chooseLanguage(state.lang, navigator.languages));
    translatePage();
    if (state.p) showPoint(); else { if (!$('point').hidden) closePoint(); search(); }
  });
}

function start() {
  setLanguage(chooseLanguage(state.lang, navigator.languages));
  translatePage();
  wire();
  if (state.place) $('place').value = state.place;
  if (state.p) showPoint();
  search();
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
}

start();
