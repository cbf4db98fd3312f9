// Warm signals in the app (DESIGN 7.1): why a prospect is sales-ready (on Today and on the prospect page),
// the prospect's timeline (touches and signals, newest first) and "Record a signal". Loaded on first use:
// it costs nothing on the first load.
import { h, mount, icon, fmtInstant } from './dom.js';
import { request, uuid } from './client.js';
import { channelLabel, outcomeLabel, field, formError, showErrors, setBusy, toast } from './ui.js';

export const SIGNAL_TYPES = [
  ['booth_visit', 'Booth visit'], ['demo_request', 'Demo request'], ['pricing_page_visit', 'Pricing page visit'],
  ['rfp_request', 'RFP request'], ['webinar_attended', 'Webinar attended'], ['webinar_registered', 'Webinar registration'],
  ['ebook_download', 'E-book download'], ['newsletter_click', 'Newsletter click'], ['website_chat', 'Website chat'],
  ['inbound_email', 'Inbound e-mail'], ['linkedin_engagement', 'LinkedIn engagement'], ['other', 'Other'],
];
const WINDOW_MS = 30 * 24 * 3600 * 1000;
const path = (id, what) => `/api/prospects/${encodeURIComponent(id)}/${what}`;
const label = (s) => s.label || SIGNAL_TYPES.find(([k]) => k === s.type)?.[1] || s.type;

/** "Demo request, Webinar attended · 3 signals in 30 days": the kinds, newest first, of the last 30 days. */
export function whyText(signals, now = Date.now()) {
  const recent = signals.filter((s) => now - Date.parse(s.at) < WINDOW_MS).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (!recent.length) return '';
  const kinds = [...new Set(recent.map(label))];
  return `${kinds.join(', ')} · ${recent.length} ${recent.length === 1 ? 'signal' : 'signals'} in 30 days`;
}

/** Today: the sales-ready prospects first, each with why (fetched per prospect; there are rarely many). */
export function readyStrip(slot, entries) {
  const items = entries.map((e) => {
    const why = h('p', { class: 'why', id: `why-${e.id}` }, 'Why: …');
    request('GET', path(e.id, 'signals'))
      .then((d) => { why.textContent = `Why: ${whyText(d?.items ?? []) || 'warm signals'}`; })
      .catch(() => { why.textContent = ''; });
    return h('li', { dataset: { id: e.id } },
      h('a', { href: `#/prospect/${encodeURIComponent(e.id)}`, class: 'ready-link' },
        h('span', { class: 'name' }, e.name ?? ''), e.company ? h('span', { class: 'company' }, ` · ${e.company}`) : null),
      why);
  });
  mount(slot, h('section', { class: 'ready-strip', id: 'ready-strip', 'aria-labelledby': 'h-ready' },
    h('h2', { id: 'h-ready' }, 'Sales ready — call now', h('span', { class: 'count' }, String(entries.length))),
    h('ul', { class: 'ready-list' }, items)));
}

function entryItem(e) {
  const signal = e.kind === 'signal';
  const what = signal ? `${label(e)}${e.source === 'manual' ? ' · recorded by hand' : ''}` : `${channelLabel(e.channel)} · ${outcomeLabel(e.outcome)}`;
  const text = signal ? e.detail : e.note;
  const safeUrl = signal && /^https?:\/\//i.test(e.url || '') ? e.url : null;
  return h('li', { class: signal ? 'touch signal' : 'touch', dataset: { kind: e.kind } },
    h('span', { class: 'touch-icon' }, icon(signal ? 'event' : e.channel)),
    h('div', null,
      h('p', { class: 'touch-what' }, what),
      h('p', { class: 'touch-when' }, fmtInstant(e.at)),
      text ? h('p', { class: 'touch-note' }, text) : null,
      safeUrl ? h('a', { class: 'signal-url', href: safeUrl, rel: 'noopener noreferrer', target: '_blank' }, 'Open the page they saw') : null));
}

/**
 * The prospect page's card: why it is sales-ready, the timeline, and "Record a signal".
 * getProspect() is the page's current prospect; onRecorded(prospect) shows the prospect a signal moved.
 * Returns {refresh}, which the page calls when something else (a touch) changed the prospect.
 */
export function prospectSignals(slot, getProspect, onRecorded) {
  const why = h('p', { class: 'why', id: 'why', hidden: true });
  const list = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading…'));
  const record = h('button', { type: 'button', class: 'btn btn-block', id: 'record-signal', onclick: () => openSheet() }, 'Record a signal');
  mount(slot, h('section', { class: 'card', 'aria-labelledby': 'h-timeline' },
    h('h2', { id: 'h-timeline' }, 'Timeline — touches and signals'), why, list, record));

  async function refresh() {
    let items;
    try {
      items = (await request('GET', path(getProspect().id, 'timeline')))?.items ?? [];
    } catch (e) {
      if (e.status !== 401) mount(list, h('p', { class: 'muted' }, e.offline ? 'The timeline needs a connection.' : e.message));
      return;
    }
    const reason = getProspect().salesReady ? whyText(items.filter((i) => i.kind === 'signal')) : '';
    why.textContent = reason ? `Sales ready — ${reason}` : '';
    why.hidden = !reason;
    mount(list, items.length ? h('ol', { class: 'history', id: 'timeline' }, items.slice(0, 50).map(entryItem))
      : h('p', { class: 'muted', id: 'timeline-empty' }, 'No touches or signals yet.'));
  }

  function openSheet() {
    const dlg = document.getElementById('sheet');
    const p = getProspect();
    let key = uuid(); // kept while the same form is retried, so a retry never records twice
    const form = h('form', { class: 'sheet-body form', novalidate: true },
      h('div', { class: 'sheet-head' },
        h('div', null, h('h2', { id: 'sheet-title' }, 'Record a signal'), h('p', { class: 'sheet-sub' }, p.name || '')),
        h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close', onclick: () => dlg.close() }, '✕')),
      field({ name: 'type', label: 'What did they do?', options: SIGNAL_TYPES, value: 'booth_visit', required: true }),
      field({ name: 'detail', label: 'Detail', type: 'textarea', optional: true, attrs: { maxlength: 500, placeholder: 'e.g. asked for pricing at the booth' } }),
      formError(),
      h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Record'));
    form.addEventListener('input', () => { key = uuid(); });
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const btn = form.querySelector('button[type=submit]');
      const body = { type: form.elements.type.value, idempotencyKey: key };
      const detail = form.elements.detail.value.trim();
      if (detail) body.detail = detail;
      setBusy(btn, true, 'Recording…');
      try {
        const res = await request('POST', path(p.id, 'signals'), { body });
        dlg.close();
        toast(res.prospect?.salesReady && !p.salesReady ? 'Recorded — they are sales ready now' : 'Signal recorded');
        onRecorded(res.prospect);
        refresh();
      } catch (e) {
        setBusy(btn, false);
        if (e.status !== 401) showErrors(form, e);
      }
    });
    mount(dlg, form);
    dlg.setAttribute('aria-labelledby', 'sheet-title');
    if (!dlg.open) dlg.showModal();
    form.elements.type.focus({ preventScroll: true });
  }

  refresh();
  return { refresh };
}
