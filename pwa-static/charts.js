// Small hand-drawn SVG charts for the Team tab (no library: about 4 KB against uPlot's 51 KB, and SVG
// scales to a 360 px phone). Each chart is a <figure>: a visible caption, the drawing hidden from
// screen readers, and the same numbers as a table that only screen readers read.
import { h } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 150;
const PAD = { l: 36, r: 8, t: 10, b: 22 };

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A round axis top: 1, 2, 5 or 10 times a power of ten, at least `max`. */
function niceMax(max) {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= max);
}

const x0 = PAD.l;
const plotW = W - PAD.l - PAD.r;
const plotH = H - PAD.t - PAD.b;
const y = (v, top) => PAD.t + plotH - (v / top) * plotH;
const short = (week) => week.replace(/^\d{4}-/, '');

function frame(labels, top, fmt) {
  const g = s('g', { class: 'axis' });
  for (const v of [0, top / 2, top]) {
    g.append(s('line', { x1: x0, x2: W - PAD.r, y1: y(v, top), y2: y(v, top), class: v ? 'grid' : 'base' }),
      s('text', { x: x0 - 4, y: y(v, top) + 4, 'text-anchor': 'end' }, fmt(v)));
  }
  const step = plotW / labels.length;
  const every = labels.length > 8 ? 3 : 1; // 12 weeks on a phone: every third label
  labels.forEach((l, i) => {
    if ((labels.length - 1 - i) % every) return;
    g.append(s('text', { x: x0 + step * (i + 0.5), y: H - 6, 'text-anchor': 'middle' }, short(l)));
  });
  return g;
}

function figure(title, svg, legend, table) {
  return h('figure', { class: 'chart' }, h('figcaption', null, title), svg, legend, table);
}

/** Counts have no half ticks. */
const whole = (v) => (Number.isInteger(v) ? String(v) : '');

// In a visually hidden box: a table never shrinks below its content, so it cannot be the one hidden.
function dataTable(title, head, rows) {
  return h('div', { class: 'visually-hidden' }, h('table', null, h('caption', null, title),
    h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c, i) => (i ? h('td', null, c) : h('th', { scope: 'row' }, c))))))));
}

/** Stacked bars, one per week: `series` [{key, label, values}] drawn bottom up in order (colours from CSS, by position). */
export function stackedBars(title, labels, series) {
  const totals = labels.map((_, i) => series.reduce((n, se) => n + (se.values[i] || 0), 0));
  const top = niceMax(Math.max(...totals));
  const step = plotW / labels.length;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', 'aria-hidden': 'true', focusable: 'false' }, frame(labels, top, whole));
  labels.forEach((_, i) => {
    let base = 0;
    series.forEach((se, k) => {
      const v = se.values[i] || 0;
      if (!v) return;
      svg.append(s('rect', { x: x0 + step * i + step * 0.15, width: step * 0.7, y: y(base + v, top), height: y(base, top) - y(base + v, top), class: `c${k}` }));
      base += v;
    });
  });
  const shown = series.filter((se) => se.values.some(Boolean));
  const legend = h('ul', { class: 'legend', 'aria-hidden': 'true' },
    (shown.length ? shown : series.slice(0, 1)).map((se) => h('li', null, h('span', { class: `swatch c${series.indexOf(se)}` }), se.label)));
  const table = dataTable(title, ['Week', ...series.map((se) => se.label), 'Total'],
    labels.map((l, i) => [l, ...series.map((se) => String(se.values[i] || 0)), String(totals[i])]));
  return figure(title, svg, legend, table);
}

/** A line over the weeks; null values leave a gap (a week with nothing due has no adherence). */
export function lineChart(title, labels, values, { max, fmt = whole, cls = 'c0' } = {}) {
  const top = max ?? niceMax(Math.max(0, ...values.filter((v) => v != null)));
  const step = plotW / labels.length;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', 'aria-hidden': 'true', focusable: 'false' }, frame(labels, top, fmt));
  let d = '';
  let pen = false; // a gap lifts the pen
  values.forEach((v, i) => {
    if (v == null) { pen = false; return; }
    const px = (x0 + step * (i + 0.5)).toFixed(1);
    const py = y(v, top).toFixed(1);
    d += `${pen ? 'L' : 'M'}${px},${py}`;
    pen = true;
    svg.append(s('circle', { cx: px, cy: py, r: 3, class: `dot ${cls}` }));
  });
  if (d) svg.insertBefore(s('path', { d, class: `line ${cls}` }), svg.querySelector('circle'));
  else svg.append(s('text', { x: x0 + plotW / 2, y: PAD.t + plotH / 2, 'text-anchor': 'middle', class: 'empty-note' }, 'no data yet'));
  const table = dataTable(title, ['Week', title], labels.map((l, i) => [l, values[i] == null ? 'none' : fmt(values[i])]));
  return figure(title, svg, null, table);
}
