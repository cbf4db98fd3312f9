// The enrol sheet: pick a plan, enrol one prospect (its page) or many (the list's selection).
// One idempotency key per sheet, so a retry after a lost answer enrols nobody twice.
import { h, mount, plural } from '../dom.js';
import { uuid } from '../client.js';
import { toast } from '../ui.js';
import { listPlans, enrolIn, planSummary } from './api.js';

/** What a batch's answer says in one line: "Enrolled 3 · 1 already in another plan". */
export function enrolledText(res) {
  const by = {};
  for (const r of res.results || []) by[r.outcome] = (by[r.outcome] || 0) + 1;
  const parts = [];
  if (by.enrolled) parts.push(`Enrolled ${by.enrolled}`);
  if (by.already_enrolled) parts.push(`${by.already_enrolled} already in this plan`);
  if (by.in_another_plan) parts.push(`${by.in_another_plan} already in another plan`);
  if (by.not_on_carousel) parts.push(`${by.not_on_carousel} paused or archived`);
  if (by.not_found) parts.push(`${by.not_found} not found`);
  return parts.join(' · ') || 'Nobody to enrol';
}

/** Opens the sheet for `prospectIds`; onDone(answer) after the server answered (200, or a 409/404 with results). */
export async function openEnrolSheet(prospectIds, onDone) {
  const dlg = document.getElementById('sheet');
  const key = uuid();
  const close = h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => dlg.close() }, '✕');
  const head = h('div', { class: 'sheet-head' },
    h('div', null, h('h2', { id: 'sheet-title' }, 'Enrol in a plan'),
      h('p', { class: 'sheet-sub' }, plural(prospectIds.length, 'prospect', 'prospects'))), close);
  const body = h('div', { class: 'sheet-body', id: 'enrol-sheet' }, head, h('p', { class: 'loading' }, 'Loading plans…'));
  mount(dlg, body);
  dlg.setAttribute('aria-labelledby', 'sheet-title');
  dlg.dataset.step = 'enrol';
  if (!dlg.open) dlg.showModal();
  let plans;
  try {
    plans = (await listPlans()).filter((p) => !p.retired);
  } catch (e) {
    if (e.status === 401) { dlg.close(); return; }
    mount(body, head, h('p', { class: 'form-error', role: 'alert' }, e.message));
    return;
  }
  if (!plans.length) {
    mount(body, head, h('p', { class: 'muted' }, 'Your team has no plans yet. A manager builds them under Settings › Plans.'));
    return;
  }
  const err = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const choices = h('div', { class: 'plan-choices', role: 'group', 'aria-label': 'Plans' }, plans.map((p) => h('button', {
    type: 'button', class: 'choice plan-choice', dataset: { plan: p.id },
    onclick: (e) => submit(p, e.currentTarget),
  }, h('span', { class: 'plan-choice-name' }, p.name), h('span', { class: 'plan-choice-sub' }, planSummary(p)))));
  mount(body, head, h('p', { class: 'step' }, 'Which plan?'), choices, err);

  async function submit(plan, btn) {
    const all = [...choices.querySelectorAll('button')];
    all.forEach((b) => { b.disabled = true; });
    btn.setAttribute('aria-busy', 'true');
    err.hidden = true;
    try {
      const res = await enrolIn(plan.id, { prospectIds, idempotencyKey: key });
      dlg.close();
      toast(`${plan.name}: ${enrolledText(res)}`);
      onDone?.(res);
    } catch (e) {
      btn.removeAttribute('aria-busy');
      all.forEach((b) => { b.disabled = false; });
      if (e.status === 401) { dlg.close(); return; }
      if (Array.isArray(e.problem?.results)) { // everyone refused: the answer says why, per prospect
        dlg.close();
        toast(`${plan.name}: ${enrolledText(e.problem)}`, { error: true });
        onDone?.(e.problem);
        return;
      }
      mount(err, h('p', null, e.message));
      err.hidden = false;
    }
  }
}
