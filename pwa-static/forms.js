// Sign in and quick add: the screens a rep may need on the first load.
import { h, mount } from './dom.js';
import { login, createProspect, getTiers, uuid } from './client.js';
import { setToken } from './session.js';
import { sendOrQueue } from './sync.js';
import {
  field, formError, showErrors, clearErrors, setBusy, toast, timeZoneField, browserTimeZone,
} from './ui.js';

// ---- sign in ------------------------------------------------------------

export function loginView(ctx) {
  const form = h('form', { class: 'card form', novalidate: true },
    field({ name: 'email', label: 'Work email', type: 'email', required: true, attrs: { autocomplete: 'email', inputmode: 'email' } }),
    field({ name: 'name', label: 'Your name', required: true, attrs: { autocomplete: 'name' } }),
    field({ name: 'role', label: 'Role', value: 'rep', options: [['rep', 'Sales rep'], ['manager', 'Manager']] }),
    field({ name: 'org', label: 'Organisation', value: 'local', required: true, attrs: { autocomplete: 'organization' } }),
    timeZoneField(browserTimeZone()),
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
    field({ name: 'referredBy', label: 'Referred by', optional: true, attrs: { autocomplete: 'off' }, hint: 'Who introduced you — pick one of your prospects to link them, so you can thank them.' }),
    tierSlot,
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Add prospect'));
  mount(ctx.main, h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Add a prospect')), form);
  // Search as you type among the rep's prospects: the picker loads the first time the field is used.
  const referrer = form.elements.namedItem('referredBy');
  referrer.addEventListener('focus', () => import('./referral/picker.js').then((m) => m.referrerPicker(referrer)), { once: true });

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
    if (referrer.dataset.referrerId) body.referredById = referrer.dataset.referrerId; // linked; the name stays as text too
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
