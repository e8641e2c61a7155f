// Helpers of the browser tests: Debian's Chromium driven by playwright-core (no browser download),
// the API for set-up, axe-core from node_modules, screenshots, and guards on every page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const PASSWORD = 'xspace-demo';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('no Chromium: install Debian\'s (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
}

export async function launch() {
  // Headless, and quiet: without the background-networking flags Chromium keeps trying to reach
  // the internet. Playwright gives it a fresh profile of its own.
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One GraphQL call to the server (set-up and look-ups that a test does not do through the UI). */
export async function gql(base, token, query, variables = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function apiLogin(base, tenant, username) {
  const d = await gql(base, null, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: { tenant, username, password: PASSWORD },
  });
  return d.login.token;
}

export async function desktopId(base, opsToken, name) {
  const d = await gql(base, opsToken, 'query($n: String) { desktops(first: 5, filter: { nameContains: $n }) { edges { node { id name } } } }', { n: name });
  const hit = d.desktops.edges.find((e) => e.node.name === name);
  if (!hit) throw new Error(`no desktop ${name}`);
  return hit.node.id;
}

const axeSource = readFileSync(path.join(here, '../node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is: the serious and critical violations, as text. */
export async function axe(page) {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays in force.
  await page.evaluate(`${axeSource};0`);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

export function shotsDir() {
  const dir = process.env.XSPACE_SCREENSHOTS ?? path.resolve(here, '../../target/console-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A fresh browser context (its own storage) with guards: a request to another origin or a CSP
 * refusal is recorded as a failure of the case.
 */
export async function newPage(browser, base, problems, lang = 'en-US') {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: lang });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const origin = new URL(base).origin;
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith(origin.replace('http', 'ws')) && !url.startsWith('data:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy|Refused to/i.test(text)) problems.push(`CSP: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return { context, page };
}

export async function signIn(page, base, tenant, username) {
  await page.goto(`${base}/`);
  await page.getByLabel('Tenant').fill(tenant ?? '');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Runs `fn` and waits for the answer of the GraphQL operation `op` it causes: the request sent
 * after `fn` began (an earlier request's late answer does not count), then its response. */
export async function answered(page, op, fn) {
  const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes(` ${op}`));
  try {
    await fn();
  } catch (e) {
    sent.catch(() => {}); // the page closes with the case: the wait ends unanswered
    throw e;
  }
  const request = await sent;
  await request.response();
  await page.waitForTimeout(30);
}

/** Waits until the page shows no "Loading…" / "加载中…". */
export async function settled(page) {
  await page.waitForFunction(() => !/Loading…|加载中…/.test(document.body.innerText), null, { timeout: 15_000 });
  await page.waitForTimeout(50);
}

export function expect(cond, message) {
  if (!cond) throw new Error(message);
}
