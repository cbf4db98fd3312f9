// Prospecting plans on a phone: a manager builds the 20/20 plan (channels, reorder, remove), a rep enrols
// three prospects from the list's multi-select, Today labels each "Step 1 of 3 · mail", and the prospect
// page shows the plan's progress. Screenshots at 390 and 360 px; axe on every screen.
export const name = 'plans';

export async function run({ checks, page, signIn, login, shots, axeScan }) {
  const org = `plans-${Date.now()}`;
  const boss = { email: `boss+${org}@example.com`, name: 'Bea Boss', role: 'manager', org, timeZone: 'Europe/London' };
  const rep = { email: `rep+${org}@example.com`, name: 'Rita Rep', org, timeZone: 'Europe/London' };
  const noOverflow = async (shot) => {
    const { overflow } = await shots(page, shot);
    if (overflow > 0) return `${overflow} px of horizontal overflow at 360 px`;
  };
  const stepValues = () => page.$$eval('#step-editor > li', (lis) => lis.map((li) => {
    const v = (k) => li.querySelector(`[name$="].${k}"]`).value;
    return `${v('offsetDays')}:${v('channel')}`;
  }).join(' '));

  await signIn(page, boss, '#/plans');
  await checks.step('a manager sees the plans screen with "New plan"', async () => {
    await page.waitForSelector('#new-plan');
    if (!(await page.textContent('main')).includes('No plans yet')) return 'expected the empty state';
  });
  await checks.step('the builder starts with one step; steps are added a week apart', async () => {
    await page.click('#new-plan');
    await page.waitForSelector('#plan-form');
    await page.fill('#plan-name', '20/20');
    await page.selectOption('[name="steps[0].channel"]', 'mail');
    await page.click('#add-step');
    await page.selectOption('[name="steps[1].channel"]', 'mail');
    await page.click('#add-step');
    await page.selectOption('[name="steps[2].channel"]', 'call');
    await page.click('#add-step');
    await page.selectOption('[name="steps[3].channel"]', 'event');
    const got = await stepValues();
    if (got !== '0:mail 7:mail 14:call 21:event') return got;
  });
  await checks.step('moving a step keeps the days in order; removing one drops it', async () => {
    await page.click('#step-editor > li:nth-child(4) [data-act="up"]');
    let got = await stepValues();
    if (got !== '0:mail 7:mail 14:event 21:call') return `after move up: ${got}`;
    await page.click('#step-editor > li:nth-child(3) [data-act="remove"]');
    got = await stepValues();
    if (got !== '0:mail 7:mail 21:call') return `after remove (the rest keep their days): ${got}`;
    await page.fill('[name="steps[2].offsetDays"]', '14');
    got = await stepValues();
    if (got !== '0:mail 7:mail 14:call') return `after the call moved to day 14: ${got}`;
  });
  await checks.step('the plan builder fits a 360 px phone', () => noOverflow('plan-builder'));
  await axeScan(checks, page, 'the plan builder');
  let planId;
  await checks.step('"Create plan" saves it and opens the plan with its figures', async () => {
    const created = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/plans' && r.request().method() === 'POST');
    await page.click('#save-plan');
    const res = await created;
    if (res.status() !== 201) return `POST /api/plans -> ${res.status()} ${await res.text()}`;
    planId = (await res.json()).id;
    await page.waitForSelector('#plan-figures');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === '20/20');
  });

  await checks.step('the plan page with its figures fits a 360 px phone', () => noOverflow('plan-figures'));
  await axeScan(checks, page, 'the plan page with its figures');
  await checks.step('the plans screen lists it: 3 steps over 14 days', async () => {
    await page.click('main .back-btn');
    await page.waitForSelector(`#plan-list li[data-id="${planId}"]`);
    const meta = await page.textContent(`#plan-list li[data-id="${planId}"] .row-meta`);
    if (meta !== '3 steps over 14 days · mail, mail, call') return meta;
  });
  await checks.step('the plans screen fits a 360 px phone', () => noOverflow('plans-list'));
  await axeScan(checks, page, 'the plans screen');

  // A rep of the same team, with three prospects to enrol (and one who stays out).
  const seeded = await login(rep);
  const ids = {};
  for (const n of ['Ada Byron', 'Grace Hopper', 'Alan Turing', 'Edsger Dijkstra']) {
    const r = await seeded.api('POST', '/api/prospects', { name: n, company: 'Plans Ltd', tier: 'working' });
    ids[n] = r.data.id;
  }
  await signIn(page, rep, '#/prospects');
  await checks.step('a rep selects three prospects in the list', async () => {
    await page.waitForSelector('#select-prospects');
    await page.waitForSelector('#prospect-list li');
    await page.click('#select-prospects');
    for (const n of ['Ada Byron', 'Grace Hopper', 'Alan Turing']) await page.check(`#prospect-list li[data-id="${ids[n]}"] .pick-box`);
    const count = await page.textContent('.select-count');
    if (count !== '3 prospects selected') return count;
  });
  await checks.step('the prospect list in select mode fits a 360 px phone', () => noOverflow('plan-select'));
  await axeScan(checks, page, 'the prospect list in select mode');
  await checks.step('"Enrol in plan" offers the team\'s plans', async () => {
    await page.click('#enrol-selected');
    await page.waitForSelector(`#sheet[open] [data-plan="${planId}"]`);
  });
  await checks.step('the enrol sheet fits a 360 px phone', () => noOverflow('plan-enrol'));
  await axeScan(checks, page, 'the enrol sheet');
  await checks.step('picking the plan enrols the three, once', async () => {
    const enrolled = page.waitForResponse((r) => /\/api\/plans\/[^/]+\/enrolments$/.test(new URL(r.url()).pathname));
    await page.click(`#sheet [data-plan="${planId}"]`);
    const res = await enrolled;
    const body = await res.json();
    if (res.status() !== 200 || body.enrolled !== 3) return `${res.status()} ${JSON.stringify(body)}`;
    await page.waitForFunction(() => document.getElementById('toast')?.textContent.includes('20/20: Enrolled 3'));
    for (const n of ['Ada Byron', 'Grace Hopper', 'Alan Turing']) {
      const p = (await seeded.api('GET', `/api/prospects/${ids[n]}`)).data;
      if (p.plan?.id !== planId) return `${n} is not in the plan`;
    }
    if ((await seeded.api('GET', `/api/prospects/${ids['Edsger Dijkstra']}`)).data.plan) return 'Edsger was enrolled too';
  });

  await checks.step('Today labels the three "Step 1 of 3 · mail", and nobody else', async () => {
    await page.click('#tabbar a[data-tab="today"]');
    await page.waitForSelector('.row-step');
    const labels = await page.$$eval('li.row', (rows) => rows.map((r) => `${r.querySelector('.name').textContent}=${r.querySelector('.row-step')?.textContent ?? '-'}`).sort());
    const want = ['Ada Byron=Step 1 of 3 · mail', 'Alan Turing=Step 1 of 3 · mail', 'Edsger Dijkstra=-', 'Grace Hopper=Step 1 of 3 · mail'];
    if (labels.join('|') !== want.join('|')) return labels.join('|');
  });
  await checks.step('Today with plan steps fits a 360 px phone', () => noOverflow('plan-today'));
  await axeScan(checks, page, 'Today with plan steps');

  await checks.step('logging the first step moves Grace to step 2, due in a week, on her page', async () => {
    await page.click(`li.row[data-id="${ids['Grace Hopper']}"] .log-btn`);
    await page.click('#sheet [data-channel="mail"]');
    await page.click('#sheet [data-outcome="left_message"]');
    await page.waitForFunction((id) => !document.querySelector(`li.row[data-id="${id}"]`), ids['Grace Hopper']);
    await page.goto(new URL(`#/prospect/${ids['Grace Hopper']}`, page.url()).href);
    await page.waitForSelector('#plan-card');
    const states = await page.$$eval('#plan-card .plan-step', (li) => li.map((x) => x.className.replace('plan-step is-', '')));
    if (states.join(',') !== 'done,due,upcoming') return states.join(',');
    const head = await page.textContent('#plan-card .plan-name');
    if (head !== '20/20 · step 2 of 3') return head;
  });
  await checks.step('the prospect page with its plan fits a 360 px phone', () => noOverflow('plan-progress'));
  await axeScan(checks, page, 'the prospect page with its plan');
}
