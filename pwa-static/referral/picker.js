// "Referred by" as a search-as-you-type combobox over the rep's prospects (GET /api/prospects?q=). Picking
// one links it: the input keeps the name and carries the id in data-referrer-id, which the form sends as
// referredById; typing again unlinks it (free text, for a referrer who is not in the system).
// ARIA 1.2 combobox with a listbox popup: arrow keys move, Enter picks, Escape closes.
import { h, mount } from '../dom.js';
import { listProspects } from '../client.js';

let seq = 0;

export function referrerPicker(input) {
  if (input.dataset.picker) return;
  input.dataset.picker = 'on';
  const id = `referrer-list-${++seq}`;
  const list = h('ul', { id, role: 'listbox', class: 'picker', hidden: true, 'aria-label': 'Your prospects' });
  const linked = h('p', { class: 'picker-linked', 'aria-live': 'polite' });
  input.after(list);
  list.after(linked);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  let items = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const show = () => {
    mount(list, items.map((p, i) => h('li', {
      id: `${id}-${i}`, role: 'option', class: 'picker-option', 'aria-selected': String(i === active),
      onmousedown: (e) => e.preventDefault(), // keep the focus in the input
      onclick: () => pick(p),
    }, h('span', { class: 'picker-name' }, p.name), p.company ? h('span', { class: 'picker-company' }, `· ${p.company}`) : null)));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (p) => {
    input.value = p.name;
    input.dataset.referrerId = p.id;
    mount(linked, `Linked to ${p.name}`, p.company ? ` (${p.company})` : '', ' — they will be thanked when this one is won.');
    close();
  };
  const search = async (q) => {
    const mine = ++asked;
    try {
      const page = await listProspects({ q, limit: 6 });
      if (mine !== asked || input.value.trim() !== q) return;
      items = Array.isArray(page?.items) ? page.items : [];
      active = -1;
      show();
    } catch {
      close(); // offline or refused: the field stays plain text
    }
  };

  input.addEventListener('input', () => {
    delete input.dataset.referrerId;
    linked.replaceChildren();
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { items = []; close(); return; }
    timer = setTimeout(() => search(q), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      show();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      pick(items[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
