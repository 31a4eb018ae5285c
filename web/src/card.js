// One aid point as the reader sees it: in the list (a card) and on its own printable page.

import { hoursText, isOpen } from './hours.js';
import { label, language, t } from './i18n.js';
import { el } from './dom.js';

const STALE_DAYS = 365;

export function distanceText(km) {
  const lang = language();
  if (km < 1) return t('unit.m', { n: (Math.round(km * 100) * 10).toLocaleString(lang) });
  return t('unit.km', { n: km.toLocaleString(lang, { maximumFractionDigits: km < 10 ? 1 : 0 }) });
}

function staleNote(p, today = new Date()) {
  if (p.status === 'unverified' || !p.verified_at) return t('point.unverified');
  const days = (today - new Date(`${p.verified_at}T00:00:00`)) / 86400000;
  return days > STALE_DAYS ? t('point.stale', { date: new Date(`${p.verified_at}T00:00:00`).toLocaleDateString(language()) }) : '';
}

export function address(p) {
  const street = [p.street, p.house_number].filter(Boolean).join(' ');
  const town = [p.postcode, p.city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

export function directionsUrl(f, from) {
  const [lon, lat] = f.geometry.coordinates;
  const to = `${lat.toFixed(5)},${lon.toFixed(5)}`;
  const route = from ? `${from.lat.toFixed(5)},${from.lon.toFixed(5)};${to}` : `;${to}`;
  return `https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=${encodeURIComponent(route)}`;
}

function openBadge(hours) {
  const open = isOpen(hours);
  if (open === null) return null;
  return el('span', { class: open ? 'mp-badge mp-open' : 'mp-badge mp-closed' }, open ? t('point.open') : t('point.closed'));
}

/** The facts of a point: help, hours, address, contact; shared by the card and the point's page. */
export function facts(f, from) {
  const p = f.properties;
  const hours = hoursText(p.opening_hours, language());
  const stale = staleNote(p);
  const phone = (p.phone || '').trim();
  return [
    el('p', { class: 'mp-types' }, (p.help_types || []).map((c) => el('span', { class: 'mp-type' },
      el('img', { src: `web/assets/icons/${c}.svg`, alt: '', width: 20, height: 20, loading: 'lazy' }), label('help_types', c)))),
    hours ? el('p', {}, el('span', { class: 'mp-k' }, `${t('point.hours')}: `), hours, ' ', openBadge(p.opening_hours)) : null,
    address(p) ? el('p', {}, el('span', { class: 'mp-k' }, `${t('point.address')}: `), address(p)) : null,
    (p.languages || []).length ? el('p', {}, el('span', { class: 'mp-k' }, `${t('point.languages')}: `),
      p.languages.map((c) => label('languages', c)).join(', ')) : null,
    (p.forms || []).length ? el('p', {}, el('span', { class: 'mp-k' }, `${t('point.forms')}: `),
      p.forms.map((c) => label('forms', c)).join(', ')) : null,
    stale ? el('p', { class: 'mp-stale' }, stale) : null,
    el('p', { class: 'mp-actions' },
      phone ? el('a', { class: 'mp-button', href: `tel:${phone.replace(/[^\d+]/g, '')}` }, `${t('point.call')} ${phone}`) : null,
      el('a', { class: 'mp-button', href: directionsUrl(f, from), rel: 'noopener' }, t('point.directions'))),
  ];
}

export function card(hit, from, onOpen) {
  const f = hit.feature;
  return el('li', { class: 'mp-card', 'data-id': f.id },
    el('h3', {}, el('a', { href: `#p=${encodeURIComponent(f.id)}`, onclick: (e) => { e.preventDefault(); onOpen(f.id); } },
      f.properties.name)),
    el('p', { class: 'mp-distance' }, distanceText(hit.distance)),
    facts(f, from));
}
