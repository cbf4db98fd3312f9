// Reaching out: the Call and Email links, and the "Log a touch" bar. A tap on Call or Email hands the
// phone to the dialer or the mail app; when the rep comes back to this page, the log sheet opens at
// the outcome step with that channel chosen, so one tap logs the touch.
import { h, icon } from '../dom.js';

const COME_BACK_WITHIN_MS = 2 * 3600 * 1000;

/** The links for the prospect's phone and e-mail, or null; openSheet(channel) opens the log sheet. */
export function contactRow(ctx, p, openSheet) {
  const link = (channel, href, label, value) => h('a', { class: 'btn contact', href, onclick: () => whenBack(ctx, () => openSheet(channel)) },
    icon(channel), h('span', null, h('span', { class: 'k' }, label), h('span', { class: 'v' }, value)));
  const links = [
    p.phone ? link('call', `tel:${String(p.phone).replace(/[^\d+]/g, '')}`, 'Call', p.phone) : null,
    p.email ? link('email', `mailto:${encodeURI(String(p.email))}`, 'Email', p.email) : null,
  ].filter(Boolean);
  return links.length ? h('div', { class: 'contact-row' }, links) : null;
}

/** The page's action bar; openSheet() opens the log sheet at its first step. */
export function logTouchBar(openSheet) {
  return h('div', { class: 'action-bar' },
    h('button', { type: 'button', class: 'btn btn-primary btn-block', id: 'log-touch', onclick: () => openSheet() },
      icon('log'), h('span', null, 'Log a touch')));
}

/** Calls `then` once the page, hidden after this tap, is visible again (within two hours, on the same view). */
function whenBack(ctx, then) {
  let left = false;
  const started = Date.now();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') { left = true; return; }
    if (!left) return;
    document.removeEventListener('visibilitychange', onVisibility);
    if (ctx.alive() && Date.now() - started < COME_BACK_WITHIN_MS) then();
  };
  document.addEventListener('visibilitychange', onVisibility);
}
