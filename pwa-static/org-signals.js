// Settings for managers: the team's signal webhook (its address, a secret shown once) and the
// sales-ready rule. Loaded on first use, and only for managers.
import { h, mount, fmtInstant } from './dom.js';
import { request } from './client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, errorBox } from './ui.js';

/** A read-only value with a Copy button (the clipboard, or the text selected when it is not allowed). */
function copyable(id, labelText, value) {
  const input = h('input', { id, type: 'text', readonly: true, value, 'aria-describedby': `${id}-hint` });
  const copy = h('button', {
    type: 'button', class: 'btn', 'aria-label': `Copy ${labelText.toLowerCase()}`,
    onclick: async () => {
      try { await navigator.clipboard.writeText(input.value); toast('Copied'); } catch { input.select(); toast('Selected — copy it with your keyboard'); }
    },
  }, 'Copy');
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), h('div', { class: 'inline copy' }, input, copy));
}

function webhookCard(hook) {
  const card = h('section', { class: 'card', id: 'webhook-card', 'aria-labelledby': 'h-webhook' });
  const secretSlot = h('div', { id: 'secret-slot' });
  const state = h('p', { class: 'hint', id: 'webhook-url-hint' });
  const rotate = h('button', { type: 'button', class: 'btn btn-block', id: 'rotate-secret' });
  const show = () => {
    state.textContent = hook.configured ? `A secret is set (since ${fmtInstant(hook.rotatedAt)}). It is never shown again.`
      : 'No secret yet: create one, then give it and this address to your marketing tool.';
    rotate.textContent = hook.configured ? 'Rotate the secret' : 'Create a secret';
  };
  const doRotate = async () => {
    setBusy(rotate, true, 'Rotating…');
    try {
      const r = await request('POST', '/api/org/webhook-secret');
      hook = { ...hook, configured: true, rotatedAt: r.rotatedAt };
      mount(secretSlot, h('div', { class: 'secret-once', role: 'status' },
        copyable('webhook-secret', 'Secret', r.secret),
        h('p', { class: 'hint', id: 'webhook-secret-hint' }, 'Shown once — copy it now. Sign each request with it: Carousel-Signature: t=<unix seconds>,v1=<HMAC-SHA256 of "t.body">.')));
      setBusy(rotate, false);
      show();
      toast('New secret made; the old one no longer works');
    } catch (e) {
      setBusy(rotate, false);
      if (e.status !== 401) mount(secretSlot, errorBox(e));
    }
  };
  rotate.onclick = () => {
    if (!hook.configured) { doRotate(); return; }
    mount(secretSlot, h('div', { class: 'form-error', role: 'alert' },
      h('p', null, 'The current secret stops working at once: your marketing tool needs the new one.'),
      h('button', { type: 'button', class: 'btn btn-danger btn-block', id: 'rotate-confirm', onclick: doRotate }, 'Rotate now')));
  };
  show();
  return mount(card, h('h2', { id: 'h-webhook' }, 'Signal webhook'),
    copyable('webhook-url', 'Webhook address', hook.url), state, secretSlot, rotate);
}

function scoringCard(rule) {
  const high = new Set(rule.highIntent);
  const boxes = h('fieldset', { class: 'types' }, h('legend', null, 'Ready at once on any one of'),
    rule.types.map((t) => field({ name: 'highIntent', label: t.label, type: 'checkbox', value: high.has(t.type), attrs: { value: t.type, id: `hi-${t.type}` } })));
  const form = h('form', { class: 'card form', id: 'scoring-form', novalidate: true },
    h('h2', null, 'Sales-ready rule'),
    h('p', { class: 'hint' }, 'Sales ready when, within the window, enough signals of enough kinds came in, or any one high-intent signal.'),
    h('div', { class: 'numbers' },
      field({ name: 'windowDays', label: 'Window (days)', type: 'number', value: rule.windowDays, required: true, attrs: { min: 1, max: 365, inputmode: 'numeric' } }),
      field({ name: 'minSignals', label: 'Signals', type: 'number', value: rule.minSignals, required: true, attrs: { min: 1, max: 50, inputmode: 'numeric' } }),
      field({ name: 'minTypes', label: 'Of kinds', type: 'number', value: rule.minTypes, required: true, attrs: { min: 1, max: 12, inputmode: 'numeric' } })),
    boxes, formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Save the rule'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const num = (v) => (v.trim() === '' ? null : Number(v));
    const body = {
      windowDays: num(f.windowDays.value), minSignals: num(f.minSignals.value), minTypes: num(f.minTypes.value),
      highIntent: [...form.querySelectorAll('input[name=highIntent]:checked')].map((c) => c.value),
    };
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Saving…');
    clearErrors(form);
    try {
      await request('PUT', '/api/org/scoring', { body });
      setBusy(btn, false);
      toast('Sales-ready rule saved');
    } catch (e) {
      setBusy(btn, false);
      if (e.status !== 401) showErrors(form, e);
    }
  });
  return form;
}

/** Fills the Settings slot with the webhook and scoring cards (managers only; a rep's 403 shows nothing). */
export async function signalSettings(slot) {
  let hook;
  let rule;
  try {
    [hook, rule] = await Promise.all([request('GET', '/api/org/webhook'), request('GET', '/api/org/scoring')]);
  } catch (e) {
    if (e.status !== 401 && e.status !== 403) mount(slot, errorBox(e));
    return;
  }
  mount(slot, webhookCard(hook), scoringCard(rule));
}
