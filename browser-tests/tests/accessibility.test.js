// WCAG 2.1 A and AA, checked by axe-core on every kind of page, in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { sites, pageKinds, greekPageKinds, multinationalPageKinds, fileUrl, launch, axeSource, requireSite, ropaPage }
  from './browser.js';

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

/** The widths axe checks: a desktop, a phone, and 320 CSS px, the reflow width of WCAG 1.4.10. */
const WIDTHS = [1280, 375, 320];

async function violations(url, colorScheme, width = 1280) {
  const page = await browser.newPage({ colorScheme, viewport: { width, height: 900 } });
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

// On a phone a wide table scrolls in its own frame: axe checks that a keyboard reaches it, at each width.
for (const [root, kinds] of [[sites.current, pageKinds], [sites.multinational, multinationalPageKinds]]) {
  for (const [kind, path] of kinds) {
    for (const width of WIDTHS.filter((w) => w !== 1280)) {
      test(`axe finds no violation on the ${kind} page at ${width} px`, async () => {
        assert.deepEqual(await violations(fileUrl(root, path), 'light', width), []);
      });
    }
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

// The record of processing is for the DPO and the authority, who may read it with a screen reader too.
for (const width of WIDTHS) {
  test(`axe finds no violation on the record of processing at ${width} px`, async () => {
    assert.deepEqual(await violations(pathToFileURL(ropaPage).href, 'light', width), []);
  });
}

test('axe finds no violation on a current page announcing a version to come', async () => {
  assert.deepEqual(await violations(fileUrl(sites.upcoming, 'index.html'), 'light'), []);
  assert.deepEqual(await violations(fileUrl(sites.upcoming, 'versions/2018-09-15/index.html'), 'dark'), []);
});
