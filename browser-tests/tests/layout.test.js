// Phone, desktop and print: nothing scrolls sideways, nothing is cut off; screenshots and PDFs are kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sites, pageKinds, fileUrl, launch, outputDirectory, requireSite } from './browser.js';

let browser;
const shots = join(outputDirectory, 'screenshots');
before(async () => {
  requireSite(sites.upcoming);
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});
after(async () => browser?.close());

const name = (path) => path.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '_') || 'index';

for (const [kind, path] of pageKinds) {
  test(`the ${kind} page fits a 375 px phone without sideways scrolling`, async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
    await page.goto(fileUrl(sites.upcoming, path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow} px too wide`);
    await page.screenshot({ path: join(shots, `${name(path)}-375.png`), fullPage: true });
    await page.close();
  });

  test(`the ${kind} page at 1280 px, and in print, keeps everything on the page`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(fileUrl(sites.upcoming, path));
    await page.screenshot({ path: join(shots, `${name(path)}-1280.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    // An A4 page at 96 dpi less 1 cm margins is about 718 px wide.
    await page.setViewportSize({ width: 718, height: 1000 });
    const cut = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName}.${el.className}`).slice(0, 5));
    assert.deepEqual(cut, []);
    await page.pdf({ path: join(shots, `${name(path)}-print.pdf`), format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    await page.close();
  });
}
