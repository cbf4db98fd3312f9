// Tiers and cadences (#/tiers). Managers add, rename, re-time ("every 6 weeks", never ISO strings), re-order
// and pick an auto-send template; reps see them. Tiers in use cannot be removed (the API refuses). Loaded on first use.
import { h, mount, icon, screenStyles } from './dom.js';
import { request, cachedMe, putTiers } from './client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, errorBox, cadenceWords } from './ui.js';

const UNITS = [['D', 'days'], ['W', 'weeks'], ['M', 'months'], ['Y', 'years']];

/** An ISO period as a count and one unit, for the picker: P42D → 6 weeks, P3M → 3 months, P1Y6M → 18 months. */
export function periodParts(iso) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(String(iso ?? '')) || [];
  const [y, mo, w, d] = m.slice(1).map((v) => Number(v || 0));
  const days = w * 7 + d;
  if (days && (y || mo)) return { n: y * 365 + mo * 30 + days, unit: 'D' }; // mixed: rare; days keep it editable
  if (days) return days % 7 ? { n: days, unit: 'D' } : { n: days / 7, unit: 'W' };
  if (y && !mo) return { n: y, unit: 'Y' };
  return { n: y * 12 + mo || 1, unit: 'M' };
}
export const periodIso = ({ n, unit }) => `P${n}${unit}`;

/** A key for a new tier from its label: "Long shot" → "long-shot", unique among `taken`. */
export function keyFor(label, taken) {
  let base = String(label).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 28) || 'tier';
  if (!/^[a-z]/.test(base)) base = `t-${base}`;
  let key = base;
  for (let i = 2; taken.includes(key); i++) key = `${base}-${i}`;
  return key;
}

export async function tiersView(ctx) {
  const head = h('div', { class: 'page-head' }, h('div', null, h('h1', { tabindex: '-1' }, 'Tiers and cadences'),
    h('p', { class: 'sub' }, 'How often each tier is touched. The first tier comes first on Today.')));
  mount(ctx.main, head, h('p', { class: 'loading' }, 'Loading…'));
  let tiers;
  let templates;
  let me;
  try {
    [tiers, templates, me] = await Promise.all([
      request('GET', '/api/tiers').then((d) => d.tiers),
      request('GET', '/api/templates').then((d) => d.items ?? []).catch(() => []),
      cachedMe(),
      screenStyles(),
    ]);
  } catch (e) {
    if (ctx.alive() && e.status !== 401) mount(ctx.main, head, errorBox(e, () => ctx.rerender()));
    return;
  }
  if (!ctx.alive()) return;
  const templateName = (tid) => templates.find((t) => t.id === tid)?.name;
  if (me?.role !== 'manager') {
    mount(ctx.main, head, h('ol', { class: 'card tier-list', id: 'tier-list' }, tiers.map((t) => h('li', { class: 'tier-read' },
      h('span', { class: 'name' }, t.label), h('span', { class: 'muted' }, ` — ${cadenceWords(t.cadence)}`),
      t.autoSendTemplateId ? h('p', { class: 'hint' }, `Sends “${templateName(t.autoSendTemplateId) || 'a template'}” by itself when due`) : null))),
    h('p', { class: 'muted' }, 'Your manager sets the team’s tiers.'));
    return;
  }

  const rows = tiers.map((t) => ({ key: t.key, label: t.label, period: periodParts(t.cadence), auto: t.autoSendTemplateId || '', isNew: false }));
  const list = h('ol', { class: 'tier-edit-list', id: 'tier-list' });
  const form = h('form', { class: 'tiers-form', novalidate: true }, list);
  const add = h('button', { type: 'button', class: 'btn btn-block', id: 'tier-add' }, icon('add'), h('span', null, 'Add a tier'));
  const save = h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'tiers-save' }, 'Save tiers');
  form.append(add, formError(), save);
  mount(ctx.main, head, form);

  function render(focus) {
    mount(list, rows.map((r, i) => tierRow(r, i)));
    if (focus) list.querySelector(focus)?.focus();
  }

  function tierRow(r, i) {
    const label = field({ name: `label-${i}`, label: 'Name', value: r.label, attrs: { id: `tier-${i}-label`, autocomplete: 'off', dataset: { row: i, field: 'label' } } });
    label.querySelector('input').addEventListener('input', (e) => { r.label = e.target.value; });
    const n = h('input', { type: 'number', id: `tier-${i}-n`, name: `n-${i}`, min: '1', max: '120', inputmode: 'numeric', value: String(r.period.n), 'aria-label': `${r.label || 'Tier'}: how many` });
    const unit = h('select', { id: `tier-${i}-unit`, name: `unit-${i}`, 'aria-label': `${r.label || 'Tier'}: unit` }, UNITS.map(([v, l]) => h('option', { value: v }, l)));
    unit.value = r.period.unit;
    const words = h('p', { class: 'hint cadence-words', id: `tier-${i}-words`, 'aria-live': 'polite' });
    const err = h('p', { class: 'field-error', id: `tier-${i}-n-err`, hidden: true });
    const showWords = () => { words.textContent = r.period.n >= 1 ? `= ${cadenceWords(periodIso(r.period))}` : 'A whole number from 1'; };
    n.addEventListener('input', () => { r.period = { ...r.period, n: Math.floor(Number(n.value)) || 0 }; showWords(); });
    unit.addEventListener('change', () => { r.period = { ...r.period, unit: unit.value }; showWords(); });
    showWords();
    const cadence = h('fieldset', { class: 'cadence-pick' },
      h('legend', null, 'Touch them'),
      h('div', { class: 'cadence-row' }, h('span', { 'aria-hidden': 'true' }, 'every'), n, unit), words, err);
    const auto = field({
      name: `auto-${i}`, label: 'Send by itself when due', value: r.auto,
      options: [['', 'Nothing automatic'], ...templates.map((t) => [t.id, `Template: ${t.name}`])],
      attrs: { id: `tier-${i}-auto` },
    });
    auto.querySelector('select').addEventListener('change', (e) => { r.auto = e.target.value; });
    const moveBtn = (by, text, ic) => h('button', {
      type: 'button', class: 'icon-btn', id: `tier-${i}-${by < 0 ? 'up' : 'down'}`, 'aria-label': `Move ${r.label || 'tier'} ${text}`,
      disabled: i + by < 0 || i + by >= rows.length,
      onclick: () => { rows.splice(i + by, 0, rows.splice(i, 1)[0]); render(`#tier-${i + by}-${by < 0 ? 'up' : 'down'}:not(:disabled), #tier-${i + by}-label`); },
    }, ic);
    return h('li', { class: 'card tier-edit', dataset: { key: r.key } },
      h('div', { class: 'tier-edit-head' },
        h('span', { class: 'tier-pos' }, `${i + 1}.`),
        h('span', { class: 'muted tier-key' }, r.isNew ? 'new tier' : `key ${r.key}`),
        moveBtn(-1, 'up', '↑'), moveBtn(1, 'down', '↓')),
      label, cadence, auto,
      r.isNew ? h('button', { type: 'button', class: 'link-btn', onclick: () => { rows.splice(i, 1); render('#tier-add'); } }, 'Remove this new tier') : null);
  }

  add.addEventListener('click', () => {
    rows.push({ key: null, label: '', period: { n: 6, unit: 'W' }, auto: '', isNew: true });
    render(`#tier-${rows.length - 1}-label`);
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const bad = [];
    rows.forEach((r, i) => {
      if (!r.label.trim()) bad.push({ name: `label-${i}`, reason: 'Give the tier a name.' });
      if (!(r.period.n >= 1 && r.period.n <= 120)) bad.push({ name: `n-${i}`, reason: 'A whole number from 1 to 120.' });
    });
    if (bad.length) { showErrors(form, { message: 'Please fix the highlighted fields.', invalidParams: bad }); return; }
    const taken = rows.filter((r) => r.key).map((r) => r.key);
    const body = rows.map((r) => {
      const key = r.key || keyFor(r.label, taken);
      if (!r.key) taken.push(key);
      return { key, label: r.label.trim(), cadence: periodIso(r.period), autoSendTemplateId: r.auto || null };
    });
    setBusy(save, true, 'Saving…');
    try {
      await putTiers(body);
      toast('Tiers saved');
      ctx.rerender();
    } catch (err) {
      if (err.status === 401) return;
      setBusy(save, false);
      // The API names `tiers[2].cadence`: put it on that row's field.
      const params = (err.invalidParams || []).map((p) => {
        const m = /^tiers\[(\d+)\]\.(\w+)$/.exec(p.name || '');
        if (!m) return p;
        return { ...p, name: `${{ label: 'label', cadence: 'n', key: 'label', autoSendTemplateId: 'auto' }[m[2]] || 'label'}-${m[1]}` };
      });
      showErrors(form, { ...err, message: err.message, invalidParams: params });
    }
  });
  render();
}
