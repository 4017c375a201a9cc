// The HTML review page in a real browser: Debian's chromium (installed by
// scripts/review-tools.sh, which .ci/run calls) driven by playwright-core. Fails, never skips,
// when chromium is missing.
import * as fs from 'fs';
import * as path from 'path';
import { chromium, BrowserContext } from 'playwright-core';
import { cli, synthExamples, tmpdir } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
// Two examples on two targets; the baseline lacks the second and has an extra one, so the
// diff shows a new stack, a removed stack and an unchanged one.
const STACKS = ['finance-cicd-k8s', 'telecom-ha-openstack']; // manifest order (sorted)
// The tiers the examples declare: sbc/app/db in each of the three regions (telecom: the
// primary, the DR region and the east region); finance-cicd-k8s's Deployments.
const TELECOM_TIERS = 9;

let browser: BrowserContext;
let out: string;
let page: string;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`bash scripts/review-tools.sh chromium\` (Debian package chromium)`);
  out = tmpdir('page');
  const baseline = tmpdir('baseline');
  synthExamples(out, STACKS);
  synthExamples(baseline, ['telecom-ha-openstack', 'kubernetes-basic']);
  const r = cli(['review', '--out', out, '--baseline', baseline]);
  expect(r.stderr).toContain('review: diagram 2/2 telecom-ha-openstack');
  expect(r.code).toBe(0);
  page = r.stdout.trim();
  expect(page).toBe(path.resolve(out, 'report', 'index.html'));
  // An empty profile (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(tmpdir('chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

// Decodes a screenshot in the browser (canvas) and measures it: size, distinct colours and
// the share of pixels that are not background white.
async function pngStats(png: Buffer): Promise<{ width: number; height: number; distinct: number; inkRatio: number }> {
  const p = await browser.newPage();
  // Runs in the page (DOM code as a string: the tests compile without the DOM library).
  const stats = (await p.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) ink++;
    }
    return { width: c.width, height: c.height, distinct: colours.size, inkRatio: ink / (d.length / 4) };
  })()`)) as { width: number; height: number; distinct: number; inkRatio: number };
  await p.close();
  return stats;
}

test('the page lists the stacks and shows each one\'s diagram, capacity rows and findings', async () => {
  const p = await browser.newPage();
  const requests: string[] = [];
  p.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await p.goto(`file://${page}`);
  expect(await p.locator('h1').innerText()).toBe('Synth review');
  expect(await p.locator('ul.stack-list li').allInnerTexts()).toEqual(STACKS);
  expect(await p.locator('section.stack > h2').allInnerTexts()).toEqual([...STACKS, 'kubernetes-basic (removed)']);

  for (const stack of STACKS) {
    const section = p.locator(`section[data-stack="${stack}"]`);
    const svg = section.locator('figure.diagram svg');
    await expect(svg.count()).resolves.toBe(1);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(100);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'compliance', `${stack}.json`), 'utf8'));
    const summary = section.locator('p.findings-summary');
    expect(Number(await summary.getAttribute('data-findings'))).toBe(report.findings.length);
    expect(await section.locator('table.findings tbody tr').count()).toBe(report.findings.length);
    expect(await section.locator('table.suppressions tbody tr').count()).toBe(report.suppressions.length);
  }
  const telecom = p.locator('section[data-stack="telecom-ha-openstack"]');
  expect(await telecom.locator('table.capacity tbody tr').count()).toBe(TELECOM_TIERS);
  // sbc carries N = 2: 3 members over the 3 zones of the primary and of the east region,
  // 4 over the DR site's 2 (zone-loss spares).
  expect(await telecom.locator('figure.diagram svg text', { hasText: 'tier-sbc ×3' }).count()).toBe(2);
  expect(await telecom.locator('figure.diagram svg text', { hasText: 'tier-sbc ×4' }).count()).toBe(1);
  expect(await telecom.locator('p.diff-summary').innerText()).toMatch(/^Stack unchanged: 0 to create, 0 to delete, 0 moved\.$/);
  const finance = p.locator('section[data-stack="finance-cicd-k8s"] p.diff-summary');
  expect(await finance.innerText()).toMatch(/^Stack new: [1-9]\d* to create, 0 to delete, 0 moved\.$/);
  expect(requests).toEqual([]);

  const shot = await p.screenshot({ fullPage: false });
  const stats = await pngStats(shot);
  expect([stats.width, stats.height]).toEqual([1280, 900]);
  expect(stats.distinct).toBeGreaterThan(20);
  expect(stats.inkRatio).toBeGreaterThan(0.1);
  // The measure itself: a blank page of the same size has no ink.
  const blank = await browser.newPage();
  await blank.goto('about:blank');
  expect((await pngStats(await blank.screenshot())).inkRatio).toBe(0);
  await blank.close();
  fs.writeFileSync(path.join(out, 'report', 'screenshot.png'), shot);
  await p.close();
});

test('every suppressed finding shows its reason', async () => {
  const p = await browser.newPage();
  await p.goto(`file://${page}`);
  const suppressed = await p.locator('table.findings tr.suppressed td:last-child').allInnerTexts();
  const reports = STACKS.map((s) => JSON.parse(fs.readFileSync(path.join(out, 'compliance', `${s}.json`), 'utf8')));
  const expected = reports.flatMap((r) => r.findings.filter((f: { suppressed: boolean }) => f.suppressed).map((f: { suppressionReason: string }) => `suppressed: ${f.suppressionReason}`));
  expect(suppressed).toEqual(expected);
  await p.close();
});
