// The prospect page's referrals: who referred them (a link) and the tree of whom they brought in, and whom
// those brought in (GET /api/prospects/{id}/referrals, to five levels). Online only; loaded with the page.
import { h, mount, fact, fmtDay } from '../dom.js';
import { request } from '../client.js';
import { statusChip } from '../ui.js';

const enc = encodeURIComponent;
const FRESH_MS = 30000;
let last = null; // {key, at, tree}: the page re-renders on every change; the tree is read again after a while

export function referralsSection(ctx, p) {
  const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, 'Loading referrals…'));
  const section = h('section', { class: 'card', id: 'referrals', 'aria-labelledby': 'h-referrals' }, h('h2', { id: 'h-referrals' }, 'Referrals'), body);
  const key = `${p.id}:${p.version}`;
  if (!last || last.key !== key || Date.now() - last.at > FRESH_MS) {
    last = { key, at: Date.now(), tree: request('GET', `/api/prospects/${enc(p.id)}/referrals`) };
  }
  last.tree.then((t) => {
    if (!ctx.alive()) return;
    body.setAttribute('aria-busy', 'false');
    mount(body, ...view(t, p));
  }).catch((e) => {
    if (last?.key === key) last = null;
    if (!ctx.alive() || e.status === 401) return;
    body.setAttribute('aria-busy', 'false');
    mount(body, h('p', { class: 'muted' }, e.offline ? 'Referrals need a connection.' : `Referrals could not be loaded: ${e.message}`));
  });
  return section;
}

function view(t, p) {
  const by = t?.referredBy;
  const kids = Array.isArray(t?.referrals) ? t.referrals : [];
  const facts = [
    by ? fact('Referred by', [h('a', { href: `#/prospect/${enc(by.id)}`, id: 'referred-by' }, by.name), ' ', statusChip(by.status)]) : null,
    p.nextReferralAskOn ? fact('Next referral ask', fmtDay(p.nextReferralAskOn)) : null,
    p.thankYouOn ? fact('Say thanks', fmtDay(p.thankYouOn)) : null,
  ].filter(Boolean);
  return [
    facts.length ? h('dl', { class: 'facts' }, facts) : null,
    h('p', { class: 'tree-head' }, kids.length ? `Brought in ${count(kids)} ${count(kids) === 1 ? 'person' : 'people'}` : 'Has not referred anyone yet.'),
    kids.length ? tree(kids, 'referral-tree') : null,
  ];
}

const count = (nodes) => nodes.reduce((n, c) => n + 1 + count(c.referrals || []), 0);

function tree(nodes, id) {
  return h('ul', { class: 'tree', id }, nodes.map((n) => h('li', null,
    h('span', { class: 'tree-node' }, h('a', { href: `#/prospect/${enc(n.id)}` }, n.name), ' ', statusChip(n.status)),
    Array.isArray(n.referrals) && n.referrals.length ? tree(n.referrals) : null)));
}
