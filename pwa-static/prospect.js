// Prospect page: details, contact links, history, tier / snooze / status, edit.
import { h, mount, icon, plural, fmtDay, fmtInstant, ymdIn, addDays } from './dom.js';
import {
  getProspect, getTouches, getTiers, patchProspect, createProspect, logTouch, saveProspectCopy, cachedProspect, uuid,
} from './client.js';
import {
  tierChip, statusChip, readyMark, errorBox, field, formError, showErrors, clearErrors, setBusy, toast,
  openTouchSheet, channelLabel, outcomeLabel, CONFLICT_MSG, CHANNELS,
} from './ui.js';
import { enqueue, queuedOps, isOffline, canQueue } from './sync.js';
import { sendCard } from './mail.js';

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

export async function prospectView(ctx, id) {
  const { main } = ctx;
  main.classList.add('has-action-bar');
  const back = h('button', { type: 'button', class: 'back-btn', onclick: () => ctx.back() }, icon('back'), h('span', null, 'Back'));
  mount(main, back, h('h1', { tabindex: '-1', class: 'visually-hidden' }, 'Prospect'), h('p', { class: 'loading' }, 'Loading…'));

  let p;
  let touches = [];
  let tiers = [];
  let notice = null;
  let savedAt = null; // set when showing the saved copy (offline)
  let showsQueued = false; // the page shows queued touches or a queued tier move
  // When they have synced, show the server's state (and nothing else changes under the rep's fingers).
  ctx.onSynced = () => { if (showsQueued || savedAt) load(); };

  async function load(msg) {
    try {
      [p, touches, tiers] = await Promise.all([
        getProspect(id),
        getTouches(id).then((d) => (Array.isArray(d?.items) ? d.items : [])),
        getTiers(),
      ]);
      savedAt = null;
      saveProspectCopy(p, touches);
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
      const saved = e.offline ? cachedProspect(id) : null;
      if (saved) {
        ({ p, touches } = saved);
        touches = Array.isArray(touches) ? touches : [];
        tiers = await getTiers();
        if (!ctx.alive()) return;
        savedAt = saved.savedAt;
        notice = null;
        render();
        return;
      }
      mount(main, back, h('h1', { tabindex: '-1' }, e.status === 404 ? 'Prospect not found' : 'Could not load prospect'),
        errorBox(e, e.status === 404 ? null : () => load(msg)));
      return;
    }
    if (!ctx.alive()) return;
    notice = msg || null;
    render();
  }

  async function update(fields, okMsg, { form, btn } = {}) {
    setBusy(btn, true);
    if (form) clearErrors(form);
    try {
      p = await patchProspect(id, p.version, fields);
      if (!ctx.alive()) return;
      saveProspectCopy(p, touches);
      notice = null;
      toast(okMsg);
      render();
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
      setBusy(btn, false);
      if (e.status === 409) {
        toast(CONFLICT_MSG);
        await load(CONFLICT_MSG);
      } else if (form) {
        showErrors(form, e);
      } else {
        toast(e.message, { error: true });
      }
    }
  }

  /**
   * Lost: the deal stays on the carousel, due for a referral ask (DESIGN section 4). When the rep has
   * just asked (and got a name), that ask is logged as the touch it was, which moves the prospect to
   * nurture at once instead of leaving it due today.
   */
  async function markLost(ask, form) {
    await update({ status: 'lost' }, 'Marked lost', { form });
    if (!ask || p.status !== 'lost' || !ctx.alive()) return;
    try {
      const res = await logTouch(id, { channel: ask.channel, outcome: 'replied', note: `Asked for a referral: ${ask.name}`, idempotencyKey: ask.key });
      if (!ctx.alive()) return;
      p = res.prospect;
      touches = [res.touch, ...touches];
      saveProspectCopy(p, touches);
      render();
    } catch (e) {
      if (ctx.alive() && e.status !== 401) toast(`Marked lost, but the referral ask was not logged: ${e.message}`, { error: true });
    }
  }

  /** Tier move: straight to the API when online; into the offline outbox (If-Match the version we saw) otherwise. */
  async function moveTier(tier, form) {
    const label = tiers.find((t) => t.key === tier)?.label || tier;
    const queue = async () => {
      await enqueue({ key: uuid(), kind: 'tier', prospectId: id, label: p.name || '', body: { tier }, baseVersion: p.version });
      if (!ctx.alive()) return;
      toast(`Saved offline: move to ${label} — it will sync when you are back online`);
      render();
    };
    if ((isOffline() || savedAt) && canQueue()) { await queue(); return; }
    clearErrors(form);
    try {
      p = await patchProspect(id, p.version, { tier });
      if (!ctx.alive()) return;
      saveProspectCopy(p, touches);
      notice = null;
      toast(`Moved to ${label}`);
      render();
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
      if (e.offline && canQueue()) { await queue(); return; }
      if (e.status === 409) {
        toast(CONFLICT_MSG);
        await load(CONFLICT_MSG);
      } else {
        showErrors(form, e);
      }
    }
  }

  function logged(res) {
    if (res?.prospect) p = res.prospect;
    if (res?.touch) touches = [res.touch, ...touches.filter((t) => t.id !== res.touch.id)];
    if (!res?.queued) saveProspectCopy(p, touches);
    notice = null;
    render();
  }

  /**
   * A tap on Call or Email hands the phone to the dialer or the mail app. When the rep comes back to
   * this page (it was hidden, now it is visible), the log sheet opens at the outcome step with that
   * channel chosen: one tap logs the touch.
   */
  function cameBack(channel) {
    let left = false;
    const started = Date.now();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') { left = true; return; }
      if (!left) return;
      document.removeEventListener('visibilitychange', onVisibility);
      if (ctx.alive() && Date.now() - started < 2 * 3600 * 1000) openTouchSheet(p, logged, { channel });
    };
    document.addEventListener('visibilitychange', onVisibility);
  }

  function render() {
    const focusId = document.activeElement?.id;
    const sub = [p.title, p.company].filter(Boolean).join(' · ');
    const mine = queuedOps().filter((o) => o.prospectId === id && o.state === 'pending');
    showsQueued = mine.length > 0;
    const pendingTier = mine.filter((o) => o.kind === 'tier').at(-1)?.body.tier;
    const chips = [tierChip(pendingTier || p.tier, tiers), pendingTier ? h('span', { class: 'chip pending' }, 'Waiting to sync') : null,
      statusChip(p.status), p.salesReady ? readyMark() : null].filter(Boolean);

    const contact = [];
    if (p.phone) {
      contact.push(h('a', { class: 'btn contact', href: `tel:${String(p.phone).replace(/[^\d+]/g, '')}`, onclick: () => cameBack('call') },
        icon('call'), h('span', null, h('span', { class: 'k' }, 'Call'), h('span', { class: 'v' }, p.phone))));
    }
    if (p.email) {
      contact.push(h('a', { class: 'btn contact', href: `mailto:${encodeURI(String(p.email))}`, onclick: () => cameBack('email') },
        icon('email'), h('span', null, h('span', { class: 'k' }, 'Email'), h('span', { class: 'v' }, p.email))));
    }

    mount(main,
      back,
      h('header', { class: 'p-head' },
        h('h1', { tabindex: '-1', id: 'p-name' }, p.name ?? ''),
        sub ? h('p', { class: 'sub' }, sub) : null,
        chips.length ? h('p', { class: 'chips' }, chips) : null),
      notice ? h('div', { class: 'banner conflict', role: 'alert' }, notice) : null,
      savedAt ? h('div', { class: 'banner offline', role: 'status' },
        h('strong', null, 'Offline — showing the last copy'), h('span', null, ` (saved ${fmtInstant(savedAt)}). Touches and tier moves are kept and synced later.`)) : null,
      contact.length ? h('div', { class: 'contact-row' }, contact) : null,
      cadenceSection(),
      historySection(mine.filter((o) => o.kind === 'touch')),
      savedAt ? null : sendCard(ctx, p),
      manageSection(pendingTier),
      savedAt ? null : detailsSection(),
      h('div', { class: 'action-bar' },
        h('button', {
          type: 'button', class: 'btn btn-primary btn-block', id: 'log-touch',
          onclick: () => openTouchSheet(p, logged),
        }, icon('log'), h('span', null, 'Log a touch'))),
    );
    if (focusId) document.getElementById(focusId)?.focus({ preventScroll: true });
  }

  function cadenceSection() {
    const today = ymdIn(undefined);
    const late = p.nextDueOn && p.status === 'open' && p.nextDueOn < today;
    const tsr = Number(p.touchesSinceResponse) || 0;
    return h('section', { class: 'card', 'aria-labelledby': 'h-cadence' },
      h('h2', { id: 'h-cadence' }, 'Cadence'),
      h('dl', { class: 'facts' },
        fact('Next due', p.nextDueOn ? fmtDay(p.nextDueOn) : '—', late ? 'late' : ''),
        fact('Last touch', p.lastTouchOn ? fmtDay(p.lastTouchOn) : 'Never'),
        fact('Touches', String(p.touchCount ?? 0)),
        fact('Since last reply', plural(tsr, 'touch', 'touches'))));
  }

  function historySection(queuedTouches) {
    const item = (t, pending) => h('li', { class: pending ? 'touch pending' : 'touch', dataset: pending ? { pending: 'true' } : {} },
      h('span', { class: 'touch-icon' }, icon(t.channel)),
      h('div', null,
        h('p', { class: 'touch-what' }, `${channelLabel(t.channel)} · ${outcomeLabel(t.outcome)}`),
        h('p', { class: 'touch-when' }, t.at ? fmtInstant(t.at) : fmtDay(t.day), pending ? h('span', { class: 'chip pending' }, 'Waiting to sync') : null),
        t.note ? h('p', { class: 'touch-note' }, t.note) : null));
    const n = touches.length + queuedTouches.length;
    return h('section', { class: 'card', 'aria-labelledby': 'h-history' },
      h('h2', { id: 'h-history' }, 'History', h('span', { class: 'count' }, String(n))),
      n
        ? h('ol', { class: 'history', id: 'history' },
          [...queuedTouches].reverse().map((o) => item(o.body, true)), touches.map((t) => item(t, false)))
        : h('p', { class: 'muted', id: 'history-empty' }, 'No touches yet.'));
  }

  function manageSection(pendingTier) {
    const form = h('form', { class: 'manage', novalidate: true, onsubmit: (e) => e.preventDefault() });
    const tierField = field({
      name: 'tier', label: 'Tier', value: pendingTier || p.tier,
      options: [...(tiers.some((t) => t.key === p.tier) || !p.tier ? [] : [[p.tier, p.tier]]), ...tiers.map((t) => [t.key, t.label || t.key])],
      attrs: { id: 'p-tier' },
    });
    const tierSel = tierField.querySelector('select');
    tierSel.addEventListener('change', () => moveTier(tierSel.value, form));

    const tomorrow = addDays(ymdIn(undefined), 1);
    const snoozeField = field({ name: 'snoozeUntil', label: 'Snooze until', type: 'date', value: '', attrs: { id: 'p-snooze', min: tomorrow } });
    const snoozeInput = snoozeField.querySelector('input');
    const snoozeBtn = h('button', { type: 'button', class: 'btn', id: 'p-snooze-btn' }, 'Snooze');
    snoozeBtn.addEventListener('click', () => {
      if (!snoozeInput.value) {
        showErrors(form, { message: 'Pick a date to snooze until.', invalidParams: [{ name: 'snoozeUntil', reason: 'Pick a date first.' }] });
        return;
      }
      update({ snoozeUntil: snoozeInput.value }, `Snoozed until ${fmtDay(snoozeInput.value)}`, { form, btn: snoozeBtn });
    });

    const statusBtn = (status, text) => h('button', {
      type: 'button', class: `btn seg status-btn-${status}`, id: `p-status-${status}`,
      'aria-pressed': String(p.status === status), disabled: p.status === status,
      onclick: (e) => (status === 'lost'
        ? askReferral(p, (ask) => markLost(ask, form))
        : update({ status }, `Marked ${text.toLowerCase()}`, { form, btn: e.currentTarget })),
    }, text);

    if (savedAt) {
      // Offline copy: only the tier can change (it is queued); the rest needs the server's current version.
      form.append(tierField, h('p', { class: 'muted' }, 'Snooze, status and edits need a connection.'), formError());
      return h('section', { class: 'card', 'aria-labelledby': 'h-manage' }, h('h2', { id: 'h-manage' }, 'Manage'), form);
    }
    form.append(
      tierField,
      h('div', { class: 'inline' }, snoozeField, snoozeBtn),
      h('fieldset', { class: 'status' },
        h('legend', null, 'Status'),
        h('div', { class: 'seg-group' },
          statusBtn('paused', 'Paused'), statusBtn('won', 'Won'), statusBtn('lost', 'Lost'),
          p.status && p.status !== 'open' ? statusBtn('open', 'Reopen') : null)),
      formError());
    return h('section', { class: 'card', 'aria-labelledby': 'h-manage' }, h('h2', { id: 'h-manage' }, 'Manage'), form);
  }

  function detailsSection() {
    const facts = [
      p.source ? fact('Source', p.source) : null,
      p.referredBy ? fact('Referred by', p.referredBy) : null,
      Array.isArray(p.tags) && p.tags.length ? fact('Tags', p.tags.join(', ')) : null,
      p.createdOn ? fact('Added', fmtDay(p.createdOn)) : null,
    ].filter(Boolean);
    const form = h('form', { class: 'edit', novalidate: true });
    for (const [name, label, type, attrs] of EDITABLE) {
      const value = name === 'tags' ? (Array.isArray(p.tags) ? p.tags.join(', ') : '') : p[name];
      form.append(field({ name, label, type, value, required: name === 'name', optional: name !== 'name', attrs, hint: name === 'tags' ? 'Separate with commas' : null }));
    }
    const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save changes');
    form.append(formError(), save);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const changes = {};
      for (const [name] of EDITABLE) {
        const raw = form.elements.namedItem(name).value.trim();
        if (name === 'tags') {
          const tags = raw ? raw.split(',').map((t) => t.trim()).filter(Boolean) : [];
          const old = Array.isArray(p.tags) ? p.tags : [];
          if (tags.join('\u0000') !== old.join('\u0000')) changes.tags = tags;
        } else if (raw !== (p[name] ?? '')) {
          changes[name] = raw === '' ? null : raw;
        }
      }
      if ('name' in changes && !changes.name) {
        showErrors(form, { message: 'Please fix the highlighted field.', invalidParams: [{ name: 'name', reason: 'A name is required.' }] });
        return;
      }
      if (!Object.keys(changes).length) { toast('No changes to save'); return; }
      update(changes, 'Saved', { form, btn: save });
    });
    return h('section', { class: 'card', 'aria-labelledby': 'h-details' },
      h('h2', { id: 'h-details' }, 'Details'),
      facts.length ? h('dl', { class: 'facts' }, facts) : null,
      p.notes ? h('p', { class: 'notes' }, p.notes) : null,
      h('details', { class: 'edit-details' }, h('summary', null, 'Edit details'), form));
  }

  await load();
}

function fact(k, v, cls) {
  return h('div', { class: 'fact' }, h('dt', null, k), h('dd', { class: cls || null }, v));
}

/**
 * Before a prospect is marked lost: ask for a referral in the page's own dialog (never window.prompt).
 * "Add and mark lost" creates the referral (referredBy = this prospect) first and logs the ask (which moves
 * the lost deal to nurture); "Skip" just marks it lost, due today for the ask;
 * closing the dialog changes nothing.
 */
function askReferral(p, markLost) {
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
    const body = { referredBy: p.name || '' };
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
