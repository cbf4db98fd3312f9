// Customers and referrals (issue 14) on a phone: Today's "Ask for a referral" (logged with purpose
// referral_ask, with the team's template suggested) and "Say thanks" (after a referral was won), the
// referral tree and "Referred by" link on the prospect page, and picking the referrer while adding a prospect.
// Screenshots at 390 and 360 px; axe on each screen.
export const name = 'referrals';

export async function run({ checks, page, signIn, login, shots, axeScan }) {
  const stamp = Date.now();
  const org = `refs-${stamp}`;
  const who = { email: `rita+${stamp}@example.com`, name: 'Rita Referral', org, timeZone: 'Europe/London' };
  const { api } = await login(who);
  const boss = await login({ email: `boss+${stamp}@example.com`, name: 'Bea Boss', org, role: 'manager' });
  const add = async (body) => {
    const r = await api('POST', '/api/prospects', body);
    if (r.status !== 201) throw new Error(`create ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  };
  const patch = async (p, body) => {
    const now = await api('GET', `/api/prospects/${p.id}`);
    const r = await api('PATCH', `/api/prospects/${p.id}`, body, { 'If-Match': String(now.data.version) });
    if (r.status !== 200) throw new Error(`patch ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  };
  const touch = (p, body) => api('POST', `/api/prospects/${p.id}/touches`, body);

  // Carol (touched today, so only the thank-you makes her due) referred Erin, who referred Frank.
  // Erin's deal is won: Carol is due to be thanked. Dan's deal is lost: he is due for a referral ask.
  const carol = await add({ name: 'Carol Client', company: 'Acme' });
  await touch(carol, { channel: 'call', outcome: 'replied' });
  const erin = await add({ name: 'Erin Early', company: 'Initech', referredById: carol.id });
  await add({ name: 'Frank Friend', company: 'Hooli', referredById: erin.id });
  await touch(erin, { channel: 'meeting', outcome: 'meeting_booked' });
  await patch(erin, { status: 'won' });
  const dan = await add({ name: 'Dan Declined', company: 'Globex' });
  await touch(dan, { channel: 'call', outcome: 'not_interested' });
  await patch(dan, { status: 'lost' });

  await signIn(page, who, '#/today');
  await checks.step('Today: Dan shows "Ask for a referral", Carol "Say thanks", each with its own button', async () => {
    await page.waitForSelector(`li[data-id="${dan.id}"] .chip.reason-ask`);
    const dRow = await page.textContent(`li[data-id="${dan.id}"]`);
    const cRow = await page.textContent(`li[data-id="${carol.id}"]`);
    if (!dRow.includes('Ask for a referral')) return `Dan's row: ${dRow}`;
    if (!cRow.includes('Say thanks')) return `Carol's row: ${cRow}`;
    if (await page.getAttribute(`li[data-id="${dan.id}"] button`, 'aria-label') !== 'Ask Dan Declined for a referral') return 'ask button label';
  });
  await checks.step('Today with referral actions fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'referrals-today');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Today with referral actions');

  await checks.step('"Ask" opens the ask sheet with words to use; call → replied logs it with purpose referral_ask', async () => {
    await page.click(`li[data-id="${dan.id}"] button[data-action="ask"]`);
    await page.waitForSelector('#sheet[open] .suggestion .mail-preview');
    const sheet = await page.textContent('#sheet');
    if (!sheet.includes('Ask for a referral') || !sheet.includes('Who else do you know who could use')) return `sheet: ${sheet}`;
    await shots(page, 'referrals-ask-sheet');
    await page.click('#sheet [data-channel="call"]');
    const posted = page.waitForRequest((r) => r.url().endsWith(`/api/prospects/${dan.id}/touches`) && r.method() === 'POST');
    await page.click('#sheet [data-outcome="replied"]');
    const body = JSON.parse((await posted).postData());
    if (body.purpose !== 'referral_ask') return `posted ${JSON.stringify(body)}`;
    await page.waitForSelector(`li[data-id="${dan.id}"]`, { state: 'detached' });
    const d = (await api('GET', `/api/prospects/${dan.id}`)).data;
    if (d.tier !== 'nurture' || !d.nextReferralAskOn || d.nextReferralAskOn <= d.cadenceDueOn) return `Dan after the ask: ${JSON.stringify(d)}`;
  });
  await axeScan(checks, page, 'Today after the ask');

  await checks.step('"Thanks" names the referral that was won; the touch answers the thank-you', async () => {
    await page.click(`li[data-id="${carol.id}"] button[data-action="thanks"]`);
    await page.waitForFunction(() => document.querySelector('#sheet .suggestion')?.textContent.includes('Erin Early'));
    await axeScan(checks, page, 'the thank-you sheet');
    await page.click('#sheet [data-channel="email"]');
    await page.click('#sheet [data-outcome="left_message"]');
    await page.waitForSelector(`li[data-id="${carol.id}"]`, { state: 'detached' });
    const c = (await api('GET', `/api/prospects/${carol.id}`)).data;
    if (c.thankYouOn !== null) return `thankYouOn ${c.thankYouOn}`;
  });

  await checks.step('a manager\'s referral-ask template is what the sheet suggests, merged for the prospect', async () => {
    const tpl = await boss.api('POST', '/api/templates', { name: 'Referral ask', subject: 'A favour, {{prospect.firstName}}?', bodyText: 'Hi {{prospect.firstName}}, who at {{prospect.company}} should I meet? {{rep.name}}' });
    const set = await boss.api('PUT', '/api/referrals/settings', { firstAskAfter: 'P1M', askEvery: 'P6M', askTemplateId: tpl.data.id });
    if (set.status !== 200) return `settings ${set.status} ${JSON.stringify(set.data)}`;
    const gus = await add({ name: 'Gus Gone', company: 'Umbrella' });
    await patch(gus, { status: 'lost' });
    await page.click('[aria-label="Refresh agenda"]');
    await page.click(`li[data-id="${gus.id}"] button[data-action="ask"]`);
    await page.waitForFunction(() => document.querySelector('#sheet .suggestion')?.textContent.includes('Suggested template: Referral ask'));
    const text = await page.textContent('#sheet .suggestion');
    if (!text.includes('A favour, Gus?') || !text.includes('who at Umbrella should I meet? Rita Referral')) return text;
    await shots(page, 'referrals-template-sheet');
    await page.click('#sheet [aria-label="Close"]');
  });

  await checks.step('the prospect page shows the tree Carol brought in, and Erin\'s "Referred by" links back to Carol', async () => {
    await page.goto(new URL(`#/prospect/${carol.id}`, page.url()).href);
    await page.waitForSelector('#referral-tree');
    const tree = await page.textContent('#referrals');
    if (!tree.includes('Brought in 2 people') || !tree.includes('Erin Early') || !tree.includes('Frank Friend') || !tree.includes('Won')) return tree;
    const levels = await page.evaluate(() => ({
      first: [...document.querySelectorAll('#referral-tree > li > .tree-node > a')].map((a) => a.textContent),
      second: [...document.querySelectorAll('#referral-tree > li > ul > li > .tree-node > a')].map((a) => a.textContent),
    }));
    if (levels.first.join() !== 'Erin Early' || levels.second.join() !== 'Frank Friend') return `levels ${JSON.stringify(levels)}`;
    await page.evaluate(() => document.getElementById('referrals').scrollIntoView({ block: 'center' }));
    const { overflow } = await shots(page, 'referrals-tree');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
    await page.click(`#referral-tree a[href="#/prospect/${erin.id}"]`);
    await page.waitForFunction(() => document.querySelector('#p-name')?.textContent === 'Erin Early');
    await page.waitForSelector('#referred-by');
    if (await page.textContent('#referred-by') !== 'Carol Client') return 'Referred by should name Carol';
  });
  await axeScan(checks, page, 'a prospect page with referrals');

  let hana = null;
  await checks.step('adding a prospect: typing in "Referred by" finds Carol; picking her links the new prospect', async () => {
    await page.goto(new URL('#/add', page.url()).href);
    await page.fill('input[name="name"]', 'Hana Hello');
    await page.click('input[name="referredBy"]');
    await page.type('input[name="referredBy"]', 'Caro', { delay: 30 });
    await page.waitForSelector('[role="listbox"] [role="option"]');
    if (await page.getAttribute('input[name="referredBy"]', 'aria-expanded') !== 'true') return 'combobox not expanded';
    await shots(page, 'referrals-picker');
    await axeScan(checks, page, 'the referrer picker');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.picker-linked')?.textContent.includes('Linked to Carol Client'));
    const created = page.waitForResponse((r) => r.url().endsWith('/api/prospects') && r.request().method() === 'POST');
    await page.click('form button[type=submit]');
    const res = await (await created).json();
    if (res.referredById !== carol.id || res.referredBy !== 'Carol Client') return `created ${JSON.stringify(res)}`;
    hana = res;
  });

  await checks.step('editing the details re-links the referrer: Hana, picked from the list, is now Erin\'s referral', async () => {
    await page.goto(new URL(`#/prospect/${hana.id}`, page.url()).href);
    await page.waitForSelector('#referred-by');
    await page.click('.edit-details summary');
    const field = 'form.edit input[name="referredBy"]';
    await page.click(field);
    await page.fill(field, '');
    await page.type(field, 'Erin', { delay: 30 });
    await page.click('form.edit [role="option"]');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/prospects/${hana.id}`) && r.request().method() === 'PATCH');
    await page.click('form.edit button[type=submit]');
    const body = await (await saved).json();
    if (body.referredById !== erin.id) return `after the edit ${JSON.stringify(body)}`;
    await page.waitForFunction(() => document.querySelector('#referred-by')?.textContent === 'Erin Early');
  });
}
