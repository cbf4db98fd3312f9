// Sales Carousel offline outbox: writes made without a connection, kept in IndexedDB and replayed later.
// A classic script on purpose: the page loads it with <script defer> and the service worker with
// importScripts(), so the window and the Background Sync handler share one implementation.
// It exposes self.ScOutbox. Nothing here touches the DOM.
//
// An op: {key, seq, kind: 'touch'|'tier'|'create', owner, prospectId, label, body, baseVersion,
//         state: 'pending'|'conflict'|'failed', error, current, createdAt}
// `key` doubles as the idempotency key sent to the API (touches and creations), so a replay of a write
// that did reach the server is answered with the first result instead of landing twice. Tier moves
// carry If-Match: <baseVersion>; a 409 is resolved (already applied, or only our own replayed writes
// came in between) or kept as a conflict for the rep to decide. Nothing is ever dropped silently.
(function (self) {
  'use strict';

  const DB_NAME = 'sc-outbox';
  const OPS = 'ops';
  const META = 'meta';
  const CHANNEL = 'sc-outbox';
  const TIMEOUT_MS = 20000;
  let dbPromise = null;

  function db() {
    dbPromise ??= new Promise((resolve, reject) => {
      const r = indexedDB.open(DB_NAME, 1);
      r.onupgradeneeded = () => {
        r.result.createObjectStore(OPS, { keyPath: 'key' });
        r.result.createObjectStore(META);
      };
      r.onsuccess = () => {
        const d = r.result;
        d.onversionchange = () => { d.close(); dbPromise = null; };
        resolve(d);
      };
      r.onerror = () => { dbPromise = null; reject(r.error); };
    });
    return dbPromise;
  }

  /** One transaction on one store; `body(store)` issues the requests and may return the one whose result we want. */
  function run(store, mode, body) {
    return db().then((d) => new Promise((resolve, reject) => {
      const t = d.transaction(store, mode);
      const req = body(t.objectStore(store));
      t.oncomplete = () => resolve(req ? req.result : undefined);
      t.onerror = t.onabort = () => reject(t.error);
    }));
  }

  // ---- change notification (this context, other tabs and the service worker) ----------------
  const listeners = new Set();
  let channel = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => listeners.forEach((fn) => fn());
  } catch { /* no BroadcastChannel: same-context listeners still fire */ }
  function changed() {
    listeners.forEach((fn) => fn());
    try { channel?.postMessage('changed'); } catch { /* closed */ }
  }

  // ---- storage ----------------------------------------------------------------------------------
  let lastSeq = 0;
  const all = () => run(OPS, 'readonly', (s) => s.getAll()).then((ops) => ops.sort((a, b) => a.seq - b.seq));
  const put = (op) => run(OPS, 'readwrite', (s) => s.put(op)).then(changed);
  const remove = (key) => run(OPS, 'readwrite', (s) => s.delete(key)).then(changed);
  const getMeta = (k) => run(META, 'readonly', (s) => s.get(k));
  const setMeta = (k, v) => run(META, 'readwrite', (s) => s.put(v, k));
  const delMeta = (k) => run(META, 'readwrite', (s) => s.delete(k));

  function add(op) {
    lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
    return put({ state: 'pending', createdAt: new Date().toISOString(), ...op, seq: lastSeq });
  }

  function clear() {
    return run(OPS, 'readwrite', (s) => s.clear()).then(changed);
  }

  /** The signed-in rep a token belongs to (its `sub`), so one rep's queued writes never replay under another's token. */
  function ownerOf(token) {
    try {
      const part = String(token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(atob(part)).sub || null;
    } catch {
      return null;
    }
  }

  // ---- replay -------------------------------------------------------------------------------------
  const enc = encodeURIComponent;

  async function call(method, path, token, body, extra) {
    const headers = { Accept: 'application/json', Authorization: `Bearer ${token}`, ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // A request that hangs must not hold the replay lock for ever: give up after a while (it stays queued).
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
    try {
      const res = await fetch(path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', signal: ctrl.signal,
      });
      let data = null;
      try { data = JSON.parse(await res.text()); } catch { data = null; }
      return { status: res.status, ok: res.ok, data };
    } finally {
      clearTimeout(timer);
    }
  }

  function request(op, token) {
    switch (op.kind) {
      case 'touch': return call('POST', `/api/prospects/${enc(op.prospectId)}/touches`, token, { ...op.body, idempotencyKey: op.key });
      case 'create': return call('POST', '/api/prospects', token, { ...op.body, idempotencyKey: op.key });
      case 'tier': return call('PATCH', `/api/prospects/${enc(op.prospectId)}`, token, op.body, { 'If-Match': String(op.baseVersion) });
      default: return Promise.resolve({ status: 400, ok: false, data: { detail: `unknown kind ${op.kind}` } });
    }
  }

  const detail = (r) => (r.data && (r.data.detail || r.data.title)) || `HTTP ${r.status}`;

  /** A tier move got 409: settle it when possible, otherwise describe the conflict. */
  async function settleTier(op, token, ours) {
    for (let tries = 0; tries < 3; tries++) {
      const cur = await call('GET', `/api/prospects/${enc(op.prospectId)}`, token);
      if (cur.status === 404) return { state: 'failed', error: 'This prospect was deleted.' };
      if (!cur.ok) return { stop: cur.status === 401 ? 'unauthorized' : 'server' };
      const p = cur.data;
      if (p.tier === op.body.tier) return { done: true }; // already applied (a replay of a write that had landed)
      // Only our own replayed writes (e.g. a touch logged offline just before) changed it since: rebase and retry.
      const mine = ours.get(op.prospectId) || new Set();
      let onlyOurs = p.version > op.baseVersion;
      for (let v = op.baseVersion + 1; onlyOurs && v <= p.version; v++) onlyOurs = mine.has(v);
      if (!onlyOurs) {
        return {
          state: 'conflict',
          error: 'Changed on another device since you moved it.',
          current: { tier: p.tier, status: p.status, version: p.version },
        };
      }
      const again = await call('PATCH', `/api/prospects/${enc(op.prospectId)}`, token, op.body, { 'If-Match': String(p.version) });
      if (again.ok) return { done: true, result: again };
      if (again.status !== 409) return { state: 'failed', error: detail(again) };
    }
    return { state: 'conflict', error: 'Changed on another device since you moved it.' };
  }

  function remember(ours, op, data) {
    const version = op.kind === 'touch' ? data?.prospect?.version : data?.version;
    const id = op.kind === 'create' ? data?.id : op.prospectId;
    if (!id || typeof version !== 'number') return;
    if (!ours.has(id)) ours.set(id, new Set());
    ours.get(id).add(version);
  }

  /**
   * Sends every pending op of the signed-in rep, oldest first. Stops at the first network failure,
   * 401 or server error (they stay pending). Returns {sent, attention, stopped}.
   */
  async function replayNow() {
    const token = await getMeta('token');
    if (!token) return { sent: 0, attention: 0, stopped: 'signed-out' };
    const owner = ownerOf(token);
    const ops = (await all()).filter((o) => o.state === 'pending' && o.owner === owner);
    const ours = new Map();
    let sent = 0;
    let attention = 0;
    let stopped = null;
    for (const op of ops) {
      let r;
      try {
        r = await request(op, token);
      } catch {
        stopped = 'offline';
        break;
      }
      if (r.status === 401) { stopped = 'unauthorized'; break; }
      if (r.status >= 500 || r.status === 408 || r.status === 429) { stopped = 'server'; break; }
      if (r.ok) {
        remember(ours, op, r.data);
        await remove(op.key);
        sent++;
        continue;
      }
      let outcome;
      if (op.kind === 'tier' && r.status === 409) {
        try {
          outcome = await settleTier(op, token, ours);
        } catch {
          stopped = 'offline';
          break;
        }
        if (outcome.stop) { stopped = outcome.stop; break; }
        if (outcome.done) {
          if (outcome.result) remember(ours, op, outcome.result.data);
          await remove(op.key);
          sent++;
          continue;
        }
      } else if (r.status === 404) {
        outcome = { state: 'failed', error: 'This prospect no longer exists.' };
      } else {
        outcome = { state: r.status === 409 ? 'conflict' : 'failed', error: detail(r) };
      }
      await put({ ...op, state: outcome.state, error: outcome.error, current: outcome.current || null, status: r.status });
      attention++;
    }
    return { sent, attention, stopped };
  }

  /** replayNow() under a Web Lock where there is one, so a tab and the service worker never replay at once. */
  function replay() {
    const locks = self.navigator && self.navigator.locks;
    return locks ? locks.request('sc-outbox-replay', replayNow) : replayNow();
  }

  self.ScOutbox = {
    add, all, put, remove, clear, replay, ownerOf, getMeta, setMeta, delMeta,
    onChange(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    SYNC_TAG: 'sc-outbox',
  };
}(self));
