// Runs Lighthouse (mobile, default throttling) on the first visit, on Today signed in and on a plan; see lighthouse.sh.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const { BASE_URL, LH_DIR, OUT, CHROME_PATH } = process.env;
const mod = (name, file) => import(pathToFileURL(path.join(LH_DIR, 'node_modules', name, file)).href);
const { default: lighthouse } = await mod('lighthouse', 'core/index.js');
const { default: puppeteer } = await mod('puppeteer-core', 'lib/esm/puppeteer/puppeteer-core.js');

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const browser = await puppeteer.launch({
  executablePath: CHROME_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
});

/** Empty the HTTP cache, Cache Storage and service workers, but keep localStorage (the sign-in). */
async function coldButSignedIn(page) {
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    for (const k of await caches.keys()) await caches.delete(k);
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

async function audit(label, url, page, flags) {
  const result = await lighthouse(url, { output: 'html', onlyCategories: CATEGORIES, logLevel: 'error', ...flags }, undefined, page);
  const { lhr, report } = result;
  const file = path.join(OUT, `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase()}.html`);
  fs.writeFileSync(file, report);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const a = (id) => lhr.audits[id]?.displayValue ?? '—';
  const shown = lhr.audits['final-screenshot']?.details?.data ? 'with final screenshot' : '';
  console.log(`${label}: ${lhr.finalDisplayedUrl} ${shown}`.trim());
  console.log(`  performance ${score('performance')}   accessibility ${score('accessibility')}   best practices ${score('best-practices')}`);
  console.log(`  FCP ${a('first-contentful-paint')}   LCP ${a('largest-contentful-paint')}   TBT ${a('total-blocking-time')}   CLS ${a('cumulative-layout-shift')}   SI ${a('speed-index')}   transfer ${a('total-byte-weight')}`);
  const failing = Object.values(lhr.categories.accessibility.auditRefs)
    .map((r) => lhr.audits[r.id]).filter((x) => x && x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary');
  if (failing.length) console.log(`  accessibility audits failing: ${failing.map((x) => x.id).join(', ')}`);
  console.log(`  report: ${path.relative(process.cwd(), file)}`);
  return lhr;
}

try {
  const page = await browser.newPage();
  await audit('First visit (sign-in page)', BASE_URL, page, {});

  const res = await fetch(new URL('/local/login', BASE_URL), {
    method: 'POST',
    body: JSON.stringify({ email: `bench+${Date.now()}@example.com`, name: 'Bench Rep', role: 'rep', org: 'bench', timeZone: 'UTC' }),
  });
  const { token } = await res.json();
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  for (const [name, company] of [['Ada Lovelace', 'Analytical'], ['Grace Hopper', 'Navy'], ['Alan Turing', 'Bletchley']]) {
    await fetch(new URL('/api/prospects', BASE_URL), { method: 'POST', headers: auth, body: JSON.stringify({ name, company }) });
  }
  await page.goto(BASE_URL, { waitUntil: 'load' });
  await page.evaluate((t) => localStorage.setItem('sc.token', t), token);
  await coldButSignedIn(page);
  const lhr = await audit('Today, signed in (empty caches)', `${BASE_URL}#/today`, page, { disableStorageReset: true });
  // Make sure that was Today, not the sign-in page: the agenda's request must be in the trace.
  const reqs = lhr.audits['network-requests']?.details?.items || [];
  if (!reqs.some((r) => String(r.url).includes('/api/agenda'))) throw new Error('Today did not load its agenda: the sign-in did not carry over');

  // A plan (issue 15), as its manager sees it: the builder and the figures, loaded on first use.
  const boss = await (await fetch(new URL('/local/login', BASE_URL), {
    method: 'POST', body: JSON.stringify({ email: `boss+${Date.now()}@example.com`, name: 'Bench Boss', role: 'manager', org: 'bench' }),
  })).json();
  const plan = await (await fetch(new URL('/api/plans', BASE_URL), {
    method: 'POST', headers: { ...auth, Authorization: `Bearer ${boss.token}` },
    body: JSON.stringify({ name: '20/20', steps: [{ offsetDays: 0, channel: 'mail' }, { offsetDays: 7, channel: 'mail' }, { offsetDays: 14, channel: 'call' }] }),
  })).json();
  await page.evaluate((t) => localStorage.setItem('sc.token', t), boss.token);
  await coldButSignedIn(page);
  await audit('A plan, as its manager (empty caches)', `${BASE_URL}#/plan/${plan.id}`, page, { disableStorageReset: true });
} finally {
  await browser.close();
}
