// A confirmation in the page's own dialog (never window.confirm): resolves true only on the confirm button.
import { h, mount } from './dom.js';

export function confirmDialog({ title, text, confirm, danger = false }) {
  const dlg = document.getElementById('sheet');
  return new Promise((resolve) => {
    let answer = false;
    const done = (yes) => { answer = yes; dlg.close(); };
    dlg.addEventListener('close', () => resolve(answer), { once: true });
    mount(dlg, h('div', { class: 'sheet-body' },
      h('div', { class: 'sheet-head' }, h('div', null, h('h2', { id: 'sheet-title' }, title), text ? h('p', { class: 'sheet-sub' }, text) : null)),
      h('div', { class: 'sheet-actions' },
        h('button', { type: 'button', class: `btn btn-block ${danger ? 'btn-danger-solid' : 'btn-primary'}`, id: 'confirm-yes', onclick: () => done(true) }, confirm),
        h('button', { type: 'button', class: 'btn btn-block', id: 'confirm-no', onclick: () => done(false) }, 'Cancel'))));
    dlg.dataset.step = 'confirm';
    if (!dlg.open) dlg.showModal();
    dlg.querySelector('#confirm-no').focus();
  });
}
