// scripts/providers.sh must refuse to build from a release-source archive that is
// missing or not the pinned one, and say which file and which sum it expected.
import { execFile } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { PROVIDERS } from './toolchain';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
// The same archive folder scripts/providers.sh reads.
const SHARED_SRC = process.env.OSCAR_PROVIDERS_SRC ?? path.resolve(ROOT, '..', 'shared', 'providers-src');
const random = PROVIDERS.find((p) => p.source === 'hashicorp/random')!;

/** Runs the script for one provider in an empty cache, building from archives only. */
async function buildRandom(srcDir: string): Promise<{ code: number; output: string }> {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'oscar-providers-cache-'));
  const env = { ...process.env, OSCAR_TF_CACHE: cache, OSCAR_PROVIDERS_SRC: srcDir, OSCAR_PROVIDERS_FROM: 'archive' };
  try {
    const r = await run('bash', [path.join(ROOT, 'scripts', 'providers.sh'), 'hashicorp/random'], { env });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (e: any) {
    return { code: e.code, output: `${e.stdout}${e.stderr}` };
  }
}

test('providers.json pins an archive with a sha256 for every provider the proxy does not serve', () => {
  for (const p of PROVIDERS.filter((x) => x.archive)) {
    expect(p.archive!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.archive!.file).toBe(`terraform-provider-${p.source.split('/')[1]}-${p.version}.tar.gz`);
  }
  expect(random.archive).toBeDefined();
});

test('a corrupted archive (one byte changed) fails the build, naming the file and the expected sum', async () => {
  const src = mkdtempSync(path.join(os.tmpdir(), 'oscar-providers-src-'));
  const file = path.join(src, random.archive!.file);
  copyFileSync(path.join(SHARED_SRC, random.archive!.file), file);
  const bytes = readFileSync(file);
  bytes[Math.floor(bytes.length / 2)] ^= 0xff;
  writeFileSync(file, bytes);

  const { code, output } = await buildRandom(src);
  expect(code).not.toBe(0);
  expect(output).toContain(`checksum mismatch for ${file}: expected sha256 ${random.archive!.sha256}`);
  expect(output).toContain('FAILED to build: hashicorp/random 3.7.2');
});

test('a missing archive fails the build, naming the file it looked for and the expected sum', async () => {
  const src = mkdtempSync(path.join(os.tmpdir(), 'oscar-providers-src-'));
  const { code, output } = await buildRandom(src);
  expect(code).not.toBe(0);
  expect(output).toContain(`missing release-source archive ${path.join(src, random.archive!.file)} (expected sha256 ${random.archive!.sha256})`);
});

test('an unknown provider name is refused with the list of known ones', async () => {
  await expect(run('bash', [path.join(ROOT, 'scripts', 'providers.sh'), 'hashicorp/nope'])).rejects.toMatchObject({
    stderr: expect.stringContaining('unknown provider hashicorp/nope; scripts/providers.json lists terraform-provider-openstack/openstack'),
  });
});
