// Today: overdue, then due. Falls back to the last saved agenda when offline.
import { h, mount, icon, plural, fmtDay, fmtInstant } from './dom.js';
import { getAgenda, getTiers, DEFAULT_TIERS } from './client.js';
import { cachedAgenda } from './session.js';
import { tierChip, readyMark, errorBox, openTouchSheet } from './ui.js';
import { queuedOps } from './sync.js';

export async function todayView(ctx) {
  const sub = h('p', { class: 'sub' }, '\u00a0');
  const refresh = h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Refresh agenda', onclick: () => load() }, icon('refresh'));
  const summary = h('p', { class: 'summary', id: 'summary', 'aria-live': 'polite' });
  const body = h('div', { class: 'agenda', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading your agenda…'));
  mount(ctx.main,
    h('div', { class: 'page-head' }, h('div', null, h('h1', { tabindex: '-1' }, 'Today'), sub), refresh),
    summary, body);

  async function load() {
    refresh.disabled = true;
    const [tiersR, agendaR] = await Promise.allSettled([getTiers(), getAgenda()]);
    if (!ctx.alive()) return;
    refresh.disabled = false;
    const tiers = tiersR.status === 'fulfilled' ? tiersR.value : DEFAULT_TIERS;
    let data;
    let saved = null;
    if (agendaR.status === 'fulfilled') {
      data = agendaR.value;
    } else {
      const e = agendaR.reason;
      if (e.status === 401) return;
      saved = e.offline ? cachedAgenda() : null;
      if (!saved?.data) {
        summary.textContent = '';
        body.setAttribute('aria-busy', 'false');
        mount(body, errorBox(e, () => load()));
        return;
      }
      data = saved.data;
    }
    render(data, tiers, saved);
  }

  function render(data, tiers, saved) {
    const overdue = Array.isArray(data?.overdue) ? data.overdue : [];
    const due = Array.isArray(data?.due) ? data.due : [];
    sub.textContent = data?.date ? fmtDay(data.date, { weekday: 'long', day: 'numeric', month: 'long' }) : '';
    mount(summary,
      h('span', { class: overdue.length ? 'n overdue' : 'n' }, `${overdue.length} overdue`),
      ' · ',
      h('span', { class: 'n' }, `${due.length} due`));
    const parts = [];
    if (saved) {
      parts.push(h('div', { class: 'banner offline', role: 'status' },
        h('strong', null, 'Offline — showing last agenda'),
        h('span', null, ` (saved ${fmtInstant(saved.savedAt)})`)));
    }
    if (!overdue.length && !due.length) {
      parts.push(h('div', { class: 'empty' },
        h('img', { src: 'icons/icon-192.png', alt: '', width: 72, height: 72 }),
        h('p', null, 'Nothing due today — the carousel is turning.')));
    }
    const ready = [...overdue, ...due].filter((e) => e.salesReady);
    if (ready.length) parts.push(readySlot(ready));
    if (overdue.length) parts.push(section('overdue', 'Overdue', overdue, tiers));
    if (due.length) parts.push(section('due', 'Due today', due, tiers));
    body.setAttribute('aria-busy', 'false');
    mount(body, ...parts);
  }

  /**
   * Overdue stays one list, oldest first (DESIGN section 4). Due today comes in tier order already, so
   * it is shown in a group per tier, each headed by its coloured tier label and count.
   */
  function section(id, title, entries, tiers) {
    const head = h('h2', { id: `h-${id}` }, title, h('span', { class: 'count' }, String(entries.length)));
    if (id === 'overdue') {
      return h('section', { class: 'agenda-section', 'aria-labelledby': `h-${id}` },
        head, h('ul', { class: 'rows', id: `list-${id}` }, entries.map((e) => row(e, tiers))));
    }
    const groups = [];
    for (const e of entries) {
      if (groups.length && groups.at(-1).tier === e.tier) groups.at(-1).entries.push(e);
      else groups.push({ tier: e.tier, entries: [e] });
    }
    return h('section', { class: 'agenda-section', 'aria-labelledby': `h-${id}` }, head,
      groups.map((g) => h('div', { class: 'tier-group', dataset: { tier: g.tier } },
        h('h3', { class: 'tier-head' }, tierChip(g.tier, tiers), h('span', { class: 'count' }, String(g.entries.length))),
        h('ul', { class: 'rows' }, g.entries.map((e) => row(e, tiers))))));
  }

  /** Sales-ready prospects first, with why (loaded on first use: warm signals are rare). */
  function readySlot(entries) {
    const slot = h('div', { class: 'ready-slot' });
    import('./signals.js').then((m) => m.readyStrip(slot, entries)).catch(() => {});
    return slot;
  }

  function row(e, tiers) {
    const days = Number(e.daysOverdue) || 0;
    const tsr = Number(e.touchesSinceResponse) || 0;
    const waiting = queuedOps().filter((o) => o.kind === 'touch' && o.prospectId === e.id).length;
    return h('li', { class: days > 0 ? 'row is-overdue' : 'row', dataset: { id: e.id } },
      h('a', { class: 'row-main', href: `#/prospect/${encodeURIComponent(e.id)}` },
        h('span', { class: 'row-top' }, h('span', { class: 'name' }, e.name ?? ''), e.salesReady ? readyMark() : null),
        h('span', { class: 'row-sub' }, h('span', { class: 'company' }, e.company || 'No company'), tierChip(e.tier, tiers)),
        h('span', { class: 'row-meta' },
          days > 0 ? h('span', { class: 'late' }, `${plural(days, 'day', 'days')} overdue`) : h('span', null, 'Due today'),
          ' · ',
          h('span', null, `${plural(tsr, 'touch', 'touches')} since reply`)),
        waiting ? h('span', { class: 'row-pending' }, `${plural(waiting, 'touch', 'touches')} waiting to sync`) : null),
      h('button', {
        type: 'button', class: 'log-btn', 'aria-label': `Log touch for ${e.name ?? 'prospect'}`,
        onclick: () => openTouchSheet(e, () => load()),
      }, icon('log'), h('span', null, 'Log')));
  }

  ctx.onSynced = () => load(); // synced touches move prospects off Today
  await load();
}
