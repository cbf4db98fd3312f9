#!/usr/bin/env node
// Runs the feature suites (suites/*.mjs, in name order), each in a fresh phone-sized Chromium against
// the local cloud at BASE_URL. A suite exports `name` and `async run(t)`; `t` carries the harness:
// { checks, page, context, allow, signIn, login, apiAs, shots, axeScan, BASE_URL }. After each suite,
// its page must have raised no uncaught error, dialog or unexpected console error.
// Ends with "N passed, M failed", as smoke.mjs does; SUITE=<file name part> runs only matching suites.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BASE_URL, Checks, CheckFailed, openBrowser, signIn, login, apiAs, shots, axeScan } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'suites');
const only = process.env.SUITE || '';
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.mjs') && f.includes(only)).sort() : [];
const checks = new Checks();

for (const file of files) {
  const suite = await import(pathToFileURL(path.join(dir, file)).href);
  console.log(`# ${suite.name || file}`);
  let browser;
  try {
    browser = await openBrowser();
    const { page, context, allow } = browser;
    await suite.run({ checks, page, context, allow, signIn, login, apiAs, shots, axeScan, BASE_URL });
    await checks.step(`${suite.name || file}: no uncaught page errors, dialogs or console errors`, async () => {
      const { pageErrors, dialogs, consoleErrors } = browser.seen;
      const all = [...pageErrors, ...dialogs.map((d) => `dialog: ${d}`), ...consoleErrors];
      if (all.length) return all.join(' | ');
    });
  } catch (e) {
    if (!(e instanceof CheckFailed)) {
      checks.failed++;
      console.log(`FAIL - ${file}: unexpected error: ${e && e.stack ? e.stack : e}`);
    }
    await browser?.page.screenshot({ path: path.join(process.env.SHOT_DIR || '.', `failure-${file}.png`) }).catch(() => {});
  } finally {
    await browser?.close();
  }
}
console.log(`${checks.passed} passed, ${checks.failed} failed`);
process.exit(checks.failed ? 1 : 0);
