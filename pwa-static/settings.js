// Settings (#/settings): the rep's day (time zone picked from the IANA list, digest hour, weekends), morning
// push, the team's templates and tiers, account, sign out. Loaded on first use.
import { h, mount, fact, screenStyles } from './dom.js';
import { getMe, putMe, signOut } from './client.js';
import { queuedOps, discardAll } from './sync.js';
import {
  field, formError, showErrors, clearErrors, setBusy, toast, errorBox, browserTimeZone,
} from './ui.js';
import { timeZonePicker, isZone } from './tzpicker.js';

export async function settingsView(ctx) {
  const head = h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Settings'));
  mount(ctx.main, head, h('p', { class: 'loading' }, 'Loading…'));
  let me;
  try {
    [me] = await Promise.all([getMe(), screenStyles()]);
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
    timeZonePicker(me.timeZone || browserTimeZone(), { hint: 'Your days and your morning e-mail follow it.' }),
    field({ name: 'digestHour', label: 'Daily digest at', value: String(me.digestHour ?? 7), required: true, options: hours, hint: 'When your agenda e-mail (and push) comes, in your time zone.' }),
    field({ name: 'skipWeekends', label: 'Skip weekends when scheduling', type: 'checkbox', value: !!me.skipWeekends, hint: 'A touch due on a Saturday or Sunday moves to Monday.' }),
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
    if (body.timeZone && !isZone(body.timeZone)) missing.push({ name: 'timeZone', reason: 'Pick a time zone from the list (type a city).' });
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
    h('a', { href: '#/templates', class: 'link-row', id: 'templates-link' }, 'Email templates'),
    h('a', { href: '#/tiers', class: 'link-row', id: 'tiers-link' }, me.role === 'manager' ? 'Tiers and cadences (team)' : 'Tiers and cadences'),
    h('a', { href: '#/outbox', class: 'link-row', id: 'outbox-link' }, 'Outbox — emails and changes waiting to sync'),
    h('a', { href: '#/plans', class: 'link-row', id: 'plans-link' }, 'Plans — prospecting sequences such as the 20/20 plan'));
  const push = h('div', { id: 'push-slot' });
  const data = h('div', { id: 'data-slot' });
  const signals = h('div', { id: 'signals-slot' });
  mount(ctx.main, head, form, push, data, signals, account, links, signOutCard());
  // Managers: the team's signal webhook and sales-ready rule (loaded on first use).
  if (me.role === 'manager') import('./org-signals.js').then(({ signalSettings }) => { if (ctx.alive()) signalSettings(signals); }).catch(() => {});
  // Loaded on first use: push code is not part of the first load.
  import('./push.js').then(({ pushCard }) => { if (ctx.alive()) mount(push, pushCard()); }).catch(() => {});
  // Time away, capacity, holidays, the calendar feed, import and export.
  import('./schedule.js').then(({ dataCards }) => { if (ctx.alive()) mount(data, ...dataCards(me)); }).catch(() => {});
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
