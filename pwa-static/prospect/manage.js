// Managing the prospect: tier, snooze, its status (paused / won / lost / archived / reopen), and delete.
// Offline (the page shows the saved copy) only the tier can change: the move is queued.
import { h, fmtDay, ymdIn, addDays } from '../dom.js';
import { field, formError, showErrors, tierLabel, STATUS_LABELS } from '../ui.js';
import { askReferral } from './referral.js';

/**
 * view: {p, tiers, pendingTier, offline}. act: {moveTier(tier, form), update(fields, okMsg, {form, btn}),
 * setStatus(status, okMsg, {form, btn}), markLost(ask, form), remove()}, the page's writes.
 */
export function manageSection({ p, tiers, pendingTier, offline }, act) {
  const form = h('form', { class: 'manage', novalidate: true, onsubmit: (e) => e.preventDefault() });
  const section = h('section', { class: 'card', 'aria-labelledby': 'h-manage' }, h('h2', { id: 'h-manage' }, 'Manage'), form);
  const tier = tierField(p, tiers, pendingTier, (key) => act.moveTier(key, form));
  if (offline) {
    form.append(tier, h('p', { class: 'muted' }, 'Snooze, status and edits need a connection.'), formError());
    return section;
  }
  form.append(tier, snoozeRow(form, act.update), statusButtons(p, form, act), formError());
  section.append(h('div', { class: 'danger-zone' },
    h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'p-delete', onclick: () => act.remove() }, 'Delete prospect…')));
  return section;
}

function tierField(p, tiers, pendingTier, move) {
  const unknown = tiers.some((t) => t.key === p.tier) || !p.tier ? [] : [[p.tier, p.tier]]; // a tier since removed
  const f = field({
    name: 'tier', label: 'Tier', value: pendingTier || p.tier,
    options: [...unknown, ...tiers.map((t) => [t.key, tierLabel(t)])],
    attrs: { id: 'p-tier' },
  });
  const select = f.querySelector('select');
  select.addEventListener('change', () => move(select.value));
  return f;
}

function snoozeRow(form, update) {
  const tomorrow = addDays(ymdIn(undefined), 1);
  const date = field({ name: 'snoozeUntil', label: 'Snooze until', type: 'date', value: '', attrs: { id: 'p-snooze', min: tomorrow } });
  const input = date.querySelector('input');
  const btn = h('button', { type: 'button', class: 'btn', id: 'p-snooze-btn' }, 'Snooze');
  btn.addEventListener('click', () => {
    if (!input.value) {
      showErrors(form, { message: 'Pick a date to snooze until.', invalidParams: [{ name: 'snoozeUntil', reason: 'Pick a date first.' }] });
      return;
    }
    update({ snoozeUntil: input.value }, `Snoozed until ${fmtDay(input.value)}`, { form, btn });
  });
  return h('div', { class: 'inline' }, date, btn);
}

/** The current status first; lost asks for a referral (referral.js); the others are one PATCH, with Undo. */
function statusButtons(p, form, act) {
  const status = p.status || 'open';
  const button = (to, text) => h('button', {
    type: 'button', class: `btn seg status-btn-${to}`, id: `p-status-${to}`,
    'aria-pressed': String(status === to), disabled: status === to,
    onclick: (e) => (to === 'lost'
      ? askReferral(p, (ask) => act.markLost(ask, form))
      : act.setStatus(to, `Marked ${text.toLowerCase()}`, { form, btn: e.currentTarget })),
  }, text);
  return h('fieldset', { class: 'status' },
    h('legend', null, 'Status: ', h('span', { class: `chip status-now status-${status}`, id: 'p-status-now' }, STATUS_LABELS[status] || status)),
    h('div', { class: 'seg-group' },
      button('paused', 'Paused'), button('won', 'Won'), button('lost', 'Lost'), button('archived', 'Archived'),
      status !== 'open' ? button('open', 'Reopen') : null));
}
