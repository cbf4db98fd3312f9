// Prospect page (#/prospect/<id>): loads the prospect, its touches and the tiers (or the saved copy when
// offline), makes the page's writes and lays out its sections. Each section is a function of what it
// shows and of the actions it may call; none of them talks to the API itself (the e-mail card aside).
import { h, mount, icon, fmtInstant, screenStyles } from '../dom.js';
import {
  getProspect, getTouches, getTiers, patchProspect, logTouch, deleteTouch, patchTouch, deleteProspect, uuid,
} from '../client.js';
import { saveProspectCopy, cachedProspect } from '../session.js';
import { errorBox, showErrors, clearErrors, setBusy, toast, openTouchSheet, CONFLICT_MSG, STATUS_LABELS } from '../ui.js';
import { offerExisting } from '../add.js';
import { queuedOps, sendOrQueue } from '../sync.js';
import { sendCard } from '../mail.js';
import { headSection, cadenceSection } from './summary.js';
import { contactRow, logTouchBar } from './contact.js';
import { historySection } from './history.js';
import { manageSection } from './manage.js';
import { detailsSection, showClashes } from './details.js';
import { rebase, resolve } from './merge.js';
import { planSection } from '../plans/progress.js';
import { referralsSection } from './referrals.js';

const isDuplicate = (e) => e.status === 409 && /\/duplicate$/.test(String(e.problem?.type));

export async function prospectView(ctx, id) {
  await new ProspectPage(ctx, id).load();
}

class ProspectPage {
  constructor(ctx, id) {
    this.ctx = ctx;
    this.id = id;
    this.p = null;
    this.touches = [];
    this.tiers = [];
    this.notice = null; // shown on top, e.g. after a conflict reloaded the page
    this.savedAt = null; // set while the page shows the saved copy (offline)
    this.showsQueued = false; // the page shows queued touches or a queued tier move
    this.signals = null; // the timeline card (signals.js), kept across renders
    this.back = h('button', { type: 'button', class: 'back-btn', onclick: () => ctx.back() }, icon('back'), h('span', null, 'Back'));
    // When queued writes have synced, show the server's state (and nothing else changes under the rep's fingers).
    ctx.onSynced = () => { if (this.showsQueued || this.savedAt) this.load(); };
    ctx.main.classList.add('has-action-bar');
    mount(ctx.main, this.back, h('h1', { tabindex: '-1', class: 'visually-hidden' }, 'Prospect'), h('p', { class: 'loading' }, 'Loading…'));
  }

  async load(notice = null) {
    const { ctx, id } = this;
    let p;
    let touches;
    try {
      [p, touches, this.tiers] = await Promise.all([
        getProspect(id),
        getTouches(id).then((d) => (Array.isArray(d?.items) ? d.items : [])),
        getTiers(),
        screenStyles(),
      ]);
    } catch (e) {
      if (!ctx.alive() || e.status === 401) return;
      const saved = e.offline ? cachedProspect(id) : null;
      if (!saved) {
        mount(ctx.main, this.back, h('h1', { tabindex: '-1' }, e.status === 404 ? 'Prospect not found' : 'Could not load prospect'),
          errorBox(e, e.status === 404 ? null : () => this.load(notice)));
        return;
      }
      this.tiers = await getTiers();
      if (!ctx.alive()) return;
      this.savedAt = saved.savedAt;
      this.p = saved.p;
      this.touches = Array.isArray(saved.touches) ? saved.touches : [];
      this.notice = null;
      this.render();
      return;
    }
    if (!ctx.alive()) return;
    this.savedAt = null;
    this.show(p, touches, notice);
  }

  /** The server's answer is the page's new state; it is also the saved copy for offline use. */
  show(p, touches = this.touches, notice = null) {
    this.p = p;
    this.touches = touches;
    this.notice = notice;
    saveProspectCopy(p, touches);
    this.render();
    this.timeline?.refresh();
  }

  /** Warm signals: why it is sales-ready, the timeline, "Record a signal" (loaded on first use). */
  signalsSlot() {
    if (!this.signals) {
      this.signals = h('div', { id: 'signals-slot' });
      import('../signals.js').then((m) => { this.timeline = m.prospectSignals(this.signals, () => this.p, (p) => this.show(p)); }).catch(() => {});
    }
    return this.signals;
  }

  /** Someone else changed the prospect: show what the server has now, and say so. */
  reloadAfterConflict() {
    toast(CONFLICT_MSG);
    return this.load(CONFLICT_MSG);
  }

  /** PATCH with If-Match: the version shown. Field errors go on the form, a 409 reloads the page. */
  async update(fields, okMsg, { form, btn, undo } = {}) {
    setBusy(btn, true);
    if (form) clearErrors(form);
    try {
      const p = await patchProspect(this.id, this.p.version, fields);
      if (!this.ctx.alive()) return;
      toast(okMsg, undo ? { action: { label: 'Undo', run: () => undo(p) } } : {});
      this.show(p);
      return p;
    } catch (e) {
      if (!this.ctx.alive() || e.status === 401) return;
      setBusy(btn, false);
      if (e.status === 409) await this.reloadAfterConflict();
      else if (form) showErrors(form, e);
      else toast(e.message, { error: true });
    }
  }

  /** A status change, with Undo: the status it had, PATCHed back on the version the change made. */
  setStatus(status, okMsg, opts) {
    const was = this.p.status || 'open';
    return this.update({ status }, okMsg, { ...opts, undo: (p) => this.statusBack(p, was) });
  }

  async statusBack(p, was, askTouchId = null) {
    try {
      let version = p.version;
      if (askTouchId) version = (await deleteTouch(this.id, askTouchId)).prospect.version;
      const back = await patchProspect(this.id, version, { status: was });
      toast(`Back to ${(STATUS_LABELS[was] || was).toLowerCase()}`);
      if (this.ctx.alive()) await this.load();
      return back;
    } catch (e) {
      if (e.status === 401) return;
      toast(e.status === 409 ? 'Changed on another device since; not undone' : `Could not undo: ${e.message}`, { error: true });
      if (this.ctx.alive()) await this.load();
    }
  }

  /**
   * Details saved from the edit form. On a 409 the rep's typing is kept: fields the other device left
   * alone are sent again on top of its version; where it changed the same field, the rep chooses.
   */
  async saveEdit(changes, { form, btn }, base = this.p) {
    setBusy(btn, true);
    clearErrors(form);
    try {
      const p = await patchProspect(this.id, base.version, changes);
      if (!this.ctx.alive()) return;
      toast(base === this.p ? 'Saved' : 'Saved, together with the change made on another device');
      this.show(p);
    } catch (e) {
      if (!this.ctx.alive() || e.status === 401) return;
      setBusy(btn, false);
      if (e.status !== 409 || isDuplicate(e)) {
        showErrors(form, e);
        offerExisting(form, e);
        return;
      }
      let theirs;
      try { theirs = await getProspect(this.id); } catch (ex) { showErrors(form, ex); return; }
      if (!this.ctx.alive()) return;
      const { apply, clashes } = rebase(base, changes, theirs);
      if (!clashes.length) {
        if (Object.keys(apply).length) await this.saveEdit(apply, { form, btn }, theirs);
        else { toast('Already saved on another device'); this.show(theirs); }
        return;
      }
      showClashes(form, clashes,
        (choices) => {
          const body = resolve(apply, clashes, choices);
          if (Object.keys(body).length) this.saveEdit(body, { form, btn }, theirs);
          else { toast('Kept the other device\'s version'); this.show(theirs); }
        },
        () => { toast('Your changes were discarded'); this.show(theirs); });
    }
  }

  /** A touch's note, edited in the history; the prospect's last note may follow. */
  async editNote(touchId, note) {
    const res = await patchTouch(this.id, touchId, note);
    if (!this.ctx.alive()) return;
    toast(note ? 'Note saved' : 'Note removed');
    this.show(res.prospect, this.touches.map((t) => (t.id === touchId ? res.touch : t)));
  }

  /** Delete, after an explicit confirmation in the page's dialog. */
  async remove() {
    const { confirmDialog } = await import('../confirm.js');
    const name = this.p.name || 'this prospect';
    const yes = await confirmDialog({
      title: `Delete ${name}?`, text: 'Their details and every touch go for good. To keep them but stop the reminders, mark them Archived instead.',
      confirm: 'Delete for good', danger: true,
    });
    if (!yes || !this.ctx.alive()) return;
    try {
      await deleteProspect(this.id);
      toast(`Deleted ${name}`);
      location.hash = '#/prospects';
    } catch (e) {
      if (e.status !== 401) toast(e.message, { error: true });
    }
  }

  /** The e-mail card saw a send turn "sent": its touch is in the history now. */
  async refreshAfterSend() {
    try {
      const [p, d] = await Promise.all([getProspect(this.id), getTouches(this.id)]);
      if (this.ctx.alive() && !this.editing()) this.show(p, Array.isArray(d?.items) ? d.items : []);
    } catch { /* the next visit shows it */ }
  }

  /** Whether the rep is typing in the page (then a background refresh waits). */
  editing() {
    const a = document.activeElement;
    return !!a && this.ctx.main.contains(a) && /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName) && a.type !== 'radio';
  }

  /** Tier move: straight to the API when online; into the offline outbox (If-Match the version shown) otherwise. */
  async moveTier(tier, form) {
    const { p, id } = this;
    const label = this.tiers.find((t) => t.key === tier)?.label || tier;
    clearErrors(form);
    try {
      const r = await sendOrQueue({
        queue: !!this.savedAt, // a saved copy's version may be stale: let the outbox settle it
        op: { key: uuid(), kind: 'tier', prospectId: id, label: p.name || '', body: { tier }, baseVersion: p.version },
        send: () => patchProspect(id, p.version, { tier }),
      });
      if (!this.ctx.alive()) return;
      if (r.queued) {
        toast(`Saved offline: move to ${label} — it will sync when you are back online`);
        this.render();
      } else {
        toast(`Moved to ${label}`);
        this.show(r.sent);
      }
    } catch (e) {
      if (!this.ctx.alive() || e.status === 401) return;
      if (e.status === 409) await this.reloadAfterConflict();
      else showErrors(form, e);
    }
  }

  /**
   * Lost: the deal stays on the carousel, due for a referral ask (DESIGN section 4). When the rep has
   * just asked (and got a name), that ask is logged as the touch it was, which moves the prospect to
   * nurture at once instead of leaving it due today.
   */
  async markLost(ask, form) {
    const was = this.p.status || 'open';
    const lost = await this.setStatus('lost', 'Marked lost', { form });
    if (!lost || !ask || this.p.status !== 'lost' || !this.ctx.alive()) return;
    try {
      const res = await logTouch(this.id, {
        channel: ask.channel, outcome: 'replied', note: `Asked for a referral: ${ask.name}`, idempotencyKey: ask.key, purpose: 'referral_ask',
      });
      if (!this.ctx.alive()) return;
      this.show(res.prospect, [res.touch, ...this.touches]);
      // Undo takes back the ask too (the referral itself stays: it is another prospect now).
      toast('Marked lost; referral ask logged', { action: { label: 'Undo', run: () => this.statusBack(res.prospect, was, res.touch.id) } });
    } catch (e) {
      if (this.ctx.alive() && e.status !== 401) toast(`Marked lost, but the referral ask was not logged: ${e.message}`, { error: true });
    }
  }

  /** The log sheet's answer: {touch, prospect} from the API, or {queued: op} (shown from the outbox). */
  logged(res) {
    if (res?.queued) { this.notice = null; this.render(); return; }
    const touches = res?.touch ? [res.touch, ...this.touches.filter((t) => t.id !== res.touch.id)] : this.touches;
    this.show(res?.prospect ?? this.p, touches);
  }

  /** The log sheet for this prospect; `channel` skips to the outcome step. Its Undo shows the prospect without the touch. */
  openSheet(channel) {
    const onUndone = (p, touchId) => { if (this.ctx.alive()) this.show(p ?? this.p, this.touches.filter((t) => t.id !== touchId)); };
    openTouchSheet(this.p, (res) => this.logged(res), channel ? { channel, onUndone } : { onUndone });
  }

  render() {
    const { ctx, p, savedAt } = this;
    const focusId = document.activeElement?.id;
    const mine = queuedOps().filter((o) => o.prospectId === this.id && o.state === 'pending');
    this.showsQueued = mine.length > 0;
    const pendingTier = mine.filter((o) => o.kind === 'tier').at(-1)?.body.tier;
    const actions = {
      moveTier: (tier, form) => this.moveTier(tier, form),
      update: (fields, okMsg, opts) => this.update(fields, okMsg, opts),
      setStatus: (status, okMsg, opts) => this.setStatus(status, okMsg, opts),
      markLost: (ask, form) => this.markLost(ask, form),
      remove: () => this.remove(),
    };
    mount(ctx.main,
      this.back,
      headSection({ p, tiers: this.tiers, pendingTier }),
      this.notice ? h('div', { class: 'banner conflict', role: 'alert' }, this.notice) : null,
      savedAt ? h('div', { class: 'banner offline', role: 'status' },
        h('strong', null, 'Offline — showing the last copy'), h('span', null, ` (saved ${fmtInstant(savedAt)}). Touches and tier moves are kept and synced later.`)) : null,
      contactRow(ctx, p, (channel) => this.openSheet(channel)),
      cadenceSection(p),
      savedAt ? null : planSection(p, (updated) => (updated ? this.show(updated) : this.load())),
      historySection(this.touches, mine.filter((o) => o.kind === 'touch'), savedAt ? null : (touchId, note) => this.editNote(touchId, note)),
      savedAt ? null : this.signalsSlot(),
      savedAt ? null : referralsSection(ctx, p),
      savedAt ? null : sendCard(ctx, p, { onSent: () => this.refreshAfterSend() }),
      manageSection({ p, tiers: this.tiers, pendingTier, offline: !!savedAt }, actions),
      savedAt ? null : detailsSection(p, (changes, opts) => this.saveEdit(changes, opts)),
      logTouchBar(() => this.openSheet()),
    );
    if (focusId) document.getElementById(focusId)?.focus({ preventScroll: true });
  }
}
