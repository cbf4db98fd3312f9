// The referral ask that comes before a prospect is marked lost.
import { h, mount } from '../dom.js';
import { createProspect, uuid } from '../client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, CHANNELS } from '../ui.js';

/**
 * Before a prospect is marked lost: ask for a referral in the page's own dialog (never window.prompt).
 * "Add and mark lost" creates the referral (referredById = this prospect, its name as referredBy) first and logs the ask (which moves
 * the lost deal to nurture); "Skip" just marks it lost, due today for the ask;
 * closing the dialog changes nothing.
 */
export function askReferral(p, markLost) {
  const dlg = document.getElementById('sheet');
  const key = uuid(); // one referral per dialog, even if "Add" is pressed twice or retried
  const form = h('form', { class: 'referral', novalidate: true },
    field({ name: 'name', label: 'Their name', attrs: { id: 'ref-name', autocomplete: 'off', autocapitalize: 'words' } }),
    field({ name: 'company', label: 'Company', optional: true, attrs: { id: 'ref-company', autocomplete: 'off' }, value: p.company || '' }),
    field({ name: 'email', label: 'Email', type: 'email', optional: true, attrs: { id: 'ref-email', autocomplete: 'off', inputmode: 'email' } }),
    field({ name: 'channel', label: 'You asked by', value: 'call', options: CHANNELS, attrs: { id: 'ref-channel' } }),
    formError(),
    h('div', { class: 'sheet-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'ref-add' }, 'Add referral and mark lost'),
      h('button', { type: 'button', class: 'btn btn-block', id: 'ref-skip', onclick: () => { dlg.close(); markLost(); } }, 'No referral — mark lost')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { referredBy: p.name || '', referredById: p.id }; // the link, and the name as it was
    const channel = form.elements.namedItem('channel').value;
    for (const k of ['name', 'company', 'email']) {
      const v = form.elements.namedItem(k).value.trim();
      if (v) body[k] = v;
    }
    if (!body.name) {
      showErrors(form, { message: 'Add their name, or choose “No referral”.', invalidParams: [{ name: 'name', reason: 'Whom did they refer you to?' }] });
      return;
    }
    const btn = form.querySelector('#ref-add');
    setBusy(btn, true, 'Adding…');
    clearErrors(form);
    try {
      const r = await createProspect({ ...body, idempotencyKey: key });
      dlg.close();
      toast(`Added ${r?.name ?? body.name}, referred by ${p.name ?? 'them'}`);
      markLost({ channel, name: body.name, key: `${key}-ask` });
    } catch (err) {
      setBusy(btn, false);
      if (err.status === 401) { dlg.close(); return; }
      showErrors(form, err);
    }
  });
  mount(dlg, h('div', { class: 'sheet-body' },
    h('div', { class: 'sheet-head' },
      h('div', null,
        h('h2', { id: 'sheet-title' }, 'Who else should you talk to?'),
        h('p', { class: 'sheet-sub' }, `Before marking ${p.name || 'them'} lost, ask for a referral.`)),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => dlg.close() }, '✕')),
    form));
  dlg.dataset.step = 'referral';
  if (!dlg.open) dlg.showModal();
  form.querySelector('#ref-name').focus();
}
