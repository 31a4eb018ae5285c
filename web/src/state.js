// What the page shows, as the URL's fragment: a link shared or bookmarked opens the same search.
// #lang=uk&help=legal&spoken=uk&form=on_site&group=children&open=1&near=53.77600,20.48000&place=Olsztyn&p=<id>

export const FILTERS = ['help', 'spoken', 'form', 'group'];

export function emptyState() {
  return { lang: '', help: '', spoken: '', form: '', group: '', open: false, near: null, place: '', p: '' };
}

export function parseHash(hash) {
  const state = emptyState();
  const params = new URLSearchParams(String(hash || '').replace(/^#/, ''));
  for (const key of ['lang', 'place', 'p', ...FILTERS]) state[key] = params.get(key) || '';
  state.open = params.get('open') === '1';
  const near = (params.get('near') || '').split(',').map(Number);
  if (near.length === 2 && near.every(Number.isFinite) && Math.abs(near[0]) <= 90 && Math.abs(near[1]) <= 180) {
    state.near = { lat: near[0], lon: near[1] };
  }
  return state;
}

export function formatHash(state) {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  for (const key of FILTERS) if (state[key]) params.set(key, state[key]);
  if (state.open) params.set('open', '1');
  if (state.near) params.set('near', `${state.near.lat.toFixed(5)},${state.near.lon.toFixed(5)}`);
  if (state.place) params.set('place', state.place);
  if (state.p) params.set('p', state.p);
  const text = params.toString();
  return text ? `#${text}` : '';
}
