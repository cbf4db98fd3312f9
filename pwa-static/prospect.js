// Prospect page: details, contact links, history, tier / snooze / status, edit.
import { h, mount, icon, plural, fmtDay, fmtInstant, ymdIn, addDays } from './dom.js';
import { getProspect, getTouches, getTiers, patchProspect } from './client.js';
import {
  tierChip, statusChip, readyMark, errorBox, field, formError, showErrors, clearErrors, setBusy, toast,
  openTouchSheet, channelLabel, outcomeLabel, CONFLICT_MSG,
} from './ui.js';

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

  async function load(msg) {
    try {
      [p, touches, tiers] = await Promise.all([
        getProspect(id),
        getTouches(id).then((d) => (Array.isArray(d?.items) ? d.items : [])),
        getTiers(),
      ]);
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
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

  function render() {
    const focusId = document.activeElement?.id;
    const sub = [p.title, p.company].filter(Boolean).join(' · ');
    const chips = [tierChip(p.tier, tiers), statusChip(p.status), p.salesReady ? readyMark() : null].filter(Boolean);

    const contact = [];
    if (p.phone) {
      contact.push(h('a', { class: 'btn contact', href: `tel:${String(p.phone).replace(/[^\d+]/g, '')}` },
        icon('call'), h('span', null, h('span', { class: 'k' }, 'Call'), h('span', { class: 'v' }, p.phone))));
    }
    if (p.email) {
      contact.push(h('a', { class: 'btn contact', href: `mailto:${encodeURI(String(p.email))}` },
        icon('email'), h('span', null, h('span', { class: 'k' }, 'Email'), h('span', { class: 'v' }, p.email))));
    }

    mount(main,
      back,
      h('header', { class: 'p-head' },
        h('h1', { tabindex: '-1', id: 'p-name' }, p.name ?? ''),
        sub ? h('p', { class: 'sub' }, sub) : null,
        chips.length ? h('p', { class: 'chips' }, chips) : null),
      notice ? h('div', { class: 'banner conflict', role: 'alert' }, notice) : null,
      contact.length ? h('div', { class: 'contact-row' }, contact) : null,
      cadenceSection(),
      historySection(),
      manageSection(),
      detailsSection(),
      h('div', { class: 'action-bar' },
        h('button', {
          type: 'button', class: 'btn btn-primary btn-block', id: 'log-touch',
          onclick: () => openTouchSheet(p, (res) => {
            if (res?.prospect) p = res.prospect;
            if (res?.touch) touches = [res.touch, ...touches.filter((t) => t.id !== res.touch.id)];
            notice = null;
            render();
          }),
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

  function historySection() {
    return h('section', { class: 'card', 'aria-labelledby': 'h-history' },
      h('h2', { id: 'h-history' }, 'History', h('span', { class: 'count' }, String(touches.length))),
      touches.length
        ? h('ol', { class: 'history', id: 'history' }, touches.map((t) => h('li', { class: 'touch' },
          h('span', { class: 'touch-icon' }, icon(t.channel)),
          h('div', null,
            h('p', { class: 'touch-what' }, `${channelLabel(t.channel)} · ${outcomeLabel(t.outcome)}`),
            h('p', { class: 'touch-when' }, t.at ? fmtInstant(t.at) : fmtDay(t.day)),
            t.note ? h('p', { class: 'touch-note' }, t.note) : null))))
        : h('p', { class: 'muted', id: 'history-empty' }, 'No touches yet.'));
  }

  function manageSection() {
    const form = h('form', { class: 'manage', novalidate: true, onsubmit: (e) => e.preventDefault() });
    const tierField = field({
      name: 'tier', label: 'Tier', value: p.tier,
      options: [...(tiers.some((t) => t.key === p.tier) || !p.tier ? [] : [[p.tier, p.tier]]), ...tiers.map((t) => [t.key, t.label || t.key])],
      attrs: { id: 'p-tier' },
    });
    const tierSel = tierField.querySelector('select');
    tierSel.addEventListener('change', () => {
      const label = tiers.find((t) => t.key === tierSel.value)?.label || tierSel.value;
      update({ tier: tierSel.value }, `Moved to ${label}`, { form });
    });

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
      onclick: (e) => update({ status }, `Marked ${text.toLowerCase()}`, { form, btn: e.currentTarget }),
    }, text);

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
