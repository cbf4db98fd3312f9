// Page side of the offline outbox (outbox-core.js): queue writes, replay them, show how many wait.
import { h, mount, plural } from './dom.js';
import { getMe } from './client.js';
import { getToken } from './session.js';

const core = () => self.ScOutbox;
let ops = []; // this rep's queued ops, oldest first
const subs = new Set();
let onSyncedFn = () => {};

export const queuedOps = () => ops;
export const onOutbox = (fn) => { subs.add(fn); return () => subs.delete(fn); };
/** Called when queued ops left the outbox (sent by this page, another tab or the service worker's Background Sync). */
export const onSynced = (fn) => { onSyncedFn = fn; };
export const isOffline = () => navigator.onLine === false;
export const canQueue = () => !!core() && typeof indexedDB !== 'undefined';

let syncedTimer = null;
export async function refresh() {
  const c = core();
  const before = new Set(ops.map((o) => o.key));
  if (c && getToken()) {
    const owner = c.ownerOf(getToken());
    try { ops = (await c.all()).filter((o) => o.owner === owner); } catch { ops = []; }
  } else {
    ops = [];
  }
  renderBar();
  subs.forEach((fn) => fn(ops));
  const now = new Set(ops.map((o) => o.key));
  if ([...before].some((k) => !now.has(k))) {
    clearTimeout(syncedTimer);
    syncedTimer = setTimeout(() => onSyncedFn(), 150);
  }
  return ops;
}

/** Queue a write; `op.key` is its idempotency key. Asks for a Background Sync and replays at once when online. */
export async function enqueue(op) {
  const c = core();
  if (!c) throw new Error('This browser cannot keep changes offline.');
  await c.add({ ...op, owner: c.ownerOf(getToken()) });
  await refresh();
  requestSync();
}

/**
 * A write that may go to the offline outbox: `send()` now, or queue `op` when there is no connection
 * (known before trying, or found by a failed send), or when `queue` is true (e.g. the page shows a saved
 * copy). `op.key` is the op's key in the outbox and, for touches and new prospects, the idempotency key
 * that `send()` sends too. Resolves to {sent: result} or {queued: op}; rejects with the send's error (a 4xx,
 * 401, 409...) or the outbox's when it cannot keep the op.
 */
export async function sendOrQueue({ send, op, queue = false }) {
  const toOutbox = async () => { await enqueue(op); return { queued: op }; };
  if ((queue || isOffline()) && canQueue()) return toOutbox();
  try {
    return { sent: await send() };
  } catch (e) {
    if (!e.offline || !canQueue()) throw e;
  }
  return toOutbox();
}

export function requestSync() {
  navigator.serviceWorker?.ready
    .then((reg) => reg.sync?.register(core().SYNC_TAG))
    .catch(() => { /* no Background Sync: the `online` event and app start replay instead */ });
  if (!isOffline()) flush();
}

let flushing = null;
/** Replays the outbox now (one at a time). Resolves to the core's summary, or null when it did not run. */
export function flush() {
  if (isOffline() || !getToken() || !core()) return Promise.resolve(null);
  flushing ??= core().replay()
    .then(async (r) => {
      await refresh();
      if (r.stopped === 'unauthorized') getMe().catch(() => {}); // the client's 401 path signs out
      if (r.attention) {
        toast(`${plural(r.attention, 'change needs', 'changes need')} your attention`, 'error');
      } else if (r.sent) {
        toast(`Synced ${plural(r.sent, 'change', 'changes')}`);
      }
      return r;
    })
    .catch((e) => { console.warn('outbox replay failed', e); return null; })
    .finally(() => { flushing = null; });
  return flushing;
}

// The toast lives in ui.js, which imports this module: reach it through an event to avoid a cycle.
function toast(message, kind) {
  window.dispatchEvent(new CustomEvent('sc-toast', { detail: { message, error: kind === 'error', link: kind === 'error' ? '#/outbox' : null } }));
}

// ---- the sync bar ---------------------------------------------------------------------------------
function renderBar() {
  const bar = document.getElementById('syncbar');
  if (!bar) return;
  const waiting = ops.filter((o) => o.state === 'pending').length;
  const attention = ops.length - waiting;
  const offline = isOffline();
  if (!getToken() || (!waiting && !attention && !offline)) {
    bar.hidden = true;
    bar.replaceChildren();
    return;
  }
  const parts = [];
  if (offline) parts.push(h('span', { class: 'sync-offline' }, 'Offline'));
  if (waiting) parts.push(h('span', { class: 'sync-pending', dataset: { pending: String(waiting) } }, `${plural(waiting, 'change', 'changes')} waiting to sync`));
  if (attention) parts.push(h('span', { class: 'sync-attention', dataset: { attention: String(attention) } }, `${plural(attention, 'change needs', 'changes need')} attention`));
  if (offline && !waiting && !attention) parts.push(h('span', null, 'changes are kept on this phone'));
  const inner = [];
  parts.forEach((p, i) => { if (i) inner.push(' · '); inner.push(p); });
  mount(bar,
    h('span', { class: 'sync-text' }, inner),
    waiting || attention ? h('a', { href: '#/outbox', class: 'sync-link' }, attention ? 'Review' : 'View') : null);
  bar.className = attention ? 'syncbar attention' : 'syncbar';
  bar.hidden = false;
}

export function startSync() {
  core()?.onChange(() => { refresh(); });
  window.addEventListener('online', () => { renderBar(); flush(); });
  window.addEventListener('offline', renderBar);
  refresh().then(() => flush());
}

// ---- describing ops ---------------------------------------------------------------------------------
export function describeOp(op, { channelLabel, outcomeLabel, tierLabel }) {
  const who = op.label || 'prospect';
  if (op.kind === 'touch') return `${channelLabel(op.body.channel)} · ${outcomeLabel(op.body.outcome)} — ${who}`;
  if (op.kind === 'tier') return `Move ${who} to ${tierLabel(op.body.tier)}`;
  if (op.kind === 'create') return `Add ${who}${op.body.company ? ` (${op.body.company})` : ''}`;
  return `${op.kind} — ${who}`;
}

/** Rep's decision on a conflicted or failed op. */
export async function resolveOp(op, action) {
  const c = core();
  if (action === 'discard') await c.remove(op.key);
  else if (action === 'apply') await c.put({ ...op, state: 'pending', error: null, baseVersion: op.current?.version ?? op.baseVersion, current: null });
  else if (action === 'retry') await c.put({ ...op, state: 'pending', error: null });
  await refresh();
  if (action !== 'discard') requestSync();
}

export async function discardAll() {
  await core()?.clear();
  await refresh();
}
