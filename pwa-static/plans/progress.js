// The prospect page's plan card: the plan's steps as this prospect goes through them (done, skipped,
// due, upcoming), with "Leave plan"; or, outside any plan, "Enrol in a plan".
import { h, fmtDay } from '../dom.js';
import { toast, setBusy } from '../ui.js';

const STATES = { done: 'Done', skipped: 'Skipped', due: 'Due', upcoming: 'About' };

/** `p` is the prospect as the API has it; `changed(prospect or null)` after a change (null: reload the page). */
export function planSection(p, changed) {
  const plan = p.plan;
  if (!plan) {
    if (p.status && !['open', 'lost'].includes(p.status)) return null;
    return h('section', { class: 'card', 'aria-labelledby': 'h-plan' },
      h('h2', { id: 'h-plan' }, 'Plan'),
      h('p', { class: 'muted' }, 'Not in a plan: the tier\u2019s cadence decides when they are due.'),
      h('button', {
        type: 'button', class: 'btn btn-block', id: 'p-enrol',
        onclick: () => import('./enrol.js').then((m) => m.openEnrolSheet([p.id], () => changed(null))),
      }, 'Enrol in a plan'));
  }
  const steps = Array.isArray(plan.steps) ? plan.steps : [];
  const leave = h('button', {
    type: 'button', class: 'btn btn-danger btn-block', id: 'p-leave-plan',
    onclick: async () => {
      setBusy(leave, true, 'Leaving…');
      try {
        const { leavePlan } = await import('./api.js');
        const updated = await leavePlan(plan.id, p.id);
        toast(`Left ${plan.name || 'the plan'}: back on the tier's cadence`);
        changed(updated);
      } catch (e) {
        setBusy(leave, false);
        if (e.status !== 401) toast(e.message, { error: true });
      }
    },
  }, 'Leave plan');
  return h('section', { class: 'card', 'aria-labelledby': 'h-plan', id: 'plan-card' },
    h('h2', { id: 'h-plan' }, 'Plan'),
    h('p', { class: 'plan-name' }, h('strong', null, plan.name || 'Plan'), ` · step ${plan.step.index} of ${plan.step.of}`),
    h('ol', { class: 'plan-steps' }, steps.map((s) => h('li', { class: `plan-step is-${s.state}` },
      h('span', { class: 'plan-step-what' }, `Day ${s.offsetDays} · ${s.channel}${s.auto ? ' (automatic)' : ''}`),
      h('span', { class: 'plan-step-when' }, `${STATES[s.state] || s.state}${s.on ? ` ${fmtDay(s.on)}` : ''}`)))),
    leave);
}
