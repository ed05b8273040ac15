// A keyboard user reaches everything: a skip link first, a visible focus, the contents and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { sites, fileUrl, launch, requireSite } from './browser.js';

let browser;
before(async () => {
  requireSite(sites.current);
  browser = await launch();
});
after(async () => browser?.close());

async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href') ?? '',
      inToc: !!el.closest('.toc'), inLanguages: !!el.closest('.languages'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

test('the first Tab lands on a visible skip link that leads to the main content', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl(sites.current, 'index.html'));
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.href, '#main');
  assert.ok(first.visible, 'the skip link shows when focused');
  assert.ok(first.outline, 'the focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.close();
});

test('Tab reaches the language switch and every entry of the table of contents, each with a visible focus', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl(sites.current, 'index.html'));
  const tocEntries = await page.$$eval('.toc a', (links) => links.length);
  let languages = 0;
  let toc = 0;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'BODY') break; // past the last link: the focus leaves the page
    assert.ok(f.outline, `focus on ${f.tag} "${f.text}" is visible`);
    if (f.inLanguages) languages++;
    if (f.inToc) toc++;
  }
  assert.ok(languages >= 3, 'every language (English, French, German) is reachable');
  assert.equal(toc, tocEntries, 'every contents entry is reachable');
  await page.close();
});
