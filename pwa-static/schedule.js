// Settings cards for time away, daily capacity and public holidays, the calendar feed, and data in
// and out (import, export). Loaded on first use by settings.js.
import { h, mount, plural, ymdIn } from './dom.js';
import { getToken } from './session.js';
import { putMe, request } from './client.js';
import { field, formError, showErrors, clearErrors, setBusy, toast, browserTimeZone } from './ui.js';

// The countries whose public holidays the holiday library (Jollyday) knows; the API checks the code.
const COUNTRIES = ('AD AE AL AM AR AT AU BA BE BG BM BO BR BS BY CA CH CL CO CR CU CY CZ DE DK EC EE EG ES ET FI FR GB GE GG GR HK HR HU '
  + 'IE IM IN IS IT JE JP KY KZ LI LT LU LV MA MC MD ME MK MT MU MX NG NI NL NO NZ PA PE PL PT PY RO RS RU SA SE SG SI SK SM TR UA US '
  + 'UY VE VG XK ZA').split(' ');

function countryName(code) {
  try { return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) || code; } catch { return code; }
}

export function dataCards(me) {
  return [timeOffCard(me), calendarCard(), dataCard()];
}

function timeOffCard(me) {
  if (!document.getElementById('country-list')) {
    document.body.append(h('datalist', { id: 'country-list' }, COUNTRIES.map((c) => h('option', { value: c }, countryName(c)))));
  }
  const form = h('form', { class: 'card form', id: 'time-off', novalidate: true, 'aria-labelledby': 'h-time-off' },
    h('h2', { id: 'h-time-off' }, 'Time away and workload'),
    h('p', { class: 'hint' }, 'While you are away nothing is due and no digest is sent; what falls due comes back after, spread over the next working days.'),
    h('fieldset', { class: 'pair' }, h('legend', null, 'Away', h('span', { class: 'opt' }, ' (optional)')),
      field({ name: 'away.from', label: 'First day', type: 'date', value: me.away?.from ?? '' }),
      field({ name: 'away.to', label: 'Last day', type: 'date', value: me.away?.to ?? '' })),
    field({ name: 'dailyCapacity', label: 'Most prospects due a day', type: 'number', value: me.dailyCapacity ?? '', optional: true,
      hint: 'Beyond it, nurture and working prospects move to the nearest day with room (up to two weeks, or five days); your first tier and sales-ready prospects never move.',
      attrs: { min: '1', max: '500', inputmode: 'numeric' } }),
    field({ name: 'holidays', label: 'Public holidays of', value: me.holidays ?? '', optional: true,
      hint: 'A country code such as DE, US or GB, or a region such as DE-BY: its public holidays are days off, like weekends.',
      attrs: { list: 'country-list', autocomplete: 'off', maxlength: '10', autocapitalize: 'characters' } }),
    formError(),
    h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Save time away and workload'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = form.elements;
    const from = f['away.from'].value;
    const to = f['away.to'].value;
    const body = {
      away: from || to ? { from: from || null, to: to || null } : null,
      dailyCapacity: f.dailyCapacity.value.trim() ? Number(f.dailyCapacity.value) : null,
      holidays: f.holidays.value.trim() ? f.holidays.value.trim().toUpperCase() : null,
    };
    const btn = form.querySelector('button[type=submit]');
    setBusy(btn, true, 'Saving…');
    clearErrors(form);
    try {
      const saved = await putMe(body);
      f.holidays.value = saved?.holidays ?? '';
      setBusy(btn, false);
      toast('Time away and workload saved');
    } catch (err) {
      setBusy(btn, false);
      if (err.status !== 401) showErrors(form, err);
    }
  });
  return form;
}

function calendarCard() {
  const out = h('div', { id: 'calendar-out' });
  const make = h('button', { type: 'button', class: 'btn btn-block', id: 'calendar-make' }, 'Get my calendar link');
  make.addEventListener('click', async () => {
    setBusy(make, true, 'Making a link…');
    try {
      const { url, webcal } = await request('POST', '/api/calendar');
      setBusy(make, false);
      make.textContent = 'Replace my calendar link';
      const box = h('input', { id: 'calendar-url', readonly: true, value: url, 'aria-label': 'Calendar link' });
      const copy = h('button', { type: 'button', class: 'btn', id: 'calendar-copy' }, 'Copy link');
      copy.addEventListener('click', async () => {
        box.select();
        try { await navigator.clipboard.writeText(url); toast('Link copied'); } catch { toast('Select the link and copy it'); }
      });
      mount(out,
        h('div', { class: 'inline' }, h('div', { class: 'field' }, h('label', { for: 'calendar-url' }, 'Your calendar link'), box), copy),
        h('a', { class: 'btn btn-block', href: webcal, id: 'calendar-open' }, 'Open in my calendar app'),
        h('p', { class: 'hint' }, 'Anyone with this link sees who is due, so keep it to yourself. Making a new link stops the old one.'));
    } catch (err) {
      setBusy(make, false);
      if (err.status !== 401) toast(err.message, { error: true });
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'h-calendar' },
    h('h2', { id: 'h-calendar' }, 'Subscribe in your calendar'),
    h('p', { class: 'hint' }, 'Google Calendar, Apple Calendar and Outlook can show who is due each day, for the next 60 days.'),
    make, out);
}

/** Every page of the CSV export, as one file download. */
async function exportCsv(btn) {
  setBusy(btn, true, 'Exporting…');
  try {
    const parts = [];
    let cursor = null;
    let rows = 0;
    do {
      const res = await fetch(`/api/exports/prospects.csv${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
        { headers: { Authorization: `Bearer ${getToken()}` }, cache: 'no-store' });
      if (!res.ok) throw new Error(res.status === 401 ? 'Please sign in again.' : `The export failed (HTTP ${res.status}).`);
      parts.push(await res.blob());
      rows += Number(res.headers.get('x-rows') || 0);
      cursor = res.headers.get('x-next-cursor');
    } while (cursor);
    const a = h('a', { href: URL.createObjectURL(new Blob(parts, { type: 'text/csv' })), download: `prospects-${ymdIn(browserTimeZone())}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    toast(`Exported ${plural(rows, 'prospect', 'prospects')}`);
  } catch (err) {
    toast(err.message || 'The export failed', { error: true });
  } finally {
    setBusy(btn, false);
  }
}

function dataCard() {
  const exp = h('button', { type: 'button', class: 'btn btn-block', id: 'export-csv' }, 'Export all prospects (CSV)');
  exp.addEventListener('click', () => exportCsv(exp));
  return h('section', { class: 'card', 'aria-labelledby': 'h-data' },
    h('h2', { id: 'h-data' }, 'Your contacts in and out'),
    h('a', { class: 'btn btn-block', href: '#/import', id: 'import-link' }, 'Import contacts (CSV or vCard)'),
    exp);
}
