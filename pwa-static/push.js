// Morning push: the daily digest as a notification on this device (Web Push with VAPID).
// Loaded on first use by Settings, so it costs nothing on the first load.
import { h } from './dom.js';
import { request } from './client.js';

const supported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The applicationServerKey the push service wants: base64url text -> bytes. */
function keyBytes(b64url) {
  const s = atob(b64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (b64url.length % 4)) % 4));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

async function currentSubscription() {
  const reg = await navigator.serviceWorker.ready;
  return { reg, sub: await reg.pushManager.getSubscription() };
}

/** The Settings card: what this device gets, and one button to change it. */
export function pushCard() {
  const status = h('p', { class: 'hint', id: 'push-status', 'aria-live': 'polite' }, 'Checking…');
  const error = h('p', { class: 'form-error', role: 'alert', id: 'push-error', hidden: true });
  const button = h('button', { type: 'button', class: 'btn btn-block', id: 'push-toggle', hidden: true });
  const card = h('section', { class: 'card', 'aria-labelledby': 'h-push' },
    h('h2', { id: 'h-push' }, 'Morning push'), status, error, button);

  const fail = (message) => { error.textContent = message; error.hidden = false; };
  const show = (text, action, onClick) => {
    status.textContent = text;
    button.hidden = !action;
    button.disabled = false;
    if (action) { button.textContent = action; button.onclick = onClick; }
  };

  async function refresh() {
    error.hidden = true;
    if (!supported()) { show('This browser cannot show push notifications; the digest still comes by e-mail.'); return; }
    let info;
    try {
      info = await request('GET', '/api/push');
    } catch (e) {
      show(e.status === 404 ? 'Push is not set up on this server; the digest comes by e-mail.'
        : e.offline ? 'Offline — push settings need a connection.' : 'Could not read push settings.');
      return;
    }
    const { reg, sub } = await currentSubscription();
    if (sub) show('On: this device gets your morning digest as a notification.', 'Turn off on this device', () => turnOff(sub));
    else if (Notification.permission === 'denied') show('Notifications are blocked for this site in the browser settings.');
    else show('Off on this device.', 'Turn on morning push', () => turnOn(reg, info.publicKey));
  }

  async function turnOn(reg, publicKey) {
    button.disabled = true;
    error.hidden = true;
    try {
      if (await Notification.requestPermission() !== 'granted') { await refresh(); return; }
      const sub = await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      const { endpoint, keys } = sub.toJSON();
      try {
        await request('PUT', '/api/push/subscription', { body: { endpoint, p256dh: keys.p256dh, auth: keys.auth } });
      } catch (e) {
        await sub.unsubscribe().catch(() => {}); // not stored on the server: do not leave a half-on device
        throw e;
      }
      await refresh();
    } catch (e) {
      button.disabled = false;
      fail(e.offline ? 'Offline — try again when connected.'
        : e.status ? `The server refused the subscription (${e.status}).`
          : 'The browser\'s push service could not be reached; try again later.');
    }
  }

  async function turnOff(sub) {
    button.disabled = true;
    error.hidden = true;
    try {
      await request('DELETE', '/api/push/subscription', { body: { endpoint: sub.endpoint } }).catch((e) => {
        if (e.status !== 404) throw e; // already gone on the server: fine
      });
      await sub.unsubscribe();
      await refresh();
    } catch (e) {
      button.disabled = false;
      fail(e.offline ? 'Offline — try again when connected.' : 'Could not turn push off; try again.');
    }
  }

  refresh().catch(() => show('Could not read push settings.'));
  return card;
}
