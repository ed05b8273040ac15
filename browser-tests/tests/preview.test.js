// The live preview in a real browser, as an editor uses it: open a page, edit a version file, and see
// the page change with no reload by hand; break the YAML and see the finding at the top of the page;
// fix it and see the page come back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, outputDirectory } from './browser.js';

const here = resolve(import.meta.dirname, '..');
const jar = resolve(process.env.PLAINPOLICY_JAR ?? join(here, '..', 'generator', 'target', 'plainpolicy.jar'));
const policy = join(outputDirectory, 'preview-policy');
const version = join(policy, 'versions', '2018-09-15.en.yaml');
/** The bound: the page shows an edit within two seconds. */
const WITHIN = Number(process.env.PLAINPOLICY_PREVIEW_WITHIN ?? 2000);

let browser;
let server;
let address;
let serverErr = '';
before(async () => {
  rmSync(policy, { recursive: true, force: true });
  cpSync(join(here, '..', 'sample-policy', 'policy'), policy, { recursive: true });
  // Never published: its versions are drafts an editor may change.
  rmSync(join(policy, 'plainpolicy.lock'));
  assert.ok(existsSync(jar), `no ${jar}: mvn -B verify builds it`);
  server = spawn(process.env.JAVA ?? 'java', ['-jar', jar, 'serve', policy, '--port', '0', '--today', '2018-09-01'],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  address = await new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`the preview did not start: ${err}`)), 60000);
    server.stderr.on('data', (chunk) => {
      err += chunk;
      serverErr += chunk;
      const found = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
      if (found) {
        clearTimeout(timer);
        ok(found[1]);
      }
    });
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (server?.exitCode === null) server.kill('SIGINT');
});

async function shown(page, what, check) {
  const start = Date.now();
  await check();
  const took = Date.now() - start;
  console.log(`# ${what}: ${took} ms`);
  assert.ok(took <= WITHIN, `${what} took ${took} ms`);
}

test('the open page follows an edit, a broken file and its fix, with no reload by hand', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${address}versions/2018-09-15/index.html`);
  assert.match(await page.textContent('h1'), /Privacy Policy/);
  const original = readFileSync(version, 'utf8');

  writeFileSync(version, original.replace('Postwise helps companies', 'Postwise helps teams'));
  await shown(page, 'an edit', () => page.locator('.intro', { hasText: 'Postwise helps teams' }).waitFor({ timeout: 10000 }));

  writeFileSync(version, `${original.replace('Postwise helps companies', 'Postwise helps teams')}\n  - [broken\n`);
  await shown(page, 'a finding', () => page.locator('.plainpolicy-preview-findings').waitFor({ timeout: 10000 }));
  const finding = await page.textContent('.plainpolicy-preview-findings');
  assert.match(finding, /versions\/2018-09-15\.en\.yaml:\d+:\d+: error: /);
  // The picture for the README, once the page has settled with its banner.
  await page.waitForTimeout(500);
  await page.locator('.plainpolicy-preview-findings').waitFor({ timeout: 10000 });
  // The banner stays in view where the reload keeps the reader's place: it sticks to the top.
  assert.equal(await page.$eval('.plainpolicy-preview-findings', (e) => Math.round(e.getBoundingClientRect().top)), 0);
  mkdirSync(join(outputDirectory, 'screenshots'), { recursive: true });
  await page.screenshot({ path: join(outputDirectory, 'screenshots', 'preview-findings.png') });

  writeFileSync(version, original);
  await shown(page, 'the fix', () => page.locator('.plainpolicy-preview-findings').waitFor({ state: 'detached', timeout: 10000 }));
  assert.match(await page.textContent('.intro'), /Postwise helps companies/);
  assert.ok(!existsSync(join(policy, 'plainpolicy.lock')), 'the preview recorded a lock');
  await page.close();
});

// The goal is 300 ms after an edit of one version of the sample; the figure is printed, not asserted,
// because a shared CI machine's timing is not the product's. The README quotes it.
test('an editor typing: each edit reaches the open page', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${address}versions/2018-09-15/index.html`);
  // The editor has the page open, and reads it before the first save.
  await page.waitForTimeout(1000);
  const original = readFileSync(version, 'utf8');
  const times = [];
  for (let i = 1; i <= 12; i += 1) {
    writeFileSync(version, original.replace('Postwise helps companies', `Postwise helps ${i} companies`));
    const start = Date.now();
    await page.locator('.intro', { hasText: `Postwise helps ${i} companies` }).waitFor({ timeout: 10000 });
    times.push(Date.now() - start);
    // An editor types, pauses, reads: the next save comes after the page has settled.
    await page.waitForTimeout(300);
  }
  writeFileSync(version, original);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`# each edit shown in: ${times.join(', ')} ms; median ${sorted[Math.floor(sorted.length / 2)]} ms, `
    + `slowest ${sorted.at(-1)} ms`);
  assert.ok(sorted.at(-1) <= WITHIN, `an edit took ${sorted.at(-1)} ms`);
  await page.close();
});

test('Ctrl-C stops the preview: the process ends, the port is free, and nothing went wrong', async () => {
  const { port } = new URL(address);
  const exited = new Promise((ok) => server.once('exit', (code, signal) => ok({ code, signal })));
  server.kill('SIGINT');
  const { code, signal } = await Promise.race([exited,
    new Promise((_, fail) => setTimeout(() => fail(new Error('the preview did not stop within 10 s')), 10000))]);
  // The JVM ends on SIGINT with 128 + 2 once its shutdown hook has closed the preview.
  assert.ok(code === 130 || signal === 'SIGINT', `exit ${code} ${signal}`);
  const refused = await new Promise((ok) => {
    const socket = connect(Number(port), '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); ok(false); });
    socket.once('error', (e) => ok(e.code === 'ECONNREFUSED'));
  });
  assert.ok(refused, `port ${port} still answers after Ctrl-C`);
  assert.doesNotMatch(serverErr, /Exception|internal error/, serverErr);
});
