// The service worker: the page and its files from the cache (they change only with a new build, whose
// version renames the cache), the store's data from the network with the last answer kept for offline.
// The store fills in __MAPUJPOMOC_ASSETS__ (mapujpomoc_store/web_page.py).
const BUILD = __MAPUJPOMOC_ASSETS__;
const FILES = `mapujpomoc-files-${BUILD.version}`;
const DATA = 'mapujpomoc-data';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(FILES).then((cache) => cache.addAll(BUILD.files)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys
    .filter((k) => k.startsWith('mapujpomoc-files-') && k !== FILES).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

async function networkFirst(request) {
  const cache = await caches.open(DATA);
  try {
    const reply = await fetch(request);
    if (reply.ok) cache.put(request, reply.clone());
    return reply;
  } catch (err) {
    const kept = await caches.match(request)
      || (request.mode === 'navigate' ? await caches.match(new URL('./?f=html', self.registration.scope)) : null);
    if (kept) return kept;
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const path = url.pathname.slice(scope.pathname.length);
  if (path.startsWith('web/assets/')) {
    event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));
  } else if (path === '' || path.startsWith('collections/aid_points/items') || path.startsWith('web/')) {
    event.respondWith(networkFirst(event.request));
  }
});
