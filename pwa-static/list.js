// Prospects (#/prospects): search and filter by tier, to reach prospects that are not due today.
// Loaded on first use.
import { h, mount, fmtDay } from './dom.js';
import { getTiers, listProspects } from './client.js';
import { field, errorBox, tierChip, statusChip, readyMark, tierLabel } from './ui.js';

export async function listView(ctx) {
  const tiers = await getTiers().catch(() => []);
  if (!ctx.alive()) return;
  const search = h('form', { class: 'search', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
    field({ name: 'q', label: 'Search prospects', type: 'search', attrs: { autocomplete: 'off', placeholder: 'Name, company or email' } }),
    field({ name: 'tier', label: 'Tier', value: '', options: [['', 'All tiers'], ...tiers.map((t) => [t.key, tierLabel(t)])] }));
  const list = h('ul', { class: 'rows', id: 'prospect-list' });
  const status = h('p', { class: 'muted', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn btn-block', hidden: true }, 'Load more');
  const head = h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Prospects'));
  mount(ctx.main, head, search, status, list, more);
  import('./plans/select.js').then((m) => { if (ctx.alive()) m.selectMode(ctx, head, list); }).catch(() => {}); // multi-select: enrol in a plan

  let cursor = null;
  let token = 0;
  let timer;
  search.elements.q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 300); });
  search.elements.tier.addEventListener('change', run);
  more.addEventListener('click', () => page(false));

  function run() { cursor = null; page(true); }

  async function page(reset) {
    const my = ++token;
    more.disabled = true;
    if (reset) status.textContent = 'Searching…';
    try {
      const res = await listProspects({ q: search.elements.q.value.trim(), tier: search.elements.tier.value, cursor: reset ? null : cursor });
      if (!ctx.alive() || my !== token) return;
      const items = Array.isArray(res?.items) ? res.items : [];
      if (reset) list.replaceChildren();
      list.append(...items.map((p) => h('li', { class: 'row', dataset: { id: p.id } },
        h('a', { class: 'row-main', href: `#/prospect/${encodeURIComponent(p.id)}` },
          h('span', { class: 'row-top' }, h('span', { class: 'name' }, p.name ?? ''), p.salesReady ? readyMark() : null),
          h('span', { class: 'row-sub' }, h('span', { class: 'company' }, p.company || 'No company'), tierChip(p.tier, tiers), statusChip(p.status)),
          h('span', { class: 'row-meta' }, p.nextDueOn ? `Next due ${fmtDay(p.nextDueOn)}` : 'Not scheduled')))));
      cursor = res?.cursor ?? null;
      more.hidden = !cursor;
      more.disabled = false;
      status.textContent = list.children.length ? '' : 'No prospects match.';
    } catch (e) {
      if (!ctx.alive() || my !== token || e.status === 401) return;
      more.disabled = false;
      mount(status, errorBox(e, () => page(reset)));
    }
  }
  run();
}
