// Import contacts (#/import): pick a CSV or vCard file (or share one from the phone's contacts: the
// manifest's share target hands it over through the service worker), see every row's answer in a
// preview (a dry run, nothing written), then import it, with progress. Loaded on first use.
import { h, mount, plural, screenStyles } from './dom.js';
import { getToken } from './session.js';
import { ApiError, request } from './client.js';
import { errorBox, toast } from './ui.js';

const SHARED = 'sc-share'; // the cache sw.js puts a shared file in
const STATUS = { created: 'Will be added', duplicate: 'Already there', error: 'Problem' };
const DONE = { created: 'Added', duplicate: 'Already there', error: 'Not imported' };

/** text/vcard for .vcf, text/csv otherwise: phones and Windows report odd types for both. */
function typeOf(file) {
  const name = (file.name || '').toLowerCase();
  if (name.endsWith('.vcf') || /vcard|directory/.test(file.type || '')) return 'text/vcard';
  return 'text/csv';
}

/** POSTs the file; reports upload progress (0-1) while it goes up. Resolves with the report. */
function send(file, dryRun, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports?dryRun=${dryRun}`);
    xhr.setRequestHeader('Content-Type', `${typeOf(file)}; charset=utf-8`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.timeout = 120000;
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress?.(e.loaded / e.total); };
    xhr.onload = () => {
      let data;
      try { data = JSON.parse(xhr.responseText); } catch { data = null; }
      if (xhr.status === 401) {
        // The client's own 401 path: renews a Cognito session once, or signs out and shows sign-in.
        request('GET', '/api/me').catch(() => {});
        reject(new ApiError(401, { detail: 'Please sign in again.' }));
        return;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(new ApiError(xhr.status, data));
    };
    xhr.onerror = () => reject(new ApiError(0, null, { offline: true }));
    xhr.ontimeout = () => reject(new ApiError(0, { detail: 'The import took too long to answer. Send the same file again: rows already stored are not added twice.' }));
    xhr.send(file);
  });
}

function summary(r, labels) {
  const parts = [`${plural(r.created, 'contact', 'contacts')} ${labels === DONE ? 'added' : 'to add'}`];
  if (r.duplicates) parts.push(`${r.duplicates} already there`);
  if (r.errors) parts.push(`${plural(r.errors, 'row', 'rows')} with problems`);
  return parts.join(' · ');
}

function reasons(row) {
  if (row.status === 'duplicate') return row.duplicateOfRow ? `Same email as row ${row.duplicateOfRow}` : 'Same email or row as before';
  if (row.status !== 'error') return '';
  return (row.errors || []).map((e) => `${e.name}: ${e.reason}`).join('; ');
}

function table(report, labels) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Rows of the file' },
    h('table', { class: 'rows-table', id: 'import-rows' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Row'), h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Result'))),
      h('tbody', null, report.rows.map((row) => h('tr', { class: `st-${row.status}`, dataset: { row: row.row } },
        h('td', null, String(row.row)),
        h('td', { class: 'nm' }, row.id && labels === DONE ? h('a', { href: `#/prospect/${encodeURIComponent(row.id)}` }, row.name || '—') : (row.name || '—')),
        h('td', null, h('span', { class: 'st' }, labels[row.status]), reasons(row) ? h('span', { class: 'why' }, reasons(row)) : null))))));
}

/** The file a share target handed the service worker, if any (taken once). */
async function sharedFile() {
  if (!('caches' in window)) return null;
  const cache = await caches.open(SHARED);
  const res = await cache.match('shared-file');
  if (!res) return null;
  await cache.delete('shared-file');
  const name = decodeURIComponent(res.headers.get('x-file-name') || 'shared.vcf');
  return new File([await res.blob()], name, { type: res.headers.get('content-type') || '' });
}

export async function importView(ctx) {
  const head = h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, 'Import contacts'));
  const input = h('input', { type: 'file', id: 'import-file', accept: '.csv,.vcf,text/csv,text/vcard,text/x-vcard' });
  const picker = h('section', { class: 'card', 'aria-labelledby': 'h-pick' },
    h('h2', { id: 'h-pick' }, 'Choose a file'),
    h('p', { class: 'muted' }, 'A CSV file from Excel, Google Sheets or your CRM, or contacts (.vcf) from your phone. '
      + 'Give the CSV a header row: Name (or First name and Last name) and any of Company, Email, Phone, Title, Tier, Tags, '
      + 'Notes, Source, Referred by, Last contacted.'),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'File (CSV or vCard)'), input));
  const out = h('div', { id: 'import-out', 'aria-live': 'polite' });
  await screenStyles(); // the preview table's styles live there (not on first load)
  if (!ctx.alive()) return;
  mount(ctx.main, head, picker, out);

  let file = null;
  const preview = async (f) => {
    file = f;
    mount(out, h('p', { class: 'loading' }, `Checking ${f.name}…`));
    try {
      const report = await send(f, true);
      if (ctx.alive()) showPreview(report);
    } catch (e) {
      if (ctx.alive() && e.status !== 401) mount(out, errorBox(e, () => preview(f)));
    }
  };

  const showPreview = (report) => {
    const go = h('button', { type: 'button', class: 'btn btn-primary btn-block', id: 'import-go', disabled: !report.created },
      report.created ? `Import ${plural(report.created, 'contact', 'contacts')}` : 'Nothing to import');
    go.addEventListener('click', () => run(report));
    mount(out, h('section', { class: 'card', 'aria-labelledby': 'h-preview' },
      h('h2', { id: 'h-preview' }, `Preview of ${file.name}`),
      h('p', { id: 'import-summary' }, summary(report, STATUS)),
      report.ignoredColumns?.length ? h('p', { class: 'hint' }, `Not imported: ${report.ignoredColumns.join(', ')}`) : null,
      table(report, STATUS),
      go));
  };

  const run = async () => {
    const bar = h('progress', { id: 'import-progress', max: '100', value: '0', 'aria-label': 'Import progress' });
    const what = h('p', { class: 'muted' }, 'Sending the file…');
    mount(out, h('section', { class: 'card' }, h('h2', null, `Importing ${file.name}`), what, bar));
    try {
      const report = await send(file, false, (p) => {
        bar.value = Math.round(p * 90);
        if (p >= 1) what.textContent = 'Adding your contacts…';
      });
      if (!ctx.alive()) return;
      bar.value = 100;
      toast(`Imported: ${summary(report, DONE)}`);
      mount(out, h('section', { class: 'card', 'aria-labelledby': 'h-done' },
        h('h2', { id: 'h-done' }, 'Done'),
        h('p', { id: 'import-summary' }, summary(report, DONE)),
        table(report, DONE),
        h('a', { class: 'btn btn-primary btn-block', href: '#/prospects' }, 'See your prospects')));
    } catch (e) {
      if (ctx.alive() && e.status !== 401) {
        mount(out, errorBox(e, run), h('p', { class: 'hint' }, 'Sending the same file again is safe: nothing is added twice.'));
      }
    }
  };

  input.addEventListener('change', () => { if (input.files?.[0]) preview(input.files[0]); });
  if (/[?&]shared=1/.test(location.hash)) {
    const f = await sharedFile().catch(() => null);
    if (f && ctx.alive()) preview(f);
  }
}
