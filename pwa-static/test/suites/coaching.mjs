// Coaching on a phone: a rep's "My week" card on Today, the manager's Team tab (rows, a rep's 12-week
// charts with their tables), inviting a rep (who then signs in into the manager's org) and disabling
// one. Screenshots at 390 and 360 px; axe with no violations at all on each screen.
export const name = 'coaching';

async function axeClean(checks, page, where) {
  await checks.step(`axe: no violations of any impact on ${where}`, async () => {
    const found = await page.evaluate(async () => {
      if (!window.axe) return null;
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    });
    if (found === null) return 'axe-core was not loaded by the harness scan';
    if (found.length) return found.join('; ');
  });
}

export async function run({ checks, page, signIn, login, shots, axeScan }) {
  const stamp = Date.now();
  const org = `coach-${stamp}`;
  const maya = { email: `maya+${stamp}@example.com`, name: 'Maya Manager', role: 'manager', org, timeZone: 'UTC' };
  const ada = { email: `ada+${stamp}@example.com`, name: 'Ada Rep', org, timeZone: 'UTC' };
  const rita = { email: `rita+${stamp}@example.com`, name: 'Rita Invited' };
  const m = await login(maya);
  const a = await login(ada);

  // Ada's week: two prospects, three touches today, one back-dated to last week.
  const p1 = (await a.api('POST', '/api/prospects', { name: 'Grace Hopper', company: 'Navy' })).data.id;
  const p2 = (await a.api('POST', '/api/prospects', { name: 'Linus Torvalds', tier: 'working' })).data.id;
  const lastWeek = new Date(Date.now() - 7 * 86400000).toISOString();
  for (const [id, body] of [[p1, { channel: 'call', outcome: 'no_answer' }], [p2, { channel: 'email', outcome: 'left_message' }],
    [p1, { channel: 'meeting', outcome: 'meeting_booked' }], [p2, { channel: 'call', outcome: 'replied', at: lastWeek }]]) {
    const r = await a.api('POST', `/api/prospects/${id}/touches`, body);
    if (r.status !== 201) throw new Error(`touch -> ${r.status} ${JSON.stringify(r.data)}`);
  }
  const mine = (await a.api('GET', '/api/stats?weeks=2')).data;
  const thisWeek = mine.weeks[1].touches;

  await signIn(page, ada, '#/today');
  await checks.step('Today shows "My week" with this week\'s touches, the on-time share and overdue', async () => {
    await page.waitForSelector('#my-week:not([hidden]) .my-week');
    const text = await page.textContent('#my-week');
    if (!text.includes('My week')) return `card text: ${text}`;
    const touches = await page.textContent('#my-week .fact:nth-child(1) dd');
    if (touches.trim() !== String(thisWeek)) return `touches ${touches}, API says ${thisWeek}`;
    if (!/On time/.test(text) || !/Overdue/.test(text)) return text;
  });
  await checks.step('a rep sees no Team tab', async () => {
    if (await page.isVisible('.tabbar a[data-tab=team]')) return 'the Team tab is visible to a rep';
  });
  await checks.step('My week fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'my-week');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Today with My week');
  await axeClean(checks, page, 'Today with My week');

  await signIn(page, maya, '#/team');
  await page.reload({ waitUntil: 'load' }); // the app fetched Ada's profile in this document: start afresh as Maya
  await checks.step('the manager sees the Team tab and one row per member', async () => {
    await page.waitForSelector('.tabbar a[data-tab=team]:not([hidden])');
    await page.waitForSelector(`.member[data-rep="${a.repId}"]`);
    const names = await page.$$eval('.member .name', (els) => els.map((e) => e.textContent));
    if (names.join('|') !== 'Ada Rep|Maya Manager') return names.join('|');
    const row = await page.textContent(`.member[data-rep="${a.repId}"]`);
    for (const label of ['Adherence', 'Touches', 'Overdue', 'Neglected', 'Persistence']) if (!row.includes(label)) return `no ${label}: ${row}`;
  });
  await checks.step('the Team tab fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'team');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Team');
  await axeClean(checks, page, 'Team');

  await checks.step('"Invite a rep" creates an invited member, who then signs in into the manager\'s org', async () => {
    await page.fill('form [name=name]', rita.name);
    await page.fill('form [name=email]', rita.email);
    const res = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/team/invitations');
    await page.click('form button[type=submit]');
    if ((await res).status() !== 201) return `POST /api/team/invitations -> ${(await res).status()}`;
    await page.waitForFunction(() => [...document.querySelectorAll('.member')].some((li) => li.textContent.includes('Rita Invited')
      && li.textContent.includes('Invited')));
    const r = await login({ email: rita.email, name: rita.name });
    const me = (await r.api('GET', '/api/me')).data;
    if (me.org !== org || me.role !== 'rep') return `Rita signed in as ${me.role} of ${me.org}`;
  });

  await checks.step('a rep\'s page draws three 12-week charts, each with a table of its numbers', async () => {
    await page.click(`.member[data-rep="${a.repId}"] a`);
    await page.waitForSelector('figure.chart svg');
    const figs = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({
      caption: f.querySelector('figcaption')?.textContent,
      rows: f.querySelectorAll('table tbody tr').length,
      hidden: f.querySelector('svg')?.getAttribute('aria-hidden'),
    })));
    if (figs.length !== 3) return `${figs.length} charts`;
    const bad = figs.filter((f) => f.rows !== 12 || f.hidden !== 'true');
    if (bad.length) return JSON.stringify(bad);
    const total = await page.$eval('figure.chart table tbody tr:last-child td:last-child', (td) => td.textContent);
    if (total !== String(thisWeek)) return `this week's total in the table: ${total}, API: ${thisWeek}`;
  });
  await checks.step('the charts fit a 360 px phone', async () => {
    const { overflow } = await shots(page, 'team-rep');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'a rep\'s charts');
  await axeClean(checks, page, 'a rep\'s charts');

  await checks.step('disabling a member takes two taps, and their sign-in is refused after', async () => {
    await page.goto(new URL('#/team', page.url()).href);
    await page.click(`.member:has-text("Rita Invited") a`);
    await page.click('#disable-rep');
    await page.click('#disable-rep-confirm');
    await page.waitForSelector('.sub .member-disabled');
    const res = await fetch(new URL('/local/login', page.url()), { method: 'POST', body: JSON.stringify({ email: rita.email }) });
    if (res.status !== 403) return `login after disable -> ${res.status}`;
    if (m.repId === undefined) return 'no manager id';
  });
}
