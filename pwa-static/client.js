// API client for the Sales Carousel local cloud. Absolute /api and /local paths. The token and the offline
// copies live in session.js.
import {
  getToken, getRefreshToken, endSession, saveAgendaCopy, saveTiersCopy, cachedTiers,
} from './session.js';

const TIMEOUT_MS = 20000;

export const DEFAULT_TIERS = [
  { key: 'active', label: 'Active', cadence: null },
  { key: 'working', label: 'Working', cadence: null },
  { key: 'nurture', label: 'Nurture', cadence: null },
];

let mePromise = null; // the profile and the tiers, fetched once a session
let tiersPromise = null;
let sessionToken = null; // whose they are: another sign-in in this tab (or another tab) starts afresh

/** Drops the profile and tiers of a previous sign-in when the token is now someone else's. */
function sameSession() {
  const t = getToken();
  if (t !== sessionToken) { sessionToken = t; mePromise = null; tiersPromise = null; }
}

/** Forgets the session: what session.js keeps, and the profile and tiers fetched for it. */
export function signOut() {
  endSession();
  tiersPromise = null;
  mePromise = null;
}

/** An API failure. `problem` is the RFC 9457 problem document when there was one. */
export class ApiError extends Error {
  constructor(status, problem, { offline = false } = {}) {
    const p = problem && typeof problem === 'object' ? problem : {};
    super(p.detail || p.title || (offline ? 'You are offline — check your connection and try again.' : `Something went wrong (HTTP ${status}).`));
    this.status = status;
    this.problem = p;
    this.offline = offline;
    this.invalidParams = Array.isArray(p['invalid-params']) ? p['invalid-params'] : [];
  }
}

let unauthorized = () => {};
export const onUnauthorized = (fn) => { unauthorized = fn; };

export async function request(method, path, { body, headers = {}, auth = true, renewed = false } = {}) {
  const hdrs = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) hdrs['Content-Type'] = 'application/json';
  const token = getToken();
  if (auth && token) hdrs.Authorization = `Bearer ${token}`;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  let res;
  try {
    res = await fetch(path, {
      method,
      headers: hdrs,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal: ctrl.signal,
    });
  } catch {
    throw new ApiError(0, null, { offline: true });
  } finally {
    clearTimeout(timer);
  }
  const text = res.status === 204 ? '' : await res.text().catch(() => '');
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (res.status === 401 && auth) {
    // Signed in through Cognito: an expired ID token is renewed once from the refresh token.
    if (!renewed && getRefreshToken()) {
      const { refreshSignIn } = await import('./auth.js');
      if (await refreshSignIn()) return request(method, path, { body, headers, auth, renewed: true });
    }
    signOut();
    unauthorized();
    throw new ApiError(401, { detail: 'Please sign in again.' });
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

/** RFC 4122 v4 id; falls back to getRandomValues where randomUUID is missing (non-secure origins). */
export function uuid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = [...b].map((v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

const enc = encodeURIComponent;

export const login = (body) => request('POST', '/local/login', { body, auth: false });
export const getMe = () => request('GET', '/api/me');
export const putMe = (body) => request('PUT', '/api/me', { body }).then((me) => { sameSession(); mePromise = Promise.resolve(me); return me; });
/** The profile, fetched once a session (the rep's name for template previews). */
export function cachedMe() {
  sameSession();
  mePromise ??= getMe().catch((e) => { mePromise = null; throw e; });
  return mePromise;
}

export async function getAgenda() {
  const data = await request('GET', '/api/agenda');
  saveAgendaCopy(data);
  return data;
}

/** Tiers in priority order; cached for the session, falls back to the last copy / defaults offline. */
export function getTiers() {
  sameSession();
  tiersPromise ??= request('GET', '/api/tiers')
    .then((d) => {
      const tiers = Array.isArray(d?.tiers) && d.tiers.length ? d.tiers : DEFAULT_TIERS;
      saveTiersCopy(tiers);
      return tiers;
    })
    .catch((e) => {
      tiersPromise = null;
      if (e.status === 401) throw e;
      const saved = cachedTiers();
      return Array.isArray(saved) && saved.length ? saved : DEFAULT_TIERS;
    });
  return tiersPromise;
}

export const createProspect = (body) => request('POST', '/api/prospects', { body });
export function listProspects({ tier, q, limit = 30, cursor } = {}) {
  const qs = new URLSearchParams();
  if (tier) qs.set('tier', tier);
  if (q) qs.set('q', q);
  if (limit) qs.set('limit', String(limit));
  if (cursor) qs.set('cursor', cursor);
  return request('GET', `/api/prospects?${qs}`);
}
export const getProspect = (id) => request('GET', `/api/prospects/${enc(id)}`);
export const patchProspect = (id, version, body) =>
  request('PATCH', `/api/prospects/${enc(id)}`, { body, headers: { 'If-Match': String(version) } });
export const deleteProspect = (id) => request('DELETE', `/api/prospects/${enc(id)}`);
export const getTouches = (id) => request('GET', `/api/prospects/${enc(id)}/touches`);
export const logTouch = (id, body) => request('POST', `/api/prospects/${enc(id)}/touches`, { body });
export const deleteTouch = (id, touchId) => request('DELETE', `/api/prospects/${enc(id)}/touches/${enc(touchId)}`);
export const patchTouch = (id, touchId, note) => request('PATCH', `/api/prospects/${enc(id)}/touches/${enc(touchId)}`, { body: { note } });

/** Replaces the team's tiers (managers); the session's copy follows. */
export async function putTiers(tiers) {
  const d = await request('PUT', '/api/tiers', { body: { tiers } });
  saveTiersCopy(d.tiers);
  sameSession();
  tiersPromise = Promise.resolve(d.tiers);
  return d.tiers;
}

export const getTemplates = () => request('GET', '/api/templates');
export const sendTemplate = (id, body) => request('POST', `/api/prospects/${enc(id)}/send`, { body });
export const getOutbox = () => request('GET', '/api/outbox');
