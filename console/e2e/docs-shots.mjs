// The README's screenshots: `node e2e/docs-shots.mjs <base-url>` against `xspace serve --demo`
// after `e2e/run.mjs` (so that an agent has reported), written to docs/ (then `pngquant` them).
import path from 'node:path';
import { answered, here, launch, newPage, settled, signIn } from './lib.mjs';

const base = (process.argv[2] ?? '').replace(/\/$/, '');
const out = path.resolve(here, '../../docs');
const browser = await launch();
const problems = [];

let { context, page } = await newPage(browser, base, problems);
await page.setViewportSize({ width: 1280, height: 600 });
await signIn(page, base, null, 'ops');
await answered(page, 'VdiImages', () => page.goto(`${base}/system/images`));
await answered(page, 'VdiImages', () => page.getByLabel('Platform').selectOption({ label: 'OpenStack Lab' }));
await answered(page, 'VdiImages', () => page.getByLabel('Readiness').selectOption('false'));
await settled(page);
await page.screenshot({ path: path.join(out, 'console-system-images.png') });
await context.close();

({ context, page } = await newPage(browser, base, problems));
await page.setViewportSize({ width: 1180, height: 420 });
await signIn(page, base, 'acme', 'bob');
await page.getByLabel('Language').selectOption('zh-CN');
await page.locator('[data-desktop]').first().waitFor();
await settled(page);
await page.screenshot({ path: path.join(out, 'console-my-desktops-zh.png') });
await context.close();
await browser.close();
if (problems.length) console.log(problems.join('\n'));
