import { cdktf, javascript } from 'projen';

// projen 0.103 still ships ConstructLibraryCdktf (deprecated in favour of cdktn);
// we stay on cdktf 0.21 until our users move.
const project = new cdktf.ConstructLibraryCdktf({
  name: 'oscar-blueprints',
  description:
    'CDK for Terraform constructs for the OSCAR industry cloud reference architectures (OpenStack, vSphere, Kubernetes).',
  author: 'oscar-blueprints developers',
  authorAddress: 'oscar-blueprints@users.noreply.github.com',
  repositoryUrl: 'https://github.com/oscar-blueprints/oscar-blueprints.git',
  license: 'Apache-2.0',
  keywords: ['cdktf', 'terraform', 'openstack', 'vsphere', 'kubernetes', 'oscar', 'reference-architecture'],
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  // What jsii supports: the Node 22 and 24 LTS lines (Node 20 reached end of life on 2026-04-30).
  minNodeVersion: '22.0.0',
  workflowNodeVersion: '24',

  cdktfVersion: '0.21.0',
  constructsVersion: '^10.4.2',
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.0',

  // Sources live in lib/ (ARCHITECTURE.md layout); jsii compiles them into dist/.
  srcdir: 'lib',
  libdir: 'dist',
  entrypoint: 'dist/index.js',
  testdir: 'test',

  // Provider bindings appear in our public API (every L1 child is public readonly),
  // so jsii needs them as peer dependencies, pinned to the provider versions we validate against.
  peerDeps: ['@cdktf/provider-vsphere@11.2.1', '@cdktf/provider-kubernetes@12.1.1', '@cdktf/provider-random@12.0.1'],
  // Plain npm libraries must be bundled for jsii.
  // @hpcc-js/wasm-graphviz: Graphviz in WebAssembly for the review kit's diagrams (no system binary).
  bundledDeps: ['cron-parser@^5', 'ipaddr.js@^2', '@hpcc-js/wasm-graphviz@1.29.2'],
  // playwright-core drives Debian's chromium in the review page test; yaml parses the GitLab CI kit.
  devDeps: ['cdktf-cli@0.21.0', 'tsx@^4', 'fast-check@^4', 'ajv@^8', 'ajv-formats@^3', 'playwright-core@1.65.1', 'yaml@^2.9.1', 'eslint@^9', 'typescript-eslint@^8', 'eslint-plugin-import@^2.32.0', 'eslint-import-resolver-typescript@^4'],
  // `npx oscar-blueprints <command>`: report, capacity, diagram, review (lib/cli).
  bin: { 'oscar-blueprints': 'bin/oscar-blueprints' },
  // Python bindings (jsii-pacmak builds the wheel; test/review/python.test.ts installs and runs it).
  publishToPypi: { distName: 'oscar-blueprints', module: 'oscar_blueprints' },

  // cdktf's lazy index is plain CommonJS: jsii can't compile it, so post-compile installs
  // it as the submodule's index.js (the .d.ts still comes from index.ts).
  excludeTypescript: ['lib/providers/openstack/lazy-index.ts'],
  docgen: true,
  docgenFilePath: 'API.md',
  eslint: false,
  prettier: false,
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  sampleCode: false,
  gitignore: ['cdktf.out/', 'cdktf.out.node22/', 'terraform.*.tfstate*', '.terraform.*.tfstate.lock.info', '.gen/', 'bench/results/', '*.tsbuildinfo'],

  jestOptions: {
    jestConfig: {
      // Transpile-only: jsii already type-checks lib/, and `npm run typecheck` covers tests
      // and examples. Type-checking the generated provider bindings per test file is slow.
      transform: {
        '^.+\\.[t]sx?$': new javascript.Transform('ts-jest', { tsconfig: 'test/tsconfig.json' }),
      },
      moduleNameMapper: { '^oscar-blueprints$': '<rootDir>/lib/index.ts' },
      collectCoverage: false,
      testTimeout: 600_000,
      maxWorkers: 2,
      testSequencer: '<rootDir>/test/e2e/sequencer.js',
      setupFilesAfterEnv: ['<rootDir>/test/util/jest-tmpdir.ts'],
    },
  },
  // projen writes the dev tsconfig to test/tsconfig.json; it also covers examples,
  // bench and scripts, which import the package by name as users do.
  tsconfigDev: {
    compilerOptions: {
      // No baseUrl: with it, bare imports like 'cdktf' resolve to ./cdktf.json.
      paths: { 'oscar-blueprints': ['../lib/index.ts'] },
      isolatedModules: true,
    },
    include: ['../examples/**/*.ts', '../bench/**/*.ts', '../scripts/**/*.ts'],
  },
});

project.addFields({ engines: { node: '>=22' } });

// The cdktf CLI's node-pty ships no prebuild for Node 24 and npm 11 blocks dependency
// install scripts: build it for the running Node after every install.
// `prepare`, not `postinstall`: it runs on this repository's own installs only, never in
// the projects that install our package.
project.package.setScript('prepare', 'bash scripts/native-addons.sh');

// The published package holds what users need and nothing else: the compiled library,
// the jsii assembly, bundled dependencies (always included) and the docs.
project.addFields({
  // bin/: the `oscar-blueprints` CLI entry (runs dist/cli).
  files: ['dist/**/*.js', 'dist/**/*.d.ts', '.jsii', 'API.md', 'RULES.md', 'README.md', 'LICENSE', 'CHANGELOG.md', 'bin/**'],
});

// --- tasks (`npm run <name>`) --------------------------------------------------
project.addTask('providers', {
  description: 'Build the real Terraform providers (and CLI if missing) into the offline mirror',
  exec: 'bash scripts/providers.sh',
});
project.addTask('gen:openstack', {
  description: 'Regenerate lib/providers/openstack from the real provider schema (needs `npm run providers`)',
  exec: 'bash scripts/gen-openstack.sh',
});
project.addTask('check:openstack', {
  description: 'Fail if regenerating the OpenStack bindings changes any file',
  exec: 'bash scripts/gen-openstack.sh --check',
});
project.addTask('synth', {
  description: 'Synthesize every example stack into cdktf.out/',
  exec: 'cdktf synth',
});
project.addTask('rules:md', {
  description: 'Generate RULES.md from the compliance rule metadata',
  exec: 'tsx --tsconfig test/tsconfig.json scripts/rules-md.ts',
});
project.addTask('rules:check', {
  description: 'Fail if RULES.md is stale',
  exec: 'tsx --tsconfig test/tsconfig.json scripts/rules-md.ts --check',
});
project.addTask('diagrams', {
  description: 'Copy the example diagrams of the last synth into examples/diagrams/ (embedded by the READMEs)',
  exec: 'tsx --tsconfig test/tsconfig.json scripts/diagrams.ts',
});
project.addTask('diagrams:check', {
  description: 'Fail if a committed example diagram differs from the last synth',
  exec: 'tsx --tsconfig test/tsconfig.json scripts/diagrams.ts --check',
});
project.addTask('discover', {
  description: 'Turn saved listings of an existing estate into adopt maps: -- --from openstack|vsphere FILE...',
  exec: 'tsx --tsconfig test/tsconfig.json lib/cli/main.ts discover',
  receiveArgs: true,
});
project.addTask('compliance', {
  description: 'Print the compliance summary of the last synth (cdktf.out/compliance)',
  exec: 'tsx --tsconfig test/tsconfig.json scripts/compliance-summary.ts',
  receiveArgs: true,
});
const bench = project.addTask('bench', {
  description: 'Synth benchmark of large estates: our constructs vs the raw-L1 loop (pass -- --sizes/--repeat)',
});
bench.spawn(project.compileTask);
// On Node 24 by default (OSCAR_BENCH_NODE=22 for the other LTS line); the report names the version.
bench.exec('bash scripts/bench.sh', { receiveArgs: true });
// eslint: import cycles and import order (eslint.config.mjs); test/lint runs it inside `npm test`.
project.addTask('lint', {
  description: 'eslint: no import cycles, ordered imports, layers imported through their index',
  exec: 'eslint --max-warnings 0 lib test examples bench',
});
project.addTask('typecheck', {
  description: 'Type-check tests, examples and scripts (jest only transpiles)',
  exec: 'tsc --noEmit -p test/tsconfig.json',
});

project.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');

// The provider packages are optional peers (issue 15 #21): each block loads its provider's
// modules on first use (lib/core/private/peers.ts), so users install only what they target.
project.package.addField('peerDependenciesMeta', Object.fromEntries(
  ['@cdktf/provider-vsphere', '@cdktf/provider-kubernetes', '@cdktf/provider-random'].map((p) => [p, { optional: true }]),
));

// API.md documents our constructs; the ~170 generated OpenStack binding modules would
// make it 12 MB, and each binding already links to the provider's own docs.
project.tasks.tryFind('docgen')!.reset('jsii-docgen -o API.md -s root');

project.postCompileTask.prependExec(
  'cp lib/providers/openstack/lazy-index.ts dist/providers/openstack/index.js',
);

// `npm test` = all tests: unit tests, the terraform validation suite and the end-to-end suites. It first makes
// sure the offline toolchain exists (seconds when cached). If that build fails, the
// unit tests still run and the terraform suite fails, saying what is missing.
project.testTask.reset();
project.testTask.exec('bash scripts/providers.sh || echo "providers: build failed; the terraform validation suite will fail" >&2');
// The end-to-end environments (cached after the first build); a failure here is reported by the e2e suites.
project.testTask.exec('bash scripts/e2e-setup.sh || echo "e2e-setup: failed; the end-to-end suites will fail" >&2');
project.testTask.exec('jest --passWithNoTests=false --ci', { receiveArgs: true });
project.addTask('e2e', {
  description: 'End to end: apply, re-plan, live-check and destroy examples on real API servers (pass -- <stack> to pick)',
  exec: 'bash scripts/e2e.sh',
  receiveArgs: true,
});
// The fast loop for development: everything but the suites that drive terraform.
project.addTask('test:unit', {
  description: 'Unit, property and inventory tests only (no terraform); seconds, for iteration',
  // The review kit's browser, Python and CI-kit suites drive chromium, pip and Go tools: `npm test` runs them.
  // Quoted: the task runs in a shell, where ( and | would be syntax.
  exec: "jest --passWithNoTests=false --ci --testPathIgnorePatterns /test/terraform/ /test/e2e/ '/test/review/(browser|python|ci-kit)'",
  receiveArgs: true,
});

// Worktrees link node_modules to the main checkout: ignore it as a file (a symlink) too.
project.gitignore.removePatterns('node_modules/');
project.gitignore.exclude('node_modules');

project.synth();
