// Templated e-mail touches (send form with a live preview) and the outbox screen.
import { h, mount, fmtInstant } from './dom.js';
import {
  getTemplates, sendTemplate, getOutbox, cachedMe, getTiers, getProspect, uuid,
} from './client.js';
import { cachedProspect } from './session.js';
import {
  field, formError, showErrors, clearErrors, setBusy, toast, errorBox, channelLabel, outcomeLabel, counted, tooLong, tooLongReason, NOTE_MAX,
} from './ui.js';
import { queuedOps, onOutbox, describeOp, resolveOp, isOffline } from './sync.js';

export const MAIL_STATUS = {
  queued: 'Queued', sending: 'Sending', sent: 'Sent', skipped: 'Skipped',
  suppressed: 'Not sent (unsubscribed or bounced)', failed: 'Failed', uncertain: 'Unknown — check before resending',
};
const POLL_MS = [300, 600, 1000, 1500, 2500]; // then every 4 s
const POLL_MAX = 25;

/** Fills the template's merge fields for the preview. The server does the real merge when it sends. */
export function merge(text, { prospect, rep, relevantInfo }) {
  const name = String(prospect?.name ?? '').trim();
  const values = {
    'prospect.name': name,
    'prospect.firstName': name.split(/\s+/)[0] || '',
    'prospect.company': prospect?.company ?? '',
    'rep.name': rep?.name ?? '',
    relevantInfo: relevantInfo ?? '',
  };
  return String(text ?? '').replace(/\{\{\s*([\w.]+)\s*\}\}/g, (m, k) => (k in values ? values[k] : m));
}

const usesInfo = (t) => !!t && (t.needsRelevantInfo ?? /\{\{\s*relevantInfo\s*\}\}/.test(`${t.subject}${t.bodyText}${t.bodyHtml ?? ''}`));

function statusChip(status) {
  return h('span', { class: `chip mail-${status}` }, MAIL_STATUS[status] || status);
}

/** Outbox items, with a poll while some are still queued or sending. Calls show(items) each time. */
function watchOutbox(ctx, show, onError) {
  let n = 0;
  let timer = null;
  const stop = () => clearTimeout(timer);
  async function tick() {
    let items;
    try {
      const d = await getOutbox();
      items = Array.isArray(d?.items) ? d.items : [];
    } catch (e) {
      if (ctx.alive() && e.status !== 401) onError?.(e);
      return;
    }
    if (!ctx.alive()) return;
    show(items);
    if (items.some((i) => i.status === 'queued' || i.status === 'sending') && ++n < POLL_MAX) timer = setTimeout(tick, POLL_MS[n - 1] ?? 4000);
  }
  return { refresh: () => { stop(); n = 0; return tick(); }, stop };
}

function mailRow(item, templates, prospectName) {
  const t = templates.find((x) => x.id === item.templateId);
  return h('li', { class: 'mail', dataset: { id: item.id, status: item.status } },
    h('div', { class: 'mail-top' },
      h('span', { class: 'mail-what' }, t?.name || (item.kind === 'digest' ? 'Daily digest' : 'Template')),
      statusChip(item.status)),
    prospectName ? h('a', { class: 'mail-to', href: `#/prospect/${encodeURIComponent(item.prospectId)}` }, prospectName) : null,
    h('p', { class: 'mail-when' }, fmtInstant(item.updatedAt || item.createdAt)),
    item.detail ? h('p', { class: 'mail-detail' }, item.detail) : null);
}

// ---- the send form on the prospect page --------------------------------------------------------

/**
 * A card to send one templated e-mail to this prospect, and the e-mails sent to them. onSent() is called
 * when one of them turns "sent" while the page is open: its touch is in the history then.
 */
export function sendCard(ctx, prospect, { onSent } = {}) {
  const body = h('div', null, h('p', { class: 'muted' }, 'Loading templates…'));
  const sentList = h('ul', { class: 'mails', id: 'prospect-mails' });
  const card = h('section', { class: 'card', 'aria-labelledby': 'h-send', id: 'send-card' },
    h('h2', { id: 'h-send' }, 'Send an email'), body, sentList);
  let templates = [];
  let sent = null; // ids of this prospect's mails seen as sent (null before the first look)
  const watch = watchOutbox(ctx, (items) => {
    const mine = items.filter((i) => i.prospectId === prospect.id);
    mount(sentList, mine.map((i) => mailRow(i, templates)));
    const now = new Set(mine.filter((i) => i.status === 'sent').map((i) => i.id));
    if (sent && [...now].some((id) => !sent.has(id))) onSent?.();
    sent = now;
  });

  if (!prospect.email) {
    mount(body, h('p', { class: 'muted' }, 'Add an email address under “Edit details” to send a template.'));
    return card;
  }
  if (isOffline()) {
    mount(body, h('p', { class: 'muted' }, 'You are offline: templated emails are sent once you are back online.'));
    return card;
  }

  Promise.all([getTemplates(), cachedMe().catch(() => null)]).then(([d, me]) => {
    if (!ctx.alive()) return;
    templates = Array.isArray(d?.items) ? d.items : [];
    if (!templates.length) {
      mount(body, h('p', { class: 'muted' }, 'No templates yet. Your manager can add them.'));
      return;
    }
    mount(body, form(me));
    watch.refresh();
  }).catch((e) => {
    if (ctx.alive() && e.status !== 401) mount(body, errorBox(e));
  });

  function form(me) {
    const f = h('form', { class: 'send-form', novalidate: true });
    const tplField = field({ name: 'templateId', label: 'Template', options: templates.map((t) => [t.id, t.name]), attrs: { id: 'send-template' } });
    const infoField = field({
      name: 'relevantInfo', label: 'The one relevant thing', type: 'textarea',
      hint: 'An article, a competitor’s move, a new role — it fills the template’s relevant-info slot.',
      attrs: { id: 'send-info', rows: 3 },
    });
    infoField.append(counted(infoField.querySelector('textarea'), NOTE_MAX));
    const select = tplField.querySelector('select');
    const info = infoField.querySelector('textarea');
    const pvSubject = h('p', { class: 'pv-subject', id: 'preview-subject' });
    const pvBody = h('p', { class: 'pv-body', id: 'preview-body' });
    const preview = h('div', { class: 'mail-preview', id: 'send-preview', 'aria-label': 'Preview' },
      h('p', { class: 'pv-to' }, h('span', { class: 'k' }, 'To '), prospect.email),
      pvSubject, pvBody);
    const send = h('button', { type: 'submit', class: 'btn btn-primary btn-block', id: 'send-btn' }, 'Send email');
    let attempt = null; // {templateId, info, key}: a retry of the same mail reuses its idempotency key

    const tpl = () => templates.find((t) => t.id === select.value);
    function update() {
      const t = tpl();
      const needs = usesInfo(t);
      info.required = needs;
      infoField.querySelector('label .opt')?.remove();
      if (!needs) infoField.querySelector('label').append(h('span', { class: 'opt' }, ' (not used by this template)'));
      const vals = { prospect, rep: me, relevantInfo: info.value.trim() || (needs ? '[the relevant thing]' : '') };
      pvSubject.textContent = merge(t?.subject, vals);
      pvBody.textContent = merge(t?.bodyText, vals);
    }
    select.addEventListener('change', update);
    info.addEventListener('input', update);
    update();

    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      const t = tpl();
      const relevantInfo = info.value.trim();
      if (tooLong(info, NOTE_MAX)) {
        showErrors(f, { message: 'Please fix the highlighted field.', invalidParams: [{ name: 'relevantInfo', reason: tooLongReason(NOTE_MAX) }] });
        return;
      }
      if (usesInfo(t) && !relevantInfo) {
        showErrors(f, { message: 'Add the one relevant thing before sending.', invalidParams: [{ name: 'relevantInfo', reason: 'This template needs it: add the one relevant fact.' }] });
        return;
      }
      const same = attempt && attempt.templateId === t.id && attempt.info === relevantInfo;
      attempt = { templateId: t.id, info: relevantInfo, key: same ? attempt.key : uuid() };
      setBusy(send, true, 'Sending…');
      clearErrors(f);
      try {
        const mail = { templateId: t.id, idempotencyKey: attempt.key };
        if (relevantInfo) mail.relevantInfo = relevantInfo;
        await sendTemplate(prospect.id, mail);
        if (!ctx.alive()) return;
        attempt = null;
        info.value = '';
        update();
        setBusy(send, false);
        toast(`Email to ${prospect.name ?? 'prospect'} queued`);
        watch.refresh();
      } catch (err) {
        if (!ctx.alive() || err.status === 401) return;
        setBusy(send, false);
        showErrors(f, err);
      }
    });
    f.append(tplField, infoField, h('p', { class: 'pv-label' }, 'Preview'), preview, formError(), send);
    return f;
  }
  return card;
}

// ---- the outbox screen -------------------------------------------------------------------------

export async function outboxView(ctx) {
  const queued = h('div');
  const sent = h('div', null, h('p', { class: 'loading' }, 'Loading…'));
  mount(ctx.main,
    h('div', { class: 'page-head' }, h('div', null, h('h1', { tabindex: '-1' }, 'Outbox'),
      h('p', { class: 'sub' }, 'Changes waiting to sync and the emails you sent.'))),
    queued,
    h('section', { class: 'card', 'aria-labelledby': 'h-sent' }, h('h2', { id: 'h-sent' }, 'Emails'), sent));

  const tiers = await getTiers().catch(() => []);
  if (!ctx.alive()) return;
  const tierLabel = (k) => tiers.find((t) => t.key === k)?.label || k;

  function renderQueued(ops) {
    if (!ctx.alive()) return;
    if (!ops.length) { mount(queued); return; }
    mount(queued, h('section', { class: 'card', 'aria-labelledby': 'h-queued' },
      h('h2', { id: 'h-queued' }, 'Waiting to sync', h('span', { class: 'count' }, String(ops.length))),
      h('ul', { class: 'ops', id: 'queued-ops' }, ops.map((op) => h('li', { class: `op op-${op.state}`, dataset: { key: op.key, state: op.state } },
        h('p', { class: 'op-what' }, describeOp(op, { channelLabel, outcomeLabel, tierLabel })),
        h('p', { class: 'op-when' }, `Made ${fmtInstant(op.createdAt)}`),
        op.state === 'pending' ? h('p', { class: 'op-state' }, isOffline() ? 'Waiting for a connection' : 'Waiting to send') : null,
        op.state !== 'pending' ? h('p', { class: 'op-error', role: 'alert' }, op.error || 'Not applied',
          op.current?.tier ? ` It is now in ${tierLabel(op.current.tier)}.` : '') : null,
        op.state !== 'pending' ? h('div', { class: 'op-actions' },
          op.kind === 'tier' && op.state === 'conflict'
            ? h('button', { type: 'button', class: 'btn', onclick: () => resolveOp(op, 'apply') }, 'Move anyway')
            : h('button', { type: 'button', class: 'btn', onclick: () => resolveOp(op, 'retry') }, 'Try again'),
          h('button', { type: 'button', class: 'btn btn-danger', onclick: () => resolveOp(op, 'discard') }, 'Discard')) : null)))));
  }
  renderQueued(queuedOps());
  const off = onOutbox(renderQueued);
  window.addEventListener('hashchange', off, { once: true });

  let templates = [];
  const names = new Map();
  const watch = watchOutbox(ctx, async (items) => {
    // Names for the prospects: the saved copies first, then a few look-ups.
    const missing = [...new Set(items.map((i) => i.prospectId))].filter((id) => id && !names.has(id));
    for (const id of missing) { const c = cachedProspect(id); if (c?.p?.name && !c.partial) names.set(id, c.p.name); }
    await Promise.all(missing.filter((id) => !names.has(id)).slice(0, 10)
      .map((id) => getProspect(id).then((p) => names.set(id, p.name)).catch(() => names.set(id, 'Prospect'))));
    if (!ctx.alive()) return;
    mount(sent, items.length
      ? h('ul', { class: 'mails', id: 'outbox-mails' }, items.map((i) => mailRow(i, templates, names.get(i.prospectId) || 'Prospect')))
      : h('p', { class: 'muted' }, 'No emails sent yet.'));
  }, (e) => mount(sent, errorBox(e, () => watch.refresh())));
  templates = await getTemplates().then((d) => d?.items || []).catch(() => []);
  if (!ctx.alive()) return;
  watch.refresh();
}
