// WCAG 2.1 A and AA, checked by axe-core on every kind of page, in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites, pageKinds, greekPageKinds, multinationalPageKinds, fileUrl, launch, axeSource, requireSite } from './browser.js';

let browser;
before(async () => {
  requireSite(sites.current);
  requireSite(sites.upcoming);
  requireSite(sites.greek);
  requireSite(sites.multinational);
  browser = await launch();
});
after(async () => browser?.close());

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(url, colorScheme) {
  const page = await browser.newPage({ colorScheme });
  try {
    await page.goto(url);
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  } finally {
    await page.close();
  }
}

for (const [kind, path] of pageKinds) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the ${kind} page, ${colorScheme} mode`, async () => {
      assert.deepEqual(await violations(fileUrl(sites.current, path), colorScheme), []);
    });
  }
}

for (const [kind, path] of greekPageKinds) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the ${kind} page, ${colorScheme} mode`, async () => {
      assert.deepEqual(await violations(fileUrl(sites.greek, path), colorScheme), []);
    });
  }
}

for (const [kind, path] of multinationalPageKinds) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violation on the ${kind} page, ${colorScheme} mode`, async () => {
      assert.deepEqual(await violations(fileUrl(sites.multinational, path), colorScheme), []);
    });
  }
}

test('axe finds no violation on a current page announcing a version to come', async () => {
  assert.deepEqual(await violations(fileUrl(sites.upcoming, 'index.html'), 'light'), []);
  assert.deepEqual(await violations(fileUrl(sites.upcoming, 'versions/2018-09-15/index.html'), 'dark'), []);
});
