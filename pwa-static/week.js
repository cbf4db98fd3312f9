// "My week" on Today: touches this week against last week, the on-time share of this week's due
// touches, and what is overdue now (GET /api/stats?weeks=2). Loaded after the agenda, not in the first load.
import { h, mount } from './dom.js';
import { request } from './client.js';

const pct = (part, whole) => (whole ? `${Math.round((100 * part) / whole)}%` : '—');

function stat(label, value, note, cls) {
  return h('div', { class: 'fact' }, h('dt', null, label), h('dd', { class: cls || null }, value), h('dd', { class: 'note' }, note));
}

/** Fills `slot` with the card; leaves it empty (hidden) when the figures cannot be had (offline). */
export async function myWeekCard(slot) {
  let s;
  try {
    s = await request('GET', '/api/stats?weeks=2');
  } catch {
    slot.hidden = true;
    return;
  }
  const [last, now] = s.weeks;
  const diff = now.touches - last.touches;
  const trend = diff === 0 ? 'same as last week' : `${Math.abs(diff)} ${diff > 0 ? 'more' : 'fewer'} than last week (${last.touches})`;
  slot.hidden = false;
  mount(slot, h('section', { class: 'card my-week', 'aria-labelledby': 'h-my-week' },
    h('h2', { id: 'h-my-week' }, 'My week'),
    h('dl', { class: 'facts three' },
      stat('Touches', String(now.touches), trend),
      stat('On time', pct(now.onTime, now.due), now.due ? `${now.onTime} of ${now.due} due touches` : 'nothing due yet'),
      stat('Overdue', String(s.now.overdue), s.now.overdue ? `oldest ${s.now.oldestOverdueDays} d` : 'all caught up',
        s.now.overdue ? 'late' : null))));
}
