// A fragment (embed/index.html) placed in another site's page, as a website team would: the host page
// keeps its own header and styles, the fragment brings its own stylesheet, axe finds nothing, and its
// links work there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sites, fileUrl, launch, outputDirectory, requireSite, axeSource } from './browser.js';

let browser;
let host;
before(async () => {
  requireSite(sites.current);
  const dir = join(outputDirectory, 'host');
  mkdirSync(dir, { recursive: true });
  const fragment = readFileSync(join(sites.current, 'embed', 'index.html'), 'utf8');
  host = join(dir, 'index.html');
  writeFileSync(host, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Legal – Example host</title>
<link rel="stylesheet" href="${fileUrl(sites.current, 'embed/embed.css')}">
<style>body { font-family: Georgia, serif; margin: 0 auto; max-width: 48rem; padding: 0 1rem; }
header.host { border-bottom: 4px solid navy; }</style></head>
<body><header class="host"><p>Example host site</p></header><main>
${fragment}
</main></body></html>`);
  browser = await launch();
});
after(async () => browser?.close());

for (const width of [1280, 375, 320]) {
  test(`a fragment in another site's page passes axe at ${width} px`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(fileUrl(join(outputDirectory, 'host'), 'index.html'));
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`), []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px too wide`);
    await page.close();
  });
}

test('the links of a fragment work in the host page', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl(join(outputDirectory, 'host'), 'index.html'));
  const links = await page.$$eval('.plainpolicy a[href]', (els) => els.map((e) => e.getAttribute('href')));
  assert.ok(links.length > 50, `${links.length} links`);
  const broken = await page.$$eval('.plainpolicy a[href^="#"]', (els) => els
    .filter((e) => !document.getElementById(decodeURIComponent(e.getAttribute('href').slice(1))))
    .map((e) => e.getAttribute('href')));
  assert.deepEqual(broken, []);
  for (const href of links.filter((h) => !h.startsWith('#'))) {
    assert.match(href, /^(https:\/\/|mailto:|tel:)/, href);
  }
  // The fragment's stylesheet styles the fragment and leaves the host's header alone.
  const hostFont = await page.$eval('header.host', (e) => getComputedStyle(e).fontFamily);
  assert.match(hostFont, /Georgia/);
  const summary = await page.$eval('.plainpolicy .summary', (e) => getComputedStyle(e).borderTopStyle);
  assert.equal(summary, 'solid');
  await page.close();
});
