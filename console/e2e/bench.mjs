// Measurements for BENCHMARKS.md (not a test): `node e2e/bench.mjs <base-url>` against
// `xspace serve --demo`.
// - the JavaScript of the first page (sign-in), as the browser loads it, gzipped;
// - "50 rows render": System Images, 50 rows, from the moment the page's data arrived
//   (performance.mark in the fetch's answer) to the rows committed (useLayoutEffect) and to the
//   next frame painted, over fresh page loads.
import { gzipSync } from 'node:zlib';
import { apiLogin, gql, launch, newPage, signIn } from './lib.mjs';

const base = (process.argv[2] ?? '').replace(/\/$/, '');
const runs = Number(process.env.RUNS ?? 15);
const browser = await launch();
const problems = [];
const { page } = await newPage(browser, base, problems);

const scripts = [];
page.on('response', async (r) => {
  if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), body: await r.body() });
});
await page.goto(`${base}/`);
await page.getByLabel('Username').waitFor();
await page.waitForTimeout(300);
let raw = 0;
let gz = 0;
for (const s of scripts) {
  raw += s.body.length;
  gz += gzipSync(s.body).length;
}
console.log(`first page JS: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzipped`);

// The demo has fewer than 50 system images: a simulated platform of 150 more, synced.
const ops = await apiLogin(base, null, 'ops');
const names = (await gql(base, ops, '{ cloudPlatforms { name } }')).cloudPlatforms.map((p) => p.name);
if (!names.includes('Bench')) {
  const added = await gql(base, ops, 'mutation($i: AddCloudPlatformInput!) { addCloudPlatform(input: $i) { id } }', {
    i: { name: 'Bench', kind: 'OPENSTACK', endpoint: 'sim://bench?images=150&seed=11' },
  });
  await gql(base, ops, 'mutation($id: ID!) { syncCloudPlatform(id: $id) { status } }', { id: added.addCloudPlatform.id });
}
await signIn(page, base, null, 'ops');
const render = [];
const painted = [];
for (let i = 0; i < runs; i++) {
  await page.goto(`${base}/system/images`);
  await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-source]').length === 50);
  await page.waitForFunction(() => performance.getEntriesByName('xspace:rows-painted').length > 0);
  const [r, p] = await page.evaluate(() => [
    performance.getEntriesByName('xspace:rows-render').at(-1).duration,
    performance.getEntriesByName('xspace:rows-painted').at(-1).duration,
  ]);
  render.push(r);
  painted.push(p);
}
const stats = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, min ${s[0].toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms`;
};
console.log(`50 rows, data → committed (${runs} loads): ${stats(render)}`);
console.log(`50 rows, data → next frame painted (${runs} loads): ${stats(painted)}`);
if (problems.length) console.log(problems.join('\n'));
await browser.close();
