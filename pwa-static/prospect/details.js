// The prospect's details: source, referrer, tags, added on, notes, and the form that edits them.
import { h, fact, fmtDay } from '../dom.js';
import { field, formError, showErrors, toast } from '../ui.js';

const EDITABLE = [
  ['name', 'Name', 'text', { autocomplete: 'off' }],
  ['company', 'Company', 'text', {}],
  ['title', 'Job title', 'text', {}],
  ['email', 'Email', 'email', { autocomplete: 'off' }],
  ['phone', 'Phone', 'tel', { autocomplete: 'off' }],
  ['source', 'Source', 'text', {}],
  ['referredBy', 'Referred by', 'text', {}],
  ['tags', 'Tags', 'text', {}],
  ['notes', 'Notes', 'textarea', {}],
];

const tagsOf = (p) => (Array.isArray(p.tags) ? p.tags : []);

/** update(changes, okMsg, {form, btn}): the page's PATCH; only changed fields are sent. */
export function detailsSection(p, update) {
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
    h('details', { class: 'edit-details' }, h('summary', null, 'Edit details'), editForm(p, update)));
}

function editForm(p, update) {
  const form = h('form', { class: 'edit', novalidate: true });
  for (const [name, label, type, attrs] of EDITABLE) {
    const value = name === 'tags' ? tagsOf(p).join(', ') : p[name];
    form.append(field({ name, label, type, value, required: name === 'name', optional: name !== 'name', attrs, hint: name === 'tags' ? 'Separate with commas' : null }));
  }
  // "Referred by" searches the rep's prospects as on Add (picking links referredById; editing the text unlinks).
  const referrer = form.elements.namedItem('referredBy');
  if (p.referredById) referrer.dataset.referrerId = p.referredById;
  referrer.addEventListener('focus', () => import('../referral/picker.js').then((m) => m.referrerPicker(referrer)), { once: true });
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save changes');
  form.append(formError(), save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const changes = changedFields(p, form);
    if ('name' in changes && !changes.name) {
      showErrors(form, { message: 'Please fix the highlighted field.', invalidParams: [{ name: 'name', reason: 'A name is required.' }] });
      return;
    }
    if (!Object.keys(changes).length) { toast('No changes to save'); return; }
    update(changes, 'Saved', { form, btn: save });
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
