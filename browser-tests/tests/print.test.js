// The print stylesheet and the PDF agree: Chromium's print of a version page (style.css, @media print)
// and the version's policy.pdf (pdf.css, laid out by openhtmltopdf) hold the same text. Both are read
// with poppler's pdftotext; the PDF's running header and page numbers, which print has as the
// browser's own, are left out. The two break lines in other places (inside an address, after an
// apostrophe, at a hyphen that pdftotext then drops) and lay tables out in other orders, so the text
// is compared without its spaces and hyphens, letter by letter, as counts of each letter: a word one
// of them lacked would show as letters missing.
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

const squeeze = (text) => text.replace(/[\s\u00ad-]/g, '');

/** The letters of a PDF's text, its page furniture left out, with no spaces and no hyphens. */
function letters(text, furniture) {
  return [...squeeze(text.split('\n').filter((line) => !furniture.some((f) => f.test(line.trim()))).join(''))];
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
    const fromPrint = letters(pdfToText(printed), furniture);
    const fromPdf = letters(pdfToText(join(sites[site], page.replace('index.html', 'policy.pdf'))), furniture);
    const counts = new Map();
    fromPrint.forEach((c) => counts.set(c, (counts.get(c) ?? 0) + 1));
    fromPdf.forEach((c) => counts.set(c, (counts.get(c) ?? 0) - 1));
    const differ = [...counts].filter(([, n]) => n !== 0).map(([c, n]) => `'${c}' ${n > 0 ? 'print' : 'PDF'} +${Math.abs(n)}`);
    assert.deepEqual(differ, [], 'letters one has more of than the other');
    assert.ok(fromPdf.length > 3000, `${fromPdf.length} letters`);
  });
}
