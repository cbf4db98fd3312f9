// The prospect list's multi-select: "Select" puts a checkbox on every row (rows loaded later too), and a bar
// at the bottom enrols the chosen prospects in a plan. Loaded on first use of the list.
import { h, plural } from '../dom.js';

/** Adds the "Select" toggle to `head`; `list` is the <ul> of prospect rows (each with data-id). */
export function selectMode(ctx, head, list) {
  const chosen = new Set();
  let on = false;
  const toggle = h('button', { type: 'button', class: 'btn', id: 'select-prospects', 'aria-pressed': 'false' }, 'Select');
  const count = h('span', { class: 'select-count', 'aria-live': 'polite' });
  const enrol = h('button', { type: 'button', class: 'btn btn-primary', id: 'enrol-selected', disabled: true }, 'Enrol in plan');
  const bar = h('div', { class: 'select-bar', hidden: true }, count, enrol);
  head.append(toggle);
  ctx.main.append(bar);

  const update = () => {
    count.textContent = `${plural(chosen.size, 'prospect', 'prospects')} selected`;
    enrol.disabled = chosen.size === 0;
  };
  const name = (li) => li.querySelector('.name')?.textContent || 'prospect';
  const addBox = (li) => {
    if (li.querySelector('.pick') || !li.dataset.id) return;
    const box = h('input', { type: 'checkbox', class: 'pick-box', 'aria-label': `Select ${name(li)}`, checked: chosen.has(li.dataset.id) });
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(li.dataset.id); else chosen.delete(li.dataset.id);
      update();
    });
    li.prepend(h('label', { class: 'pick' }, box));
  };
  const sync = () => { if (on) for (const li of list.children) addBox(li); };
  new MutationObserver(sync).observe(list, { childList: true });

  toggle.addEventListener('click', () => {
    on = !on;
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = on ? 'Done' : 'Select';
    bar.hidden = !on;
    ctx.main.classList.toggle('has-action-bar', on);
    if (on) { sync(); update(); return; }
    for (const p of list.querySelectorAll('.pick')) p.remove();
    chosen.clear();
  });
  enrol.addEventListener('click', () => import('./enrol.js').then((m) => m.openEnrolSheet([...chosen], () => {
    for (const b of list.querySelectorAll('.pick-box')) b.checked = false;
    chosen.clear();
    update();
  })));
}
