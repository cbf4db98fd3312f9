// Quick add (#/add): name first, everything else optional; queued offline. Loaded on first use.
import { h, mount } from './dom.js';
import { createProspect, getTiers, uuid } from './client.js';
import { sendOrQueue } from './sync.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, tierLabel } from './ui.js';

export async function addView(ctx) {
  const tierSlot = h('div');
  const form = h('form', { class: 'card form', novalidate: true },
    field({ name: 'name', label: 'Name', required: true, attrs: { autocomplete: 'off', autocapitalize: 'words' } }),
    field({ name: 'company', label: 'Company', optional: true, attrs: { autocomplete: 'off' } }),
    field({ name: 'email', label: 'Email', type: 'email', optional: true, attrs: { autocomplete: 'off', inputmode: 'email' } }),
    field({ name: 'phone', label: 'Phone', type: 'tel', optional: true, attrs: { autocomplete: 'off' } }),
    field({ name: 'referredBy', label: 'Referred by', optional: true, attrs: { autocomplete: 'off' }, hint: 'Who introduced you — pick one of your prospects to link them, so you can thank them.' }),
    tierSlot,
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Add prospect'));
  mount(ctx.main, h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Add a prospect')), form);
  // Search as you type among the rep's prospects: the picker loads the first time the field is used.
  const referrer = form.elements.namedItem('referredBy');
  referrer.addEventListener('focus', () => import('./referral/picker.js').then((m) => m.referrerPicker(referrer)), { once: true });

  getTiers().then((tiers) => {
    if (!ctx.alive()) return;
    tierSlot.replaceWith(field({
      name: 'tier', label: 'Tier', value: '', optional: true,
      options: [['', 'Default tier'], ...tiers.map((t) => [t.key, tierLabel(t)])],
    }));
  }).catch(() => {});

  let attempt = null; // {json, key}: resubmitting the same form reuses its idempotency key
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const k of ['name', 'company', 'email', 'phone', 'referredBy', 'tier']) {
      const v = form.elements.namedItem(k)?.value.trim();
      if (v) body[k] = v;
    }
    if (!body.name) {
      showErrors(form, { message: 'Please fill in the highlighted field.', invalidParams: [{ name: 'name', reason: 'A name is required.' }] });
      return;
    }
    if (referrer.dataset.referrerId) body.referredById = referrer.dataset.referrerId; // linked; the name stays as text too
    const json = JSON.stringify(body);
    attempt = attempt?.json === json ? attempt : { json, key: uuid() };
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Adding…');
    clearErrors(form);
    try {
      const r = await sendOrQueue({
        op: { key: attempt.key, kind: 'create', label: body.name, body },
        send: () => createProspect({ ...body, idempotencyKey: attempt.key }),
      });
      const p = r.sent;
      if (r.queued) toast(`Saved offline: ${body.name} — added when you are back online`);
      else toast(`Added ${p?.name ?? body.name}`, p?.id ? { action: { label: 'Open', run: () => { location.hash = `#/prospect/${encodeURIComponent(p.id)}`; } } } : {});
      location.hash = '#/today';
    } catch (err) {
      if (err.status === 401) return;
      setBusy(btn, false);
      showErrors(form, err);
      offerExisting(form, err); // the same e-mail address: open that prospect instead
    }
  });
}

/** A 409 of type duplicate on a form: the e-mail field offers the prospect that has the address. */
export function offerExisting(form, err) {
  const id = err?.problem?.existingId;
  const slot = id && form.querySelector(`#${CSS.escape(form.elements.namedItem('email')?.id || 'none')}-err`);
  if (!slot) return false;
  slot.append(' ', h('a', { href: `#/prospect/${encodeURIComponent(id)}`, class: 'existing-link' }, 'Open the existing prospect'));
  return true;
}
