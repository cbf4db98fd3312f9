// The prospect's touch history: touches waiting in the outbox first (newest first), then the server's, each
// of those with its note editable in place.
import { h, icon, fmtDay, fmtInstant, mount } from '../dom.js';
import { channelLabel, outcomeLabel, counted, tooLong, tooLongReason, NOTE_MAX, setBusy } from '../ui.js';

/**
 * touches: the server's, newest first; queued: the outbox's touch ops for this prospect, oldest first;
 * editNote(touchId, note) → Promise: the page's PATCH (rejects with the API's error).
 */
export function historySection(touches, queued, editNote) {
  const n = touches.length + queued.length;
  return h('section', { class: 'card', 'aria-labelledby': 'h-history' },
    h('h2', { id: 'h-history' }, 'History', h('span', { class: 'count' }, String(n))),
    n
      ? h('ol', { class: 'history', id: 'history' },
        [...queued].reverse().map((o) => touchItem(o.body, true)), touches.map((t) => touchItem(t, false, editNote)))
      : h('p', { class: 'muted', id: 'history-empty' }, 'No touches yet.'));
}

function touchItem(t, pending, editNote) {
  const note = h('div', { class: 'touch-note-slot' });
  const showNote = () => mount(note,
    t.note ? h('p', { class: 'touch-note' }, t.outcome === 'sent' ? `Subject: ${t.note}` : t.note) : null,
    !pending && editNote ? h('button', { type: 'button', class: 'link-btn note-edit', onclick: edit }, t.note ? 'Edit note' : 'Add a note') : null);

  function edit() {
    const id = `tn-${t.id}`;
    const area = h('textarea', { id, name: 'note', rows: 3 });
    area.value = t.note ?? '';
    const err = h('p', { class: 'field-error', id: `${id}-err`, role: 'alert', hidden: true });
    const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save note');
    const form = h('form', { class: 'note-form', novalidate: true },
      h('label', { for: id, class: 'visually-hidden' }, 'Note'), area, counted(area, NOTE_MAX), err,
      h('div', { class: 'note-actions' }, save, h('button', { type: 'button', class: 'btn', onclick: showNote }, 'Cancel')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (tooLong(area, NOTE_MAX)) { err.textContent = tooLongReason(NOTE_MAX); err.hidden = false; area.focus(); return; }
      setBusy(save, true, 'Saving…');
      try {
        await editNote(t.id, area.value.trim() || null); // the page re-renders with the saved note
      } catch (ex) {
        setBusy(save, false);
        err.textContent = ex.message;
        err.hidden = false;
      }
    });
    mount(note, form);
    area.focus();
  }

  showNote();
  return h('li', { class: pending ? 'touch pending' : 'touch', dataset: pending ? { pending: 'true' } : { id: t.id } },
    h('span', { class: 'touch-icon' }, icon(t.channel)),
    h('div', { class: 'touch-body' },
      h('p', { class: 'touch-what' }, `${channelLabel(t.channel)} · ${outcomeLabel(t.outcome)}`),
      h('p', { class: 'touch-when' }, t.at ? fmtInstant(t.at) : fmtDay(t.day), pending ? h('span', { class: 'chip pending' }, 'Waiting to sync') : null),
      note));
}
