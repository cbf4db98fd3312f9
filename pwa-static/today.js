// Today: progress, overdue, then due, each with why it is due and the last note. Falls back to the last
// saved agenda when offline.
import { h, mount, icon, plural, fmtDay, fmtInstant, screenStyles } from './dom.js';
import { getAgenda, getTiers, listProspects, DEFAULT_TIERS } from './client.js';
import { cachedAgenda } from './session.js';
import { tierChip, readyMark, errorBox, openTouchSheet, channelLabel, cadenceWords } from './ui.js';
import { queuedOps } from './sync.js';

/** Why a prospect is due, in the rep's words (the agenda's `reasons`, most pressing first). */
const REASONS = {
  signal: () => 'Sales ready: warm signals',
  thank_you: () => 'Say thank you for a referral',
  plan_step: (e) => (e.step ? `Plan step ${e.step.index} of ${e.step.of} · ${channelLabel(e.step.channel).toLowerCase()}` : 'Next plan step'),
  referral_ask: () => 'Ask for a referral',
  cadence: (e, tier) => (tier?.cadence ? `Keep in touch ${cadenceWords(tier.cadence)}` : 'Time to keep in touch'),
};
/** Every reason, most pressing first: "Ask for a referral · Keep in touch quarterly". */
export function reasonText(e, tiers) {
  const tier = tiers.find((t) => t.key === e.tier);
  const keys = Array.isArray(e.reasons) && e.reasons.length ? e.reasons : [e.reason || 'cadence'];
  return keys.map((k) => (REASONS[k] || REASONS.cadence)(e, tier)).join(' · ');
}

export async function todayView(ctx) {
  const sub = h('p', { class: 'sub' }, '\u00a0');
  const refresh = h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Refresh agenda', onclick: () => load() }, icon('refresh'));
  const summary = h('div', { class: 'summary', id: 'summary', 'aria-live': 'polite' });
  const body = h('div', { class: 'agenda', 'aria-busy': 'true' }, h('p', { class: 'loading' }, 'Loading your agenda…'));
  const week = h('div', { id: 'my-week', hidden: true }); // "My week" (week.js), loaded after the agenda
  mount(ctx.main,
    h('div', { class: 'page-head' }, h('div', null, h('h1', { tabindex: '-1' }, 'Today'), sub), refresh),
    summary, body, week);

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
    if (!saved) import('./week.js').then((m) => ctx.alive() && m.myWeekCard(week)).catch(() => {});
  }

  function render(data, tiers, saved) {
    const overdue = Array.isArray(data?.overdue) ? data.overdue : [];
    const due = Array.isArray(data?.due) ? data.due : [];
    const done = Number(data?.done) || 0;
    const total = done + overdue.length + due.length;
    sub.textContent = data?.date ? fmtDay(data.date, { weekday: 'long', day: 'numeric', month: 'long' }) : '';
    mount(summary, progress(done, total, overdue.length));
    const parts = [];
    if (saved) {
      parts.push(h('div', { class: 'banner offline', role: 'status' },
        h('strong', null, 'Offline — showing last agenda'),
        h('span', null, ` (saved ${fmtInstant(saved.savedAt)})`)));
    }
    if (!overdue.length && !due.length) parts.push(emptyState(done, !saved));
    const ready = [...overdue, ...due].filter((e) => e.salesReady);
    if (ready.length) parts.push(readySlot(ready));
    if (overdue.length) parts.push(section('overdue', 'Overdue', overdue, tiers));
    if (due.length) parts.push(section('due', 'Due today', due, tiers));
    body.setAttribute('aria-busy', 'false');
    mount(body, ...parts);
  }

  /** "3 of 7 done · 1 overdue", with a bar; overdue in red when there are any. */
  function progress(done, total, overdue) {
    return [
      h('p', { class: 'progress-text' },
        total ? [h('span', { class: 'n' }, `${done} of ${total}`), ' done'] : 'Nothing due',
        ' · ', h('span', { class: overdue ? 'n overdue' : 'n' }, `${overdue} overdue`)),
      // Always there (hidden when nothing is due), so the summary's height never changes: no layout shift.
      h('progress', { class: total ? 'progress' : 'progress idle', max: String(total || 1), value: String(done), 'aria-label': `Today's progress: ${done} of ${total} done`, 'aria-hidden': total ? null : 'true' }),
    ];
  }

  /** All done, nothing due, or (no prospect at all yet) how to start. */
  function emptyState(done, online) {
    const box = h('div', { class: 'empty' },
      h('img', { src: 'icons/icon-192.png', alt: '', width: 72, height: 72 }),
      h('p', null, done ? `All ${done} done — the carousel is turning.` : 'Nothing due today — the carousel is turning.'));
    if (!done && online) {
      listProspects({ limit: 1 }).then((r) => {
        if (ctx.alive() && Array.isArray(r?.items) && !r.items.length) box.replaceWith(firstSteps());
      }).catch(() => {});
    }
    return box;
  }

  function firstSteps() {
    return h('section', { class: 'card first-steps', 'aria-labelledby': 'h-first' },
      h('h2', { id: 'h-first' }, 'Start your carousel'),
      h('p', null, 'Add the people you want to stay in touch with. Each one sits in a tier — weekly, monthly or quarterly — and shows up here on the day a touch is due.'),
      h('a', { class: 'btn btn-primary btn-block', href: '#/add', id: 'first-add' }, icon('add'), h('span', null, 'Add your first prospect')),
      h('a', { class: 'btn btn-block', href: '#/import', id: 'first-import' }, 'Import a list (CSV or contacts)'));
  }

  /**
   * Overdue stays one list, oldest first (DESIGN section 4). Due today comes in tier order already, so
   * it is shown in a group per tier, each headed by its coloured tier label and count (its rows then
   * carry no tier label of their own).
   */
  function section(id, title, entries, tiers) {
    const head = h('h2', { id: `h-${id}` }, title, h('span', { class: 'count' }, String(entries.length)));
    if (id === 'overdue') {
      return h('section', { class: 'agenda-section', 'aria-labelledby': `h-${id}` },
        head, h('ul', { class: 'rows', id: `list-${id}` }, entries.map((e) => row(e, tiers, true))));
    }
    const groups = [];
    for (const e of entries) {
      if (groups.length && groups.at(-1).tier === e.tier) groups.at(-1).entries.push(e);
      else groups.push({ tier: e.tier, entries: [e] });
    }
    return h('section', { class: 'agenda-section', 'aria-labelledby': `h-${id}` }, head,
      groups.map((g) => h('div', { class: 'tier-group', dataset: { tier: g.tier } },
        h('h3', { class: 'tier-head' }, tierChip(g.tier, tiers), h('span', { class: 'count' }, String(g.entries.length))),
        h('ul', { class: 'rows' }, g.entries.map((e) => row(e, tiers, false))))));
  }

  /** Sales-ready prospects first, with why (loaded on first use with its styles: warm signals are rare). */
  function readySlot(entries) {
    const slot = h('div', { class: 'ready-slot' });
    Promise.all([import('./signals.js'), screenStyles()]).then(([m]) => m.readyStrip(slot, entries)).catch(() => {});
    return slot;
  }

  function row(e, tiers, withTier) {
    const days = Number(e.daysOverdue) || 0;
    const tsr = Number(e.touchesSinceResponse) || 0;
    const waiting = queuedOps().filter((o) => o.kind === 'touch' && o.prospectId === e.id).length;
    const action = referralAction(e);
    return h('li', { class: days > 0 ? 'row is-overdue' : 'row', dataset: { id: e.id } },
      h('a', { class: 'row-main', href: `#/prospect/${encodeURIComponent(e.id)}` },
        h('span', { class: 'row-top' }, h('span', { class: 'name' }, e.name ?? ''), e.salesReady ? readyMark() : null),
        h('span', { class: 'row-sub' }, h('span', { class: 'company' }, e.company || 'No company'), withTier ? tierChip(e.tier, tiers) : null,
          action ? h('span', { class: `chip reason-${action.kind}` }, action.chip) : null),
        h('span', { class: 'row-why' }, reasonText(e, tiers)),
        e.lastNote ? h('span', { class: 'row-note' }, `“${e.lastNote}”`) : null,
        h('span', { class: 'row-meta' },
          days > 0 ? h('span', { class: 'late' }, `${plural(days, 'day', 'days')} overdue`) : h('span', null, 'Due today'),
          ' · ',
          h('span', null, `${plural(tsr, 'touch', 'touches')} since reply`)),
        e.step ? h('span', { class: 'row-step' }, `Step ${e.step.index} of ${e.step.of} · ${e.step.channel}`) : null,
        waiting ? h('span', { class: 'row-pending' }, `${plural(waiting, 'touch', 'touches')} waiting to sync`) : null),
      action ? h('button', {
        type: 'button', class: 'log-btn', 'aria-label': action.label, dataset: { action: action.kind },
        onclick: () => import('./referral/ask.js').then((m) => m.referralSheet(e, action.kind, () => load())),
      }, icon('log'), h('span', null, action.button)) : h('button', {
        type: 'button', class: 'log-btn', 'aria-label': `Log touch for ${e.name ?? 'prospect'}`,
        onclick: () => openTouchSheet(e, () => load(), { onUndone: () => load() }),
      }, icon('log'), h('span', null, 'Log')));
  }

  ctx.onSynced = () => load(); // synced touches move prospects off Today
  await load();
}

/** A referral ask or a thank-you (DESIGN 7.3) gets its own action, its sheet loaded on first use. */
function referralAction(e) {
  const reasons = Array.isArray(e.reasons) ? e.reasons : [];
  const who = e.name ?? 'them';
  if (reasons.includes('thank_you')) return { kind: 'thanks', chip: 'Say thanks', button: 'Thanks', label: `Thanks: say thanks to ${who}` };
  if (reasons.includes('referral_ask')) return { kind: 'ask', chip: 'Ask for a referral', button: 'Ask', label: `Ask ${who} for a referral` };
  return null;
}
