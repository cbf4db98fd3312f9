// Plans (#/plans, #/plan/<id>, #/plan/new): the team's prospecting plans. Managers build them (steps with a
// day, a channel and a template; reorder; retire); everyone sees their steps and figures. Loaded on first use.
import { h, mount, fact, icon } from '../dom.js';
import { cachedMe } from '../client.js';
import { field, formError, errorBox, toast, setBusy, clearErrors, CHANNELS } from '../ui.js';
import { listPlans, getPlan, createPlan, replacePlan, retirePlan, planStats, templates, planSummary } from './api.js';

const isManager = () => cachedMe().then((me) => me?.role === 'manager').catch(() => false);
const pct = (x) => (x == null ? '—' : `${Math.round(x * 100)}%`);

export async function plansView(ctx) {
  const head = h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Plans'));
  mount(ctx.main, head, h('p', { class: 'loading' }, 'Loading plans…'));
  let plans;
  let manager;
  try {
    [plans, manager] = await Promise.all([listPlans(), isManager()]);
  } catch (e) {
    if (ctx.alive() && e.status !== 401) mount(ctx.main, head, errorBox(e, () => ctx.rerender()));
    return;
  }
  if (!ctx.alive()) return;
  if (manager) head.append(h('a', { class: 'btn btn-primary', href: '#/plan/new', id: 'new-plan' }, icon('add'), h('span', null, 'New plan')));
  const intro = h('p', { class: 'muted plan-intro' }, 'A plan is a short series of steps (the 20/20 plan: day 0 mail, day 7 mail, day 14 call) '
    + 'before a prospect settles into a tier. Enrol prospects from their page or the prospect list.');
  const rows = plans.map((p) => h('li', { class: 'row', dataset: { id: p.id } },
    h('a', { class: 'row-main', href: `#/plan/${encodeURIComponent(p.id)}` },
      h('span', { class: 'row-top' }, h('span', { class: 'name' }, p.name), p.retired ? h('span', { class: 'chip status-paused' }, 'Retired') : null),
      h('span', { class: 'row-meta' }, planSummary(p), ' · ', p.steps.map((s) => s.channel).join(', ')))));
  mount(ctx.main, head, intro, rows.length ? h('ul', { class: 'rows', id: 'plan-list' }, rows)
    : h('p', { class: 'empty' }, manager ? 'No plans yet: add the first one.' : 'No plans yet: a manager builds them.'));
}

export async function planView(ctx, id) {
  const back = h('a', { class: 'back-btn', href: '#/plans' }, icon('back'), h('span', null, 'Plans'));
  const title = h('h1', { tabindex: '-1' }, id === 'new' ? 'New plan' : 'Plan');
  // How plans work, shown at once and kept: the page's content arrives under it without moving it.
  const how = h('p', { class: 'muted plan-intro' }, 'Days count from the day a prospect is enrolled. A touch completes the current step, '
    + 'and the next one is due its gap later, so a step done late moves the rest; a reply or the last step ends the plan.');
  const slot = h('div', null, h('p', { class: 'loading' }, 'Loading…'));
  mount(ctx.main, back, title, how, slot);
  let plan;
  let tpls;
  let manager;
  let stats;
  try {
    [plan, tpls, manager, stats] = await Promise.all([
      id === 'new' ? null : getPlan(id), templates().catch(() => []), isManager(), id === 'new' ? null : planStats(id)]);
  } catch (e) {
    if (ctx.alive() && e.status !== 401) mount(slot, errorBox(e, e.status === 404 ? null : () => ctx.rerender()));
    return;
  }
  if (!ctx.alive()) return;
  if (plan) title.textContent = plan.name;
  const editable = manager && !plan?.retired;
  mount(slot,
    plan?.retired ? h('p', { class: 'banner offline', role: 'status' }, 'Retired: no new enrolments; the running ones go on.') : null,
    editable ? builder(ctx, plan, tpls) : readOnly(plan, tpls),
    stats ? figures(plan, stats) : null,
    editable && plan ? retireCard(ctx, plan) : null);
}

const templateName = (tpls, tid) => tpls.find((t) => t.id === tid)?.name || tid;

function readOnly(plan, tpls) {
  return h('section', { class: 'card', 'aria-labelledby': 'h-steps' }, h('h2', { id: 'h-steps' }, 'Steps'),
    h('ol', { class: 'plan-steps' }, plan.steps.map((s) => h('li', { class: 'plan-step' },
      h('span', { class: 'plan-step-what' }, `Day ${s.offsetDays} · ${s.channel}${s.auto ? ' (automatic)' : ''}`),
      h('span', { class: 'plan-step-when' }, s.templateId ? templateName(tpls, s.templateId) : '')))));
}

/** The editor: name and steps; a step moved up or down takes its channel, template and "automatic" along, and the days stay in order. */
function builder(ctx, plan, tpls) {
  let steps = plan ? plan.steps.map((s) => ({ ...s })) : [{ offsetDays: 0, channel: 'email', templateId: null, auto: false }];
  const list = h('ol', { class: 'step-editor', id: 'step-editor' });
  const form = h('form', { class: 'card form', novalidate: true, id: 'plan-form', 'aria-labelledby': 'h-build' },
    h('h2', { id: 'h-build' }, plan ? 'Edit plan' : 'Build a plan'),
    field({ name: 'name', label: 'Name', value: plan?.name ?? '', required: true, attrs: { id: 'plan-name', maxlength: 100, autocomplete: 'off' } }),
    list,
    h('button', { type: 'button', class: 'btn btn-block', id: 'add-step', onclick: () => { read(); steps.push(nextStep()); draw(steps.length - 1); } },
      icon('add'), h('span', null, 'Add step')),
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'save-plan' }, plan ? 'Save plan' : 'Create plan'));
  const nextStep = () => ({ offsetDays: steps.length ? steps[steps.length - 1].offsetDays + 7 : 0, channel: 'email', templateId: null, auto: false });
  const options = [['', 'No template'], ...tpls.map((t) => [t.id, t.name])];

  /** The steps as the inputs show them now. */
  function read() {
    steps = [...list.children].map((li, i) => {
      const v = (k) => form.elements.namedItem(`steps[${i}].${k}`);
      const day = Number.parseInt(v('offsetDays').value, 10);
      return { offsetDays: Number.isNaN(day) ? v('offsetDays').value : day, channel: v('channel').value,
        templateId: v('templateId').value || null, auto: v('auto').checked };
    });
  }

  function move(i, by) {
    read();
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    const day = (k) => steps[k].offsetDays;
    const [a, b] = [{ ...steps[i], offsetDays: day(j) }, { ...steps[j], offsetDays: day(i) }];
    steps[i] = b;
    steps[j] = a;
    draw(j);
  }

  function draw(focusIndex = -1) {
    mount(list, steps.map((s, i) => {
      const n = i + 1;
      const small = (label, onclick, disabled, key) => h('button', {
        type: 'button', class: 'icon-btn small', 'aria-label': `${label} step ${n}`, disabled, onclick, dataset: { act: key },
      }, label === 'Remove' ? '✕' : label === 'Move up' ? '↑' : '↓');
      return h('li', { class: 'step-edit', dataset: { step: String(n) } },
        h('div', { class: 'step-edit-head' }, h('h3', null, `Step ${n}`),
          h('div', { class: 'step-edit-tools' },
            small('Move up', () => move(i, -1), i === 0, 'up'),
            small('Move down', () => move(i, 1), i === steps.length - 1, 'down'),
            small('Remove', () => { read(); steps.splice(i, 1); draw(); }, steps.length === 1, 'remove'))),
        h('div', { class: 'step-edit-grid' },
          field({ name: `steps[${i}].offsetDays`, label: 'Day', type: 'number', value: String(s.offsetDays), attrs: { min: 0, max: 365, inputmode: 'numeric' } }),
          field({ name: `steps[${i}].channel`, label: 'Channel', value: s.channel, options: CHANNELS })),
        field({ name: `steps[${i}].templateId`, label: 'Template', value: s.templateId ?? '', options }),
        field({ name: `steps[${i}].auto`, label: 'Send automatically (an e-mail with a template)', type: 'checkbox', value: !!s.auto }));
    }));
    if (focusIndex >= 0) list.children[focusIndex]?.querySelector('input')?.focus({ preventScroll: false });
  }
  draw();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    read();
    const body = { name: form.elements.name.value.trim(), steps };
    const btn = form.querySelector('#save-plan');
    setBusy(btn, true, 'Saving…');
    clearErrors(form);
    try {
      const saved = plan ? await replacePlan(plan.id, plan.version, body) : await createPlan(body);
      toast(plan ? 'Plan saved' : 'Plan created');
      if (plan) ctx.rerender(); else location.hash = `#/plan/${encodeURIComponent(saved.id)}`;
    } catch (err) {
      setBusy(btn, false);
      if (err.status === 401) return;
      placeErrors(form, err);
    }
  });
  return form;
}

/** Each invalid-param next to its control (`steps[1].offsetDays`), the rest in the form's alert box. */
function placeErrors(form, err) {
  const rest = [];
  let first = null;
  for (const p of err.invalidParams || []) {
    const ctl = p?.name ? form.elements.namedItem(p.name) : null;
    const slot = ctl?.id ? document.getElementById(`${ctl.id}-err`) : null;
    if (!slot) { rest.push(p); continue; }
    slot.textContent = String(p.reason ?? 'is invalid');
    slot.hidden = false;
    ctl.setAttribute('aria-invalid', 'true');
    first ??= ctl;
  }
  const box = form.querySelector('.form-error');
  mount(box, h('p', null, rest.length || !first ? err.message : 'Please fix the highlighted fields.'),
    rest.length ? h('ul', null, rest.map((p) => h('li', null, `${p.name}: ${p.reason}`))) : null);
  box.hidden = false;
  (first || box).focus?.();
}

function figures(plan, s) {
  const rows = s.steps.map((x) => h('tr', null, h('th', { scope: 'row' }, `${x.index}${x.channel ? ` · ${x.channel}` : ''}`),
    h('td', null, String(x.done)), h('td', null, String(x.skipped)), h('td', null, `${x.responses} (${pct(x.responseRate)})`)));
  return h('section', { class: 'card', 'aria-labelledby': 'h-figures', id: 'plan-figures' }, h('h2', { id: 'h-figures' }, 'Figures'),
    h('dl', { class: 'facts' }, fact('Enrolled', String(s.enrolled)), fact('In the plan now', String(s.active)),
      fact('Finished', String(s.finished)), fact('Responded', `${s.responded} (${pct(s.responseRate)})`)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'plan-table' },
      h('caption', { class: 'visually-hidden' }, `Steps of ${plan.name}`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col' }, 'Done'),
        h('th', { scope: 'col' }, 'Skipped'), h('th', { scope: 'col' }, 'Responses'))),
      h('tbody', null, rows))));
}

/** Retiring takes a second tap: the plan takes no new enrolments after it (the running ones go on). */
function retireCard(ctx, plan) {
  const btn = h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'retire-plan' }, 'Retire plan');
  let armed = false;
  btn.addEventListener('click', async () => {
    if (!armed) { armed = true; btn.textContent = 'Tap again to retire: no new enrolments'; return; }
    setBusy(btn, true, 'Retiring…');
    try {
      await retirePlan(plan.id);
      toast(`${plan.name} retired`);
      ctx.rerender();
    } catch (e) {
      setBusy(btn, false);
      if (e.status !== 401) toast(e.message, { error: true });
    }
  });
  return h('div', { class: 'signout' }, btn);
}
