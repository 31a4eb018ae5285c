// Reads from the store: the OGC API items (bbox, filters, limit) and the page's two small reads
// (/web/counts, /web/places). URLs are relative, so a store behind a proxy's sub-path works as it is.
// Only anonymous reads: the page never sends a token, so it gets what the privacy model lets the public see.

import { isOpen } from './hours.js';

export const SHOWN_STATUSES = 'active,unverified'; // inactive points are not help anyone can get
const EARTH_KM = 6371.0088;
const PAGE = 500;

export function filterParams(state) {
  const params = new URLSearchParams({ status: SHOWN_STATUSES });
  if (state.help) params.set('help_type', state.help);
  if (state.spoken) params.set('language', state.spoken);
  if (state.form) params.set('form', state.form);
  if (state.group) params.set('target_group', state.group);
  return params;
}

async function getJson(url) {
  const reply = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  if (!reply.ok) throw new Error(`${reply.status} ${url}`);
  return reply.json();
}

export function haversineKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

function boxAround(pos, km) {
  const dLat = km / 111.19;
  const dLon = km / (111.19 * Math.max(0.05, Math.cos((Math.abs(pos.lat) + dLat) * Math.PI / 180)));
  const r = (v) => v.toFixed(5);
  return [r(Math.max(-180, pos.lon - dLon)), r(Math.max(-90, pos.lat - dLat)),
    r(Math.min(180, pos.lon + dLon)), r(Math.min(90, pos.lat + dLat))].join(',');
}

export async function itemsInBox(bbox, state, limit = PAGE) {
  const params = filterParams(state);
  params.set('bbox', bbox);
  params.set('limit', String(limit));
  return getJson(`collections/aid_points/items?${params}`);
}

/**
 * The `count` nearest points matching the filters, nearest first, each with `distance` (km). A box around
 * the position grows until `count` matching points lie within its inscribed circle (nothing outside the
 * box can then be nearer), and shrinks while it holds more than one page.
 */
/** The URL of the store's nearest search (/web/nearest), also asked early by index.html's first script. */
export function nearestUrl(pos, state, count = 20) {
  const params = filterParams(state);
  params.set('lat', pos.lat.toFixed(5));
  params.set('lon', pos.lon.toFixed(5));
  params.set('limit', String(count));
  return `web/nearest?${params}`;
}

function withDistances(pos, features) {
  return features.map((f) => ({
    feature: f, distance: haversineKm(pos.lat, pos.lon, f.geometry.coordinates[1], f.geometry.coordinates[0]),
  })).sort((a, b) => a.distance - b.distance || (a.feature.id < b.feature.id ? -1 : 1));
}

/**
 * The `count` nearest points matching the filters, nearest first, each with `distance` (km): one request to the
 * store's /web/nearest (index.html may have sent it before this script arrived). "Open now" is known only
 * here, so with it the OGC items are searched instead (nearestOpen).
 */
export async function nearest(pos, state, count = 20) {
  if (state.open) return nearestOpen(pos, state, count);
  const url = nearestUrl(pos, state, count);
  const early = window.mapujpomocFirst;
  window.mapujpomocFirst = null;
  const reply = early && early.url === url ? await early.reply : null;
  const page = reply && reply.ok ? await reply.json() : await getJson(url);
  return { hits: withDistances(pos, page.features), radius: page.radius_km };
}

/**
 * Nearest open points: a box around the position grows until `count` matching, open points lie within its
 * inscribed circle (nothing outside the box can then be nearer), and shrinks while it holds more than one page.
 */
async function nearestOpen(pos, state, count) {
  let km = 3;
  let tooFew = 0; // a radius known to hold fewer than `count`
  let tooMany = Infinity; // a radius whose box holds more than one page
  for (let round = 0; round < 16; round += 1) {
    const page = await itemsInBox(boxAround(pos, km), state);
    const full = page.numberMatched > page.features.length;
    const found = withDistances(pos, page.features)
      .filter((hit) => isOpen(hit.feature.properties.opening_hours) === true);
    const within = found.filter((hit) => hit.distance <= km);
    if (!full && (within.length >= count || km >= 400)) return { hits: within.slice(0, count), radius: km };
    if (full && km > 0.05) tooMany = km; else tooFew = km;
    km = Number.isFinite(tooMany) ? (tooFew + tooMany) / 2 : km * 2;
    if (full && km <= 0.05) return { hits: within.slice(0, count), radius: km };
  }
  return { hits: [], radius: km };
}

export async function places(q) {
  return (await getJson(`web/places?q=${encodeURIComponent(q)}`)).places;
}

export async function counts(bbox, cell, state) {
  const params = filterParams(state);
  params.set('bbox', bbox);
  params.set('cell', String(cell));
  return getJson(`web/counts?${params}`);
}

export async function item(id) {
  return getJson(`collections/aid_points/items/${encodeURIComponent(id)}`);
}
