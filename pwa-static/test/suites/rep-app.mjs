// The rep's app, finished (issue 10), on a phone: Today (progress, why due, last note, first steps, one tier
// label), undo of a touch and of a status, the note counter, sticky hover, the prospect's status, archive and
// delete, the history after a send, note edits, an edit that meets another device's change, duplicates,
// templates, tiers for managers, and the time-zone picker. Screenshots at 390×844 and 360 px; axe on each screen.
export const name = 'rep-app';

const stamp = Date.now();

export async function run(t) {
  const { checks, page, signIn, shots, allow } = t;
  // Provoked on purpose below: the duplicate (409) and the edits that meet another device's change (409).
  allow(/^Failed to load resource: the server responded with a status of 409/);
  const org = `repapp-${stamp}`;
  const rep = await signIn(page, { email: `rep+${stamp}@example.com`, name: 'Rita Rep', org, timeZone: 'Europe/London' }, '#/today');
  const api = rep.api;
  const ctx = { ...t, api, org, strictAxe: (where) => strictAxe(t, where) };

  await firstSteps(ctx);
  await today(ctx);
  await hover(ctx);
  await prospectPage(ctx);
  await editConflict(ctx);
  await duplicates(ctx);
  await templates(ctx);
  await settings(ctx);
  await tiers(ctx);
  await checks.step('every screen fits 360 px (no horizontal overflow)', () => (ctx.overflow?.length ? ctx.overflow.join(', ') : undefined));
  void shots;
}

/** axe with every rule and impact: 0 violations, not just no serious ones. */
async function strictAxe({ checks, page, axeScan }, where) {
  await axeScan(checks, page, where);
  await checks.step(`axe-core: 0 violations of any impact on ${where}`, async () => {
    const res = await page.evaluate(() => window.axe?.run(document, { resultTypes: ['violations'] }));
    if (!res) return undefined; // axe-core not installed: axeScan said so
    if (res.violations.length) return res.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`).join('; ');
  });
}

async function shot(ctx, file) {
  const { overflow } = await ctx.shots(ctx.page, file);
  if (overflow > 0) (ctx.overflow ??= []).push(`${file}: ${overflow}px`);
}

const go = (page, hash) => page.evaluate((hh) => { location.hash = hh; }, hash);
const text = (page, sel) => page.textContent(sel).then((s) => (s || '').replace(/\s+/g, ' ').trim());

async function firstSteps(ctx) {
  const { checks, page } = ctx;
  await checks.step('Today, first time: an empty state that says how to start (add, import)', async () => {
    await page.waitForSelector('#first-add');
    const box = await text(page, '.first-steps');
    if (!/Add your first prospect/.test(box) || !/Import/.test(box)) return box;
    if (!/Nothing due/.test(await text(page, '#summary'))) return await text(page, '#summary');
  });
  await shot(ctx, 'rep-app-first-steps');
  await ctx.strictAxe('Today (first steps)');
}

async function today(ctx) {
  const { checks, page, api } = ctx;
  const made = {};
  for (const [key, body] of [
    ['ann', { name: 'Ann Active', company: 'Acme', tier: 'active' }],
    ['wes', { name: 'Wes Working', company: 'Widgets', tier: 'working' }],
    ['nia', { name: 'Nia Nurture', company: 'Nimbus', tier: 'nurture' }],
  ]) made[key] = (await api('POST', '/api/prospects', body)).data;
  await api('POST', `/api/prospects/${made.wes.id}/touches`, { channel: 'call', outcome: 'no_answer', note: 'asked me to call back after the 15th', at: new Date(Date.now() - 40 * 86400000).toISOString() });
  ctx.made = made;
  await page.reload();
  await checks.step('Today: progress "0 of 3 done", why each one is due and the last note', async () => {
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 3);
    const summary = await text(page, '#summary');
    if (!/0 of 3 done/.test(summary)) return `summary ${summary}`;
    if (!(await page.isVisible('progress.progress'))) return 'no progress bar';
    const wes = await text(page, `.row[data-id="${made.wes.id}"]`);
    if (!/Keep in touch monthly/.test(wes) || !/“asked me to call back after the 15th”/.test(wes)) return `Wes's row: ${wes}`;
    const ann = await text(page, `.row[data-id="${made.ann.id}"] .row-why`);
    if (ann !== 'Keep in touch weekly') return `Ann's reason: ${ann}`;
  });
  await checks.step('Today: a tier label shows once (on its group, not on each row of it)', async () => {
    const rowChips = await page.locator('#h-due ~ .tier-group .row .chip').count();
    const heads = await page.locator('.tier-head .chip').allTextContents();
    if (rowChips) return `${rowChips} tier chips inside grouped rows`;
    if (heads.join(',') !== 'Active,Nurture') return `group heads ${heads}`; // Wes (working) is overdue
    const overdue = await page.locator('#list-overdue .row .chip').count();
    if (overdue !== 1) return `overdue rows carry their own tier (no group head): ${overdue}`;
  });
  await shot(ctx, 'rep-app-today');
  await ctx.strictAxe('Today with progress, reasons and notes');

  await checks.step('log a touch from Today: progress "1 of 3 done"; the toast offers Undo', async () => {
    await page.click(`.row[data-id="${made.ann.id}"] .log-btn`);
    await page.click('#sheet [data-channel="call"]');
    await page.click('#sheet [data-outcome="left_message"]');
    await page.waitForFunction(() => /1 of 3 done/.test(document.querySelector('#summary')?.textContent || ''));
    if (!(await page.isVisible('#toast .toast-action'))) return 'no Undo in the toast';
    if ((await text(page, '#toast .toast-action')) !== 'Undo') return await text(page, '#toast');
  });
  await shot(ctx, 'rep-app-undo-toast');
  await checks.step('Undo takes the touch back: Ann is due again, the server has no touch, progress "0 of 3"', async () => {
    const del = page.waitForResponse((r) => r.request().method() === 'DELETE' && /\/touches\//.test(r.url()));
    await page.click('#toast .toast-action');
    if ((await del).status() !== 200) return 'DELETE touch failed';
    await page.waitForFunction((id) => !!document.querySelector(`.row[data-id="${id}"]`) && /0 of 3 done/.test(document.querySelector('#summary').textContent), made.ann.id);
    const touches = (await api('GET', `/api/prospects/${made.ann.id}/touches`)).data.items;
    const p = (await api('GET', `/api/prospects/${made.ann.id}`)).data;
    if (touches.length || p.touchCount !== 0 || p.lastTouchAt !== null) return `server: ${touches.length} touches, ${JSON.stringify(p).slice(0, 120)}`;
  });

  await checks.step('the note shows a counter; 2,001 characters are refused with a message, not cut, and nothing is sent', async () => {
    await page.click(`.row[data-id="${made.ann.id}"] .log-btn`);
    await page.click('#sheet [data-channel="email"]');
    const posts = [];
    const onReq = (r) => { if (r.method() === 'POST' && /\/touches$/.test(r.url())) posts.push(r); };
    page.on('request', onReq);
    await page.fill('#sheet textarea', 'x'.repeat(2001));
    const counter = await text(page, '#sheet .counter');
    if (!/^1 character too many \(2,001 \/ 2,000\)$/.test(counter)) return `counter ${counter}`;
    if ((await page.inputValue('#sheet textarea')).length !== 2001) return 'the text was cut';
    await page.click('#sheet [data-outcome="no_answer"]');
    await page.waitForSelector('#sheet .form-error:not([hidden])');
    const msg = await text(page, '#sheet .form-error');
    page.off('request', onReq);
    if (!/at most 2,000 characters/i.test(msg)) return msg;
    if (posts.length) return 'a touch was sent';
  });
  await shot(ctx, 'rep-app-note-limit');
  await checks.step('at 2,000 characters the note is logged whole', async () => {
    await page.fill('#sheet textarea', 'y'.repeat(2000));
    await page.click('#sheet [data-outcome="no_answer"]');
    await page.waitForFunction(() => !document.querySelector('#sheet').open);
    const touches = (await api('GET', `/api/prospects/${made.ann.id}/touches`)).data.items;
    if (touches[0]?.note?.length !== 2000) return `stored note ${touches[0]?.note?.length}`;
  });
}

async function hover(ctx) {
  const { checks, page } = ctx;
  await checks.step('sticky hover: every :hover style sits under @media (hover: hover), so a tapped choice does not look chosen', async () => {
    const loose = await page.evaluate(() => {
      const out = [];
      const walk = (rules, inHover) => {
        for (const r of rules) {
          if (r instanceof CSSMediaRule) walk(r.cssRules, inHover || /hover:\s*hover/.test(r.conditionText));
          else if (r.selectorText?.includes(':hover') && !inHover) out.push(r.selectorText);
        }
      };
      for (const s of document.styleSheets) walk(s.cssRules, false);
      return out;
    });
    if (loose.length) return `outside (hover: hover): ${loose.join(', ')}`;
    if (await page.evaluate(() => matchMedia('(hover: hover)').matches)) return 'this phone emulation claims a hovering pointer';
    await page.click(`.row[data-id="${ctx.made.nia.id}"] .log-btn`);
    await page.waitForSelector('#sheet [data-channel="social"]');
    const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('#sheet [data-channel="social"]')).backgroundColor);
    const before = await bg();
    await page.hover('#sheet [data-channel="social"]'); // the pointer rests on it, as a finger does after a tap
    const after = await bg();
    await page.evaluate(() => document.getElementById('sheet').close());
    if (before !== after) return `background ${before} -> ${after} after a tap`;
  });
}

async function prospectPage(ctx) {
  const { checks, page, api } = ctx;
  const grace = (await api('POST', '/api/prospects', { name: 'Grace Hopper', company: 'Navy', email: `grace+${stamp}@navy.example`, tier: 'working' })).data;
  ctx.grace = grace;
  await go(page, `#/prospect/${grace.id}`);
  await checks.step('prospect page: its current status shows ("Status: Open"); the tier picker says "Working — monthly"', async () => {
    await page.waitForSelector('#p-status-now');
    if ((await text(page, 'fieldset.status legend')) !== 'Status: Open') return await text(page, 'fieldset.status legend');
    const opts = await page.locator('#p-tier option').allTextContents();
    if (!opts.includes('Working — monthly') || !opts.includes('Active — weekly') || !opts.includes('Nurture — quarterly')) return opts.join(' | ');
  });
  await checks.step('archive, then Undo in the toast: back to open (PATCH with the new version)', async () => {
    await page.click('#p-status-archived');
    await page.waitForFunction(() => document.querySelector('#p-status-now')?.textContent === 'Archived');
    if ((await api('GET', `/api/prospects/${grace.id}`)).data.status !== 'archived') return 'not archived on the server';
    await page.click('#toast .toast-action');
    await page.waitForFunction(() => document.querySelector('#p-status-now')?.textContent === 'Open');
    const p = (await api('GET', `/api/prospects/${grace.id}`)).data;
    if (p.status !== 'open' || p.version !== 3) return `server: ${p.status} v${p.version}`;
  });

  // A template, then a send: the history shows the "sent" touch without a reload.
  const tpl = (await api('POST', '/api/templates', { name: 'Check-in', subject: '{{prospect.firstName}}, a quick one', bodyText: 'Hi {{prospect.firstName}},\n\n{{relevantInfo}}\n\n{{rep.name}}' })).data;
  ctx.tpl = tpl;
  await page.reload();
  await checks.step('after a send, the history shows "Email · Sent" with the subject, without a reload', async () => {
    await page.waitForSelector('#send-template');
    await page.fill('#send-info', 'Your compiler talk is on our reading list.');
    const counter = await text(page, '#send-card .counter');
    if (counter !== '42 / 2,000') return `relevant-info counter ${counter}`;
    await page.click('#send-btn');
    await page.waitForFunction(() => /Email · Sent/.test(document.querySelector('#history')?.textContent || ''), null, { timeout: 30000 });
    const item = await text(page, '#history li:first-child');
    if (!/Subject: Grace, a quick one/.test(item)) return item;
  });
  await shot(ctx, 'rep-app-prospect');
  await ctx.strictAxe('the prospect page');

  await checks.step('a touch note is edited in the history (and becomes the last note)', async () => {
    await page.click('#history li:first-child .note-edit');
    await page.fill('#history li:first-child textarea', 'Sent the talk; follow up Friday');
    await page.click('#history li:first-child .note-form button[type=submit]');
    await page.waitForFunction(() => /follow up Friday/.test(document.querySelector('#history li:first-child .touch-note')?.textContent || ''));
    const p = (await api('GET', `/api/prospects/${grace.id}`)).data;
    if (p.lastTouchNote !== 'Sent the talk; follow up Friday') return p.lastTouchNote;
  });

  const doomed = (await api('POST', '/api/prospects', { name: 'Dora Doomed' })).data;
  await go(page, `#/prospect/${doomed.id}`);
  await checks.step('delete asks first in the page (Cancel keeps the prospect)', async () => {
    await page.click('#p-delete');
    await page.waitForSelector('#sheet[open] #confirm-yes');
    const title = await text(page, '#sheet h2');
    if (title !== 'Delete Dora Doomed?') return title;
    await page.click('#confirm-no');
    if ((await api('GET', `/api/prospects/${doomed.id}`)).status !== 200) return 'deleted on Cancel';
  });
  await page.click('#p-delete');
  await page.waitForSelector('#sheet[open] #confirm-yes');
  await shot(ctx, 'rep-app-delete-confirm');
  await checks.step('…and "Delete for good" deletes it and leaves the page', async () => {
    await page.click('#confirm-yes');
    await page.waitForFunction(() => location.hash === '#/prospects');
    if ((await api('GET', `/api/prospects/${doomed.id}`)).status !== 404) return 'still there';
  });
}

async function editConflict(ctx) {
  const { checks, page, api, grace } = ctx;
  await go(page, `#/prospect/${grace.id}`);
  await page.waitForSelector('#edit-details');
  await checks.step('an edit that meets another device\'s change keeps the typed note: both land (no clash)', async () => {
    await page.click('#edit-details summary');
    await page.fill('#edit-form [name=notes]', 'Met at the booth; wants a demo in March');
    const v = (await api('GET', `/api/prospects/${grace.id}`)).data.version;
    await api('PATCH', `/api/prospects/${grace.id}`, { title: 'Rear Admiral' }, { 'If-Match': String(v) }); // the other device
    await page.click('#edit-save');
    await page.waitForFunction(() => /together with the change/.test(document.querySelector('#toast')?.textContent || ''));
    await page.evaluate(() => { document.getElementById('toast').className = 'toast'; document.getElementById('toast').textContent = ''; });
    const p = (await api('GET', `/api/prospects/${grace.id}`)).data;
    if (p.notes !== 'Met at the booth; wants a demo in March' || p.title !== 'Rear Admiral') return `server: ${p.title} / ${p.notes}`;
  });
  await checks.step('the same field changed on both devices: a real choice, and "Yours" is saved', async () => {
    await page.waitForSelector('#edit-details');
    await page.click('#edit-details summary');
    await page.fill('#edit-form [name=title]', 'Commodore');
    const v = (await api('GET', `/api/prospects/${grace.id}`)).data.version;
    await api('PATCH', `/api/prospects/${grace.id}`, { title: 'Admiral' }, { 'If-Match': String(v) });
    await page.click('#edit-save');
    await page.waitForSelector('#clashes:not([hidden]) .clash');
    const box = await text(page, '#clashes');
    if (!/Yours: Commodore/.test(box) || !/Other device: Admiral/.test(box)) return box;
    if ((await page.inputValue('#edit-form [name=title]')) !== 'Commodore') return 'the typed title is gone';
  });
  await shot(ctx, 'rep-app-edit-clash');
  await ctx.strictAxe('an edit clash');
  await checks.step('…saving the choice keeps the rep\'s value', async () => {
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/prospects/${grace.id}`));
    await page.click('#clash-save');
    if ((await saved).status() !== 200) return `PATCH -> ${(await saved).status()}`;
    const p = (await api('GET', `/api/prospects/${grace.id}`)).data;
    if (p.title !== 'Commodore') return p.title;
  });
}

async function duplicates(ctx) {
  const { checks, page, grace } = ctx;
  await go(page, '#/add');
  await checks.step('adding the same e-mail in another case: 409 on the e-mail field, which offers the existing prospect', async () => {
    await page.waitForSelector('form [name=name]');
    await page.waitForSelector('form select[name=tier]');
    const opts = await page.locator('form select[name=tier] option').allTextContents();
    if (!opts.includes('Working — monthly')) return `tier options ${opts.join(' | ')}`;
    await page.fill('form [name=name]', 'G. Hopper');
    await page.fill('form [name=email]', grace.email.toUpperCase());
    await page.click('form button[type=submit]');
    await page.waitForSelector('.existing-link');
    const err = await text(page, '.field-error:not([hidden])');
    if (!/already have a prospect with this e-mail/.test(err)) return err;
  });
  await shot(ctx, 'rep-app-duplicate');
  await ctx.strictAxe('a duplicate on the add form');
  await checks.step('…"Open the existing prospect" opens Grace', async () => {
    await page.click('.existing-link');
    await page.waitForFunction((id) => location.hash === `#/prospect/${id}`, grace.id);
    await page.waitForSelector('#p-name');
  });
}

async function templates(ctx) {
  const { checks, page, api } = ctx;
  await go(page, '#/templates');
  await checks.step('templates: the list shows the team\'s templates', async () => {
    await page.waitForSelector('#template-list');
    const rows = await page.locator('#template-list .row').allTextContents();
    if (!rows.some((r) => r.includes('Check-in'))) return rows.join(' | ');
  });
  await shot(ctx, 'rep-app-templates');
  await checks.step('new template: merge-field buttons insert at the cursor, the preview merges live, an unknown field is named', async () => {
    await page.click('#template-new');
    await page.waitForSelector('#tpl-body');
    await page.fill('#tpl-name', 'Intro');
    await page.fill('#tpl-subject', 'Hello ');
    await page.click('.merge-chip[data-field="prospect.company"]');
    const subject = await text(page, '#tpl-preview-subject');
    if (subject !== 'Hello US Navy') return `preview subject ${subject}`;
    await page.fill('#tpl-body', 'Dear {{prospect.firstName}}, {{prospect.nickname}}');
    if (!(await text(page, '#tpl-unknown')).includes('{{prospect.nickname}}')) return 'unknown field not named';
    await page.fill('#tpl-body', 'Dear {{prospect.firstName}},\n\n{{relevantInfo}}\n\n{{rep.name}}');
    const body = await text(page, '#tpl-preview-body');
    if (!body.startsWith('Dear Grace,') || !body.endsWith('Rita Rep')) return `preview body ${body}`;
  });
  await shot(ctx, 'rep-app-template-edit');
  await ctx.strictAxe('the template editor');
  let id;
  await checks.step('…create it; edit and save it; it is in the team\'s list', async () => {
    await page.click('#tpl-save');
    await page.waitForFunction(() => location.hash === '#/templates');
    const all = (await api('GET', '/api/templates')).data.items;
    id = all.find((x) => x.name === 'Intro')?.id;
    if (!id || all.find((x) => x.id === id).subject !== 'Hello {{prospect.company}}') return JSON.stringify(all);
    await page.click(`#template-list .row[data-id="${id}"] a`);
    await page.waitForSelector('#tpl-subject');
    await page.fill('#tpl-subject', 'Hi {{prospect.firstName}}');
    await page.click('#tpl-save');
    await page.waitForFunction(() => location.hash === '#/templates');
    const t = (await api('GET', `/api/templates/${id}`)).data;
    if (t.subject !== 'Hi {{prospect.firstName}}' || t.version !== 2) return JSON.stringify(t);
  });
  await checks.step('…delete it after a confirmation in the page', async () => {
    await page.click(`#template-list .row[data-id="${id}"] a`);
    await page.click('#tpl-delete');
    await page.click('#sheet[open] #confirm-yes');
    await page.waitForFunction(() => location.hash === '#/templates');
    if ((await api('GET', `/api/templates/${id}`)).status !== 404) return 'still there';
  });
}

async function settings(ctx) {
  const { checks, page, api } = ctx;
  await go(page, '#/settings');
  await checks.step('settings: the time-zone picker searches the IANA list ("new york")', async () => {
    await page.waitForSelector('input[name=timeZone][role=combobox]');
    await page.fill('input[name=timeZone]', 'new york');
    await page.waitForSelector('.tz-option[data-zone="America/New_York"]');
    const n = await page.locator('.tz-option').count();
    if (n < 1 || n > 3) return `${n} matches`;
  });
  await shot(ctx, 'rep-app-settings-tz');
  await ctx.strictAxe('settings with the time-zone list open');
  await checks.step('…keyboard: ArrowDown + Enter picks it; digest hour and weekends saved with it', async () => {
    await page.press('input[name=timeZone]', 'ArrowDown');
    await page.press('input[name=timeZone]', 'Enter');
    if ((await page.inputValue('input[name=timeZone]')) !== 'America/New_York') return await page.inputValue('input[name=timeZone]');
    await page.selectOption('select[name=digestHour]', '8');
    await page.uncheck('input[name=skipWeekends]');
    await page.click('form button[type=submit]');
    await page.waitForFunction(() => /Settings saved/.test(document.querySelector('#toast')?.textContent || ''));
    const me = (await api('GET', '/api/me')).data;
    if (me.timeZone !== 'America/New_York' || me.digestHour !== 8 || me.skipWeekends !== false) return JSON.stringify(me);
  });
  await checks.step('…a zone not in the list is named, not sent', async () => {
    await page.fill('input[name=timeZone]', 'Mars/Olympus');
    await page.click('form button[type=submit]');
    await page.waitForSelector('input[name=timeZone][aria-invalid="true"]');
  });
  await shot(ctx, 'rep-app-settings');
  await checks.step('tiers, as a rep: read only, in words', async () => {
    await go(page, '#/tiers');
    await page.waitForSelector('#tier-list');
    const list = await text(page, '#tier-list');
    if (!/Working — monthly/.test(list) || await page.locator('#tiers-save').count()) return list;
  });
}

async function tiers(ctx) {
  const { checks, page, signIn } = ctx;
  const boss = await signIn(page, { email: `boss+${stamp}@example.com`, name: 'Mia Manager', role: 'manager', org: ctx.org, timeZone: 'Europe/London' }, '#/tiers');
  await checks.step('tiers, as a manager: each tier with its name, "every N units" and auto-send; add "Long shot" every 6 weeks', async () => {
    await page.waitForSelector('#tiers-save');
    if ((await page.inputValue('#tier-1-n')) !== '1' || (await page.inputValue('#tier-1-unit')) !== 'M') return 'Working is not "every 1 month"';
    if ((await text(page, '#tier-0-words')) !== '= weekly') return await text(page, '#tier-0-words');
    // The defaults: Active, Working, Customer, Nurture; the new tier comes fifth.
    await page.click('#tier-add');
    await page.fill('#tier-4-label', 'Long shot');
    await page.fill('#tier-4-n', '6');
    await page.selectOption('#tier-4-unit', 'W');
    if ((await text(page, '#tier-4-words')) !== '= every 6 weeks') return await text(page, '#tier-4-words');
  });
  await checks.step('…rename Working, re-time Nurture to every 2 months, auto-send "Check-in", move Long shot above Nurture; saved', async () => {
    await page.fill('#tier-1-label', 'Working set');
    await page.fill('#tier-3-n', '2');
    await page.selectOption('#tier-1-auto', { label: 'Template: Check-in' });
    await page.click('#tier-4-up');
    await page.waitForFunction(() => document.activeElement?.id === 'tier-3-up');
    await shot(ctx, 'rep-app-tiers');
    await ctx.strictAxe('the tiers editor');
    await page.click('#tiers-save');
    await page.waitForFunction(() => /Tiers saved/.test(document.querySelector('#toast')?.textContent || ''));
    const got = (await boss.api('GET', '/api/tiers')).data.tiers;
    const want = [['active', 'Active', 'P7D', null], ['working', 'Working set', 'P1M', ctx.tpl.id], ['customer', 'Customer', 'P3M', null],
      ['long-shot', 'Long shot', 'P42D', null], ['nurture', 'Nurture', 'P2M', null]];
    const seen = got.map((x) => [x.key, x.label, x.cadence, x.autoSendTemplateId]);
    if (JSON.stringify(seen) !== JSON.stringify(want)) return JSON.stringify(seen);
  });
  await checks.step('the pickers elsewhere show each tier\'s cadence: "Long shot — every 6 weeks"', async () => {
    await go(page, '#/add');
    await page.waitForSelector('form select[name=tier]');
    await page.waitForFunction(() => [...document.querySelectorAll('form select[name=tier] option')].some((o) => o.textContent === 'Long shot — every 6 weeks'));
    const opts = await page.locator('form select[name=tier] option').allTextContents();
    if (!opts.includes('Working set — monthly') || !opts.includes('Nurture — every 2 months')) return opts.join(' | ');
  });
  await shot(ctx, 'rep-app-add');
}
