// Sales Carousel — app entry: hash router, tab bar, service worker.
import { h, icon } from './dom.js';
import { getToken, onUnauthorized } from './client.js';
import { toast, hideStaleToast } from './ui.js';
import { todayView } from './today.js';
import { prospectView } from './prospect.js';
import { loginView, addView, settingsView, listView } from './forms.js';

const ROUTES = [
  { re: /^#\/login$/, view: loginView, public: true, title: 'Sign in' },
  { re: /^#\/today$/, view: todayView, tab: 'today', title: 'Today' },
  { re: /^#\/prospects$/, view: listView, tab: 'prospects', title: 'Prospects' },
  { re: /^#\/prospect\/([^/]+)$/, view: prospectView, tab: 'prospects', title: 'Prospect' },
  { re: /^#\/add$/, view: addView, tab: 'add', title: 'Add' },
  { re: /^#\/settings$/, view: settingsView, tab: 'settings', title: 'Settings' },
];

const TABS = [
  ['today', '#/today', 'Today'],
  ['prospects', '#/prospects', 'Prospects'],
  ['add', '#/add', 'Add'],
  ['settings', '#/settings', 'Settings'],
];

const main = document.getElementById('main');
const tabbar = document.getElementById('tabbar');
let seq = 0;
let depth = 0; // in-app navigations, so "Back" never leaves the app

tabbar.replaceChildren(...TABS.map(([key, href, text]) =>
  h('a', { href, dataset: { tab: key } }, icon(key === 'prospects' ? 'list' : key), h('span', null, text))));

function render() {
  const hash = location.hash || '#/today';
  const signedIn = !!getToken();
  let route = ROUTES.find((r) => r.re.test(hash));
  if (!route) { location.replace('#/today'); return; }
  if (!route.public && !signedIn) { location.replace('#/login'); return; }
  if (route.public && signedIn) { location.replace('#/today'); return; }

  const id = ++seq;
  const params = hash.match(route.re).slice(1).map(decodeURIComponent);
  document.title = `${route.title} · Sales Carousel`;
  document.body.classList.toggle('signed-out', !signedIn);
  for (const a of tabbar.querySelectorAll('a')) {
    if (a.dataset.tab === route.tab) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const dlg = document.getElementById('sheet');
  if (dlg.open) dlg.close();
  main.className = '';
  hideStaleToast();
  main.replaceChildren();
  window.scrollTo(0, 0);
  const ctx = {
    main,
    alive: () => id === seq,
    rerender: render,
    back: () => (depth > 0 ? history.back() : location.assign('#/today')),
  };
  // After in-app navigation, move focus to the new page's heading (for keyboard and screen-reader users).
  const focusHeading = () => {
    if (!ctx.alive() || depth === 0) return;
    const a = document.activeElement;
    if (!a || a === document.body || !main.contains(a)) main.querySelector('h1')?.focus({ preventScroll: true });
  };
  Promise.resolve(route.view(ctx, ...params))
    .catch((e) => { console.error(e); if (ctx.alive()) toast(e?.message || 'Something went wrong', { error: true }); })
    .finally(focusHeading);
  queueMicrotask(focusHeading);
}

window.addEventListener('hashchange', () => { depth++; render(); });
onUnauthorized(() => { if (location.hash !== '#/login') location.assign('#/login'); });

// Offline / online: refresh Today when the connection comes back.
window.addEventListener('online', () => { if ((location.hash || '#/today') === '#/today') render(); });

// Close the sheet when tapping the dimmed backdrop.
const sheet = document.getElementById('sheet');
sheet.addEventListener('click', (e) => { if (e.target === sheet) sheet.close(); });

render();

if ('serviceWorker' in navigator) {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('Service worker not registered', e));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) toast('A new version is ready', { action: { label: 'Reload', run: () => location.reload() } });
  });
}
