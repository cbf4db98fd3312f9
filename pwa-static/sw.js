// Sales Carousel service worker.
// App shell: cache-first (bump VERSION when any shell file changes).
// /api, /local and config.json (written per deployment): network-only — never cached here (the page keeps its own offline copy of the agenda).
// Background Sync ('sc-outbox'): replays the offline outbox (outbox-core.js) when the connection returns,
// even with the app closed. The page also replays on start and on `online`, for browsers without it.
importScripts('./outbox-core.js');

const VERSION = 'v16';
const CACHE = `sc-shell-${VERSION}`;
const SHELL = [
  './',
  './index.html',
  './styles.css',
  './app.js',
  './dom.js',
  './session.js',
  './client.js',
  './ui.js',
  './today.js',
  './prospect/page.js',
  './prospect/summary.js',
  './prospect/contact.js',
  './prospect/history.js',
  './prospect/manage.js',
  './prospect/referral.js',
  './prospect/details.js',
  './plans/api.js',
  './plans/enrol.js',
  './plans/progress.js',
  './plans/screen.js',
  './plans/select.js',
  './prospect/referrals.js',
  './referral/ask.js',
  './referral/picker.js',
  './forms.js',
  './add.js',
  './sheet.js',
  './templates.js',
  './tiers.js',
  './tzpicker.js',
  './confirm.js',
  './prospect/merge.js',
  './screens.css',
  './list.js',
  './settings.js',
  './import.js',
  './schedule.js',
  './outbox-core.js',
  './sync.js',
  './mail.js',
  './push.js',
  './week.js',
  './team.js',
  './charts.js',
  './signals.js',
  './org-signals.js',
  './auth.js',
  './manifest.webmanifest',
  './icons/icon-192.png',
  './icons/icon-512.png',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sc-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isApi = (url) => /^\/(api|local)(\/|$)/.test(url.pathname) || url.pathname.endsWith('/config.json');
const ROOT = new URL('./', self.location).pathname;

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method === 'POST' && new URL(req.url).pathname === `${ROOT}share-target`) { event.respondWith(receiveShare(req)); return; }
  if (req.method !== 'GET') return; // network
  const url = new URL(req.url);
  if (url.origin !== self.location.origin || isApi(url)) return; // network-only

  if (req.mode === 'navigate' && (url.pathname === ROOT || url.pathname === `${ROOT}index.html`)) {
    // Hash routing: every in-scope navigation is the same document.
    event.respondWith(
      caches.match('./index.html').then((hit) => hit || fetch(req)),
    );
    return;
  }
  event.respondWith(
    caches.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req).then((res) => {
      if (res.ok && res.type === 'basic') {
        const copy = res.clone();
        caches.open(CACHE).then((cache) => cache.put(req, copy));
      }
      return res;
    })),
  );
});

// Web Share Target (manifest.webmanifest): a contact card or CSV shared from another app arrives as a
// POST; keep the file for the import screen and open it there.
const receiveShare = async (req) => {
  const form = await req.formData();
  const file = form.getAll('contacts').find((f) => f && typeof f === 'object');
  if (file) {
    const cache = await caches.open('sc-share');
    await cache.put('shared-file', new Response(file, {
      headers: { 'content-type': file.type || 'text/vcard', 'x-file-name': encodeURIComponent(file.name || 'shared.vcf') },
    }));
  }
  return Response.redirect(`${ROOT}#/import?shared=1`, 303);
};

self.addEventListener('sync', (event) => {
  if (event.tag !== self.ScOutbox.SYNC_TAG) return;
  // Rejecting asks the browser to try again later (with backoff) while offline or the API is failing.
  event.waitUntil(self.ScOutbox.replay().then((r) => {
    if (r.stopped === 'offline' || r.stopped === 'server') throw new Error(`outbox replay stopped: ${r.stopped}`);
  }));
});

// Morning push: the digest arrives as {title, body, url, tag}; a tap opens Today.
self.addEventListener('push', (event) => {
  let data;
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(self.registration.showNotification(data.title || 'Sales Carousel', {
    body: data.body || 'Your carousel for today is ready.',
    tag: data.tag || 'digest', // a newer digest replaces an unread older one
    icon: './icons/icon-192.png',
    data: { url: data.url || './#/today' },
  }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || './#/today', self.registration.scope).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((wins) => {
    const open = wins.find((w) => w.url.startsWith(self.registration.scope));
    if (open) return open.navigate(target).then((w) => (w || open).focus());
    return self.clients.openWindow(target);
  }));
});
