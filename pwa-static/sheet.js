// The log-touch sheet: two taps (channel, then outcome), an optional note with its counter, and Undo in
// the toast. Loaded on the first tap of "Log" (the service worker keeps it with the shell).
import { h, mount, icon } from './dom.js';
import { logTouch, deleteTouch, uuid } from './client.js';
import { sendOrQueue } from './sync.js';
import { CHANNELS, OUTCOMES, channelLabel, outcomeLabel, counted, tooLongReason, toast, NOTE_MAX } from './ui.js';

/**
 * Two taps: channel, then outcome (which POSTs at once). The note is optional and never required.
 * onLogged({touch, prospect}) is called after a successful POST, onLogged({queued: op}) when the
 * touch went to the offline outbox instead (no connection): it is replayed later with the same key.
 * The toast offers Undo; onUndone(prospect, touchId) is called once the touch is taken back.
 */
export function openTouchSheet(prospect, onLogged, { channel: preset = null, onUndone = null, purpose = null, title = 'Log a touch', intro = null } = {}) {
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
    const noteEl = h('textarea', { id: noteId, name: 'note', rows: 2, placeholder: 'e.g. asked to call back after the 15th' });
    noteEl.value = note;
    noteEl.addEventListener('input', () => { note = noteEl.value; });
    const counter = counted(noteEl, NOTE_MAX);
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
      h('div', { class: 'field note' }, h('label', { for: noteId }, 'Note', h('span', { class: 'opt' }, ' (optional)')), noteEl, counter),
      err));
    dlg.dataset.step = 'outcome';
    buttons[0].focus({ preventScroll: true });
  }

  async function submit(outcome, buttons, err) {
    const text = note.trim();
    if (text.length > NOTE_MAX) {
      mount(err, h('p', null, `The note is ${text.length.toLocaleString()} characters. ${tooLongReason(NOTE_MAX)}`));
      err.hidden = false;
      dlg.querySelector('textarea')?.focus();
      return;
    }
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
      const touchId = r.sent?.touch?.id;
      toast(r.queued ? `Saved offline: ${what} — it will sync when you are back online` : `Logged ${what}`,
        touchId ? { action: { label: 'Undo', run: () => undo(touchId, what) } } : {});
      onLogged?.(r.queued ? r : r.sent); // {queued: op}, or the API's {touch, prospect}
    } catch (e) {
      if (e.status === 401) { dlg.close(); return; }
      mount(err, h('p', null, e.message));
      err.hidden = false;
      buttons.forEach((b) => { b.disabled = false; });
      chosen.removeAttribute('aria-busy');
    }
  }

  async function undo(touchId, what) {
    try {
      const res = await deleteTouch(prospect.id, touchId);
      toast(`Undone: ${what}`);
      onUndone?.(res?.prospect, touchId);
    } catch (e) {
      if (e.status !== 401) toast(e.status === 404 ? 'Already undone' : `Could not undo: ${e.message}`, { error: true });
    }
  }

  if (preset) { channel = preset; step2(); } else step1();
  if (!dlg.open) dlg.showModal();
}
