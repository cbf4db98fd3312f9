// The time-zone picker of Settings: type a city, a region or an offset, pick from the IANA list (the
// browser's own, Intl.supportedValuesOf) with each zone's time now. An ARIA 1.2 combobox; loaded on first use.
import { h, mount } from './dom.js';

const MAX_SHOWN = 40;
let seq = 0;

/** Every IANA zone id the browser knows, UTC included. */
export function allZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires, Argentina, America": what a rep would type. */
export const zoneWords = (zone) => zone.split('/').reverse().map((p) => p.replace(/_/g, ' ')).join(', ');

/**
 * Zones matching every word of `query` (in the id, the city or the UTC offset, any case), those whose
 * city starts with the query first.
 */
export function matchZones(query, zones = allZones()) {
  const words = query.toLowerCase().replace(/[/_,]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return zones;
  const hits = zones.filter((z) => {
    const hay = `${z} ${zoneWords(z)} ${offsetOf(z)}`.toLowerCase().replace(/[/_]/g, ' ');
    return words.every((w) => hay.includes(w));
  });
  const q = words.join(' ');
  const starts = (z) => (zoneWords(z).toLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b));
}

const offsets = new Map();
/** "UTC+01:00", as the zone is now. */
function offsetOf(zone) {
  if (!offsets.has(zone)) {
    let v;
    try {
      const part = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date())
        .find((x) => x.type === 'timeZoneName');
      v = (part?.value || '').replace('GMT', 'UTC');
      if (v === 'UTC' || !v) v = 'UTC+00:00';
    } catch { v = ''; }
    offsets.set(zone, v);
  }
  return offsets.get(zone);
}

function timeIn(zone) {
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date());
  } catch { return ''; }
}

/** A labelled combobox named `timeZone`; its value is the chosen zone id. */
export function timeZonePicker(value, { hint } = {}) {
  const id = `tz-${++seq}`;
  const listId = `${id}-list`;
  const input = h('input', {
    id, name: 'timeZone', type: 'text', value, role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-describedby': `${id}-hint ${id}-err`,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'tz-list', 'aria-label': 'Time zones', hidden: true });
  const now = h('p', { class: 'hint', id: `${id}-hint` }, hint || '');
  const err = h('p', { class: 'field-error', id: `${id}-err`, hidden: true });
  let shown = [];
  let active = -1;

  const describe = () => {
    const z = input.value.trim();
    now.textContent = allZones().includes(z) ? `${timeIn(z)} there now (${offsetOf(z)}).${hint ? ` ${hint}` : ''}` : hint || 'Type a city, e.g. Paris or New York.';
  };
  function open(query) {
    shown = matchZones(query).slice(0, MAX_SHOWN);
    active = -1;
    mount(list, shown.length
      ? shown.map((z, i) => h('li', {
        id: `${id}-o${i}`, role: 'option', class: 'tz-option', 'aria-selected': 'false', dataset: { zone: z },
        onmousedown: (e) => e.preventDefault(), // keep focus in the input
        onclick: () => choose(z),
      }, h('span', { class: 'tz-city' }, zoneWords(z)), h('span', { class: 'tz-now' }, `${timeIn(z)} · ${offsetOf(z)}`)))
      : h('li', { class: 'tz-none', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, 'No time zone matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  }
  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }
  function choose(zone) {
    input.value = zone;
    close();
    describe();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
  function move(by) {
    if (list.hidden) open(input.value);
    if (!shown.length) return;
    active = (active + by + shown.length) % shown.length;
    list.querySelectorAll('[role=option]').forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    const opt = list.querySelector(`#${id}-o${active}`);
    input.setAttribute('aria-activedescendant', opt.id);
    opt.scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('input', () => { err.hidden = true; input.removeAttribute('aria-invalid'); open(input.value); });
  input.addEventListener('focus', () => input.select());
  input.addEventListener('blur', () => { close(); describe(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); move(1); } else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      choose(shown[active]);
    } else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
  });
  describe();
  return h('div', { class: 'field tz-field' },
    h('label', { for: id }, 'Time zone'), h('div', { class: 'tz-wrap' }, input, list), now, err);
}

/** Whether the picker holds a zone from the list (else the form names it). */
export const isZone = (z) => allZones().includes(z);
