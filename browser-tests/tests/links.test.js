// Every internal link and anchor of every page resolves when the site is opened from file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sites, htmlFiles, fileUrl, launch, requireSite } from './browser.js';

let browser;
before(async () => {
  requireSite(sites.current);
  requireSite(sites.upcoming);
  requireSite(sites.greek);
  requireSite(sites.multinational);
  browser = await launch();
});
after(async () => browser?.close());

/** Fewer links than this means pages went missing: the sample has many versions, the others two. */
const MINIMUM_LINKS = { current: 500, upcoming: 500, greek: 100, multinational: 500 };

for (const [label, root] of Object.entries(sites)) {
  test(`every link of the ${label} site resolves from file://`, async () => {
    const page = await browser.newPage();
    const ids = new Map();
    const links = [];
    for (const file of htmlFiles(root)) {
      const url = fileUrl(root, file);
      await page.goto(url);
      ids.set(url, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      for (const href of await page.$$eval('a[href], link[href]', (els) => els.map((e) => e.href))) {
        links.push([file, href]);
      }
    }
    const broken = [];
    for (const [file, href] of links) {
      const target = new URL(href);
      if (target.protocol !== 'file:') continue;
      const [withoutHash, hash] = [target.href.split('#')[0], decodeURIComponent(target.hash.slice(1))];
      if (!existsSync(fileURLToPath(withoutHash)) || withoutHash.endsWith('/')) {
        broken.push(`${file}: ${href} (no such file)`);
      } else if (hash && ids.has(withoutHash) && !ids.get(withoutHash).has(hash)) {
        broken.push(`${file}: ${href} (no such anchor)`);
      }
    }
    assert.ok(links.length > MINIMUM_LINKS[label], `${links.length} links checked`);
    assert.deepEqual(broken, []);
    await page.close();
  });
}
