// Sales Carousel — app entry: hash router, tab bar, service worker.
import { h, icon } from './dom.js';
import { onUnauthorized, cachedMe } from './client.js';
import { getToken, syncTokenCopy, migrateStorage } from './session.js';
import { startSync, onSynced } from './sync.js';
import { toast, hideStaleToast } from './ui.js';
import { todayView } from './today.js';
import { loginView } from './forms.js';

// Before anything reads storage: keys written by an earlier version get today's names.
migrateStorage();

// The prospect page, the outbox (with the e-mail code), the prospect list, quick add, settings, templates and tiers load on first use,
// to keep the first load small. The service worker caches them with the shell, so they still open offline.
const lazy = (load, name) => (...args) => load().then((m) => m[name](...args));
const prospectView = lazy(() => import('./prospect/page.js'), 'prospectView');
const outboxView = lazy(() => import('./mail.js'), 'outboxView');
const listView = lazy(() => import('./list.js'), 'listView');
const settingsView = lazy(() => import('./settings.js'), 'settingsView');
// The plans screens fetch their API module alongside, not after (one round trip fewer on a slow phone).
const plansModule = () => Promise.all([import('./plans/screen.js'), import('./plans/api.js')]).then(([m]) => m);
const plansView = lazy(plansModule, 'plansView');
const planView = lazy(plansModule, 'planView');
const addView = lazy(() => import('./add.js'), 'addView');
const templatesView = lazy(() => import('./templates.js'), 'templatesView');
const templateView = lazy(() => import('./templates.js'), 'templateView');
const tiersView = lazy(() => import('./tiers.js'), 'tiersView');
const teamView = lazy(() => import('./team.js'), 'teamView');
const teamRepView = lazy(() => import('./team.js'), 'teamRepView');
const importView = lazy(() => import('./import.js'), 'importView');

const ROUTES = [
  { re: /^#\/login$/, view: loginView, public: true, title: 'Sign in' },
  { re: /^#\/today$/, view: todayView, tab: 'today', title: 'Today' },
  { re: /^#\/prospects$/, view: listView, tab: 'prospects', title: 'Prospects' },
  { re: /^#\/prospect\/([^/]+)$/, view: prospectView, tab: 'prospects', title: 'Prospect' },
  { re: /^#\/add$/, view: addView, tab: 'add', title: 'Add' },
  { re: /^#\/settings$/, view: settingsView, tab: 'settings', title: 'Settings' },
  { re: /^#\/outbox$/, view: outboxView, tab: 'settings', title: 'Outbox' },
  { re: /^#\/plans$/, view: plansView, tab: 'settings', title: 'Plans' },
  { re: /^#\/plan\/([^/]+)$/, view: planView, tab: 'settings', title: 'Plan' },
  { re: /^#\/templates$/, view: templatesView, tab: 'settings', title: 'Templates' },
  { re: /^#\/templates\/([^/]+)$/, view: templateView, tab: 'settings', title: 'Template' },
  { re: /^#\/tiers$/, view: tiersView, tab: 'settings', title: 'Tiers' },
  { re: /^#\/team$/, view: teamView, tab: 'team', title: 'Team' },
  { re: /^#\/team\/([^/]+)$/, view: teamRepView, tab: 'team', title: 'Team member' },
  { re: /^#\/import(?:\?.*)?$/, view: importView, tab: 'settings', title: 'Import contacts' },
];

const TABS = [
  ['today', '#/today', 'Today'],
  ['prospects', '#/prospects', 'Prospects'],
  ['add', '#/add', 'Add'],
  ['team', '#/team', 'Team'], // managers only: shown once the profile says so
  ['settings', '#/settings', 'Settings'],
];

const main = document.getElementById('main');
const tabbar = document.getElementById('tabbar');
let seq = 0;
let depth = 0; // in-app navigations, so "Back" never leaves the app
let current = null; // the shown view's ctx

tabbar.replaceChildren(...TABS.map(([key, href, text]) =>
  h('a', { href, dataset: { tab: key }, hidden: key === 'team' }, icon(key === 'prospects' ? 'list' : key), h('span', null, text))));
const teamTab = tabbar.querySelector('[data-tab=team]');

function render() {
  const hash = location.hash || '#/today';
  const signedIn = !!getToken();
  const route = ROUTES.find((r) => r.re.test(hash));
  if (!route) { location.replace('#/today'); return; }
  if (!route.public && !signedIn) { location.replace('#/login'); return; }
  if (route.public && signedIn) { location.replace('#/today'); return; }

  const id = ++seq;
  const params = hash.match(route.re).slice(1).map(decodeURIComponent);
  document.title = `${route.title} · Sales Carousel`;
  document.body.classList.toggle('signed-out', !signedIn);
  if (!signedIn) teamTab.hidden = true;
  else cachedMe().then((me) => { teamTab.hidden = me?.role !== 'manager'; }).catch(() => {});
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
    onSynced: null, // a view sets this to refresh itself when queued writes have synced
  };
  current = ctx;
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

// The offline outbox: replay on start and on `online` (and by Background Sync in the service worker).
// When queued writes have synced, the shown view refreshes itself if what it shows depends on them
// (never a blind re-render: that could swallow what the rep is doing on the page).
onSynced(() => { if (current?.alive()) current.onSynced?.(); });
window.addEventListener('sc-toast', (e) => {
  const { message, error, link } = e.detail || {};
  if (link && location.hash === link) return; // the outbox screen already shows it
  toast(message, { error, action: link ? { label: 'Review', run: () => { location.hash = link; } } : undefined });
});
syncTokenCopy();
startSync();

// Close the sheet when tapping the dimmed backdrop.
const sheet = document.getElementById('sheet');
sheet.addEventListener('click', (e) => { if (e.target === sheet) sheet.close(); });

// Back from Cognito's hosted UI (?code=&state=): finish the PKCE sign-in before the first render.
if (/[?&](code|error)=/.test(location.search)) {
  import('./auth.js').then((m) => m.finishSignIn()).then((problem) => {
    if (problem) { location.replace('#/login'); toast(problem, { error: true }); }
    render();
  });
} else {
  render();
}

if ('serviceWorker' in navigator) {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('Service worker not registered', e));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) toast('A new version is ready', { action: { label: 'Reload', run: () => location.reload() } });
  });
}
