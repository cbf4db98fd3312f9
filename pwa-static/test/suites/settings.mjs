// Settings as a rep sees it on a phone: the profile loads, nothing overflows at 360 px, axe is clean.
export const name = 'settings';

export async function run({ checks, page, signIn, shots, axeScan }) {
  await signIn(page, { email: `settings+${Date.now()}@example.com`, name: 'Sam Settings', timeZone: 'Europe/Paris' }, '#/settings');
  await checks.step('Settings shows the signed-in rep and their time zone', async () => {
    await page.waitForFunction(() => document.querySelector('[name=timeZone]')?.value === 'Europe/Paris');
  });
  await checks.step('Settings fits a 360 px phone', async () => {
    const { overflow } = await shots(page, 'settings');
    if (overflow > 0) return `${overflow} px of horizontal overflow`;
  });
  await axeScan(checks, page, 'Settings');
}
