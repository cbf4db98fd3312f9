// The prospect's details: source, referrer, tags, added on, notes, and the form that edits them. An edit
// overtaken by another device keeps what the rep typed (the page merges it, prospect/merge.js); where both
// changed the same field, this form shows the choice.
import { h, fact, fmtDay, mount } from '../dom.js';
import { field, formError, showErrors, toast, counted, tooLong, tooLongReason, NOTES_MAX } from '../ui.js';

const EDITABLE = [
  ['name', 'Name', 'text', { autocomplete: 'off' }],
  ['company', 'Company', 'text', {}],
  ['title', 'Job title', 'text', {}],
  ['email', 'Email', 'email', { autocomplete: 'off' }],
  ['phone', 'Phone', 'tel', { autocomplete: 'off' }],
  ['source', 'Source', 'text', {}],
  ['referredBy', 'Referred by', 'text', {}],
  ['tags', 'Tags', 'text', {}],
  ['notes', 'Notes', 'textarea', { rows: 4 }],
];
export const FIELD_LABELS = Object.fromEntries(EDITABLE.map(([k, l]) => [k, l]));

const tagsOf = (p) => (Array.isArray(p.tags) ? p.tags : []);

/** saveEdit(changes, {form, btn}): the page's PATCH of the changed fields, merged on a conflict. */
export function detailsSection(p, saveEdit) {
  const facts = [
    p.source ? fact('Source', p.source) : null,
    p.referredBy ? fact('Referred by', p.referredBy) : null,
    tagsOf(p).length ? fact('Tags', p.tags.join(', ')) : null,
    p.createdOn ? fact('Added', fmtDay(p.createdOn)) : null,
  ].filter(Boolean);
  return h('section', { class: 'card', 'aria-labelledby': 'h-details' },
    h('h2', { id: 'h-details' }, 'Details'),
    facts.length ? h('dl', { class: 'facts' }, facts) : null,
    p.notes ? h('p', { class: 'notes' }, p.notes) : null,
    h('details', { class: 'edit-details', id: 'edit-details' }, h('summary', null, 'Edit details'), editForm(p, saveEdit)));
}

function editForm(p, saveEdit) {
  const form = h('form', { class: 'edit', novalidate: true, id: 'edit-form' });
  for (const [name, label, type, attrs] of EDITABLE) {
    const value = name === 'tags' ? tagsOf(p).join(', ') : p[name];
    const f = field({ name, label, type, value, required: name === 'name', optional: name !== 'name', attrs, hint: name === 'tags' ? 'Separate with commas' : null });
    if (name === 'notes') f.append(counted(f.querySelector('textarea'), NOTES_MAX));
    form.append(f);
  }
  // "Referred by" searches the rep's prospects as on Add (picking links referredById; editing the text unlinks).
  const referrer = form.elements.namedItem('referredBy');
  if (p.referredById) referrer.dataset.referrerId = p.referredById;
  referrer.addEventListener('focus', () => import('../referral/picker.js').then((m) => m.referrerPicker(referrer)), { once: true });
  const save = h('button', { type: 'submit', class: 'btn btn-primary', id: 'edit-save' }, 'Save changes');
  form.append(h('div', { class: 'clashes', id: 'clashes', hidden: true }), formError(), save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes = changedFields(p, form);
    if ('name' in changes && !changes.name) {
      showErrors(form, { message: 'Please fix the highlighted field.', invalidParams: [{ name: 'name', reason: 'A name is required.' }] });
      return;
    }
    if (tooLong(form.elements.namedItem('notes'), NOTES_MAX)) {
      showErrors(form, { message: 'Please fix the highlighted field.', invalidParams: [{ name: 'notes', reason: tooLongReason(NOTES_MAX) }] });
      return;
    }
    if (!Object.keys(changes).length) { toast('No changes to save'); return; }
    saveEdit(changes, { form, btn: save });
  });
  return form;
}

/** The fields that differ from the prospect: emptied ones as null, tags as a list. */
function changedFields(p, form) {
  const changes = {};
  for (const [name] of EDITABLE) {
    const raw = form.elements.namedItem(name).value.trim();
    if (name === 'tags') {
      const tags = raw ? raw.split(',').map((t) => t.trim()).filter(Boolean) : [];
      if (tags.join('\u0000') !== tagsOf(p).join('\u0000')) changes.tags = tags;
    } else if (raw !== (p[name] ?? '')) {
      changes[name] = raw === '' ? null : raw;
    }
  }
  const linked = form.elements.namedItem('referredBy').dataset.referrerId || null;
  if (linked !== (p.referredById ?? null)) changes.referredById = linked;
  return changes;
}

const shown = (v) => (Array.isArray(v) ? v.join(', ') : v == null || v === '' ? '(empty)' : String(v));

/**
 * Another device changed fields the rep changed too: one choice per field (yours or theirs), then
 * onChoose({field: 'mine'|'theirs'}) saves; Discard gives up the rep's edit. The form keeps its text.
 */
export function showClashes(form, clashes, onChoose, onDiscard) {
  const box = form.querySelector('#clashes');
  const choices = clashes.map((c, i) => h('fieldset', { class: 'clash' },
    h('legend', null, FIELD_LABELS[c.field] || c.field),
    ['mine', 'theirs'].map((side) => h('label', { class: 'clash-option' },
      h('input', { type: 'radio', name: `clash-${i}`, value: side, checked: side === 'mine', dataset: { field: c.field } }),
      h('span', null, h('span', { class: 'k' }, side === 'mine' ? 'Yours: ' : 'Other device: '), shown(c[side]))))));
  const save = h('button', { type: 'button', class: 'btn btn-primary btn-block', id: 'clash-save' }, 'Save with these choices');
  const discard = h('button', { type: 'button', class: 'btn btn-block', id: 'clash-discard' }, 'Discard my changes');
  save.addEventListener('click', () => {
    const picked = {};
    for (const r of box.querySelectorAll('input[type=radio]:checked')) picked[r.dataset.field] = r.value;
    box.hidden = true;
    onChoose(picked);
  });
  discard.addEventListener('click', () => { box.hidden = true; onDiscard(); });
  mount(box, h('p', { class: 'clash-head', role: 'alert' },
    `Changed on another device while you were editing. Your other changes are kept; choose for ${clashes.length === 1 ? 'this field' : 'these fields'}:`),
  choices, h('div', { class: 'sheet-actions' }, save, discard));
  box.hidden = false;
  box.scrollIntoView({ block: 'center' }); // above the fixed "Log a touch" bar
  box.querySelector('input')?.focus({ preventScroll: true });
}
