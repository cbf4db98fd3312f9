// The team's e-mail templates (#/templates, #/templates/new, #/templates/<id>): list, create, edit with a live
// preview of the merge fields, delete. Any member may write them (the API refuses unknown merge fields).
// Loaded on first use.
import { h, mount, icon, screenStyles } from './dom.js';
import { request, cachedMe } from './client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, errorBox } from './ui.js';
import { merge } from './mail.js';

const enc = encodeURIComponent;
const FIELDS = ['prospect.firstName', 'prospect.name', 'prospect.company', 'rep.name', 'relevantInfo'];
const SAMPLE = { prospect: { name: 'Grace Hopper', company: 'US Navy' }, relevantInfo: 'Your COBOL talk is on our reading list.' };

/** Merge fields the server would refuse: anything but FIELDS between double braces. */
export const unknownFields = (text) => [...String(text ?? '').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]).filter((f) => !FIELDS.includes(f));

export async function templatesView(ctx) {
  const head = h('div', { class: 'page-head' },
    h('div', null, h('h1', { tabindex: '-1' }, 'Email templates'), h('p', { class: 'sub' }, 'Shared by your team. Sent from a prospect’s page.')),
    h('a', { class: 'btn btn-primary', href: '#/templates/new', id: 'template-new' }, icon('add'), h('span', null, 'New')));
  mount(ctx.main, head, h('p', { class: 'loading' }, 'Loading…'));
  let items;
  try {
    [items] = await Promise.all([request('GET', '/api/templates').then((d) => d?.items ?? []), screenStyles()]);
  } catch (e) {
    if (ctx.alive() && e.status !== 401) mount(ctx.main, head, errorBox(e, () => ctx.rerender()));
    return;
  }
  if (!ctx.alive()) return;
  mount(ctx.main, head, items.length
    ? h('ul', { class: 'rows', id: 'template-list' }, items.map((t) => h('li', { class: 'row', dataset: { id: t.id } },
      h('a', { class: 'row-main', href: `#/templates/${enc(t.id)}` },
        h('span', { class: 'name' }, t.name),
        h('span', { class: 'row-meta' }, t.subject),
        t.needsRelevantInfo ? h('span', { class: 'row-why' }, 'Needs the one relevant thing') : null))))
    : h('div', { class: 'empty' }, h('p', null, 'No templates yet.'),
      h('p', { class: 'muted' }, 'A good one is short, personal and has one relevant fact: {{relevantInfo}}.')));
}

/** The editor; `id` is "new" for a new template. */
export async function templateView(ctx, id) {
  const isNew = id === 'new';
  const back = h('a', { class: 'back-btn', href: '#/templates' }, icon('back'), h('span', null, 'Templates'));
  mount(ctx.main, back, h('h1', { tabindex: '-1' }, isNew ? 'New template' : 'Edit template'), h('p', { class: 'loading' }, 'Loading…'));
  let t = { name: '', subject: '', bodyText: 'Hi {{prospect.firstName}},\n\n{{relevantInfo}}\n\nBest,\n{{rep.name}}' };
  let me = null;
  try {
    [t, me] = await Promise.all([isNew ? t : request('GET', `/api/templates/${enc(id)}`), cachedMe().catch(() => null), screenStyles()]);
  } catch (e) {
    if (ctx.alive() && e.status !== 401) mount(ctx.main, back, h('h1', { tabindex: '-1' }, 'Template'), errorBox(e));
    return;
  }
  if (!ctx.alive()) return;

  const form = h('form', { class: 'card form template-form', novalidate: true },
    field({ name: 'name', label: 'Name', value: t.name, required: true, attrs: { id: 'tpl-name', autocomplete: 'off' }, hint: 'Only your team sees it.' }),
    field({ name: 'subject', label: 'Subject', value: t.subject, required: true, attrs: { id: 'tpl-subject', autocomplete: 'off' } }),
    field({ name: 'bodyText', label: 'Message', type: 'textarea', value: t.bodyText, required: true, attrs: { id: 'tpl-body', rows: 9 } }));
  const subject = form.elements.namedItem('subject');
  const body = form.elements.namedItem('bodyText');
  let target = body; // where a merge-field chip goes: the last of subject and message that had focus
  subject.addEventListener('focus', () => { target = subject; });
  body.addEventListener('focus', () => { target = body; });
  const chips = h('div', { class: 'merge-chips', role: 'group', 'aria-label': 'Insert a merge field' },
    FIELDS.map((f) => h('button', {
      type: 'button', class: 'chip merge-chip', dataset: { field: f },
      onclick: () => {
        const at = target.selectionStart ?? target.value.length;
        target.setRangeText(`{{${f}}}`, at, target.selectionEnd ?? at, 'end');
        target.focus();
        target.dispatchEvent(new Event('input', { bubbles: true }));
      },
    }, `{{${f}}}`)));
  const pvSubject = h('p', { class: 'pv-subject', id: 'tpl-preview-subject' });
  const pvBody = h('p', { class: 'pv-body', id: 'tpl-preview-body' });
  const warn = h('p', { class: 'field-error', id: 'tpl-unknown', role: 'status', hidden: true });
  const preview = h('div', { class: 'mail-preview', id: 'tpl-preview' },
    h('p', { class: 'pv-to' }, `To Grace Hopper (US Navy), from ${me?.name || 'you'}`), pvSubject, pvBody);
  const update = () => {
    const vals = { ...SAMPLE, rep: me || { name: 'You' } };
    pvSubject.textContent = merge(subject.value, vals) || '(no subject)';
    pvBody.textContent = merge(body.value, vals);
    const unknown = [...unknownFields(subject.value), ...unknownFields(body.value)];
    warn.hidden = !unknown.length;
    warn.textContent = unknown.length ? `Not a merge field: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Use the buttons above.` : '';
  };
  subject.addEventListener('input', update);
  body.addEventListener('input', update);
  update();

  const save = h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'tpl-save' }, isNew ? 'Create template' : 'Save template');
  const del = isNew ? null : h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'tpl-delete' }, 'Delete template…');
  form.append(h('p', { class: 'pv-label' }, 'Merge fields'), chips, warn,
    h('p', { class: 'pv-label' }, 'Preview'), preview, formError(), save);
  mount(ctx.main, back, h('h1', { tabindex: '-1' }, isNew ? 'New template' : 'Edit template'), form, del);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const draft = { name: form.elements.namedItem('name').value.trim(), subject: subject.value.trim(), bodyText: body.value.trim() };
    if (t.bodyHtml) draft.bodyHtml = t.bodyHtml;
    const missing = Object.entries(draft).filter(([k, v]) => k !== 'bodyHtml' && !v).map(([k]) => ({ name: k, reason: 'Required.' }));
    if (missing.length) { showErrors(form, { message: 'Please fill in the highlighted fields.', invalidParams: missing }); return; }
    setBusy(save, true, 'Saving…');
    clearErrors(form);
    try {
      const saved = isNew ? await request('POST', '/api/templates', { body: draft })
        : await request('PUT', `/api/templates/${enc(id)}`, { body: draft, headers: { 'If-Match': String(t.version) } });
      toast(isNew ? `Created “${saved.name}”` : 'Template saved');
      location.hash = '#/templates';
    } catch (err) {
      if (err.status === 401) return;
      setBusy(save, false);
      if (err.status === 409) {
        showErrors(form, { message: 'Changed by someone else since you opened it. Your text is still here: copy what you need, then reload.', invalidParams: [] });
        return;
      }
      showErrors(form, err);
    }
  });

  del?.addEventListener('click', async () => {
    const { confirmDialog } = await import('./confirm.js');
    if (!await confirmDialog({ title: `Delete “${t.name}”?`, text: 'Your team can no longer send it. E-mails already sent stay sent.', confirm: 'Delete template', danger: true })) return;
    try {
      await request('DELETE', `/api/templates/${enc(id)}`);
      toast(`Deleted “${t.name}”`);
      location.hash = '#/templates';
    } catch (err) {
      if (err.status !== 401) toast(err.message, { error: true });
    }
  });
}
