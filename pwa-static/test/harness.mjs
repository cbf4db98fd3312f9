// What every browser test of the app shares: finding Playwright, axe-core and Chromium, a phone-sized
// browser with its errors collected, checks that count, signing in without the UI, the API from Node,
// screenshots at 390 and 360 px. smoke.mjs (the stage-one walk) and the feature suites (suites/*.mjs,
// run by suites.mjs) both use it.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BASE_URL = new URL(process.env.BASE_URL || 'http://localhost:8080/').href;
export const SHOT_DIR = path.resolve(process.env.SHOT_DIR || 'smoke-shots');
export const STEP_MS = Number(process.env.STEP_TIMEOUT_MS || 15000);
export const PHONE = { width: 390, height: 844 };
export const NARROW = { width: 360, height: 780 };

export class CheckFailed extends Error {}

/** Counts checks; a failed one throws CheckFailed so a suite stops at its first failure. */
export class Checks {
  constructor() {
    this.passed = 0;
    this.failed = 0;
  }

  ok(name, cond, detail = '') {
    if (cond) {
      this.passed++;
      console.log(`ok   - ${name}`);
      return;
    }
    this.failed++;
    console.log(`FAIL - ${name}${detail ? `: ${detail}` : ''}`);
    throw new CheckFailed(name);
  }

  /** Runs an async step; a returned string or any exception (a timeout, say) fails the check with that text. */
  async step(name, fn) {
    const t0 = Date.now();
    try {
      const r = await fn();
      if (process.env.SMOKE_DEBUG) console.log(`       (${Date.now() - t0} ms)`);
      if (r !== undefined && r !== true) this.ok(name, false, String(r));
      else this.ok(name, true);
    } catch (e) {
      if (e instanceof CheckFailed) throw e;
      this.ok(name, false, (e && e.message ? e.message : String(e)).split('\n')[0]);
    }
  }
}

export async function loadPlaywright() {
  const require = createRequire(import.meta.url);
  const where = process.env.PLAYWRIGHT_CORE;
  if (where) return require(path.resolve(where));
  try {
    return require('playwright-core');
  } catch {
    try {
      return await import('playwright-core');
    } catch {
      console.error('playwright-core not found: set PLAYWRIGHT_CORE=/path/to/node_modules/playwright-core');
      process.exit(2);
    }
  }
}

/** axe-core's browser bundle: AXE_CORE, else next to playwright-core, else resolvable from here. */
export function axeSource() {
  const require = createRequire(import.meta.url);
  const dirs = [process.env.AXE_CORE];
  if (process.env.PLAYWRIGHT_CORE) dirs.push(path.join(path.resolve(process.env.PLAYWRIGHT_CORE), '..', 'axe-core'));
  for (const d of dirs.filter(Boolean)) {
    const f = path.join(path.resolve(d), 'axe.min.js');
    if (fs.existsSync(f)) return fs.readFileSync(f, 'utf8');
  }
  try { return fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'); } catch { return null; }
}

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    console.error(`No Chromium found (tried ${candidates.join(', ')}); set CHROMIUM=/path/to/chromium`);
    process.exit(2);
  }
  return found;
}

export const isApi = (u) => /^\/(api|local)(\/|$)/.test(new URL(u).pathname);

/**
 * A phone-sized Chromium in a persistent, throw-away profile (incognito pages are never installable,
 * which would hide real installability errors). Page errors, dialogs and console errors are collected;
 * `allow(regex or text => boolean)` lets a test expect a console error (a 409 it provokes, say).
 */
export async function openBrowser() {
  const { chromium } = await loadPlaywright();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'carousel-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true,
  }).catch((e) => { fs.rmSync(profile, { recursive: true, force: true }); throw e; });
  const page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const seen = { pageErrors: [], consoleErrors: [], dialogs: [] };
  const allowed = [];
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (process.env.SMOKE_DEBUG) console.log(`       [console.${m.type()}] ${m.text()}`);
    if (m.type() === 'error' && !allowed.some((a) => (typeof a === 'function' ? a(m.text()) : a.test(m.text())))) {
      seen.consoleErrors.push(m.text());
    }
  });
  return {
    context,
    page,
    seen,
    allow: (re) => allowed.push(re),
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The API from Node (not subject to the page's offline emulation): `{status, data, headers}`. */
export function apiAs(token) {
  return async (method, p, body, headers = {}) => {
    const res = await fetch(new URL(p, BASE_URL), {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let data;
    try { data = JSON.parse(text); } catch { data = text; }
    return { status: res.status, data, headers: res.headers };
  };
}

/** A local-cloud sign-in without the UI: `{token, repId, api}` for {email, name, role, org, timeZone}. */
export async function login(who) {
  const res = await apiAs(null)('POST', '/local/login', who);
  if (res.status !== 200) throw new Error(`POST /local/login -> ${res.status} ${JSON.stringify(res.data)}`);
  return { ...res.data, api: apiAs(res.data.token) };
}

/** Signs the page in as `who` (as the sign-in form would) and opens `hash` (default Today). */
export async function signIn(page, who, hash = '#/today') {
  const session = await login(who);
  await page.goto(BASE_URL, { waitUntil: 'load' });
  await page.evaluate((t) => localStorage.setItem('sc.token', t), session.token);
  await page.goto(new URL(hash, BASE_URL).href, { waitUntil: 'load' });
  await page.waitForSelector('main h1');
  return session;
}

/** Screenshots `<name>.png` at 390×844 and `<name>-360.png` at 360 px (full page), then back to 390. */
export async function shots(page, name) {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  await page.waitForTimeout(250); // let toasts and sheets settle
  await page.screenshot({ path: path.join(SHOT_DIR, `${name}.png`) });
  await page.setViewportSize(NARROW);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SHOT_DIR, `${name}-360.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(PHONE);
  return { overflow };
}

/** An axe-core scan as a check: no serious or critical violations on what the page shows now. */
export async function axeScan(checks, page, where) {
  const axe = axeSource();
  if (!axe) {
    console.log(`skip - axe-core scan of ${where} (axe-core not found: set AXE_CORE=/path/to/node_modules/axe-core)`);
    return;
  }
  await checks.step(`axe-core: no serious or critical violations on ${where}`, async () => {
    // A sheet still fading in would be judged at part opacity: let running animations end first.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
    // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
    if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axe);
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const minor = res.violations.filter((v) => !bad.includes(v));
    console.log(`       axe ${res.testEngine.version}: ${bad.length} serious/critical, ${minor.length} moderate/minor${minor.length ? ` (${minor.map((v) => v.id).join(', ')})` : ''}`);
    if (bad.length) {
      return bad.map((v) => `${v.impact} ${v.id} (${v.nodes.length}x: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')})`).join('; ');
    }
  });
}
