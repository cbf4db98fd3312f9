// Shared UI pieces: labels, chips, form fields + problem-document errors, toast, touch sheet.
import { h, mount, icon } from './dom.js';
import { logTouch, uuid } from './client.js';
import { sendOrQueue } from './sync.js';

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

const label = (list, key) => list.find(([k]) => k === key)?.[1] ?? String(key ?? '');
export const channelLabel = (k) => label(CHANNELS, k);
export const outcomeLabel = (k) => label(OUTCOMES, k);

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
  toastTimer = setTimeout(hide, action ? ms * 2 : ms);
}

/** Called on navigation: drop a toast that belongs to the previous screen (keep one raised just now). */
export function hideStaleToast() {
  if (Date.now() - toastShownAt > 1000) document.getElementById('toast').className = 'toast';
}

// ---- log-touch sheet ------------------------------------------------------

/**
 * Two taps: channel, then outcome (which POSTs at once). The note is optional and never required.
 * onLogged({touch, prospect}) is called after a successful POST, onLogged({queued: op}) when the
 * touch went to the offline outbox instead (no connection): it is replayed later with the same key.
 * A referral ask (referral/ask.js) passes its `purpose`, a `title` and an `intro` shown above the channels.
 */
export function openTouchSheet(prospect, onLogged, { channel: preset = null, purpose = null, title = 'Log a touch', intro = null } = {}) {
  const dlg = document.getElementById('sheet');
  let channel = null;
  let attempt = null; // last failed request, so a plain retry reuses its idempotency key
  let note = '';

  const head = (sub) => h('div', { class: 'sheet-head' },
    h('div', null,
      h('h2', { id: 'sheet-title' }, title),
      h('p', { class: 'sheet-sub' }, prospect.name || '')),
    h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => dlg.close() }, '✕'),
    sub);

  function step1() {
    const grid = h('div', { class: 'choice-grid', role: 'group', 'aria-label': 'Channel' },
      CHANNELS.map(([key, text]) => h('button', {
        type: 'button', class: 'choice', dataset: { channel: key },
        onclick: () => { channel = key; step2(); },
      }, icon(key), h('span', null, text))));
    mount(dlg, h('div', { class: 'sheet-body' }, head(), intro, h('p', { class: 'step' }, 'How did you reach out?'), grid));
    dlg.setAttribute('aria-labelledby', 'sheet-title');
    dlg.dataset.step = 'channel';
  }

  function step2() {
    const err = h('div', { class: 'form-error', role: 'alert', hidden: true });
    const noteId = `note-${Date.now()}`;
    const noteEl = h('textarea', { id: noteId, name: 'note', rows: 2, maxlength: 2000, placeholder: 'e.g. asked to call back after the 15th' });
    noteEl.value = note;
    noteEl.addEventListener('input', () => { note = noteEl.value; });
    const buttons = OUTCOMES.map(([key, text]) => h('button', {
      type: 'button', class: `choice outcome-${key}`, dataset: { outcome: key },
      onclick: () => submit(key, buttons, err),
    }, text));
    mount(dlg, h('div', { class: 'sheet-body' },
      head(),
      h('div', { class: 'step-row' },
        h('p', { class: 'step' }, `${channelLabel(channel)} — what happened?`),
        h('button', { type: 'button', class: 'link-btn', onclick: step1 }, 'Change')),
      h('div', { class: 'choice-grid outcomes', role: 'group', 'aria-label': 'Outcome' }, buttons),
      h('div', { class: 'field note' }, h('label', { for: noteId }, 'Note', h('span', { class: 'opt' }, ' (optional)')), noteEl),
      err));
    dlg.dataset.step = 'outcome';
    buttons[0].focus({ preventScroll: true });
  }

  async function submit(outcome, buttons, err) {
    const text = note.trim();
    const same = attempt && attempt.channel === channel && attempt.outcome === outcome && attempt.note === text;
    const body = { channel, outcome, idempotencyKey: same ? attempt.key : uuid() };
    if (text) body.note = text;
    if (purpose) body.purpose = purpose;
    attempt = { channel, outcome, note: text, key: body.idempotencyKey };
    buttons.forEach((b) => { b.disabled = true; });
    const chosen = buttons.find((b) => b.dataset.outcome === outcome);
    chosen.setAttribute('aria-busy', 'true');
    err.hidden = true;
    const what = `${channelLabel(channel).toLowerCase()} · ${outcomeLabel(outcome).toLowerCase()}`;
    try {
      const r = await sendOrQueue({
        send: () => logTouch(prospect.id, body),
        // Queued, the touch still happened now, whenever it syncs: its time goes along.
        op: {
          key: body.idempotencyKey, kind: 'touch', prospectId: prospect.id, label: prospect.name || '',
          body: { ...body, at: new Date().toISOString() }, baseVersion: prospect.version ?? null,
        },
      });
      attempt = null;
      dlg.close();
      toast(r.queued ? `Saved offline: ${what} — it will sync when you are back online` : `Logged ${what}`);
      onLogged?.(r.queued ? r : r.sent); // {queued: op}, or the API's {touch, prospect}
    } catch (e) {
      if (e.status === 401) { dlg.close(); return; }
      mount(err, h('p', null, e.message));
      err.hidden = false;
      buttons.forEach((b) => { b.disabled = false; });
      chosen.removeAttribute('aria-busy');
    }
  }

  if (preset) { channel = preset; step2(); } else step1();
  if (!dlg.open) dlg.showModal();
}
