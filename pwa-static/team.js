// Team (#/team, managers only; the tab shows when the profile says manager and the API checks the
// store): one row per member with adherence, touches, overdue, neglected and persistence; a member's
// 12-week charts (#/team/<rep>); inviting a rep; disabling one. Loaded on first use, charts with it.
import { h, mount, icon, fact, plural } from './dom.js';
import { request, cachedMe } from './client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, errorBox } from './ui.js';

const enc = encodeURIComponent;
const WEEKS = 12;
const CHANNELS = [['call', 'Call'], ['email', 'Email'], ['meeting', 'Meeting'], ['social', 'Social'], ['mail', 'Letter'], ['event', 'Event']];
const pct = (v) => (v == null ? '—' : `${Math.round(100 * v)}%`);
const one = (v) => (v == null ? '—' : v.toFixed(1));
const STATUS = { invited: 'Invited', disabled: 'Disabled' };

function statusChip(status) {
  return STATUS[status] ? h('span', { class: `chip member-${status}` }, STATUS[status]) : null;
}

/** Last full week: the Monday e-mail's week, and never an empty Monday morning. */
const lastWeek = (r) => r.weeks.at(-2) ?? r.weeks.at(-1);

function memberRow(r) {
  const w = lastWeek(r);
  return h('li', { class: 'member', dataset: { rep: r.repId } },
    h('a', { class: 'member-main', href: `#/team/${enc(r.repId)}` },
      h('span', { class: 'row-top' }, h('span', { class: 'name' }, r.name ?? r.email ?? r.repId), statusChip(r.status)),
      h('dl', { class: 'member-facts' },
        fact('Adherence', pct(r.adherence)),
        fact('Touches', String(w.touches)),
        fact('Overdue', String(r.now.overdue), r.now.overdue ? 'late' : null),
        fact('Neglected', String(r.now.neglected), r.now.neglected ? 'late' : null),
        fact('Persistence', one(r.now.touchesBeforeFirstResponse)))));
}

function inviteForm(onInvited) {
  const form = h('form', { class: 'card form', novalidate: true, 'aria-labelledby': 'h-invite' },
    h('h2', { id: 'h-invite' }, 'Invite a rep'),
    field({ name: 'name', label: 'Name', required: true, attrs: { autocomplete: 'off' } }),
    field({ name: 'email', label: 'Email', type: 'email', required: true, attrs: { autocomplete: 'off', inputmode: 'email' },
      hint: 'They get an e-mail with a temporary password and join your team.' }),
    field({ name: 'manager', label: 'Invite as a manager', type: 'checkbox', value: false }),
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Send invitation'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = form.elements;
    const body = { name: f.name.value.trim(), email: f.email.value.trim(), manager: f.manager.checked };
    const missing = ['name', 'email'].filter((k) => !body[k]).map((k) => ({ name: k, reason: 'Required.' }));
    if (missing.length) { showErrors(form, { message: 'Please fill in the highlighted fields.', invalidParams: missing }); return; }
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Inviting…');
    clearErrors(form);
    try {
      const m = await request('POST', '/api/team/invitations', { body });
      setBusy(btn, false);
      form.reset();
      toast(`Invitation sent to ${m.email}`);
      onInvited();
    } catch (err) {
      if (err.status === 401) return;
      setBusy(btn, false);
      showErrors(form, err);
    }
  });
  return form;
}

export async function teamView(ctx) {
  const head = h('div', { class: 'page-head' },
    h('div', null, h('h1', { tabindex: '-1' }, 'Team'), h('p', { class: 'sub' }, `Last ${WEEKS} weeks · touches last week`)));
  const list = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading your team…'));
  const note = h('p', { class: 'hint team-note' },
    'Adherence: due touches done on or before their day. Persistence: touches before a first reply, on average.');
  mount(ctx.main, head, list, note, inviteForm(() => load()));

  async function load() {
    let data;
    try {
      data = await request('GET', `/api/team/stats?weeks=${WEEKS}`);
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
      list.setAttribute('aria-busy', 'false');
      mount(list, e.status === 403 ? h('p', { class: 'error-box' }, 'Only the managers of your team see this page.') : errorBox(e, () => load()));
      return;
    }
    if (!ctx.alive()) return;
    list.setAttribute('aria-busy', 'false');
    mount(list, h('ul', { class: 'members', 'aria-label': 'Your team' }, data.reps.map(memberRow)));
  }
  await load();
}

export async function teamRepView(ctx, repId) {
  const back = h('button', { type: 'button', class: 'back-btn', onclick: () => ctx.back() }, icon('back'), 'Team');
  mount(ctx.main, back, h('p', { class: 'loading' }, 'Loading…'));
  let r;
  let charts;
  try {
    [r, charts] = await Promise.all([request('GET', `/api/team/reps/${enc(repId)}/stats?weeks=${WEEKS}`), import('./charts.js')]);
  } catch (e) {
    if (!ctx.alive() || e.status === 401) return;
    mount(ctx.main, back, errorBox(e, () => ctx.rerender()));
    return;
  }
  if (!ctx.alive()) return;
  const me = await cachedMe().catch(() => null);
  const labels = r.weeks.map((w) => w.week);
  const n = r.now;
  const open = Object.entries(n.openByTier).map(([t, c]) => `${t} ${c}`).join(' · ');
  mount(ctx.main, back,
    h('div', { class: 'page-head' }, h('div', null,
      h('h1', { tabindex: '-1' }, r.name ?? r.email ?? r.repId),
      h('p', { class: 'sub' }, r.email ?? '', ' ', statusChip(r.status)))),
    h('section', { class: 'card', 'aria-labelledby': 'h-now' },
      h('h2', { id: 'h-now' }, 'Now'),
      h('dl', { class: 'facts' },
        fact('Adherence (12 wk)', pct(r.adherence)),
        fact('Overdue', n.overdue ? `${n.overdue} · oldest ${plural(n.oldestOverdueDays, 'day', 'days')}` : '0', n.overdue ? 'late' : null),
        fact('Neglected', String(n.neglected), n.neglected ? 'late' : null),
        fact('Stale (12 months)', String(n.stale)),
        fact('Given up early', String(n.givenUpEarly)),
        fact('Touches before a reply', one(n.touchesBeforeFirstResponse)),
        fact('Open by tier', open || '—'))),
    h('section', { class: 'card charts', 'aria-label': '12-week charts' },
      charts.stackedBars('Touches by channel', labels,
        CHANNELS.map(([k, label]) => ({ key: k, label, values: r.weeks.map((w) => w.byChannel[k] || 0) }))),
      charts.lineChart('Adherence (due touches on time)', labels, r.weeks.map((w) => (w.due ? w.onTime / w.due : null)),
        { max: 1, fmt: (v) => `${Math.round(v * 100)}%`, cls: 'c1' }),
      charts.lineChart('Overdue (each week\u2019s last morning)', labels, r.weeks.map((w) => w.overdue), { cls: 'c5' })),
    r.status !== 'disabled' && me?.id !== r.repId ? disableBox(r, () => ctx.rerender()) : null);
}

/** Two taps, no window.confirm: the first asks, the second disables. */
function disableBox(r, done) {
  const box = h('div', { class: 'signout' });
  const ask = h('button', {
    type: 'button', class: 'btn btn-danger btn-block', id: 'disable-rep',
    onclick: () => mount(box,
      h('p', { class: 'form-error', role: 'alert' }, `${r.name ?? r.email} will no longer be able to sign in. Their figures stay here.`),
      h('button', {
        type: 'button', class: 'btn btn-danger btn-block', id: 'disable-rep-confirm',
        onclick: async (e) => {
          setBusy(e.currentTarget, true, 'Disabling…');
          try {
            await request('DELETE', `/api/team/reps/${enc(r.repId)}`);
            toast(`${r.name ?? r.email} is disabled`);
            done();
          } catch (err) {
            if (err.status !== 401) toast(err.message, { error: true });
            done();
          }
        },
      }, 'Disable access')),
  }, 'Disable access…');
  return mount(box, ask);
}
