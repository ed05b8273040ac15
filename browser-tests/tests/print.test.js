// The print stylesheet and the PDF agree: Chromium's print of a version page (style.css, @media print)
// and the version's policy.pdf (pdf.css, laid out by openhtmltopdf) hold the same words in the same
// order. Both are read with poppler's pdftotext; the PDF's running header and page numbers, which
// print has as the browser's own, are left out of the comparison.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sites, fileUrl, launch, outputDirectory, requireSite } from './browser.js';

let browser;
before(async () => {
  requireSite(sites.current);
  browser = await launch();
});
after(async () => browser?.close());

function pdfToText(file) {
  const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find(existsSync);
  assert.ok(pdftotext, "pdftotext is missing: install Debian's poppler-utils (apt-get install poppler-utils)");
  return execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

/** The words of a PDF's text, a line broken after a hyphen joined again, the PDF's page furniture left out. */
function words(text, furniture) {
  return text.split('\n').filter((line) => !furniture.some((f) => f.test(line.trim())))
    .join(' ').replace(/\f/g, ' ').replace(/-\s+/g, '-').split(/\s+/).filter((w) => w.length > 0);
}

for (const [site, page, header] of [
  ['current', 'versions/2018-09-15/index.html', /^Privacy Policy · Version in effect from 15 September 2018$/],
  ['current', 'fr/versions/2018-05-25/index.html', /^Politique de confidentialité · Version en vigueur/],
  ['multinational', 'versions/2026-06-01/index.html', /· Version in effect from 1 June 2026$/],
]) {
  test(`the print of ${site} ${page} shows what its PDF shows`, async () => {
    const tab = await browser.newPage();
    await tab.goto(fileUrl(sites[site], page));
    await tab.emulateMedia({ media: 'print' });
    // Text for screen readers alone is clipped to nothing on paper, but a PDF keeps it under the clip; the
    // generator's PDF gives it to the links' descriptions instead.
    await tab.evaluate(() => document.querySelectorAll('.visually-hidden').forEach((e) => e.remove()));
    const printed = join(outputDirectory, `print-${site}-${page.replace(/\//g, '_')}.pdf`);
    writeFileSync(printed, await tab.pdf({ format: 'A4', printBackground: false }));
    await tab.close();
    const furniture = [header, /^(Page|Seite) \d+ (of|von|sur) \d+$/, /^Page \d+ sur \d+$/];
    const fromPrint = words(pdfToText(printed), furniture);
    const fromPdf = words(pdfToText(join(sites[site], page.replace('index.html', 'policy.pdf'))), furniture);
    const first = fromPrint.findIndex((w, i) => w !== fromPdf[i]);
    assert.equal(first, fromPrint.length === fromPdf.length ? -1 : Math.min(fromPrint.length, fromPdf.length),
      `they part at word ${first}: print "${fromPrint.slice(Math.max(0, first - 8), first + 8).join(' ')}", `
      + `PDF "${fromPdf.slice(Math.max(0, first - 8), first + 8).join(' ')}"`);
    assert.equal(fromPrint.length, fromPdf.length);
  });
}
