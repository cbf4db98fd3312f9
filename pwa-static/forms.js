// Sign in: the screen a rep needs on the first load.
import { h, mount } from './dom.js';
import { login } from './client.js';
import { setToken } from './session.js';
import {
  field, formError, showErrors, clearErrors, setBusy, timeZoneField, browserTimeZone,
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
