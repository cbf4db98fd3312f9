#!/usr/bin/env node
// End-to-end smoke test of the Sales Carousel PWA in a phone-sized Chromium.
//
//   BASE_URL=http://localhost:8080/ SHOT_DIR=/tmp/shots \
//   PLAYWRIGHT_CORE=/path/to/node_modules/playwright-core \
//   [AXE_CORE=/path/to/node_modules/axe-core] [CHROMIUM=/usr/bin/chromium] node pwa-static/test/smoke.mjs
//
// (pwa-static/test/run-smoke.sh does all of this against a freshly started local cloud.)
//
// Signs in through the UI, quick-adds `Ada <b>Lovelace</b>` (Analytical), checks it shows on Today as
// literal text, logs a touch in two taps (call -> left_message), checks it left Today, opens the
// prospect page and checks the history has 1 touch. Also checks the manifest, Chromium's own
// installability verdict, the first-load size, an axe-core scan of Today (no serious/critical
// violations), the offline agenda banner, and that the page logged no CSP violation or console error.
// Screenshots: today.png, log-touch.png, prospect.png, offline.png.
// Exits non-zero on the first failed check; always ends with "N passed, M failed".
import fs from 'node:fs';
import path from 'node:path';
import { BASE_URL, SHOT_DIR, STEP_MS, Checks, CheckFailed, openBrowser, isApi, axeScan as scanWithAxe } from './harness.mjs';

const NAME = 'Ada <b>Lovelace</b>';
const COMPANY = 'Analytical';
const REFERRER = 'Charles Babbage';
// 100 KB as the brief counts it: 100,000 bytes (not 102,400).
const FIRST_LOAD_BUDGET = 100000;

const checks = new Checks();
const step = checks.step.bind(checks);

async function main() {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  const browser = await openBrowser();
  const { context, page, allow } = browser;
  const { dialogs, pageErrors, consoleErrors } = browser.seen;
  let offline = false;
  let expectConflict = false; // the 409 a replayed tier move meets on purpose
  let expectReset = false; // the replayed POST whose response the test drops on purpose
  if (process.env.SMOKE_DEBUG) {
    context.on('request', (r) => { if (isApi(r.url())) console.log(`       [req] ${r.method()} ${new URL(r.url()).pathname}${r.serviceWorker() ? ' (sw)' : ''}`); });
  }
  // Failed network loads are expected while offline, and the 409 of the conflict check; nothing else should log an error.
  allow((text) => offline && /^Failed to load resource: net::/.test(text));
  allow((text) => expectConflict && /^Failed to load resource: the server responded with a status of 409/.test(text));
  allow((text) => expectReset && /^Failed to load resource: net::ERR_CONNECTION_RESET/.test(text));
  const shot = (name) => page.screenshot({ path: path.join(SHOT_DIR, name) });

  try {
    // ---- first load ------------------------------------------------------
    const origin = new URL(BASE_URL).origin;
    const loaded = [];
    const onResponse = (r) => loaded.push(r);
    page.on('response', onResponse);
    await step('app loads and shows the sign-in form', async () => {
      await page.goto(BASE_URL, { waitUntil: 'load' });
      await page.waitForSelector('form input[name="email"]');
      if (!/#\/login$/.test(page.url())) return `expected #/login, at ${page.url()}`;
    });
    await page.waitForLoadState('networkidle').catch(() => {});
    page.off('response', onResponse);
    await step(`first-load transfer <= ${FIRST_LOAD_BUDGET.toLocaleString('en')} bytes excluding icons`, async () => {
      let total = 0;
      const parts = [];
      for (const r of loaded) {
        const u = r.url();
        if (!u.startsWith(origin) || isApi(u) || /\/icons\//.test(u)) continue;
        const len = (await r.body().catch(() => Buffer.alloc(0))).length;
        total += len;
        parts.push(`${new URL(u).pathname}=${len}`);
      }
      // The manifest and the service worker are fetched by the browser, not the page: add them too.
      const manifestHref = await page.getAttribute('link[rel="manifest"]', 'href');
      for (const rel of [manifestHref, 'sw.js']) {
        const u = new URL(rel, BASE_URL).href;
        if (loaded.some((r) => r.url() === u)) continue;
        const res = await page.request.get(u);
        const len = (await res.body()).length;
        total += len;
        parts.push(`${new URL(u).pathname}=${len}`);
      }
      console.log(`       first load: ${total} bytes (${parts.join(', ')})`);
      if (total > FIRST_LOAD_BUDGET) return `${total} bytes`;
      if (total === 0) return 'nothing measured';
    });
    await step('Chromium reports no installability errors', async () => {
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors: errs } = await cdp.send('Page.getInstallabilityErrors');
      await cdp.detach().catch(() => {});
      if (errs.length) return errs.map((e) => [e.errorId, ...(e.errorArguments || []).map((a) => `${a.name}=${a.value}`)].join(' ')).join('; ');
    });
    await step('manifest is installable (name, short_name, icons, start_url, scope, display)', async () => {
      const href = await page.getAttribute('link[rel="manifest"]', 'href');
      const res = await page.request.get(new URL(href, BASE_URL).href);
      if (!res.ok()) return `manifest HTTP ${res.status()}`;
      const m = await res.json();
      const sizes = (m.icons || []).map((i) => i.sizes);
      const bad = [];
      if (m.name !== 'Sales Carousel') bad.push('name');
      if (m.short_name !== 'Carousel') bad.push('short_name');
      if (m.start_url !== './#/today') bad.push('start_url');
      if (m.scope !== './') bad.push('scope');
      if (m.display !== 'standalone') bad.push('display');
      if (!m.theme_color || !m.background_color) bad.push('colours');
      if (!sizes.includes('192x192') || !sizes.includes('512x512')) bad.push('icons');
      if (bad.length) return `bad fields: ${bad.join(', ')}`;
    });

    // ---- sign in ------------------------------------------------------------
    const email = `smoke+${Date.now()}@example.com`;
    await step('sign in through the UI lands on Today', async () => {
      await page.fill('input[name="email"]', email);
      await page.fill('input[name="name"]', 'Smoke Tester');
      const login = page.waitForResponse((r) => new URL(r.url()).pathname === '/local/login');
      await page.click('form button[type="submit"]');
      const res = await login;
      if (res.status() !== 200) return `POST /local/login -> ${res.status()}`;
      await page.waitForFunction(() => location.hash === '#/today');
      await page.waitForFunction(() => document.querySelector('#summary')?.textContent.includes('overdue'));
    });

    // ---- quick add --------------------------------------------------------------
    let id;
    await step(`quick-add "${NAME}" at ${COMPANY}`, async () => {
      await page.click('#tabbar a[data-tab="add"]');
      await page.waitForSelector('form input[name="name"]');
      await page.fill('input[name="name"]', NAME);
      await page.fill('input[name="company"]', COMPANY);
      await page.fill('input[name="referredBy"]', REFERRER);
      const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/prospects' && r.request().method() === 'POST');
      await page.click('form button[type="submit"]');
      const res = await created;
      if (res.status() !== 201) return `POST /api/prospects -> ${res.status()} ${await res.text()}`;
      const body = await res.json();
      id = body.id;
      if (!id) return 'no id in the created prospect';
      const sent = JSON.parse(res.request().postData() || '{}');
      if (sent.name !== NAME || sent.company !== COMPANY || sent.referredBy !== REFERRER) return `sent ${JSON.stringify(sent)}`;
      if (!/^[0-9a-f-]{36}$/i.test(sent.idempotencyKey || '')) return `no idempotencyKey on create: ${JSON.stringify(sent)}`;
      if (body.referredBy !== REFERRER) return `server kept referredBy ${JSON.stringify(body.referredBy)}`;
    });

    const row = () => page.locator(`li.row[data-id="${id}"]`);
    await step('new prospect appears on Today as literal text', async () => {
      await page.waitForFunction(() => location.hash === '#/today');
      await row().waitFor({ state: 'visible' });
      const name = await row().locator('.name').textContent();
      if (name !== NAME) return `name shown as ${JSON.stringify(name)}`;
      if (await row().locator('b, img').count()) return 'markup from the name was rendered';
      const company = await row().locator('.company').textContent();
      if (company !== COMPANY) return `company shown as ${JSON.stringify(company)}`;
      if (dialogs.length) return `a dialog opened: ${dialogs[0]}`;
    });
    await row().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300); // let the "Added" toast settle
    await shot('today.png');

    const axeScan = (where) => scanWithAxe(checks, page, where);
    await axeScan('Today');

    // ---- log a touch in two taps --------------------------------------------------------
    let touchReq;
    await step('log touch: tap 1 picks the channel (call)', async () => {
      await row().locator('button.log-btn').click();
      await page.waitForSelector('#sheet[open] [data-channel="call"]');
      await page.click('#sheet [data-channel="call"]');
      await page.waitForSelector('#sheet[open] [data-outcome="left_message"]');
    });
    await page.waitForTimeout(300); // sheet animation
    await shot('log-touch.png');
    await step('log touch: tap 2 picks the outcome (left_message) and POSTs at once', async () => {
      const posted = page.waitForResponse((r) => r.url().endsWith(`/api/prospects/${encodeURIComponent(id)}/touches`) && r.request().method() === 'POST');
      await page.click('#sheet [data-outcome="left_message"]');
      const res = await posted;
      touchReq = JSON.parse(res.request().postData() || '{}');
      if (res.status() !== 201) return `POST touches -> ${res.status()} ${await res.text()}`;
      const keys = Object.keys(touchReq).sort().join(',');
      if (keys !== 'channel,idempotencyKey,outcome') return `unexpected body fields ${keys}`;
      if (touchReq.channel !== 'call' || touchReq.outcome !== 'left_message') return `sent ${JSON.stringify(touchReq)}`;
      if (!/^[0-9a-f-]{36}$/i.test(touchReq.idempotencyKey)) return `idempotencyKey ${touchReq.idempotencyKey}`;
      await page.waitForSelector('#sheet[open]', { state: 'detached' }).catch(() => {});
      if (await page.locator('#sheet[open]').count()) return 'sheet still open';
    });
    await step('prospect left Today after the touch', async () => {
      await row().waitFor({ state: 'detached' });
    });

    // ---- prospect page -------------------------------------------------------------
    await step('prospect page shows the name literally and 1 touch in history', async () => {
      await page.evaluate((pid) => { location.hash = `#/prospect/${encodeURIComponent(pid)}`; }, id);
      await page.waitForSelector('#p-name');
      const name = await page.textContent('#p-name');
      if (name !== NAME) return `heading ${JSON.stringify(name)}`;
      await page.waitForSelector('#history > li');
      const n = await page.locator('#history > li').count();
      if (n !== 1) return `${n} touches in history`;
      const text = await page.textContent('#history > li');
      if (!text.includes('Call') || !text.includes('Left message')) return `history row ${JSON.stringify(text)}`;
    });
    await page.waitForTimeout(300);
    await shot('prospect.png');

    // ---- API helpers (Node's fetch: not subject to the page's offline emulation) -------------------
    const token = await page.evaluate(() => localStorage.getItem('sc.token'));
    const api = async (method, p, body, headers = {}) => {
      const res = await fetch(new URL(p, BASE_URL), {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let data;
      try { data = JSON.parse(text); } catch { data = text; }
      return { status: res.status, data };
    };
    const grace = await api('POST', '/api/prospects', {
      name: 'Grace Hopper', company: 'Navy', email: `grace+${Date.now()}@example.com`, phone: '+1 (555) 0100',
    });
    if (grace.status !== 201) throw new Error(`could not create a prospect through the API: ${grace.status}`);
    const gid = grace.data.id;
    const gEmail = grace.data.email;
    const openGrace = async () => {
      await page.evaluate((pid) => { location.hash = `#/prospect/${encodeURIComponent(pid)}`; }, gid);
      await page.waitForFunction(() => document.querySelector('#p-name')?.textContent === 'Grace Hopper');
    };
    const logTouchOnPage = async (channel, outcome) => {
      await page.click('#log-touch');
      await page.click(`#sheet[open] [data-channel="${channel}"]`);
      await page.click(`#sheet[open] [data-outcome="${outcome}"]`);
      await page.waitForSelector('#sheet[open]', { state: 'detached' });
    };

    await step('prospect page: tel: and mailto: links', async () => {
      await openGrace();
      const tel = await page.getAttribute('.contact-row a[href^="tel:"]', 'href');
      const mail = await page.getAttribute('.contact-row a[href^="mailto:"]', 'href');
      if (tel !== 'tel:+15550100') return `tel link ${tel}`;
      if (mail !== `mailto:${gEmail}`) return `mailto link ${mail}`;
    });

    // ---- offline outbox ------------------------------------------------------------------------------
    await step('offline: two touches go to the outbox and a pending counter shows 2', async () => {
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      offline = true;
      await context.setOffline(true);
      await page.waitForSelector('#syncbar:not([hidden]) .sync-offline');
      await logTouchOnPage('call', 'no_answer');
      await logTouchOnPage('email', 'left_message');
      await page.waitForFunction(() => document.querySelector('#syncbar [data-pending]')?.dataset.pending === '2');
      const text = await page.textContent('#syncbar');
      if (!text.includes('2 changes waiting to sync')) return `sync bar says ${JSON.stringify(text)}`;
      const shown = await page.locator('#history > li[data-pending]').count();
      if (shown !== 2) return `${shown} pending touches in the history`;
      const server = await api('GET', `/api/prospects/${gid}/touches`);
      if (server.data.items.length !== 0) return `server already has ${server.data.items.length} touches while offline`;
    });
    await shot('offline-outbox.png');

    await step('back online: replayed once each — a lost response is retried with the same key, server has exactly 2 touches', async () => {
      // The first replayed POST reaches the server, but its response is lost: the app must retry it
      // with the same idempotency key (on the next start) and the server must not record it twice.
      let dropped = 0;
      expectReset = true;
      const keys = [];
      await context.route(`**/api/prospects/${gid}/touches`, async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        keys.push(JSON.parse(route.request().postData() || '{}').idempotencyKey);
        if (dropped === 0) {
          await route.fetch();
          await route.abort('connectionreset');
          dropped++;
          return;
        }
        return route.continue();
      });
      offline = false;
      await context.setOffline(false);
      await page.waitForFunction(() => document.querySelector('#syncbar [data-pending]')?.dataset.pending === '2' || !document.querySelector('#syncbar [data-pending]'));
      const deadline = Date.now() + STEP_MS;
      while (dropped === 0 && Date.now() < deadline) await page.waitForTimeout(20);
      if (!dropped) return 'no touch was replayed after coming back online';
      await context.unroute(`**/api/prospects/${gid}/touches`);
      // The app starts again: it replays what is still queued.
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#p-name')?.textContent === 'Grace Hopper');

      const t0 = Date.now();
      await page.waitForFunction(() => !document.querySelector('#syncbar [data-pending]'));
      if (process.env.SMOKE_DEBUG) console.log(`       replay after restart took ${Date.now() - t0} ms`);
      const server = await api('GET', `/api/prospects/${gid}/touches`);
      const got = server.data.items.map((t) => `${t.channel}/${t.outcome}`).sort().join(',');
      if (got !== 'call/no_answer,email/left_message') return `server touches: ${got || 'none'}`;
      expectReset = false;
      const left = await page.evaluate(() => self.ScOutbox.all());
      if (left.length) return `still queued: ${JSON.stringify(left)}`;
      await page.waitForFunction(() => document.querySelectorAll('#history > li').length === 2 && !document.querySelector('#history > li[data-pending]'));
    });

    // ---- tier moves -----------------------------------------------------------------------------------
    await step('tap Call, come back to the app: the log sheet is open at the outcome, one tap logs the call', async () => {
      await openGrace();
      const before = (await api('GET', `/api/prospects/${gid}/touches`)).data.items.length;
      // Headless Chromium has no dialer: the tap goes nowhere, so the page is hidden and shown by hand.
      await page.evaluate(() => {
        document.querySelector('.contact-row a[href^="tel:"]').addEventListener('click', (e) => e.preventDefault(), { once: true });
      });
      await page.click('.contact-row a[href^="tel:"]');
      const flip = (state) => page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
      await flip('hidden');
      await flip('visible');
      await page.waitForSelector('#sheet[open][data-step="outcome"]');
      const prompt = await page.textContent('#sheet[open] .step');
      if (!/^Call/.test(prompt)) return `sheet asks ${JSON.stringify(prompt)}`;
      await page.waitForTimeout(400); // the sheet slides in
      await shot('came-back.png');
      await page.click('#sheet[open] [data-outcome="no_answer"]');
      await page.waitForSelector('#sheet[open]', { state: 'detached' });
      const after = (await api('GET', `/api/prospects/${gid}/touches`)).data.items;
      if (after.length !== before + 1 || after[0].channel !== 'call' || after[0].outcome !== 'no_answer') return JSON.stringify(after[0]);
      await page.evaluate(() => { delete document.visibilityState; });
    });

    await step('move tier in the UI (active -> working) updates the server', async () => {
      const patched = page.waitForResponse((r) => r.url().endsWith(`/api/prospects/${gid}`) && r.request().method() === 'PATCH');
      await page.selectOption('#p-tier', 'working');
      const res = await patched;
      if (res.status() !== 200) return `PATCH -> ${res.status()}`;
      await page.waitForFunction(() => document.querySelector('.p-head .chips')?.textContent.includes('Working'));
      const server = await api('GET', `/api/prospects/${gid}`);
      if (server.data.tier !== 'working') return `server tier ${server.data.tier}`;
    });
    await step('offline tier move that meets a change from another device: 409 shown to the rep, then applied on request', async () => {
      offline = true;
      await context.setOffline(true);
      await page.waitForSelector('#syncbar:not([hidden]) .sync-offline');
      await page.selectOption('#p-tier', 'nurture');
      await page.waitForFunction(() => document.querySelector('#syncbar [data-pending]')?.dataset.pending === '1');
      // Another device edits the prospect meanwhile.
      const cur = await api('GET', `/api/prospects/${gid}`);
      const other = await api('PATCH', `/api/prospects/${gid}`, { notes: 'edited on the laptop' }, { 'If-Match': String(cur.data.version) });
      if (other.status !== 200) return `other device's PATCH -> ${other.status}`;
      offline = false;
      expectConflict = true;
      await context.setOffline(false);
      await page.waitForSelector('#syncbar [data-attention="1"]');
      await page.click('#syncbar a.sync-link');
      await page.waitForSelector('#queued-ops li[data-state="conflict"]');
      const text = await page.textContent('#queued-ops li[data-state="conflict"]');
      if (!/another device/.test(text) || !/Working/.test(text)) return `conflict shows ${JSON.stringify(text)}`;
      const still = await api('GET', `/api/prospects/${gid}`);
      if (still.data.tier !== 'working') return `tier changed to ${still.data.tier} despite the conflict`;
      await shot('conflict.png');
      await page.click('#queued-ops li[data-state="conflict"] button:has-text("anyway")');
      await page.waitForSelector('#queued-ops li', { state: 'detached' });
      expectConflict = false;
      const after = await api('GET', `/api/prospects/${gid}`);
      if (after.data.tier !== 'nurture' || after.data.notes !== 'edited on the laptop') return `after: ${after.data.tier}, ${after.data.notes}`;
    });

    // ---- templated e-mail -------------------------------------------------------------------------------
    const tpl = await api('POST', '/api/templates', {
      name: 'Follow-up', subject: '{{prospect.firstName}}, about {{prospect.company}}',
      bodyText: 'Hi {{prospect.firstName}},\n\n{{relevantInfo}}\n\n{{rep.name}}',
    });
    if (tpl.status !== 201) throw new Error(`could not create a template: ${tpl.status}`);
    const INFO = 'Loved your <i>COBOL</i> keynote';
    await step('send a templated email: empty relevant info is refused, preview is merged as text, POST /send -> 202', async () => {
      await openGrace();
      await page.waitForSelector('#send-template');
      const sends = [];
      const onReq = (r) => { if (r.url().endsWith(`/api/prospects/${gid}/send`)) sends.push(r); };
      page.on('request', onReq);
      await page.click('#send-btn');
      await page.waitForSelector('#send-info[aria-invalid="true"]');
      if (sends.length) return 'sent with an empty relevant-info slot';
      await page.fill('#send-info', INFO);
      const subject = await page.textContent('#preview-subject');
      const pbody = await page.textContent('#preview-body');
      if (subject !== 'Grace, about Navy') return `preview subject ${JSON.stringify(subject)}`;
      if (!pbody.startsWith('Hi Grace,') || !pbody.includes(INFO) || !pbody.includes('Smoke Tester')) return `preview body ${JSON.stringify(pbody)}`;
      if (await page.locator('#send-preview i').count()) return 'markup rendered in the preview';
      await page.locator('#send-card').scrollIntoViewIfNeeded();
      await shot('send.png');
      const posted = page.waitForResponse((r) => r.url().endsWith(`/api/prospects/${gid}/send`));
      await page.click('#send-btn');
      const res = await posted;
      page.off('request', onReq);
      if (res.status() !== 202) return `POST send -> ${res.status()} ${await res.text()}`;
      const sent = JSON.parse(res.request().postData());
      if (sent.templateId !== tpl.data.id || sent.relevantInfo !== INFO || !sent.idempotencyKey) return `sent ${JSON.stringify(sent)}`;
    });
    await axeScan('a prospect page with the send form');
    await step('the email shows in the outbox as sent, and the local SES captured it', async () => {
      await page.waitForSelector('#prospect-mails li[data-status="sent"]', { timeout: 30000 });
      let mails = [];
      for (let i = 0; i < 100 && !mails.length; i++) {
        const r = await fetch(new URL(`/local/outbox?to=${encodeURIComponent(gEmail)}`, BASE_URL));
        mails = await r.json();
        if (!mails.length) await page.waitForTimeout(100);
      }
      if (mails.length !== 1) return `${mails.length} mails to ${gEmail}`;
      if (mails[0].subject !== 'Grace, about Navy' || !mails[0].text.includes(INFO)) return `mail ${JSON.stringify(mails[0]).slice(0, 200)}`;
      await page.evaluate(() => { location.hash = '#/outbox'; });
      await page.waitForSelector('#outbox-mails li[data-status="sent"]');
      const mailRow = await page.textContent('#outbox-mails li[data-status="sent"]');
      if (!mailRow.includes('Follow-up') || !mailRow.includes('Grace Hopper') || !mailRow.includes('Sent')) return `outbox row ${JSON.stringify(mailRow)}`;
      await shot('outbox.png');
    });
    await axeScan('the outbox');

    // ---- lost asks for a referral --------------------------------------------------------------------------
    await step('marking lost asks for a referral in the page, adds it with referredBy, marks lost and logs the ask (moves to nurture)', async () => {
      await openGrace();
      await page.click('#p-status-lost');
      await page.waitForSelector('#sheet[open][data-step="referral"]');
      await page.click('#ref-add');
      await page.waitForSelector('#ref-name[aria-invalid="true"]');
      await page.fill('#ref-name', 'Katherine Johnson');
      await shot('referral.png');
      const lost = page.waitForResponse((r) => r.url().endsWith(`/api/prospects/${gid}`) && r.request().method() === 'PATCH');
      await page.click('#ref-add');
      if ((await lost).status() !== 200) return 'PATCH status failed';
      const p = await api('GET', `/api/prospects/${gid}`);
      if (p.data.status !== 'lost') return `status ${p.data.status}`;
      const found = await api('GET', '/api/prospects?q=Katherine');
      const k = found.data.items.filter((x) => x.name === 'Katherine Johnson');
      if (k.length !== 1 || k[0].referredBy !== 'Grace Hopper' || k[0].company !== 'Navy') return `referral ${JSON.stringify(k)}`;
      // The ask was logged as the touch it was, so the lost deal moved to nurture (not left due today).
      await page.waitForFunction(() => document.querySelector('#history')?.textContent.includes('Asked for a referral: Katherine Johnson'));
      const after = await api('GET', `/api/prospects/${gid}`);
      if (after.data.tier !== 'nurture' || after.data.status !== 'lost') return `after the ask: ${after.data.status}/${after.data.tier}`;
      if (dialogs.length) return `a window dialog opened: ${dialogs[0]}`;
    });

    // ---- offline ---------------------------------------------------------------------
    await step('offline: Today shows the last agenda with a banner', async () => {
      await page.click('#tabbar a[data-tab="today"]');
      await page.waitForFunction(() => document.querySelector('#summary')?.textContent.includes('overdue'));
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      offline = true;
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('.banner.offline');
      const text = await page.textContent('.banner.offline');
      if (!/offline — showing last agenda/i.test(text)) return `banner ${JSON.stringify(text)}`;
      await shot('offline.png');
      await context.setOffline(false);
      offline = false;
    });

    await step('Today groups the due prospects by tier, in tier order, each group headed by its tier', async () => {
      for (const [name, tier] of [['Nurture Nadia', 'nurture'], ['Active Alan', 'active'], ['Working Wu', 'working']]) {
        const r = await api('POST', '/api/prospects', { name, tier });
        if (r.status !== 201) return `could not add ${name}: ${r.status}`;
      }
      await page.evaluate(() => { location.hash = '#/today'; });
      await page.reload({ waitUntil: 'load' });
      await page.waitForSelector('.tier-group[data-tier="nurture"] li.row');
      const groups = await page.$$eval('.tier-group', (gs) => gs.map((g) => `${g.dataset.tier}:${g.querySelectorAll('li.row').length}`));
      const order = groups.map((g) => g.split(':')[0]);
      if (order.join() !== ['active', 'working', 'nurture'].filter((t) => order.includes(t)).join() || order.length !== 3) return groups.join(' ');
      await shot('today-tiers.png');
    });

    // ---- the narrowest phone we design for ------------------------------------------------------------
    await step('360 px wide: no horizontal overflow on Today, a prospect and the outbox', async () => {
      await page.setViewportSize({ width: 360, height: 740 });
      const wide = [];
      for (const [hash, name] of [['#/today', 'today-360.png'], [`#/prospect/${gid}`, 'prospect-360.png'], ['#/outbox', 'outbox-360.png']]) {
        await page.evaluate((hh) => { location.hash = hh; }, hash);
        await page.waitForSelector('main h1:not(.visually-hidden)'); // the prospect page's loading state has a hidden one
        await page.waitForLoadState('networkidle').catch(() => {});
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 360) wide.push(`${hash}: ${w}px`);
        await page.screenshot({ path: path.join(SHOT_DIR, name), fullPage: true });
      }
      if (wide.length) return wide.join(', ');
    });

    // ---- morning push ---------------------------------------------------------------------
    await step('Settings shows the morning push card; a digest push (delivered through DevTools) shows a notification linking to Today', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await context.grantPermissions(['notifications'], { origin });
      await page.evaluate(() => { location.hash = '#/settings'; });
      await page.waitForFunction(() => /this device|not set up|cannot show/.test(document.querySelector('#push-status')?.textContent || ''));
      const status = await page.textContent('#push-status');
      if (!/Off on this device/.test(status)) return `push card says ${JSON.stringify(status)}`;
      if (!(await page.isVisible('#push-toggle'))) return 'no "Turn on morning push" button';
      await shot('settings-push.png');
      // The push service's part, through the DevTools protocol: deliver the payload the sender builds.
      const cdp = await context.newCDPSession(page);
      const registration = new Promise((resolve) => {
        cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
          const r = registrations.find((x) => !x.isDeleted && x.scopeURL.startsWith(origin));
          if (r) resolve(r.registrationId);
        });
      });
      await cdp.send('ServiceWorker.enable');
      const registrationId = await registration;
      const payload = { title: 'Today: 1 overdue, 2 due', body: 'Grace Hopper, Linus and 1 more', url: '/#/today', tag: 'digest-test' };
      await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data: JSON.stringify(payload) });
      let shown = [];
      for (let i = 0; i < 50 && !shown.length; i++) {
        shown = await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications())
          .map((x) => ({ title: x.title, body: x.body, url: x.data && x.data.url, tag: x.tag })));
        if (!shown.length) await page.waitForTimeout(100);
      }
      if (!shown.length) return 'no notification was shown';
      const n = shown[0];
      if (n.title !== payload.title || n.body !== payload.body || n.url !== '/#/today' || n.tag !== 'digest-test') return JSON.stringify(shown);
      await page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).forEach((x) => x.close()));
    });

    // ---- sign-in as deployed: Cognito hosted UI, authorization code + PKCE -----------------------------
    await step('Cognito-style sign-in: code + PKCE through the hosted UI (the local stand-in) lands on Today, URL cleaned', async () => {
      const config = {
        auth: 'cognito', clientId: 'carousel-local', redirectUri: `${origin}/`,
        authorizeUrl: `${origin}/local/oauth2/authorize`, tokenUrl: `${origin}/local/oauth2/token`,
      };
      // What publish-app.sh writes in AWS; the local cloud serves {"auth":"local"}.
      await context.route('**/config.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
      await page.evaluate(() => { localStorage.clear(); });
      await page.goto(`${origin}/#/login`);
      await page.waitForSelector('#sign-in-cognito');
      await page.click('#sign-in-cognito');
      await page.waitForURL(/\/local\/oauth2\/authorize\?/);
      const auth = new URL(page.url());
      if (auth.searchParams.get('code_challenge_method') !== 'S256' || (auth.searchParams.get('code_challenge') || '').length !== 43) return `authorize URL ${auth.search}`;
      await page.fill('input[name=email]', 'grace.pkce@example.com');
      await page.fill('input[name=name]', 'Grace PKCE');
      await page.click('button[type=submit]');
      await page.waitForFunction(() => location.hash === '#/today' && !location.search && document.querySelector('#summary'));
      const me = await page.evaluate(async () => (await fetch('/api/me', { headers: { Authorization: `Bearer ${localStorage.getItem('sc.token')}` } })).json());
      if (me.email !== 'grace.pkce@example.com') return `signed in as ${JSON.stringify(me)}`;
      if (!(await page.evaluate(() => !!localStorage.getItem('sc.refresh')))) return 'no refresh token kept';
      await context.unroute('**/config.json');
    });

    await step('no uncaught page errors and no dialogs', async () => {
      if (pageErrors.length) return pageErrors.join(' | ');
      if (dialogs.length) return `dialog: ${dialogs.join(' | ')}`;
    });
    await step('no CSP violations or other console errors', async () => {
      if (consoleErrors.length) return consoleErrors.join(' | ');
    });
  } catch (e) {
    if (!(e instanceof CheckFailed)) {
      checks.failed++;
      console.log(`FAIL - unexpected error: ${e && e.stack ? e.stack : e}`);
    }
    await shot('failure.png').catch(() => {});
  } finally {
    await browser.close();
  }
  console.log(`screenshots in ${SHOT_DIR}`);
  console.log(`${checks.passed} passed, ${checks.failed} failed`);
  process.exit(checks.failed ? 1 : 0);
}

main().catch((e) => {
  // Setup failed before any check could run (e.g. Chromium did not start): still report a verdict.
  checks.failed++;
  console.log(`FAIL - setup: ${(e && e.message ? e.message : String(e)).split('\n')[0]}`);
  console.log(`${checks.passed} passed, ${checks.failed} failed`);
  process.exit(1);
});
