// Sign-in through Cognito's hosted UI: OAuth 2.0 authorization code with PKCE (S256), no client
// secret. The deployment writes config.json (infra/sam/publish-app.sh); without one the app uses the
// local cloud's sign-in form instead. Loaded on first use, so it is not part of the first load.
import {
  setToken, getRefreshToken, setRefreshToken, dropRefreshToken, savePendingSignIn, takePendingSignIn,
} from './session.js';

let configPromise = null;

/** The raw config.json, or null: what the deployment wrote ({"auth":"local"} on the local cloud). */
function fetchConfig() {
  return fetch('./config.json', { cache: 'no-store' }).then((r) => (r.ok ? r.json() : null)).catch(() => null);
}

/** A usable Cognito config, or null (local sign-in). */
export const cognitoConfig = (c) => (c && c.auth === 'cognito' && c.authorizeUrl && c.tokenUrl && c.clientId ? c : null);

function authConfig() {
  configPromise ??= fetchConfig().then(cognitoConfig);
  return configPromise;
}

const b64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const randomText = (n) => b64url(crypto.getRandomValues(new Uint8Array(n)));

/** Off to the hosted UI; the verifier stays in this tab until the code comes back. */
export async function startSignIn(config) {
  const verifier = randomText(48); // 64 characters, within RFC 7636's 43-128
  const challenge = b64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const state = randomText(16);
  savePendingSignIn({ verifier, state });
  const url = new URL(config.authorizeUrl);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: config.redirectUri,
    scope: 'openid email profile', state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  location.assign(url.href);
}

async function tokenRequest(config, params) {
  const res = await fetch(config.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: config.clientId, ...params }).toString(),
    cache: 'no-store',
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok || !data.id_token) throw new Error(data.error_description || data.error || `sign-in failed (${res.status})`);
  return data;
}

/**
 * Back from the hosted UI with ?code=&state=: trade the code and the verifier for tokens. The ID
 * token carries the claims the API needs (custom:org). Returns an error message, or null when signed in.
 */
export async function finishSignIn() {
  const params = new URLSearchParams(location.search);
  const pending = takePendingSignIn();
  history.replaceState(null, '', `${location.pathname}#/today`); // the code is single-use: never keep it in the URL
  const config = await authConfig();
  if (params.get('error')) return params.get('error_description') || params.get('error');
  if (!config || !pending || pending.state !== params.get('state')) return 'That sign-in link was not started here; please sign in again.';
  try {
    const t = await tokenRequest(config, {
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: config.redirectUri, code_verifier: pending.verifier,
    });
    if (t.refresh_token) setRefreshToken(t.refresh_token);
    await setToken(t.id_token);
    return null;
  } catch (e) {
    return e.message;
  }
}

/** A fresh ID token from the refresh token, when the old one has expired; false when that is not possible. */
export async function refreshSignIn() {
  const refresh = getRefreshToken();
  const config = refresh && await authConfig();
  if (!config) return false;
  try {
    const t = await tokenRequest(config, { grant_type: 'refresh_token', refresh_token: refresh });
    await setToken(t.id_token);
    return true;
  } catch {
    dropRefreshToken();
    return false;
  }
}

