// The prospect's touch history: touches waiting in the outbox first (newest first), then the server's.
import { h, icon, fmtDay, fmtInstant } from '../dom.js';
import { channelLabel, outcomeLabel } from '../ui.js';

/** touches: the server's, newest first; queued: the outbox's touch ops for this prospect, oldest first. */
export function historySection(touches, queued) {
  const n = touches.length + queued.length;
  return h('section', { class: 'card', 'aria-labelledby': 'h-history' },
    h('h2', { id: 'h-history' }, 'History', h('span', { class: 'count' }, String(n))),
    n
      ? h('ol', { class: 'history', id: 'history' },
        [...queued].reverse().map((o) => touchItem(o.body, true)), touches.map((t) => touchItem(t, false)))
      : h('p', { class: 'muted', id: 'history-empty' }, 'No touches yet.'));
}

function touchItem(t, pending) {
  return h('li', { class: pending ? 'touch pending' : 'touch', dataset: pending ? { pending: 'true' } : {} },
    h('span', { class: 'touch-icon' }, icon(t.channel)),
    h('div', null,
      h('p', { class: 'touch-what' }, `${channelLabel(t.channel)} · ${outcomeLabel(t.outcome)}`),
      h('p', { class: 'touch-when' }, t.at ? fmtInstant(t.at) : fmtDay(t.day), pending ? h('span', { class: 'chip pending' }, 'Waiting to sync') : null),
      t.note ? h('p', { class: 'touch-note' }, t.note) : null));
}
