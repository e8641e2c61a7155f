// The console's browser tests: `node e2e/run.mjs <base-url>` against `xspace serve --demo` on a
// fresh database. One JSON line per case ({case, ok, error}), then "N passed, N failed"; exits
// non-zero on any failure. Screenshots of every page, in English and Chinese, go to
// target/console-screenshots/ (or $XSPACE_SCREENSHOTS). Run by `cargo test --test console`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answered, apiLogin, axe, desktopId, expect, gql, here, launch, newPage, settled, shotsDir, signIn } from './lib.mjs';

const base = (process.argv[2] ?? '').replace(/\/$/, '');
if (!base) {
  console.error('usage: node e2e/run.mjs <base-url>');
  process.exit(2);
}
const only = process.env.XSPACE_CONSOLE_ONLY;
const shots = shotsDir();
const results = [];
const browser = await launch();

async function run(name, fn) {
  if (only && !name.includes(only)) return;
  const problems = [];
  const started = Date.now();
  const pages = [];
  const open = async (lang) => {
    const p = await newPage(browser, base, problems, lang);
    pages.push(p.context);
    return p.page;
  };
  let error = null;
  try {
    await fn(open, problems);
    if (problems.length) error = problems.join('\n');
  } catch (e) {
    error = `${e.stack ?? e}${problems.length ? `\n${problems.join('\n')}` : ''}`;
  }
  for (const c of pages) await c.close().catch(() => {});
  const line = { case: name, ok: !error, ms: Date.now() - started, ...(error ? { error } : {}) };
  results.push(line);
  console.log(JSON.stringify(line));
}

// ---------------------------------------------------------------- look-ups through the API
const opsToken = await apiLogin(base, null, 'ops');
const ids = {
  gusWindows: await desktopId(base, opsToken, 'gus-windows'),
  bobWindows: await desktopId(base, opsToken, 'bob-windows'),
  bobLinux: await desktopId(base, opsToken, 'bob-linux'),
};
const platforms = (await gql(base, opsToken, '{ cloudPlatforms { id name kind } }')).cloudPlatforms;
const openstack = platforms.find((p) => p.kind === 'OPENSTACK');

// The English strings that must not show on a Chinese page (those that differ in zh, no params).
function catalogue(file) {
  const text = readFileSync(path.join(here, '../src/i18n', file), 'utf8');
  return Object.fromEntries([...text.matchAll(/^\s*'([\w.]+)': (['"])(.*)\2,$/gm)].map((m) => [m[1], m[3].replace(/\\'/g, "'")]));
}
const enCat = catalogue('en.ts');
const zhCat = catalogue('zh.ts');
const english = Object.entries(enCat)
  .filter(([k, v]) => !v.includes('{') && v.length >= 5 && zhCat[k] !== v && !k.startsWith('kind.'))
  .map(([, v]) => v);

async function noEnglish(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  // Whole words only: a server message such as "setVideoModel" is not the word "Video".
  const left = english.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(text));
  expect(left.length === 0, `${where}: English left on the Chinese page: ${JSON.stringify(left.slice(0, 5))}`);
  expect(/[\u4e00-\u9fff]/.test(text), `${where}: no Chinese text at all`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang === 'zh-CN', `${where}: <html lang> is ${lang}`);
}

/** Every page of a role: axe-core clean, screenshots in both languages, nothing English in zh. */
async function tour(open, who, tenant, username, paths) {
  const page = await open('en-US');
  await signIn(page, base, tenant, username);
  for (const [name, p] of paths) {
    await page.goto(`${base}${p}`);
    await page.locator('main h1').first().waitFor();
    await settled(page);
    const bad = await axe(page);
    expect(bad.length === 0, `axe on ${p} (en):\n${bad.join('\n')}`);
    await page.screenshot({ path: path.join(shots, `en-${who}-${name}.png`), fullPage: true });
  }
  // Switch the language through the UI once: it is remembered for every page after.
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  for (const [name, p] of paths) {
    await page.goto(`${base}${p}`);
    await page.locator('main h1').first().waitFor();
    await settled(page);
    await noEnglish(page, p);
    const bad = await axe(page);
    expect(bad.length === 0, `axe on ${p} (zh-CN):\n${bad.join('\n')}`);
    await page.screenshot({ path: path.join(shots, `zh-${who}-${name}.png`), fullPage: true });
  }
}

// ---------------------------------------------------------------- sign-in
await run('login.refused-shows-sentence', async (open) => {
  const page = await open();
  await page.goto(`${base}/system/images`);
  await page.waitForURL(/\/login\?next=/);
  const bad = await axe(page);
  expect(bad.length === 0, `axe on the sign-in page:\n${bad.join('\n')}`);
  await page.screenshot({ path: path.join(shots, 'en-login.png') });
  await page.getByLabel('Username').fill('ops');
  await page.getByLabel('Password', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.locator('[role=alert][data-code=UNAUTHENTICATED]');
  await alert.waitFor();
  expect((await alert.innerText()).includes('You are not signed in'), await alert.innerText());
  // The right password lands on the page asked for first.
  await page.getByLabel('Password', { exact: true }).fill('xspace-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/system/images`);
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.screenshot({ path: path.join(shots, 'zh-login.png') });
  const bad2 = await axe(page);
  expect(bad2.length === 0, `axe on the Chinese sign-in page:\n${bad2.join('\n')}`);
});

// ---------------------------------------------------------------- system console
await run('system.platforms-sync-live', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.waitForURL(`${base}/system/platforms`);
  for (const p of platforms) await page.locator(`tr[data-platform="${p.name}"]`).waitFor();
  const row = page.locator(`tr[data-platform="${openstack.name}"]`);
  expect((await row.innerText()).includes('sim://'), 'endpoint shown');
  await row.getByRole('button', { name: `Sync ${openstack.name}`, exact: true }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  const result = page.locator('[data-testid=sync-result]');
  await result.waitFor({ timeout: 30_000 });
  expect((await result.getAttribute('data-status')) === 'SUCCEEDED', await result.innerText());
  expect(/So far: \d+ added/.test(await page.locator('[data-testid=sync-live]').innerText()), 'live counts shown');
  await page.screenshot({ path: path.join(shots, 'en-ops-sync-dialog.png') });
});

await run('system.platform-add-edit-remove', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.getByRole('button', { name: 'Add platform' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Console Lab');
  await dialog.getByLabel('Kind').selectOption('SMARTX');
  await dialog.getByLabel('Endpoint').fill('sim://console-lab?images=3&seed=7');
  await dialog.getByLabel('Secret').fill('console-secret-1');
  await dialog.getByRole('button', { name: 'Add a mapping' }).click();
  await dialog.getByLabel('Project').fill('acme');
  await dialog.getByLabel('Tenant (slug)').fill('acme');
  await answered(page, 'Platforms', () => dialog.getByRole('button', { name: 'Save' }).click());
  const row = page.locator('tr[data-platform="Console Lab"]');
  await row.waitFor();
  expect((await row.innerText()).includes('Never synced'), await row.innerText());
  await row.getByRole('button', { name: 'Edit Console Lab' }).click();
  expect((await dialog.locator('[data-testid=secret-state]').innerText()) === 'set', 'secret shown as set');
  expect((await dialog.getByRole('textbox', { name: /^Secret/ }).inputValue()) === '', 'the secret is never filled in');
  await dialog.getByLabel('Name', { exact: true }).fill('Console Lab 2');
  await answered(page, 'Platforms', () => dialog.getByRole('button', { name: 'Save' }).click());
  const renamed = page.locator('tr[data-platform="Console Lab 2"]');
  await renamed.waitFor();
  await renamed.getByRole('button', { name: 'Remove Console Lab 2' }).click();
  await answered(page, 'Platforms', () => page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click());
  await renamed.waitFor({ state: 'detached' });
});

await run('system.platform-own-page-and-mapping', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.getByRole('link', { name: openstack.name }).click();
  await page.locator('main h1', { hasText: openstack.name }).waitFor();
  await settled(page);
  // View Path Two: the platform's own list holds custom sources (owned by a tenant) too.
  await page.locator('tbody tr[data-source]').first().waitFor();
  const text = await page.locator('table').last().innerText();
  expect(/ · acme/.test(text), 'a custom source of acme is listed on the platform page');
  const rows = page.locator('.mapping-row');
  expect((await rows.count()) >= 1, 'the mapping is shown');
  expect((await rows.first().getByLabel('Project').inputValue()) === 'acme', 'first mapping is acme');
  // A tenant's own placement of new VMs, over the platform's.
  const acme = page.locator('.mapping-row[data-project=acme]');
  await acme.locator('summary').click();
  await acme.getByLabel('Cluster').fill('acme-cluster');
  await acme.getByLabel('Virtual CPUs').fill('4');
  await answered(page, 'UpdatePlatform', () => page.getByRole('button', { name: 'Save mapping' }).click());
  await page.getByRole('status').getByText('Saved.').waitFor();
  const saved = await gql(
    base,
    opsToken,
    'query($id: ID!) { node(id: $id) { ... on CloudPlatform { projectTenants { project placement { cluster cpuCores } } } } }',
    { id: openstack.id },
  );
  const placed = saved.node.projectTenants.find((m) => m.project === 'acme').placement;
  expect(placed?.cluster === 'acme-cluster' && placed?.cpuCores === 4, `acme's placement saved: ${JSON.stringify(placed)}`);
  await page.reload();
  const cluster = page.locator('.mapping-row[data-project=acme]').getByLabel('Cluster');
  await cluster.waitFor();
  expect((await cluster.inputValue()) === 'acme-cluster', 'the saved placement is shown after a reload');
  // A bad number is refused before anything is sent.
  await page.locator('.mapping-row[data-project=acme]').getByLabel('Virtual CPUs').fill('two');
  await page.getByRole('button', { name: 'Save mapping' }).click();
  await page.locator('[role=alert][data-code=CLIENT]').waitFor();
});

await run('system.cirrus-to-virtio-becomes-ready', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await answered(page, 'VdiImages', () => page.getByRole('link', { name: 'System Images' }).click());
  await answered(page, 'VdiImages', () => page.getByLabel('Platform').selectOption({ label: openstack.name }));
  await answered(page, 'VdiImages', () => page.getByLabel('Readiness').selectOption('false'));
  const name = await page.evaluate(() => {
    for (const tr of document.querySelectorAll('tbody tr[data-source]')) {
      const problems = [...tr.querySelectorAll('[data-problem]')].map((e) => e.getAttribute('data-problem'));
      if (problems.length === 1 && problems[0] === 'VIDEO_MODEL_NOT_VIRTIO' && tr.querySelector('[data-video=CIRRUS]')) {
        return tr.getAttribute('data-source');
      }
    }
    return null;
  });
  expect(name, 'a cirrus image whose only problem is its video');
  const row = page.locator(`tr[data-source="${name}"]`);
  expect((await row.innerText()).includes('Video not virtio'), 'the badge says why');
  await page.screenshot({ path: path.join(shots, 'en-ops-images-not-ready.png'), fullPage: true });
  await row.getByRole('button', { name: `Switch video to virtio: ${name}`, exact: true }).click();
  await row.locator('[data-video=VIRTIO]').waitFor();
  await row.locator('[data-ready=true]').waitFor();
  await row.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('OS type').selectOption('linux');
  await dialog.getByLabel('OS distro').fill('ubuntu');
  await dialog.getByLabel('System User').fill('ubuntu');
  expect((await dialog.locator('[data-testid=password-state]').innerText()) === 'not set', 'password not set yet');
  await dialog.getByLabel('System Password').fill('Console-sys-1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('Saved.').waitFor();
  expect((await dialog.locator('[data-testid=password-state]').innerText()) === 'set', 'password now set');
  await page.screenshot({ path: path.join(shots, 'en-ops-edit-dialog.png') });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const text = await row.innerText();
  expect(text.includes('linux / ubuntu') && text.includes('ubuntu') && text.includes('Ready'), text);
});

await run('system.images-filtered-by-boot-mode-on-the-server', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.goto(`${base}/system/images`);
  const want = (await gql(base, opsToken, '{ vdiImages(filter: { bootMode: UEFI }) { totalCount } }')).vdiImages.totalCount;
  expect(want > 0, 'the demo has UEFI images');
  await answered(page, 'VdiImages', () => page.getByRole('combobox', { name: 'Boot mode' }).selectOption('UEFI'));
  await settled(page);
  const boots = await page.locator('tbody tr[data-source] td[data-boot]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-boot')));
  expect(boots.length > 0 && boots.every((b) => b === 'UEFI'), `only UEFI rows: ${JSON.stringify(boots)}`);
  const total = await page.locator('[data-testid=pager-total]').getAttribute('data-total');
  expect(total === String(want), `the count is the server's (${want}): ${total}`);
});

await run('system.zsphere-boot-mode-workaround-with-progress', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.goto(`${base}/system/images`);
  await answered(page, 'VdiImages', () => page.getByLabel('Platform').selectOption({ label: 'ZSphere' }));
  await answered(page, 'VdiImages', () => page.getByLabel('Readiness').selectOption('true'));
  await settled(page);
  const name = await page.locator('tbody tr[data-source]').first().getAttribute('data-source');
  expect(name, 'a ready ZSphere image');
  await page.getByRole('button', { name: `Boot mode: ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  const refusal = dialog.locator('[data-testid=boot-not-editable]');
  await refusal.waitFor();
  expect((await refusal.innerText()).includes('cannot change'), await refusal.innerText());
  expect((await dialog.getByRole('button', { name: 'Change boot mode' }).count()) === 0, 'no direct change offered');
  await dialog.getByRole('button', { name: /Copy with boot mode/ }).click();
  await dialog.locator('[data-testid=boot-result]').waitFor({ timeout: 60_000 });
  const progress = await dialog.locator('[data-testid=copy-steps] li[data-kind=PROGRESS]').count();
  expect(progress >= 2, `step-by-step progress shown (${progress} steps)`);
  await page.screenshot({ path: path.join(shots, 'en-ops-zsphere-copy.png') });
});

await run('system.smartx-template-virtio-by-copy', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await answered(page, 'VdiTemplates', () => page.goto(`${base}/system/templates`));
  await answered(page, 'VdiTemplates', () => page.getByLabel('Platform').selectOption({ label: 'SmartX' }));
  await answered(page, 'VdiTemplates', () => page.getByLabel('Readiness').selectOption('false'));
  const name = await page.evaluate(() => {
    for (const tr of document.querySelectorAll('tbody tr[data-source]')) {
      const problems = [...tr.querySelectorAll('[data-problem]')].map((e) => e.getAttribute('data-problem'));
      if (problems.length === 1 && problems[0] === 'VIDEO_MODEL_NOT_VIRTIO') return tr.getAttribute('data-source');
    }
    return null;
  });
  expect(name, 'a SmartX template whose only problem is its video');
  // SmartX cannot change a template's video card in place: the button offers the copy.
  await page.getByRole('button', { name: `Switch video to virtio: ${name}`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  const notice = dialog.locator('[data-testid=boot-not-editable]');
  await notice.waitFor();
  expect((await notice.innerText()).includes('video card'), await notice.innerText());
  expect((await dialog.getByLabel("The copy's video card").inputValue()) === 'VIRTIO', 'virtio chosen for the copy');
  await dialog.getByRole('button', { name: /Copy with boot mode/ }).click();
  const result = dialog.locator('[data-testid=boot-result]');
  await result.waitFor({ timeout: 60_000 });
  expect((await result.innerText()).includes(`${name}-virtio`), await result.innerText());
  await page.keyboard.press('Escape');
  await answered(page, 'VdiTemplates', () => page.getByLabel('Readiness').selectOption('true'));
  await answered(page, 'VdiTemplates', () => page.getByLabel('Search by name').fill(`${name}-virtio`));
  await page.locator(`tr[data-source="${name}-virtio"] [data-ready=true]`).waitFor();
});

await run('system.tenant-and-user-created', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await page.getByRole('link', { name: 'Tenants and users' }).click();
  await page.getByRole('button', { name: 'New tenant' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Slug').fill('initech');
  await dialog.getByLabel('Name', { exact: true }).fill('Initech');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('rowheader', { name: 'initech' }).waitFor();
  await page.getByRole('button', { name: 'New user' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tenant').selectOption({ label: 'initech' });
  await dialog.getByLabel('Username').fill('peter');
  await dialog.getByLabel('Password').fill('Peter-pw-1');
  await dialog.getByLabel('Role').selectOption('TENANT_ADMIN');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('rowheader', { name: 'peter' }).waitFor();
  // A bad slug is refused with the API's sentence.
  await page.getByRole('button', { name: 'New tenant' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Slug').fill('Not A Slug!');
  await dialog.getByLabel('Name', { exact: true }).fill('x');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.locator('[role=alert][data-code=BAD_USER_INPUT]').waitFor();
  await page.keyboard.press('Escape');
});

await run('system.desktops-of-every-tenant', async (open) => {
  const page = await open();
  await signIn(page, base, null, 'ops');
  await answered(page, 'Desktops', () => page.getByRole('link', { name: 'Desktops' }).click());
  const bob = page.locator('tr[data-desktop=bob-windows]');
  const gus = page.locator('tr[data-desktop=gus-windows]');
  await bob.waitFor();
  await gus.waitFor();
  expect((await bob.innerText()).includes('acme') && (await gus.innerText()).includes('globex'), 'each desktop with its tenant');
  expect((await page.getByRole('button', { name: 'Create desktop' }).count()) === 0, 'desktops are created in their tenant console');
  await gus.getByRole('link', { name: 'gus-windows' }).click();
  await page.waitForURL(`${base}/system/desktops/${encodeURIComponent(ids.gusWindows)}`);
  await page.locator('main h1', { hasText: 'gus-windows' }).waitFor();
});

await run('system.tour-axe-screenshots-zh', async (open) => {
  await tour(open, 'ops', null, 'ops', [
    ['platforms', '/system/platforms'],
    ['platform', `/system/platforms/${encodeURIComponent(openstack.id)}`],
    ['images', '/system/images'],
    ['templates', '/system/templates'],
    ['desktops', '/system/desktops'],
    ['desktop', `/system/desktops/${encodeURIComponent(ids.gusWindows)}`],
    ['tenants', '/system/tenants'],
    ['audit', '/system/audit'],
  ]);
});

// ---------------------------------------------------------------- walls
await run('walls.tenant-admin-sees-no-system-images-edit', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'alice');
  await page.waitForURL(`${base}/tenant/desktops`);
  expect((await page.getByRole('link', { name: 'System Images' }).count()) === 0, 'no System Images in the navigation');
  expect((await page.getByRole('link', { name: 'Cloud platforms' }).count()) === 0, 'no platforms in the navigation');
  await page.goto(`${base}/system/images`);
  await page.locator('[data-testid=not-for-role]').waitFor();
  expect((await page.getByRole('button', { name: /^Edit/ }).count()) === 0, 'no Edit button');
  await page.goto(`${base}/tenant/desktops/${encodeURIComponent(ids.gusWindows)}`);
  await page.locator('[data-testid=not-found]').waitFor();
});

await run('walls.user-sees-only-own-desktops', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'bob');
  await page.waitForURL(`${base}/my/desktops`);
  await page.locator('[data-desktop="bob-windows"]').waitFor();
  const names = await page.locator('[data-desktop]').evaluateAll((els) => els.map((e) => e.getAttribute('data-desktop')));
  expect(names.includes('bob-ad') && names.includes('bob-linux'), JSON.stringify(names));
  expect(!names.some((n) => n.startsWith('gus')), `another user's desktop shown: ${JSON.stringify(names)}`);
  expect((await page.getByRole('link', { name: 'Desktops', exact: true }).count()) === 0, 'no tenant console');
  await page.goto(`${base}/my/desktops/${encodeURIComponent(ids.gusWindows)}`);
  await page.locator('[data-testid=not-found]').waitFor();
  await page.goto(`${base}/tenant/desktops`);
  await page.locator('[data-testid=not-for-role]').waitFor();
});

// ---------------------------------------------------------------- tenant console
await run('tenant.edit-create-stale-update-user-sees-new-password', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'alice');
  await page.goto(`${base}/tenant/images`);
  await answered(page, 'CustomImages', () => page.getByLabel('Readiness').selectOption('true'));
  await settled(page);
  const source = await page.locator('tbody tr[data-source]').first().getAttribute('data-source');
  expect(source, 'a ready custom image of acme');
  const editSource = async (password) => {
    await page.getByRole('button', { name: `Edit ${source}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('OS type').selectOption('windows');
    await dialog.getByLabel('OS distro').fill('win10');
    await dialog.getByLabel('System User').fill('acme-admin');
    await dialog.getByLabel('System Password').fill(password);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Saved.').waitFor();
    return dialog;
  };
  let dialog = await editSource('Console-pw-1');
  await dialog.getByRole('button', { name: 'Close' }).last().click();

  // Two desktops from it, for bob; a mismatched boot mode is refused before anything is sent.
  for (const name of ['console-one', 'console-two']) {
    await page.goto(`${base}/tenant/desktops`);
    await page.getByRole('button', { name: 'Create desktop' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Search by name').fill(source);
    await dialog.locator(`[data-source="${source}"] input[type=radio]`).check();
    const mode = await dialog.getByLabel('Boot mode').inputValue();
    expect(mode === 'BIOS' || mode === 'UEFI', `boot mode follows the source (${mode})`);
    if (name === 'console-one') {
      await dialog.getByLabel('Boot mode').selectOption(mode === 'BIOS' ? 'UEFI' : 'BIOS');
      await dialog.locator('[data-testid=mismatch]').waitFor();
      await dialog.getByRole('button', { name: 'Create desktop' }).click();
      await dialog.locator('[data-code=CLIENT_REFUSED]').waitFor();
      await page.screenshot({ path: path.join(shots, 'en-alice-create-mismatch.png') });
      await dialog.getByLabel('Boot mode').selectOption(mode);
    }
    await dialog.getByLabel('Assigned to').selectOption({ label: 'bob' });
    await dialog.getByRole('button', { name: 'Create desktop' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`tr[data-desktop="${name}"]`).waitFor();
  }

  // The image's password changes: both copies are stale.
  await page.goto(`${base}/tenant/images`);
  await answered(page, 'CustomImages', () => page.getByLabel('Search by name').fill(source));
  await settled(page);
  dialog = await editSource('Console-pw-2');
  await dialog.getByText('2 desktop(s) made from this source hold the old credentials.').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await page.goto(`${base}/tenant/desktops`);
  const one = page.locator('tr[data-desktop="console-one"]');
  const two = page.locator('tr[data-desktop="console-two"]');
  await one.locator('[data-stale=true]').waitFor();
  await two.locator('[data-stale=true]').waitFor();
  expect((await one.innerText()).includes('Stale'), 'stale copy marked');
  await page.screenshot({ path: path.join(shots, 'en-alice-desktops-stale.png'), fullPage: true });
  // Update Credentials on one, then on several (the selection).
  await one.getByRole('button', { name: 'Update Credentials of console-one' }).click();
  await one.locator('[data-stale=false]').waitFor();
  await two.getByLabel('Select console-two').check();
  await page.getByRole('button', { name: 'Update Credentials of 1 selected' }).click();
  await two.locator('[data-stale=false]').waitFor();

  // bob sees the new password in the connection details of the desktop.
  const bob = await open();
  await signIn(bob, base, 'acme', 'bob');
  const card = bob.locator('[data-desktop="console-one"]');
  await card.getByRole('button', { name: 'Connection details' }).click();
  const conn = bob.getByRole('dialog');
  await conn.getByRole('button', { name: 'Show password' }).click();
  const shown = await conn.locator('[data-testid=conn-password]').innerText();
  expect(shown === 'Console-pw-2', `the user sees ${shown}`);
  expect((await conn.locator('[data-testid=conn-username]').innerText()) === 'acme-admin', 'username from the image');
  await bob.screenshot({ path: path.join(shots, 'en-bob-connection.png') });
  await conn.getByRole('button', { name: 'Close' }).last().click();
  // Never cached: reopening asks the server again (and closing forgot it).
  expect((await bob.locator('[data-testid=conn-password]').count()) === 0, 'the password is gone once closed');

  // Custom credentials win over the image's copy.
  await one.getByRole('button', { name: 'Custom credentials of console-one', exact: true }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Username').fill('custom-user');
  await dialog.getByLabel('Password').fill('Custom-pw-1');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await one.getByText('Custom · custom-user').waitFor();
  await card.getByRole('button', { name: 'Connection details' }).click();
  await conn.getByRole('button', { name: 'Show password' }).click();
  expect((await conn.locator('[data-testid=conn-password]').innerText()) === 'Custom-pw-1', 'custom password');
  await conn.getByRole('button', { name: 'Close' }).last().click();

  // Assigned to nobody: it leaves bob's page live; then deleted: it leaves the list.
  await two.getByRole('button', { name: 'Assign console-two', exact: true }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Assigned to').selectOption('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await bob.locator('[data-desktop="console-two"]').waitFor({ state: 'detached', timeout: 10_000 });
  await two.getByRole('button', { name: 'Delete console-two', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await two.waitFor({ state: 'detached' });
});

await run('tenant.tour-axe-screenshots-zh', async (open) => {
  await tour(open, 'alice', 'acme', 'alice', [
    ['images', '/tenant/images'],
    ['templates', '/tenant/templates'],
    ['desktops', '/tenant/desktops'],
    ['desktop', `/tenant/desktops/${encodeURIComponent(ids.bobLinux)}`],
    ['users', '/tenant/users'],
    ['audit', '/tenant/audit'],
  ]);
});

// ---------------------------------------------------------------- my desktops
await run('user.ad-mode-shows-no-password', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'bob');
  const card = page.locator('[data-desktop="bob-ad"]');
  await card.getByRole('button', { name: 'Connection details' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('[data-testid=no-password]').waitFor();
  expect((await dialog.locator('[data-testid=conn-password]').count()) === 0, 'no password in AD mode');
  expect((await dialog.getByRole('button', { name: 'Show password' }).count()) === 0, 'nothing to reveal');
  expect((await dialog.locator('[data-testid=ad-domain]').innerText()) === 'acme.example', 'domain shown');
});

await run('user.agent-report-changes-icon-live', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'bob');
  const card = page.locator('[data-desktop="bob-windows"]');
  await card.locator('svg[data-os=windows]').waitFor();
  expect((await card.innerText()).includes('preset'), 'OS info from the preset');
  // The agent inside the desktop reports Kylin (issued by the tenant admin; sent as the agent).
  const alice = await apiLogin(base, 'acme', 'alice');
  const issued = await gql(base, alice, 'mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }', { d: ids.bobWindows });
  await gql(base, issued.issueAgentToken.token, 'mutation($i: AgentReportInput!) { reportAgentStatus(input: $i) { id } }', {
    i: { osType: 'linux', osDistro: 'kylin', osVersion: 'V10', hostname: 'bob-windows', agentVersion: 'mole-console-test' },
  });
  await card.locator('svg[data-os=kylin]').waitFor({ timeout: 10_000 });
  expect((await card.innerText()).includes('from agent'), 'OS info now from the agent');
  await page.screenshot({ path: path.join(shots, 'en-bob-desktops-live.png'), fullPage: true });
});

await run('user.lost-socket-reconnects-and-rereads', async (open) => {
  const page = await open();
  // The page's WebSocket through a route the test can cut, and keep cut for a while.
  let online = true;
  const live = [];
  await page.routeWebSocket(/\/graphql$/, (ws) => {
    if (!online) {
      ws.close({ code: 1012, reason: 'test: offline' });
      return;
    }
    const server = ws.connectToServer();
    live.push([ws, server]);
  });
  await signIn(page, base, 'acme', 'bob');
  const card = page.locator('[data-desktop="bob-linux"]');
  await card.locator('svg[data-os=ubuntu]').waitFor();
  await page.waitForFunction(() => true);
  await page.waitForTimeout(500);
  expect(live.length > 0, 'the page subscribed');
  online = false;
  for (const [ws, server] of live.splice(0)) {
    await ws.close({ code: 1012, reason: 'test: cut' });
    await server.close();
  }
  // While it is cut, the agent reports Debian: the event cannot reach the page.
  const alice = await apiLogin(base, 'acme', 'alice');
  const issued = await gql(base, alice, 'mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }', { d: ids.bobLinux });
  await gql(base, issued.issueAgentToken.token, 'mutation($i: AgentReportInput!) { reportAgentStatus(input: $i) { id } }', {
    i: { osType: 'linux', osDistro: 'debian', osVersion: '12' },
  });
  await page.waitForTimeout(1500);
  expect((await card.locator('svg[data-os=ubuntu]').count()) === 1, 'nothing changed while cut');
  online = true;
  // Reconnected, the page re-reads what it shows.
  await card.locator('svg[data-os=debian]').waitFor({ timeout: 20_000 });
});

await run('user.token-renewed-live-updates-continue', async (open) => {
  // The server under test issues short-lived tokens (XSPACE_TOKEN_TTL_SECONDS, set by
  // tests/console): the console renews its token before it expires and moves its subscription
  // to a socket that carries the new one.
  const ttl = Number(process.env.XSPACE_E2E_TOKEN_TTL ?? 0);
  if (!ttl) throw new Error('XSPACE_E2E_TOKEN_TTL is not set (the server\'s token lifetime)');
  const page = await open();
  await signIn(page, base, 'acme', 'bob');
  const first = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xspace.session')).token);
  const card = page.locator('[data-desktop="bob-windows"]');
  await card.waitFor();
  await page.waitForTimeout((ttl + 3) * 1000);
  const second = await page.evaluate(() => JSON.parse(sessionStorage.getItem('xspace.session')).token);
  expect(second && second !== first, 'the token was renewed');
  expect(page.url().endsWith('/my/desktops'), `still signed in (${page.url()})`);
  const alice = await apiLogin(base, 'acme', 'alice');
  const issued = await gql(base, alice, 'mutation($d: ID!) { issueAgentToken(desktopId: $d) { token } }', { d: ids.bobWindows });
  await gql(base, issued.issueAgentToken.token, 'mutation($i: AgentReportInput!) { reportAgentStatus(input: $i) { id } }', {
    i: { osType: 'linux', osDistro: 'uos', osVersion: '20' },
  });
  await card.locator('svg[data-os=uos]').waitFor({ timeout: 10_000 });
});

await run('user.tour-axe-screenshots-zh', async (open) => {
  await tour(open, 'bob', 'acme', 'bob', [
    ['desktops', '/my/desktops'],
    ['desktop', `/my/desktops/${encodeURIComponent(ids.bobLinux)}`],
  ]);
});

// ---------------------------------------------------------------- keyboard
await run('a11y.dialog-keyboard-trap-and-escape', async (open) => {
  const page = await open();
  await signIn(page, base, 'acme', 'alice');
  await page.goto(`${base}/tenant/desktops`);
  const opener = page.getByRole('button', { name: 'Create desktop' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Shift+Tab' : 'Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(inside, `focus left the dialog after ${i + 1} Tab presses`);
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const back = await page.evaluate(() => document.activeElement?.textContent);
  expect(back === 'Create desktop', `focus back on the opener (${back})`);
});

await browser.close();
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
