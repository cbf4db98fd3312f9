// Today's referral actions (DESIGN 7.3): "Ask for a referral" and "Say thanks". Each is the two-tap touch
// sheet with a suggestion on top: the team's template when a manager chose one (GET /api/referrals/settings),
// else words of our own. An ask is logged with purpose referral_ask (it moves the next ask six months on);
// a thank-you is an ordinary touch (any touch answers it). Loaded the first time a rep taps one.
import { h, mount } from '../dom.js';
import { request, cachedMe } from '../client.js';
import { openTouchSheet } from '../ui.js';

const enc = encodeURIComponent;

const firstName = (name) => String(name || '').trim().split(/\s+/)[0] || 'there';

/** kind: 'ask' | 'thanks'. entry: an agenda entry ({id, name, company}). */
export function referralSheet(entry, kind, onLogged) {
  const intro = h('div', { class: 'suggestion', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Finding the right words…'));
  openTouchSheet(entry, onLogged, {
    purpose: kind === 'ask' ? 'referral_ask' : null,
    title: kind === 'ask' ? 'Ask for a referral' : 'Say thanks',
    intro,
  });
  suggest(entry, kind).then((parts) => { if (intro.isConnected) mount(intro, ...parts); });
}

async function suggest(entry, kind) {
  // Read each time: a manager may have just chosen the team's template (one small GET beside the sheet).
  const settings = request('GET', '/api/referrals/settings').catch(() => null);
  const [s, me, referred] = await Promise.all([settings, cachedMe().catch(() => null), kind === 'thanks' ? referredName(entry.id) : null]);
  const templateId = kind === 'ask' ? s?.askTemplateId : s?.thankYouTemplateId;
  const template = templateId ? await request('GET', `/api/templates/${enc(templateId)}`).catch(() => null) : null;
  const fields = {
    'prospect.firstName': firstName(entry.name), 'prospect.name': entry.name || '', 'prospect.company': entry.company || '',
    'rep.name': me?.name || '', relevantInfo: kind === 'thanks' && referred ? `${referred} just became a customer.` : '[the one relevant thing]',
  };
  const merge = (text) => String(text || '').replace(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g, (m, k) => (k in fields ? fields[k] : m));
  const why = kind === 'thanks'
    ? h('p', { class: 'suggestion-why' }, referred ? `${referred}, whom ${firstName(entry.name)} referred, is now a customer.` : 'Someone they referred is now a customer.')
    : h('p', { class: 'suggestion-why' }, `${firstName(entry.name)} is due for a referral ask.`);
  if (template) {
    return [why, h('p', { class: 'pv-label' }, `Suggested template: ${template.name}`),
      h('div', { class: 'mail-preview' }, h('p', { class: 'pv-subject' }, merge(template.subject)), h('p', { class: 'pv-body' }, merge(template.bodyText))),
      h('p', null, h('a', { href: `#/prospect/${enc(entry.id)}` }, 'Send it from their page'), ', then log it here.')];
  }
  const words = kind === 'thanks'
    ? `Hi ${fields['prospect.firstName']}, ${referred || 'the person you introduced me to'} just became a customer — thank you for the introduction. It means a lot.`
    : `Hi ${fields['prospect.firstName']}, thank you for your time. Who else do you know who could use help like ours? An introduction from you would mean a lot.`;
  return [why, h('p', { class: 'pv-label' }, 'You could say'), h('blockquote', { class: 'mail-preview pv-body' }, words)];
}

/** The name of the won prospect a thank-you is for (the referrer's thankYouFor). */
async function referredName(id) {
  try {
    const p = await request('GET', `/api/prospects/${enc(id)}`);
    if (!p?.thankYouFor) return null;
    return (await request('GET', `/api/prospects/${enc(p.thankYouFor)}`))?.name ?? null;
  } catch {
    return null;
  }
}
