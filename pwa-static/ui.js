// Shared UI pieces: labels, chips, form fields + problem-document errors, toast, touch sheet.
import { h, mount } from './dom.js';

export const CHANNELS = [
  ['call', 'Call'], ['email', 'Email'], ['meeting', 'Meeting'],
  ['social', 'Social'], ['mail', 'Letter'], ['event', 'Event'],
];
export const OUTCOMES = [
  ['no_answer', 'No answer'], ['left_message', 'Left message'],
  ['replied', 'They replied'], ['meeting_booked', 'Meeting booked'], ['not_interested', 'Not interested'],
];
export const STATUS_LABELS = { open: 'Open', paused: 'Paused', won: 'Won', lost: 'Lost', archived: 'Archived' };
export const CONFLICT_MSG = 'Changed on another device — reloaded';
/** The API's limits: the fields show them and refuse longer text (nothing is ever cut). */
export const NOTE_MAX = 2000;
export const NOTES_MAX = 4000;

const label = (list, key) => list.find(([k]) => k === key)?.[1] ?? String(key ?? '');
export const channelLabel = (k) => label(CHANNELS, k);
export const outcomeLabel = (k) => (k === 'sent' ? 'Sent' : label(OUTCOMES, k));

// ---- cadences in words ------------------------------------------------------

const ONE = { year: 'yearly', month: 'monthly', week: 'weekly', day: 'daily' };

/** An ISO-8601 period in words: P7D "weekly", P42D "every 6 weeks", P3M "quarterly" (the API sends days, not weeks). */
export function cadenceWords(iso) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(String(iso ?? ''));
  if (!m || iso === 'P') return iso ? String(iso) : '';
  const [y, mo, w, d] = m.slice(1).map((v) => Number(v || 0));
  const days = w * 7 + d;
  const parts = [['year', y], ['month', mo], ...(days % 7 ? [['day', days]] : [['week', days / 7]])].filter(([, n]) => n > 0);
  if (parts.length === 1 && parts[0][1] === 1) return ONE[parts[0][0]];
  if (parts.length === 1 && parts[0][0] === 'month' && parts[0][1] === 3) return 'quarterly';
  return `every ${parts.map(([u, n]) => `${n} ${u}${n === 1 ? '' : 's'}`).join(' and ')}`;
}

/** A tier as pickers show it: "Working — monthly". */
export const tierLabel = (t) => (t.cadence ? `${t.label || t.key} — ${cadenceWords(t.cadence)}` : t.label || t.key);

// ---- chips ------------------------------------------------------------

/** Tier chip; colour follows the tier's priority position (6 calm, AA-contrast tints). */
export function tierChip(key, tiers) {
  if (!key) return null;
  let i = tiers.findIndex((t) => t.key === key);
  if (i < 0) i = [...String(key)].reduce((a, c) => a + c.charCodeAt(0), 0);
  const t = tiers.find((x) => x.key === key);
  return h('span', { class: `chip tier-${i % 6}` }, t?.label || key);
}

export function statusChip(status) {
  if (!status || status === 'open') return null;
  return h('span', { class: `chip status-${status}` }, STATUS_LABELS[status] || status);
}

export const readyMark = () => h('span', { class: 'ready' }, 'Sales ready');

// ---- forms --------------------------------------------------------------

let seq = 0;

/**
 * A labelled form control with a slot for its server-side error.
 * opts: {name, label, type, value, required, optional (adds an "(optional)" mark), hint, options:[[value,label]], attrs}
 */
export function field({ name, label: text, type = 'text', value, required, optional, hint, options, attrs = {} }) {
  const id = attrs.id || `f-${name}-${++seq}`;
  const describedBy = [hint && `${id}-hint`, `${id}-err`].filter(Boolean).join(' ');
  const common = { ...attrs, id, name, required, 'aria-describedby': describedBy };
  let control;
  if (options) {
    control = h('select', common, options.map(([v, l]) => h('option', { value: v }, l)));
    if (value != null) control.value = String(value);
  } else if (type === 'textarea') {
    control = h('textarea', { rows: 3, ...common });
    control.value = value ?? '';
  } else if (type === 'checkbox') {
    control = h('input', { type, ...common, checked: !!value });
  } else {
    control = h('input', { type, ...common, value: value ?? '' });
  }
  const lbl = h('label', { for: id }, text, optional ? h('span', { class: 'opt' }, ' (optional)') : null);
  const err = h('p', { class: 'field-error', id: `${id}-err`, hidden: true });
  // Editing a field clears its own error; once no field is marked any more, a summary that only
  // pointed at the highlighted fields goes too (one about the request itself stays until the next submit).
  control.addEventListener(type === 'checkbox' || options ? 'change' : 'input', () => {
    if (err.hidden) return;
    err.textContent = '';
    err.hidden = true;
    control.removeAttribute('aria-invalid');
    const form = control.form;
    const box = form?.querySelector('.form-error');
    if (box && !box.hidden && !form.querySelector('[aria-invalid]') && box.dataset.fieldsOnly === 'true') {
      box.replaceChildren();
      box.hidden = true;
    }
  });
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (type === 'checkbox') return h('div', { class: 'field check' }, control, lbl, hintEl, err);
  return h('div', { class: 'field' }, lbl, control, hintEl, err);
}

export const browserTimeZone = () => {
  try { return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'; } catch { return 'UTC'; }
};

/** The time-zone field of sign-in and settings, suggesting the browser's zones (one shared datalist). */
export function timeZoneField(value) {
  const list = 'tz-list';
  if (!document.getElementById(list)) {
    const zones = Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : [];
    document.body.append(h('datalist', { id: list }, zones.map((z) => h('option', { value: z }))));
  }
  return field({ name: 'timeZone', label: 'Time zone', value, required: true, attrs: { list, autocomplete: 'off' } });
}

export const formError = () => h('div', { class: 'form-error', role: 'alert', hidden: true, tabindex: '-1' });

export function clearErrors(form) {
  for (const e of form.querySelectorAll('.field-error')) { e.textContent = ''; e.hidden = true; }
  for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
  const box = form.querySelector('.form-error');
  if (box) { box.replaceChildren(); box.hidden = true; }
}

/**
 * A note field's live counter ("1,980 / 2,000"): the textarea has no maxlength, which would cut a
 * pasted note silently; over the limit the counter says so, and `tooLong()` lets the form refuse it.
 */
export function counted(control, max) {
  const out = h('p', { class: 'counter', id: `${control.id}-count`, 'aria-live': 'polite' });
  const fmt = (n) => n.toLocaleString();
  const update = () => {
    const n = control.value.trim().length;
    out.textContent = n > max ? `${fmt(n - max)} character${n - max === 1 ? '' : 's'} too many (${fmt(n)} / ${fmt(max)})` : `${fmt(n)} / ${fmt(max)}`;
    out.classList.toggle('over', n > max);
    // Announce only near and over the limit, not every keystroke.
    out.setAttribute('aria-live', n > max * 0.9 ? 'polite' : 'off');
  };
  control.addEventListener('input', update);
  control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), out.id].filter(Boolean).join(' '));
  update();
  return out;
}

export const tooLong = (control, max) => control.value.trim().length > max;
export const tooLongReason = (max) => `At most ${max.toLocaleString()} characters: shorten it (nothing is cut).`;

/** Show an ApiError on a form: each invalid-param next to its field, the rest in the form's alert box. */
export function showErrors(form, err) {
  clearErrors(form);
  const rest = [];
  let first = null;
  let placed = 0;
  for (const p of err.invalidParams || []) {
    // The server names plain fields (`email`) and list items (`tags[1]`): an item's error goes on its list's field.
    const name = String(p?.name ?? '').replace(/^(\/|\$\.|body\.)/, '');
    const item = name.match(/^([A-Za-z_$][\w$]*)\[(\d+)\]/);
    const ctl = name ? form.elements.namedItem(item ? item[1] : name) : null;
    const slot = ctl?.id ? form.querySelector(`#${CSS.escape(ctl.id)}-err`) : null;
    if (slot) {
      const reason = String(p.reason ?? 'is invalid');
      const text = item ? `Item ${Number(item[2]) + 1}: ${reason}` : reason;
      slot.textContent = slot.hidden ? text : `${slot.textContent}; ${text}`;
      slot.hidden = false;
      ctl.setAttribute('aria-invalid', 'true');
      first ??= ctl;
      placed++;
    } else {
      rest.push(p);
    }
  }
  const box = form.querySelector('.form-error');
  if (box) {
    // When every problem sits next to its field, the summary need not repeat the server's detail.
    const summary = placed && !rest.length
      ? (placed === 1 ? 'Please fix the highlighted field.' : 'Please fix the highlighted fields.')
      : err.message || 'Something went wrong.';
    box.dataset.fieldsOnly = String(placed > 0 && !rest.length);
    mount(box,
      h('p', null, summary),
      rest.length ? h('ul', null, rest.map((p) => h('li', null, `${p?.name ?? 'request'}: ${p?.reason ?? 'is invalid'}`))) : null,
    );
    box.hidden = false;
  }
  (first || box)?.focus?.();
}

/** Error panel with an optional retry button. */
export function errorBox(err, retry) {
  return h('div', { class: 'error-box', role: 'alert' },
    h('p', null, err?.message || 'Something went wrong.'),
    retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, 'Try again') : null);
}

export function setBusy(btn, busy, text) {
  if (!btn) return;
  if (busy) { btn.dataset.label = btn.textContent; if (text) btn.textContent = text; }
  else if (btn.dataset.label) btn.textContent = btn.dataset.label;
  btn.disabled = busy;
  btn.setAttribute('aria-busy', String(busy));
}

// ---- toast --------------------------------------------------------------

let toastTimer;
let toastShownAt = 0;
/** A message; with `action` ({label, run}), e.g. Undo, it stays 10 s. */
export function toast(message, { action, error = false, ms = 4000 } = {}) {
  const el = document.getElementById('toast');
  clearTimeout(toastTimer);
  toastShownAt = Date.now();
  mount(el,
    h('span', null, message),
    action ? h('button', { type: 'button', class: 'toast-action', onclick: () => { hide(); action.run(); } }, action.label) : null,
  );
  el.className = error ? 'toast show error' : 'toast show';
  const hide = () => { el.className = 'toast'; };
  toastTimer = setTimeout(hide, action ? Math.max(ms, 10000) : ms);
}

/** Called on navigation: drop a toast that belongs to the previous screen (keep one raised just now). */
export function hideStaleToast() {
  if (Date.now() - toastShownAt > 1000) document.getElementById('toast').className = 'toast';
}

// ---- log-touch sheet ------------------------------------------------------

/** The two-tap log sheet (sheet.js), loaded on the first tap: see there. */
export const openTouchSheet = (...args) => import('./sheet.js').then((m) => m.openTouchSheet(...args));
