// Opening hours in the reader's words and "open now": the rules of mapujpomoc_model/hours_text.py
// (the subset mapujpomoc_model/opening_hours.py validates), with Russian added. A value outside the subset
// is shown as it is and is never called open or closed.

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DAY_NAMES = {
  pl: ['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'],
  uk: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ru: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
};
const MONTH_NAMES = {
  pl: ['sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź', 'lis', 'gru'],
  uk: ['січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд'],
  en: MONTHS,
  ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
};
const WORDS = {
  '24/7': { pl: 'całodobowo', uk: 'цілодобово', en: '24/7', ru: 'круглосуточно' },
  PH: { pl: 'święta', uk: 'свята', en: 'holidays', ru: 'праздники' },
  SH: { pl: 'ferie', uk: 'канікули', en: 'school holidays', ru: 'каникулы' },
  off: { pl: 'nieczynne', uk: 'зачинено', en: 'closed', ru: 'закрыто' },
  open: { pl: 'otwarte', uk: 'відчинено', en: 'open', ru: 'открыто' },
  unknown: { pl: 'godziny do ustalenia', uk: 'час уточнюється', en: 'hours to be confirmed', ru: 'время уточняется' },
  from: { pl: 'od {0}', uk: 'з {0}', en: 'from {0}', ru: 'с {0}' },
};
const DASH = '–';

// the patterns of opening_hours.py
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAYS_RE = `(?:${DAY}(?:-${DAY})?|PH|SH)(?:,(?:${DAY}(?:-${DAY})?|PH|SH))*`;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const MONTHS_RE = `${MONTH}(?: \\d{1,2})?(?:-${MONTH}(?: \\d{1,2})?|-\\d{1,2})?(?:,${MONTH}(?:-${MONTH})?)*`;
const TIME = '(?:[0-3]\\d|4[0-8]):[0-5]\\d';
const SPAN = `${TIME}(?:-${TIME}|\\+)?`;
const TIMES = `${SPAN}(?:,\\s?${SPAN})*`;
const PARTS = new RegExp(
  `^(?:(${MONTHS_RE})\\s+)?(?:(${DAYS_RE})(?:\\s+|$))?(${TIMES})?\\s*(off|closed|open|unknown)?\\s*(?:"([^"]*)")?$`);
const SEPARATOR = /;|\|\|/;

const lang4 = (lang) => (DAY_NAMES[lang] ? lang : 'en');
const time = (text) => text.replace(/(\d{1,2}):(\d\d)/g, (_, h, m) => `${Number(h)}:${m}`);

function parseRule(rule) {
  if (rule === '24/7') return { always: true };
  const m = PARTS.exec(rule);
  if (!m) return null;
  return { months: m[1], days: m[2], times: m[3], state: m[4], comment: m[5] };
}

function rules(value) {
  const text = (value || '').trim();
  if (!text) return [];
  const out = [];
  for (const raw of text.split(SEPARATOR)) {
    const rule = raw.trim();
    if (!rule) continue;
    const parsed = parseRule(rule);
    if (!parsed) return null;
    out.push(parsed);
  }
  return out;
}

function daysIn(text, lang) {
  return text.split(',').map((item) => item.split('-')
    .map((e) => (DAYS.includes(e) ? DAY_NAMES[lang][DAYS.indexOf(e)] : WORDS[e][lang])).join(DASH)).join(', ');
}

function timesIn(text, lang) {
  return text.split(',').map((s) => s.trim()).map((span) => (span.endsWith('+')
    ? WORDS.from[lang].replace('{0}', time(span.slice(0, -1)))
    : span.split('-').map(time).join(DASH))).join(', ');
}

/** `value` (OSM opening_hours) in the words of `lang`; a value outside the subset comes back unchanged. */
export function hoursText(value, lang) {
  const l = lang4(lang);
  const parsed = rules(value);
  if (parsed === null) return (value || '').trim();
  return parsed.map((r) => {
    if (r.always) return WORDS['24/7'][l];
    const words = [];
    if (r.months) words.push(r.months.trim().replace(new RegExp(MONTH, 'g'), (m) => MONTH_NAMES[l][MONTHS.indexOf(m)]).replace(/-/g, DASH));
    if (r.days) words.push(daysIn(r.days, l));
    if (r.times) words.push(timesIn(r.times, l));
    if (r.state) words.push(WORDS[r.state === 'closed' ? 'off' : r.state][l]);
    if (r.comment) words.push(r.comment.trim());
    return words.filter(Boolean).join(' ');
  }).join('; ');
}

function minutes(t) {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

function dayMatches(days, weekday) {
  // weekday: 0 = Monday; holidays (PH, SH) cannot be known here and match nothing
  return days.split(',').some((item) => {
    const [a, b] = item.split('-');
    if (!DAYS.includes(a)) return false;
    const i = DAYS.indexOf(a);
    const j = b ? DAYS.indexOf(b) : i;
    return i <= j ? weekday >= i && weekday <= j : weekday >= i || weekday <= j;
  });
}

function inTimes(times, minute, previousDay) {
  // previousDay: a span past midnight (Fr 20:00-26:00) covers the next morning
  return times.split(',').map((s) => s.trim()).some((span) => {
    if (span.endsWith('+')) return !previousDay && minute >= minutes(span.slice(0, -1));
    const [a, b] = span.split('-').map(minutes);
    if (previousDay) return b > 1440 && minute < b - 1440;
    return minute >= a && minute < b;
  });
}

/** true / false when the hours say whether the point is open at `date`; null when they cannot tell. */
export function isOpen(value, date = new Date()) {
  const parsed = rules(value);
  if (parsed === null || parsed.length === 0) return null;
  const weekday = (date.getDay() + 6) % 7;
  const minute = date.getHours() * 60 + date.getMinutes();
  let open = false;
  let known = false;
  // OSM: a later rule naming the same day replaces the earlier ones for that day
  for (const r of parsed) {
    if (r.always) { open = true; known = true; continue; }
    if (r.months || r.comment || r.state === 'unknown') return null;
    const today = r.days ? dayMatches(r.days, weekday) : true;
    const yesterday = r.days ? dayMatches(r.days, (weekday + 6) % 7) : true;
    if (!today && !yesterday) continue;
    if (r.state === 'off' || r.state === 'closed') {
      if (today) { open = false; known = true; }
      continue;
    }
    if (!r.times) {
      if (today) { open = true; known = true; }
      continue;
    }
    if (today) { open = inTimes(r.times, minute, false); known = true; }
    if (yesterday && inTimes(r.times, minute, true)) { open = true; known = true; }
  }
  return known ? open : false;
}
