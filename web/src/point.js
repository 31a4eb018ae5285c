// A point's own page: everything about it, printable (a notice board at a reception point), with a QR
// code that opens this page again on a phone.

import qrcode from 'qrcode-generator';
import { address, facts } from './card.js';
import { language, t } from './i18n.js';
import { el } from './dom.js';

export function qrSvg(text) {
  const qr = qrcode(0, 'M');
  qr.addData(unescape(encodeURIComponent(text))); // UTF-8 bytes (the library's default mode takes bytes)
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true, alt: t('point.qr'), title: t('point.qr') });
}

export function renderPoint(section, f, link, from, onBack) {
  const p = f.properties;
  const qr = el('figure', { class: 'mp-qr' });
  qr.innerHTML = qrSvg(link); // the library's own SVG markup; the link is ours
  qr.append(el('figcaption', {}, t('point.qr')));
  section.replaceChildren(...[
    el('p', { class: 'mp-noprint' }, el('button', { type: 'button', onclick: onBack }, `← ${t('point.back')}`),
      ' ', el('button', { type: 'button', onclick: () => window.print() }, t('point.print'))),
    el('h2', { id: 'point-name', lang: 'pl' }, p.name),
    p.organization ? el('p', { lang: 'pl' }, p.organization) : null,
    facts(f, from),
    p.description ? el('p', { class: 'mp-description' }, p.description) : null,
    p.website ? el('p', {}, el('a', { href: p.website, rel: 'noopener' }, p.website)) : null,
    p.email ? el('p', {}, el('a', { href: `mailto:${p.email}` }, p.email)) : null,
    qr,
    el('p', { class: 'mp-printonly' }, `${link}`),
  ].flat().filter(Boolean));
  section.hidden = false;
  document.title = `${p.name} – Mapuj Pomoc`;
  section.setAttribute('lang', language());
  return address(p);
}
