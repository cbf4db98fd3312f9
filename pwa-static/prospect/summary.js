// The top of the prospect page: name, job and company, chips (tier, status, sales ready), and the cadence.
import { h, fact, plural, fmtDay, ymdIn } from '../dom.js';
import { tierChip, statusChip, readyMark } from '../ui.js';

/** pendingTier: a tier move waiting in the outbox, shown instead of the server's tier. */
export function headSection({ p, tiers, pendingTier }) {
  const sub = [p.title, p.company].filter(Boolean).join(' · ');
  const chips = [
    tierChip(pendingTier || p.tier, tiers),
    pendingTier ? h('span', { class: 'chip pending' }, 'Waiting to sync') : null,
    statusChip(p.status),
    p.salesReady ? readyMark() : null,
  ].filter(Boolean);
  return h('header', { class: 'p-head' },
    h('h1', { tabindex: '-1', id: 'p-name' }, p.name ?? ''),
    sub ? h('p', { class: 'sub' }, sub) : null,
    chips.length ? h('p', { class: 'chips' }, chips) : null);
}

export function cadenceSection(p) {
  const late = p.nextDueOn && p.status === 'open' && p.nextDueOn < ymdIn(undefined);
  const tsr = Number(p.touchesSinceResponse) || 0;
  return h('section', { class: 'card', 'aria-labelledby': 'h-cadence' },
    h('h2', { id: 'h-cadence' }, 'Cadence'),
    h('dl', { class: 'facts' },
      fact('Next due', p.nextDueOn ? fmtDay(p.nextDueOn) : '—', late ? 'late' : ''),
      fact('Last touch', p.lastTouchOn ? fmtDay(p.lastTouchOn) : 'Never'),
      fact('Touches', String(p.touchCount ?? 0)),
      fact('Since last reply', plural(tsr, 'touch', 'touches'))));
}
