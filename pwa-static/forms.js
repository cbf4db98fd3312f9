// Sign in, quick add, settings and the prospect list.
import { h, mount, fact, fmtDay } from './dom.js';
import {
  login, getMe, putMe, createProspect, getTiers, listProspects, signOut, uuid,
} from './client.js';
import { setToken } from './session.js';
import { sendOrQueue, queuedOps, discardAll } from './sync.js';
import {
  field, formError, showErrors, clearErrors, setBusy, toast, errorBox, tierChip, statusChip, readyMark,
} from './ui.js';

const browserTimeZone = () => {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
};

function timeZoneList() {
  const id = 'tz-list';
  if (!document.getElementById(id)) {
    const zones = Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : [];
    document.body.append(h('datalist', { id }, zones.map((z) => h('option', { value: z }))));
  }
  return id;
}

// ---- sign in ------------------------------------------------------------

export function loginView(ctx) {
  const form = h('form', { class: 'card form', novalidate: true },
    field({ name: 'email', label: 'Work email', type: 'email', required: true, attrs: { autocomplete: 'email', inputmode: 'email' } }),
    field({ name: 'name', label: 'Your name', required: true, attrs: { autocomplete: 'name' } }),
    field({ name: 'role', label: 'Role', value: 'rep', options: [['rep', 'Sales rep'], ['manager', 'Manager']] }),
    field({ name: 'org', label: 'Organisation', value: 'local', required: true, attrs: { autocomplete: 'organization' } }),
    field({ name: 'timeZone', label: 'Time zone', value: browserTimeZone(), required: true, attrs: { list: timeZoneList(), autocomplete: 'off' } }),
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Sign in'));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = form.elements;
    const body = {
      email: f.email.value.trim(), name: f.name.value.trim(), role: f.role.value,
      org: f.org.value.trim(), timeZone: f.timeZone.value.trim(),
    };
    const missing = ['email', 'name', 'org', 'timeZone'].filter((k) => !body[k]).map((k) => ({ name: k, reason: 'Required.' }));
    if (missing.length) { showErrors(form, { message: 'Please fill in the highlighted fields.', invalidParams: missing }); return; }
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Signing in…');
    clearErrors(form);
    try {
      const res = await login(body);
      if (!res?.token) throw Object.assign(new Error('Sign-in did not return a token.'), { invalidParams: [] });
      await setToken(res.token);
      location.hash = '#/today';
    } catch (err) {
      setBusy(btn, false);
      showErrors(form, err);
    }
  });

  const hero = h('div', { class: 'hero' },
    h('img', { src: 'icons/icon-192.png', alt: '', width: 64, height: 64 }),
    h('h1', { tabindex: '-1' }, 'Sales Carousel'),
    h('p', { class: 'sub' }, 'Keep every prospect turning.'));
  mount(ctx.main, hero, form);
  // Deployed: config.json names Cognito's hosted UI, and sign-in goes there (code + PKCE) instead.
  // The sign-in code is loaded only then; the local cloud's config says {"auth":"local"}.
  fetch('./config.json', { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null)).catch(() => null).then(async (raw) => {
    if (raw?.auth !== 'cognito') return;
    const { cognitoConfig, startSignIn } = await import('./auth.js');
    const config = cognitoConfig(raw);
    if (!config || !ctx.alive()) return;
    const go = h('button', { type: 'button', class: 'btn btn-primary btn-block', id: 'sign-in-cognito' }, 'Sign in');
    go.addEventListener('click', () => { setBusy(go, true, 'Opening sign-in…'); startSignIn(config); });
    mount(ctx.main, hero, h('div', { class: 'card form' }, h('p', null, 'Sign in with your company account.'), go));
  });
}

// ---- quick add ------------------------------------------------------------

export async function addView(ctx) {
  const tierSlot = h('div');
  const form = h('form', { class: 'card form', novalidate: true },
    field({ name: 'name', label: 'Name', required: true, attrs: { autocomplete: 'off', autocapitalize: 'words' } }),
    field({ name: 'company', label: 'Company', optional: true, attrs: { autocomplete: 'off' } }),
    field({ name: 'email', label: 'Email', type: 'email', optional: true, attrs: { autocomplete: 'off', inputmode: 'email' } }),
    field({ name: 'phone', label: 'Phone', type: 'tel', optional: true, attrs: { autocomplete: 'off' } }),
    field({ name: 'referredBy', label: 'Referred by', optional: true, attrs: { autocomplete: 'off' }, hint: 'Who introduced you — so you can thank them.' }),
    tierSlot,
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Add prospect'));
  mount(ctx.main, h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Add a prospect')), form);

  getTiers().then((tiers) => {
    if (!ctx.alive()) return;
    tierSlot.replaceWith(field({
      name: 'tier', label: 'Tier', value: '', optional: true,
      options: [['', 'Default tier'], ...tiers.map((t) => [t.key, t.label || t.key])],
    }));
  }).catch(() => {});

  let attempt = null; // {json, key}: resubmitting the same form reuses its idempotency key
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const k of ['name', 'company', 'email', 'phone', 'referredBy', 'tier']) {
      const v = form.elements.namedItem(k)?.value.trim();
      if (v) body[k] = v;
    }
    if (!body.name) {
      showErrors(form, { message: 'Please fill in the highlighted field.', invalidParams: [{ name: 'name', reason: 'A name is required.' }] });
      return;
    }
    const json = JSON.stringify(body);
    attempt = attempt?.json === json ? attempt : { json, key: uuid() };
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Adding…');
    clearErrors(form);
    try {
      const r = await sendOrQueue({
        op: { key: attempt.key, kind: 'create', label: body.name, body },
        send: () => createProspect({ ...body, idempotencyKey: attempt.key }),
      });
      const p = r.sent;
      if (r.queued) toast(`Saved offline: ${body.name} — added when you are back online`);
      else toast(`Added ${p?.name ?? body.name}`, p?.id ? { action: { label: 'Open', run: () => { location.hash = `#/prospect/${encodeURIComponent(p.id)}`; } } } : {});
      location.hash = '#/today';
    } catch (err) {
      if (err.status === 401) return;
      setBusy(btn, false);
      showErrors(form, err);
    }
  });
}

// ---- settings ---------------------------------------------------------------

export async function settingsView(ctx) {
  const head = h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Settings'));
  mount(ctx.main, head, h('p', { class: 'loading' }, 'Loading…'));
  let me;
  try {
    me = await getMe();
  } catch (e) {
    if (!ctx.alive() || e.status === 401) return;
    mount(ctx.main, head, errorBox(e, () => ctx.rerender()), signOutCard());
    return;
  }
  if (!ctx.alive()) return;
  const hours = Array.from({ length: 24 }, (_, i) => [String(i), `${String(i).padStart(2, '0')}:00`]);
  const form = h('form', { class: 'card form', novalidate: true },
    h('h2', null, 'Your day'),
    field({ name: 'name', label: 'Name', value: me.name, required: true, attrs: { autocomplete: 'name' } }),
    field({ name: 'timeZone', label: 'Time zone', value: me.timeZone || browserTimeZone(), required: true, attrs: { list: timeZoneList(), autocomplete: 'off' } }),
    field({ name: 'digestHour', label: 'Daily digest at', value: String(me.digestHour ?? 8), required: true, options: hours, hint: 'When your agenda summary is sent, in your time zone.' }),
    field({ name: 'skipWeekends', label: 'Skip weekends when scheduling', type: 'checkbox', value: !!me.skipWeekends }),
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Save settings'));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = form.elements;
    const body = {
      name: f.name.value.trim(), timeZone: f.timeZone.value.trim(),
      digestHour: Number(f.digestHour.value), skipWeekends: f.skipWeekends.checked,
    };
    const missing = ['name', 'timeZone'].filter((k) => !body[k]).map((k) => ({ name: k, reason: 'Required.' }));
    if (missing.length) { showErrors(form, { message: 'Please fill in the highlighted fields.', invalidParams: missing }); return; }
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Saving…');
    clearErrors(form);
    try {
      me = await putMe(body);
      setBusy(btn, false);
      toast('Settings saved');
    } catch (err) {
      if (err.status === 401) return;
      setBusy(btn, false);
      showErrors(form, err);
    }
  });

  const account = h('section', { class: 'card', 'aria-labelledby': 'h-account' },
    h('h2', { id: 'h-account' }, 'Account'),
    h('dl', { class: 'facts' }, fact('Email', me.email ?? '—'), fact('Organisation', me.org ?? '—'), fact('Role', me.role ?? '—')));
  const links = h('nav', { class: 'card links', 'aria-label': 'More' },
    h('a', { href: '#/outbox', class: 'link-row', id: 'outbox-link' }, 'Outbox — emails and changes waiting to sync'));
  const push = h('div', { id: 'push-slot' });
  mount(ctx.main, head, form, push, account, links, signOutCard());
  // Loaded on first use: push code is not part of the first load.
  import('./push.js').then(({ pushCard }) => { if (ctx.alive()) mount(push, pushCard()); }).catch(() => {});
}

/** Sign out; with unsynced changes, a second, explicit tap is needed (they would be lost). */
function signOutCard() {
  const box = h('div', { class: 'signout' });
  const out = async () => { await discardAll(); signOut(); location.hash = '#/login'; };
  const first = h('button', {
    type: 'button', class: 'btn btn-danger btn-block', id: 'sign-out',
    onclick: () => {
      const n = queuedOps().length;
      if (!n) { out(); return; }
      mount(box,
        h('p', { class: 'form-error', role: 'alert' }, `${n === 1 ? '1 change has' : `${n} changes have`} not synced yet. Signing out discards ${n === 1 ? 'it' : 'them'}.`),
        h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'sign-out-discard', onclick: out }, 'Sign out and discard'),
        h('a', { href: '#/outbox', class: 'btn btn-block' }, 'Review changes'));
    },
  }, 'Sign out');
  return mount(box, first);
}

// ---- prospect list ------------------------------------------------------------

export async function listView(ctx) {
  const tiers = await getTiers().catch(() => []);
  if (!ctx.alive()) return;
  const search = h('form', { class: 'search', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
    field({ name: 'q', label: 'Search prospects', type: 'search', attrs: { autocomplete: 'off', placeholder: 'Name, company or email' } }),
    field({ name: 'tier', label: 'Tier', value: '', options: [['', 'All tiers'], ...tiers.map((t) => [t.key, t.label || t.key])] }));
  const list = h('ul', { class: 'rows', id: 'prospect-list' });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn btn-block', hidden: true }, 'Load more');
  mount(ctx.main, h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Prospects')), search, status, list, more);

  let cursor = null;
  let token = 0;
  let timer;
  search.elements.q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 300); });
  search.elements.tier.addEventListener('change', run);
  more.addEventListener('click', () => page(false));

  function run() { cursor = null; page(true); }

  async function page(reset) {
    const my = ++token;
    more.disabled = true;
    if (reset) status.textContent = 'Searching…';
    try {
      const res = await listProspects({ q: search.elements.q.value.trim(), tier: search.elements.tier.value, cursor: reset ? null : cursor });
      if (!ctx.alive() || my !== token) return;
      const items = Array.isArray(res?.items) ? res.items : [];
      if (reset) list.replaceChildren();
      list.append(...items.map((p) => h('li', { class: 'row', dataset: { id: p.id } },
        h('a', { class: 'row-main', href: `#/prospect/${encodeURIComponent(p.id)}` },
          h('span', { class: 'row-top' }, h('span', { class: 'name' }, p.name ?? ''), p.salesReady ? readyMark() : null),
          h('span', { class: 'row-sub' }, h('span', { class: 'company' }, p.company || 'No company'), tierChip(p.tier, tiers), statusChip(p.status)),
          h('span', { class: 'row-meta' }, p.nextDueOn ? `Next due ${fmtDay(p.nextDueOn)}` : 'Not scheduled')))));
      cursor = res?.cursor ?? null;
      more.hidden = !cursor;
      more.disabled = false;
      status.textContent = list.children.length ? '' : 'No prospects match.';
    } catch (e) {
      if (!ctx.alive() || my !== token || e.status === 401) return;
      more.disabled = false;
      mount(status, errorBox(e, () => page(reset)));
    }
  }
  run();
}

