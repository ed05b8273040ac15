// Phone, desktop and print: nothing scrolls sideways, nothing is cut off; screenshots and PDFs are kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sites, pageKinds, greekPageKinds, multinationalPageKinds, fileUrl, launch, outputDirectory, requireSite } from './browser.js';

let browser;
const shots = join(outputDirectory, 'screenshots');
before(async () => {
  requireSite(sites.upcoming);
  requireSite(sites.greek);
  requireSite(sites.multinational);
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});
after(async () => browser?.close());

const name = (path) => path.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '_') || 'index';

const pages = [...pageKinds.map(([kind, path]) => [kind, sites.upcoming, path, name(path)]),
  ...greekPageKinds.map(([kind, path]) => [kind, sites.greek, path, `el_${name(path)}`]),
  ...multinationalPageKinds.map(([kind, path]) => [kind, sites.multinational, path, `multinational_${name(path)}`])];

for (const [kind, root, path, shot] of pages) {
  test(`the ${kind} page fits a 375 px phone without sideways scrolling`, async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    await page.goto(fileUrl(root, path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px too wide`);
    await page.screenshot({ path: join(shots, `${shot}-375.png`), fullPage: true });
    await page.close();
  });

  test(`the ${kind} page at 1280 px, and in print, keeps everything on the page`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(fileUrl(root, path));
    await page.screenshot({ path: join(shots, `${shot}-1280.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    // An A4 page at 96 dpi less 1 cm margins is about 718 px wide.
    await page.setViewportSize({ width: 718, height: 1000 });
    const cut = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName}.${el.className}`).slice(0, 5));
    assert.deepEqual(cut, []);
    await page.pdf({ path: join(shots, `${shot}-print.pdf`), format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    await page.close();
  });
}

test('Greek text is drawn with a font that has Greek letters, not as missing-glyph boxes', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl(sites.greek, 'index.html'));
  // U+0378 is unassigned: every font draws it as the missing-glyph box. A Greek letter drawn as that box has its
  // width, and a narrow letter and a wide one are then as wide as each other.
  const [iota, omega, missing] = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d');
    context.font = getComputedStyle(document.querySelector('main p')).font;
    return ['\u03B9', '\u03A9', '\u0378'].map((letter) => context.measureText(letter).width);
  });
  await page.close();
  assert.ok(iota !== omega && iota !== missing, `ι ${iota} px, Ω ${omega} px, a missing glyph ${missing} px`);
});
