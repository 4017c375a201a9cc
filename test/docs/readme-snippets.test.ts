// Issue 12 §6: the TypeScript blocks of README.md and every lib/**/README.md are
// type-checked (strict, the options of test/tsconfig.json without noUnused*), then run and
// synthesized into temporary folders. One test per block, named after the README and the
// block's number and line, so a failure points at the doc. The variables a fragment uses
// without declaring come from its README's fixture (test/docs/readme-fixtures.ts).
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES } from './readme-fixtures';
import { Block, blockModule, BlockModule, extractBlocks, Fixture, ROOT, runBlock, typeCheck } from './snippets';

const DIR = __dirname;
const NO_FIXTURE: Fixture = { imports: '', declarations: [] };

function readmes(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return readmes(rel);
    return e.name === 'README.md' ? [rel] : [];
  });
}

const READMES = ['README.md', ...readmes('lib')];
const BLOCKS: Block[] = READMES.flatMap((r) => extractBlocks(r, fs.readFileSync(path.join(ROOT, r), 'utf8')));
const MODULES: BlockModule[] = BLOCKS.map((b) => blockModule(b, FIXTURES[b.readme] ?? NO_FIXTURE, DIR));

// The harness must catch what rots: a name the package does not export, a missing
// required prop, a block that throws, a name used without importing it, elided code.
const BROKEN = `
\`\`\`ts
import { NoSuchConstruct } from 'oscar-blueprints';
\`\`\`

\`\`\`typescript
import { TroveDatabase } from 'oscar-blueprints';

new TroveDatabase(stack, 'db', { datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: 'db.small', volumeSizeGiB: 10, volumeType: 'ssd', networkId: 'n' });
\`\`\`

\`\`\`ts
import { VlanPool } from 'oscar-blueprints';

VlanPool.range(10, 1);
\`\`\`

\`\`\`ts
new OpenStackSite(stack, 'dc9', { region: 'RegionOne', availabilityZones: ['az1'] });
\`\`\`

\`\`\`ts
import { Microservice } from 'oscar-blueprints';

new Microservice(stack, 'web', { ..., image: 'nginx' });
\`\`\`

\`\`\`ts
import { foo } from '../lib/core';
\`\`\`
`;
const BROKEN_MODULES = extractBlocks('BROKEN.md', BROKEN).map((b) => blockModule(b, {
  imports: `import { App, TerraformStack } from 'cdktf';
    import { OpenStackSite } from 'oscar-blueprints';`,
  declarations: [`const app = new App();
    const stack = new TerraformStack(app, 'stack');`],
}, DIR));

// Other suites synthesize examples into the repository's cdktf.out at the same time, so the
// guard looks only at the stacks the blocks themselves synthesized.
const STARTED = Date.now();
const blockStacks = new Set<string>();
/** Blocks' stacks found in the repository's cdktf.out, written since this suite started. */
function blockStacksInRepo(): string[] {
  const dir = path.join(ROOT, 'cdktf.out', 'stacks');
  return [...blockStacks].filter((name) => fs.existsSync(path.join(dir, name)) && fs.statSync(path.join(dir, name)).mtimeMs >= STARTED);
}

let problems: Map<string, string[]>;
beforeAll(() => {
  problems = typeCheck([...MODULES, ...BROKEN_MODULES]);
});

describe('README code blocks', () => {
  test('every README with TypeScript blocks is found, and every fixture belongs to one', () => {
    const withBlocks = [...new Set(BLOCKS.map((b) => b.readme))];
    expect(withBlocks).toEqual(expect.arrayContaining(['README.md', 'lib/openstack/README.md', 'lib/kubernetes/README.md', 'lib/pool/README.md']));
    expect(Object.keys(FIXTURES).filter((r) => !withBlocks.includes(r))).toEqual([]);
  });

  test.each(MODULES.map((m) => [`${m.block.readme} block ${m.block.index} (line ${m.block.line})`, m] as const))(
    '%s compiles, runs and synthesizes',
    async (_title, m) => {
      const found = problems.get(m.fileName)!;
      if (found.length > 0) {
        throw new Error(`${m.block.readme} block ${m.block.index} (line ${m.block.line}) does not compile:\n${found.join('\n')}\n`
          + `(free variables come from the README's fixture in test/docs/readme-fixtures.ts)`);
      }
      const { stacks } = await runBlock(m);
      Object.keys(stacks).forEach((name) => blockStacks.add(name));
      expect(Object.keys(stacks).length).toBeGreaterThan(0);
    },
  );
});

describe('the README harness', () => {
  const broken = (n: number): string[] => problems.get(BROKEN_MODULES[n - 1].fileName)!;

  test('finds ```ts and ```typescript blocks, with their README lines', () => {
    expect(BROKEN_MODULES.map((m) => m.block.line)).toEqual([3, 7, 13, 19, 23, 29]);
  });

  test('a name the package does not export fails with the README line', () => {
    expect(broken(1)).toContain("BROKEN.md:3: imports 'NoSuchConstruct' from 'oscar-blueprints', which the package does not export (see lib/index.ts)");
  });

  test('a missing required prop fails type-checking, at the README line', () => {
    expect(broken(2).join('\n')).toMatch(/^BROKEN\.md:9: TS2345: .*Property 'site' is missing/ms);
  });

  test('a block that throws fails when run, naming the block', async () => {
    expect(broken(3)).toEqual([]);
    await expect(runBlock(BROKEN_MODULES[2])).rejects.toThrow(/^BROKEN\.md block 3 \(line 13\) fails when run: VlanPool: range 10-1 is invalid/);
  });

  test('a library name used without importing it fails, even though the fixture imports it', () => {
    expect(broken(4)).toContain("BROKEN.md:19: block 4 uses 'OpenStackSite' (from 'oscar-blueprints') without importing it");
  });

  test('elided code (`{ ..., x }`) is a syntax error', () => {
    expect(broken(5).join('\n')).toMatch(/^BROKEN\.md:25: TS1109: Expression expected/m);
  });

  test('an import a user cannot make fails', () => {
    expect(broken(6).join('\n')).toMatch(/^BROKEN\.md:29: imports from '\.\.\/lib\/core', which a user of the package does not have/m);
  });
});

test('the blocks wrote nothing into the repository (their apps synthesize into temporary folders)', () => {
  expect(blockStacks.size).toBeGreaterThan(5);
  expect(blockStacksInRepo()).toEqual([]);
});

test('every industry README embeds the generated diagram of each of its examples, and the files exist', () => {
  const industries: { [industry: string]: string[] } = {
    telecom: ['telecom-ha-openstack', 'telecom-ha-vsphere'],
    broadcast: ['broadcast-video-openstack', 'broadcast-video-k8s'],
    finance: ['finance-cicd-k8s', 'finance-cicd-vm-openstack', 'finance-cicd-vm-vsphere'],
    government: ['government-cloud-openstack', 'government-cloud-vsphere'],
    manufacturing: ['manufacturing-openstack'],
    healthcare: ['healthcare-openstack'],
  };
  for (const [industry, examples] of Object.entries(industries)) {
    const readme = fs.readFileSync(path.join(ROOT, 'lib', 'industries', industry, 'README.md'), 'utf8');
    for (const example of examples) {
      expect(readme).toContain(`](../../../examples/diagrams/${example}.svg)`);
      expect(fs.readFileSync(path.join(ROOT, 'examples', 'diagrams', `${example}.svg`), 'utf8')).toMatch(/^<svg|<\?xml/);
    }
  }
});
