// What the app keeps for the signed-in rep in Web Storage: the token, Cognito's refresh token, the PKCE
// sign-in in progress, and the offline copies (agenda, tiers, prospect pages). Every key is named here,
// in one scheme: `sc.<name>[.<id>]` (prefix `sc`, separator `.`). It imports nothing, so auth.js and
// client.js both build on it without importing each other.

const PREFIX = 'sc';
const SEP = '.';
const key = (...parts) => [PREFIX, ...parts].join(SEP);

const KEYS = {
  token: key('token'), // the bearer token
  refresh: key('refresh'), // Cognito's refresh token (hosted-UI sign-in only)
  pkce: key('pkce'), // sessionStorage: verifier and state while the rep is at the hosted UI
  agenda: key('agenda'), // last agenda, shown offline
  tiers: key('tiers'), // last tier list
  prospects: key('prospects'), // ids of the saved prospect pages, newest first
  prospect: (id) => key('prospect', id), // last copy of one prospect page
};
const KEEP_PROSPECTS = 25;

// ---- keys of earlier versions ------------------------------------------------------------------

const RENAMED = { 'sc-refresh': KEYS.refresh, 'sc-pkce': KEYS.pkce, 'sc.p-ids': KEYS.prospects };
const OLD_PROSPECT = 'sc.p.';
const keysOf = (store) => Array.from({ length: store.length }, (_, i) => store.key(i));

/**
 * Renames the keys an earlier version wrote (sc-refresh, sc-pkce, sc.p.<id>, sc.p-ids) to today's, so
 * an update neither signs the rep out nor drops the offline copies. Where both exist, today's wins.
 * Runs on every start, before anything reads storage; it never throws.
 */
export function migrateStorage() {
  for (const store of ['localStorage', 'sessionStorage']) {
    try {
      migrate(globalThis[store]); // reading the property throws where the browser blocks storage
    } catch { /* storage blocked: the app cannot keep a session anyway */ }
  }
}

function migrate(store) {
  for (const old of keysOf(store)) {
    const now = RENAMED[old] ?? (old.startsWith(OLD_PROSPECT) ? KEYS.prospect(old.slice(OLD_PROSPECT.length)) : null);
    if (!now) continue;
    const value = store.getItem(old);
    store.removeItem(old); // first, so that the copy fits even in nearly full storage
    try {
      if (store.getItem(now) === null) store.setItem(now, value);
    } catch { /* storage full: that copy is lost, the other keys still move */ }
  }
}

// ---- the token ------------------------------------------------------------------------------------

const outboxCore = () => globalThis.ScOutbox; // outbox-core.js, a classic script loaded before the modules

export const getToken = () => localStorage.getItem(KEYS.token);

/** The token also goes to IndexedDB, where the service worker's Background Sync can read it. */
export function setToken(t) {
  localStorage.setItem(KEYS.token, t);
  return outboxCore()?.setMeta('token', t).catch(() => {});
}

/** Keeps the service worker's copy of the token in step (e.g. after an update or cleared site data). */
export function syncTokenCopy() {
  const t = getToken();
  const core = outboxCore();
  if (!core) return;
  (t ? core.setMeta('token', t) : core.delMeta('token')).catch(() => {});
}

export const getRefreshToken = () => localStorage.getItem(KEYS.refresh);
export const setRefreshToken = (t) => localStorage.setItem(KEYS.refresh, t);
export const dropRefreshToken = () => localStorage.removeItem(KEYS.refresh);

/** The PKCE verifier and state, kept in this tab only while the rep is at the hosted UI. */
export const savePendingSignIn = (pending) => sessionStorage.setItem(KEYS.pkce, JSON.stringify(pending));
export function takePendingSignIn() {
  const pending = readJson(sessionStorage, KEYS.pkce);
  sessionStorage.removeItem(KEYS.pkce);
  return pending;
}

/** Signing out: every key of the scheme goes, and the service worker's copy of the token. */
export function endSession() {
  for (const k of keysOf(localStorage)) if (k.startsWith(PREFIX + SEP)) localStorage.removeItem(k);
  outboxCore()?.delMeta('token').catch(() => {});
}

// ---- offline copies (best-effort: a full storage just means no copy) ----------------------------------

function readJson(store, k) {
  try { return JSON.parse(store.getItem(k)); } catch { return null; }
}
function writeJson(k, value) {
  try { localStorage.setItem(k, JSON.stringify(value)); } catch { /* storage full */ }
}
const stamped = (fields) => ({ savedAt: new Date().toISOString(), ...fields });

export const saveAgendaCopy = (data) => writeJson(KEYS.agenda, stamped({ data }));
/** {savedAt, data} or null. */
export const cachedAgenda = () => readJson(localStorage, KEYS.agenda);

export const saveTiersCopy = (tiers) => writeJson(KEYS.tiers, tiers);
export const cachedTiers = () => readJson(localStorage, KEYS.tiers);

/** Keeps the last KEEP_PROSPECTS prospect pages. */
export function saveProspectCopy(p, touches) {
  if (!p?.id) return;
  const kept = readJson(localStorage, KEYS.prospects);
  const ids = [p.id, ...(Array.isArray(kept) ? kept : []).filter((x) => x !== p.id)];
  for (const old of ids.slice(KEEP_PROSPECTS)) localStorage.removeItem(KEYS.prospect(old));
  writeJson(KEYS.prospect(p.id), stamped({ p, touches }));
  writeJson(KEYS.prospects, ids.slice(0, KEEP_PROSPECTS));
}

/** The last saved copy of a prospect page, else a minimal one from the saved agenda, else null. */
export function cachedProspect(id) {
  const hit = readJson(localStorage, KEYS.prospect(id));
  if (hit?.p) return hit;
  const a = cachedAgenda();
  const e = [...(a?.data?.overdue || []), ...(a?.data?.due || [])].find((x) => x.id === id);
  return e ? { savedAt: a.savedAt, p: { ...e, status: 'open' }, touches: [], partial: true } : null;
}
