// A policy for several groups of people lets each reader go straight to their part (WP260 para. 8):
// the summary's links to each group work without JavaScript, on a phone as on a desktop, and the
// group's part leads on to its purposes and data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites, fileUrl, launch, requireSite } from './browser.js';

let browser;
before(async () => {
  requireSite(sites.current);
  browser = await launch();
});
after(async () => browser?.close());

for (const [device, viewport] of [['phone', { width: 375, height: 740 }], ['desktop', { width: 1280, height: 900 }]]) {
  test(`on a ${device}, without JavaScript, the summary takes each group to what concerns it`, async () => {
    const context = await browser.newContext({ viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileUrl(sites.current, 'index.html'));
    const links = page.locator('.summary .summary-groups a');
    assert.deepEqual(await links.allTextContents(), ['Our customers', 'Their contacts']);
    for (const [name, anchor] of [['Their contacts', 'for-contacts'], ['Our customers', 'for-customers']]) {
      const link = page.locator('.summary-groups a', { hasText: name });
      const box = await link.boundingBox();
      assert.ok(box.height >= 24 && box.width >= 24, `"${name}" is large enough to tap: ${box.width}x${box.height}`);
      await link.click();
      assert.ok(page.url().endsWith(`#${anchor}`), page.url());
      const group = page.locator(`#${anchor}`);
      const top = await group.evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= -1 && top < viewport.height / 2, `#${anchor} is brought to the top of the screen: ${top}`);
      assert.equal(await group.locator('h3').textContent(), name);
    }
    // From the group on to a purpose of its own, whose facts say whose data it uses.
    await page.locator('#for-contacts a', { hasText: 'Make sure e-mails arrive' }).click();
    assert.ok(page.url().endsWith('#purpose-deliverability'), page.url());
    const whose = page.locator('#purpose-deliverability dt', { hasText: 'Whose data' });
    assert.equal(await whose.count(), 1);
    assert.deepEqual(await page.locator('#purpose-deliverability dt:has-text("Whose data") + dd a').allTextContents(),
      ['Their contacts']);
    await context.close();
  });
}

test('the German page says the same in German, names as written', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl(sites.current, 'de/index.html'));
  assert.deepEqual(await page.locator('.summary-groups a').allTextContents(), ['Unsere Kunden', 'Ihre Kontakte']);
  assert.equal(await page.locator('#whose-data-title').textContent(), 'Um wessen Daten es geht');
  assert.equal(await page.locator('.summary-groups p').textContent(), 'Finden Sie, was Sie betrifft:');
  await page.close();
});
