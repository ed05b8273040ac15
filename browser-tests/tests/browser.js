// Shared by the browser tests: the sites under test, their pages, and a headless Chromium.
import { chromium } from 'playwright-core';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = resolve(import.meta.dirname, '..');

/**
 * The sample site built by the reactor (today), the same policy built as of 2018-09-01, with a version to come, and
 * the Greek policy of the generator's language tests (generator/src/test/resources/languages/el), in another script,
 * and the second sample (sample-multinational), with wide tables: cookies, retention, a Markdown table.
 */
export const sites = {
  current: resolve(process.env.PLAINPOLICY_SITE ?? join(here, '..', 'sample-policy', 'target', 'plainpolicy')),
  upcoming: resolve(process.env.PLAINPOLICY_UPCOMING_SITE ?? join(here, 'target', 'site-2018-09-01')),
  greek: resolve(process.env.PLAINPOLICY_GREEK_SITE ?? join(here, 'target', 'site-el')),
  multinational: resolve(process.env.PLAINPOLICY_MULTINATIONAL_SITE
    ?? join(here, '..', 'sample-multinational', 'target', 'plainpolicy')),
};

export const outputDirectory = join(here, 'target');

/** The sample's record of processing activities (Art. 30(1)), which the reactor's build of the sample writes. */
export const ropaPage = resolve(process.env.PLAINPOLICY_ROPA
  ?? join(here, '..', 'sample-policy', 'target', 'ropa', 'ropa.html'));

/** One page of each kind, in each language, as a reader meets them. */
export const pageKinds = [
  ['current', 'index.html'],
  ['current (French)', 'fr/index.html'],
  ['current (German)', 'de/index.html'],
  ['old version', 'versions/2017-09-01/index.html'],
  ['old version (French)', 'fr/versions/2018-05-25/index.html'],
  ['old version (German)', 'de/versions/2018-05-25/index.html'],
  ['archive', 'versions/index.html'],
  ['archive (French)', 'fr/versions/index.html'],
  ['archive (German)', 'de/versions/index.html'],
  ['changes', 'changes/2018-09-15/index.html'],
  ['changes (French)', 'fr/changes/2018-09-15/index.html'],
  ['changes (German)', 'de/changes/2018-09-15/index.html'],
  ['readability report', 'readability/2018-09-15/index.html'],
  ['readability report (French)', 'fr/readability/2018-09-15/index.html'],
  ['readability report (German)', 'de/readability/2018-09-15/index.html'],
  ['notice e-mail', 'notices/2018-09-15.html'],
  ['changes naming the groups of people', 'changes/2026-12-01/index.html'],
  ['changes naming the groups of people (German)', 'de/changes/2026-12-01/index.html'],
];

/** One page of each kind of the Greek site. */
export const greekPageKinds = [
  ['current (Greek)', 'index.html'],
  ['old version (Greek)', 'versions/2024-03-01/index.html'],
  ['archive (Greek)', 'versions/index.html'],
  ['changes (Greek)', 'changes/2024-09-01/index.html'],
  ['readability report (Greek)', 'readability/2024-09-01/index.html'],
  ['notice e-mail (Greek)', 'notices/2024-09-01.html'],
];

/** The pages of the second sample: its tables are the widest on any page. */
export const multinationalPageKinds = [
  ['current (multinational)', 'index.html'],
  ['current (multinational, Spanish)', 'es/index.html'],
  ['changes (multinational)', 'changes/2026-06-01/index.html'],
  ['changes (multinational, Spanish)', 'es/changes/2026-06-01/index.html'],
];

/** Every HTML file of a site, relative to its root. */
export function htmlFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(relative(root, path));
    }
  };
  walk(root);
  return files;
}

export function fileUrl(root, page) {
  return pathToFileURL(join(root, page)).href;
}

export function requireSite(root) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`no site at ${root}: build it first (mvn -B verify builds both)`);
  }
}

/** Headless Chromium from the system (Debian's package), with nothing fetched from the network. */
export async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not at ${executablePath}: install Debian's chromium package (apt-get install chromium), `
      + 'or skip the browser tests with -Dplainpolicy.browser.skip=true');
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
