// The page's words: messages from i18n/<lang>.json and the catalog's labels, both inlined by the store
// into the page (mapujpomoc_store/web_page.py), so the first screen needs no further request.

export const LANGUAGES = ['uk', 'pl', 'en', 'ru'];
let boot = { messages: {}, catalog: {} };
let current = 'uk';

export function setBoot(data) { boot = data; }

/** The language to show: one asked for (the URL), else the first the browser prefers that we have. */
export function chooseLanguage(asked, preferred) {
  if (LANGUAGES.includes(asked)) return asked;
  for (const tag of preferred || []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
    if (base === 'be') return 'uk';
  }
  return 'uk';
}

export function setLanguage(lang) { current = LANGUAGES.includes(lang) ? lang : 'uk'; }
export function language() { return current; }

/** A message of the current language with {name} parameters filled in (English if it lacks one). */
export function t(key, params = {}) {
  const text = (boot.messages[current] || {})[key] ?? (boot.messages.en || {})[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

/** A catalog label (help_types, forms, target_groups, languages) in the current language. */
export function label(table, code) {
  const entry = (boot.catalog[table] || {})[code];
  return entry ? (entry[current] || entry.en) : code;
}

export function codes(table) { return Object.keys(boot.catalog[table] || {}); }

/** "1 пункт / 2 пункти / 5 пунктів": the plural form of `key` for `n` ({key}.one / .few / .many / .other). */
export function plural(key, n) {
  const form = new Intl.PluralRules(current).select(n);
  const messages = boot.messages[current] || {};
  const name = `${key}.${form}` in messages ? `${key}.${form}` : `${key}.other`;
  return t(name, { n: n.toLocaleString(current) });
}
