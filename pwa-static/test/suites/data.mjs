// Data in and out as a rep does it on a phone: pick a messy CSV (Excel, German locale: BOM, ';'),
// see every row's answer before anything is written, import it with progress, then get a calendar
// link and check a calendar app could read it. Screenshots at 390 and 360 px; axe on each screen.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'data';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '../../../shared/src/test/resources/imports');

export async function run({ checks, page, allow, signIn, shots, axeScan, BASE_URL }) {
  let expectRefusal = false; // the bad holiday code below is refused on purpose (400)
  allow((text) => expectRefusal && /^Failed to load resource: the server responded with a status of 400/.test(text));
  const who = { email: `data+${Date.now()}@example.com`, name: 'Dana Data', timeZone: 'Europe/Berlin' };
  const session = await signIn(page, who, '#/import');

  await checks.step('The import screen offers a file picker for CSV and vCard', async () => {
    await page.waitForSelector('#import-file');
    const accept = await page.getAttribute('#import-file', 'accept');
    if (!accept.includes('.csv') || !accept.includes('.vcf')) return `accept is ${accept}`;
  });

  await checks.step('Picking a file shows every row in a preview, with the problems named, and writes nothing', async () => {
    await page.setInputFiles('#import-file', {
      name: 'kontakte.csv', mimeType: 'application/vnd.ms-excel', buffer: fs.readFileSync(path.join(FIXTURES, 'excel-de-bom-semicolon.csv')),
    });
    await page.waitForSelector('#import-rows tbody tr');
    const rows = await page.$$eval('#import-rows tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
    if (rows.length !== 5) return `${rows.length} rows: ${rows.join(' | ')}`;
    if (!rows[0].includes('Jürgen Müller') || !rows[0].includes('Will be added')) return rows[0];
    if (!rows[3].includes('Problem') || !rows[3].includes('email:') || !rows[3].includes('lastContacted:')) return rows[3];
    if (!rows[4].includes('Same email as row 1')) return rows[4];
    const summary = await page.textContent('#import-summary');
    if (!summary.includes('3 contacts to add')) return summary;
    const listed = await session.api('GET', '/api/prospects');
    if (listed.data.items.length !== 0) return `${listed.data.items.length} prospects written by a preview`;
  });
  await checks.step('The preview fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'data-import-preview');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Import preview');

  await checks.step('Importing shows progress, then what was added, linked to each prospect', async () => {
    await page.click('#import-go');
    await page.waitForSelector('#h-done');
    const summary = await page.textContent('#import-summary');
    if (!summary.includes('3 contacts added')) return summary;
    // Each added row links to its prospect, and the repeated address to the one it repeats.
    const links = await page.$$eval('#import-rows tbody tr', (trs) => trs.map((tr) => tr.querySelector('a')?.getAttribute('href') ?? null));
    if (links.filter(Boolean).length !== 4 || links[3] !== null || links[4] !== links[0]) return links.join(', ');
    const listed = await session.api('GET', '/api/prospects');
    if (listed.data.items.length !== 3) return `${listed.data.items.length} prospects stored`;
  });
  await checks.step('The import result fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'data-import-done');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });

  await checks.step('A contact card shared to the app (Web Share Target) opens in the import preview', async () => {
    await page.goto(new URL('#/today', BASE_URL).href);
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 10000 }).catch(() => page.reload());
    await page.waitForFunction(() => navigator.serviceWorker?.controller);
    const vcf = fs.readFileSync(path.join(FIXTURES, 'android-contacts.vcf'), 'utf8');
    // What the browser does for a share: a multipart POST to the manifest's action, which the service worker takes.
    const status = await page.evaluate(async (text) => {
      const form = new FormData();
      form.append('contacts', new File([text], 'contacts.vcf', { type: 'text/vcard' }));
      const res = await fetch('./share-target', { method: 'POST', body: form });
      return res.status;
    }, vcf);
    if (status !== 200) return `share-target answered ${status}`;
    await page.goto(new URL('#/import?shared=1', BASE_URL).href);
    await page.waitForSelector('#import-rows tbody tr');
    const names = await page.$$eval('#import-rows tbody td.nm', (tds) => tds.map((td) => td.textContent));
    if (names.join('|') !== 'José Müller|Chidi Okafor|李小龙') return names.join('|');
  });

  await checks.step('Settings: time away and capacity save, and a bad holiday code is named next to its field', async () => {
    await page.goto(new URL('#/settings', BASE_URL).href);
    await page.waitForSelector('#time-off');
    await page.fill('#time-off [name="dailyCapacity"]', '12');
    await page.fill('#time-off [name="holidays"]', 'xx');
    expectRefusal = true;
    await page.click('#time-off button[type=submit]');
    await page.waitForSelector('#time-off [name="holidays"][aria-invalid="true"]');
    expectRefusal = false;
    await page.fill('#time-off [name="holidays"]', 'de-by');
    await page.fill('#time-off [name="away.from"]', '2026-12-21');
    await page.fill('#time-off [name="away.to"]', '2027-01-01');
    await page.click('#time-off button[type=submit]');
    await page.waitForFunction(() => document.getElementById('toast')?.textContent.includes('saved'));
    const me = (await session.api('GET', '/api/me')).data;
    if (me.dailyCapacity !== 12 || me.holidays !== 'DE-BY' || me.away?.to !== '2027-01-01') return JSON.stringify(me);
  });

  let url;
  await checks.step('"Subscribe in your calendar" gives a link to copy, which a calendar app can fetch without signing in', async () => {
    await page.click('#calendar-make');
    await page.waitForSelector('#calendar-url');
    url = await page.inputValue('#calendar-url');
    if (!/\/cal\/[A-Za-z0-9_-]{43}\.ics$/.test(url)) return url;
    const webcal = await page.getAttribute('#calendar-open', 'href');
    if (!webcal.startsWith('webcal://')) return webcal;
    const res = await fetch(url);
    const ics = await res.text();
    if (res.status !== 200 || !ics.startsWith('BEGIN:VCALENDAR\r\n') || !ics.includes('BEGIN:VEVENT')) return `${res.status} ${ics.slice(0, 80)}`;
  });
  await checks.step('Settings with the calendar link fit a 360 px phone', async () => {
    await page.locator('#h-calendar').scrollIntoViewIfNeeded();
    const { overflow } = await shots(page, 'data-settings-calendar');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Settings with time away and the calendar link');

  await checks.step('Replacing the link retires the old one', async () => {
    await page.click('#calendar-make');
    await page.waitForFunction((old) => document.getElementById('calendar-url')?.value !== old, url);
    const res = await fetch(url);
    if (res.status !== 404) return `the old link answers ${res.status}`;
  });
}
