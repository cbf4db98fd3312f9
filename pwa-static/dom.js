// Tiny DOM helpers. Everything dynamic goes in as text nodes or attributes,
// never through innerHTML, so data can never become markup.

const PROPS = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'required', 'open']);

/** h('button', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (PROPS.has(k)) el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replace el's children; like replaceChildren() but skips null/false and never stringifies them. */
export function mount(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let screens;
/** The styles of the screens loaded on first use (screens.css), added once; resolves when they apply. */
export function screenStyles() {
  screens ??= new Promise((resolve) => {
    const link = h('link', { rel: 'stylesheet', href: 'screens.css', onload: resolve, onerror: resolve });
    document.head.append(link);
  });
  return screens;
}

/** One term of a <dl class="facts">: label and value (cls, e.g. 'late', goes on the value). */
export function fact(k, v, cls) {
  return h('div', { class: 'fact' }, h('dt', null, k), h('dd', { class: cls || null }, v));
}

const SVG = 'http://www.w3.org/2000/svg';
// Static, hand-written icon paths (24x24, stroked). Never built from data.
const ICONS = {
  call: 'M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  email: 'M3 6h18v12H3z M3 7l9 6 9-6',
  meeting: 'M4 5h16v15H4z M4 10h16 M8 3v4 M16 3v4',
  social: 'M16 8a4 4 0 1 1-8 0 4 4 0 0 1 8 0z M4 21a8 8 0 0 1 16 0',
  mail: 'M4 4h16v16H4z M8 9h8 M8 13h8 M8 17h5',
  event: 'M12 3l2.6 5.6 6 .7-4.5 4.1 1.2 6L12 16.4 6.7 19.4l1.2-6L3.4 9.3l6-.7z',
  today: 'M4 5h16v15H4z M4 10h16 M8 3v4 M16 3v4 M9 15l2 2 4-4',
  list: 'M9 6h11 M9 12h11 M9 18h11 M4 6h.01 M4 12h.01 M4 18h.01',
  add: 'M12 5v14 M5 12h14',
  settings: 'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z M19 12a7 7 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2-1.2L14 3h-4l-.5 2.6a7 7 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7 7 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2 1.2L10 21h4l.5-2.6a7 7 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
  refresh: 'M20 11a8 8 0 1 0-2.3 5.7 M20 4v7h-7',
  back: 'M15 5l-7 7 7 7',
  log: 'M12 20h9 M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z',
  team: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z M2.5 20a6.5 6.5 0 0 1 13 0 M16 4.5a3.2 3.2 0 0 1 0 6.2 M18 14a5.5 5.5 0 0 1 3.5 6',
};

export function icon(name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[name] || ICONS.add);
  svg.append(path);
  return svg;
}

// ---- formatting -------------------------------------------------------

export const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Format a calendar date (YYYY-MM-DD) without any time-zone shift. */
export function fmtDay(ymd, opts = { weekday: 'short', day: 'numeric', month: 'short' }) {
  if (!ymd) return '—';
  const d = new Date(`${ymd}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return String(ymd);
  return new Intl.DateTimeFormat(undefined, { ...opts, timeZone: 'UTC' }).format(d);
}

export function fmtInstant(iso, timeZone) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const o = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(undefined, timeZone ? { ...o, timeZone } : o).format(d);
  } catch {
    return new Intl.DateTimeFormat(undefined, o).format(d);
  }
}

export function ymdIn(timeZone, date = new Date()) {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  }
}

export function addDays(ymd, n) {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
