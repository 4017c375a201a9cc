// README code blocks as tests (issue 12 §6): every ```ts block of a README is compiled
// with the TypeScript compiler API, then run and synthesized, so the docs cannot rot.
//
// A block becomes one module: its own imports, then the README's fixture imports (the
// names a reader is assumed to have imported), then `export function run()` holding the
// fixture declarations the block uses and, in an inner `{ ... }` scope, the block itself,
// so a block may redeclare a fixture name. Fixture declarations are included only when
// the block (or another included declaration) uses a name they declare: a block that
// creates its own site gets no fixture site beside it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import { App, AppConfig } from 'cdktf';
import * as ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
/** The package's own name: README imports use it, as users do. */
export const PACKAGE_NAME: string = PACKAGE.name;
const LIB_INDEX = path.join(ROOT, 'lib', 'index.ts');

/** One fenced TypeScript block of a README. */
export interface Block {
  /** README path relative to the repository root. */
  readonly readme: string;
  /** 1-based position among the README's TypeScript blocks. */
  readonly index: number;
  /** README line of the block's first code line. */
  readonly line: number;
  /** The code, without the fences (and without the fence's indentation). */
  readonly code: string;
}

/** The context a README's fragments assume: what the reader has imported and declared. */
export interface Fixture {
  /** Import declarations (module specifiers as a user writes them). */
  readonly imports: string;
  /**
   * Units of one or more statements, in order. A unit that declares names is included when
   * a block or another included unit uses one of them; a unit that declares nothing (e.g.
   * `new RandomProvider(stack, 'random')`) is included when every fixture name it uses is.
   */
  readonly declarations: readonly string[];
}

/** The ```ts / ```typescript blocks of a Markdown document (fences of 3+ backticks or tildes). */
export function extractBlocks(readme: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3}|\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j])) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
      j++;
    }
    if (/^(ts|typescript)$/i.test(info)) {
      blocks.push({ readme, index: blocks.length + 1, line: i + 2, code: body.join('\n') });
    }
    i = j;
  }
  return blocks;
}

/** A block turned into a module, with a map from module lines back to README lines. */
export interface BlockModule {
  readonly block: Block;
  /** Absolute path of the (virtual) module. */
  readonly fileName: string;
  readonly source: string;
  /** README line of each module line (0-based index), or undefined for fixture/harness lines. */
  readonly origin: readonly (number | undefined)[];
  /** Imports of the block itself: `module`, imported `name` ('*' for a namespace, 'default'), README line. */
  readonly imports: readonly { module: string; name: string; line: number }[];
  /** Problems found while building the module (unparseable block, unknown fixture). */
  readonly problems: readonly string[];
}

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Names bound at the top level of a statement list (variables, functions, classes, enums, imports). */
function declaredNames(statements: readonly ts.Statement[]): Set<string> {
  const names = new Set<string>();
  const bind = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  for (const s of statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bind(d.name);
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)
      || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name) names.add(s.name.text);
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) names.add(c.name.text);
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.add(c.namedBindings.name.text);
      if (c.namedBindings && ts.isNamedImports(c.namedBindings)) for (const e of c.namedBindings.elements) names.add(e.name.text);
    }
  }
  return names;
}

/** Identifiers used as values or types (not property names, not import specifiers). */
function usedNames(node: ts.Node): Set<string> {
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n)) return;
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const isPropertyName = (ts.isPropertyAccessExpression(p) && p.name === n)
        || ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p)
          || ts.isMethodDeclaration(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) && p.name === n)
        || (ts.isQualifiedName(p) && p.right === n);
      if (!isPropertyName) names.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

interface ParsedImport { module: string; name: string; local: string }

function importsOf(sf: ts.SourceFile): { decl: ts.ImportDeclaration; bindings: ParsedImport[] }[] {
  return sf.statements.filter(ts.isImportDeclaration).map((decl) => {
    const module = (decl.moduleSpecifier as ts.StringLiteral).text;
    const bindings: ParsedImport[] = [];
    const c = decl.importClause;
    if (c?.name) bindings.push({ module, name: 'default', local: c.name.text });
    if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) bindings.push({ module, name: '*', local: c.namedBindings.name.text });
    if (c?.namedBindings && ts.isNamedImports(c.namedBindings)) {
      for (const e of c.namedBindings.elements) bindings.push({ module, name: (e.propertyName ?? e.name).text, local: e.name.text });
    }
    return { decl, bindings };
  });
}

function renderImport(b: ParsedImport): string {
  if (b.name === '*') return `import * as ${b.local} from '${b.module}';`;
  if (b.name === 'default') return `import ${b.local} from '${b.module}';`;
  return `import { ${b.name === b.local ? b.name : `${b.name} as ${b.local}`} } from '${b.module}';`;
}

/** The fixture units a block needs, in fixture order. */
function fixtureUnits(fixture: Fixture, blockFree: Set<string>): string[] {
  const units = fixture.declarations.map((code, i) => {
    const sf = parse(`fixture-${i}.ts`, code);
    const declares = declaredNames(sf.statements);
    const uses = usedNames(sf);
    for (const d of declares) uses.delete(d);
    return { code, declares, uses };
  });
  const all = new Set(units.flatMap((u) => [...u.declares]));
  const included = new Set<number>();
  let changed = true;
  const needed = new Set([...blockFree].filter((n) => all.has(n)));
  while (changed) {
    changed = false;
    units.forEach((u, i) => {
      if (included.has(i)) return;
      const fixtureUses = [...u.uses].filter((n) => all.has(n));
      const want = u.declares.size > 0
        ? [...u.declares].some((d) => needed.has(d))
        : fixtureUses.length > 0 && fixtureUses.every((n) => units.some((v, k) => included.has(k) && v.declares.has(n)));
      if (want) {
        included.add(i);
        for (const n of fixtureUses) needed.add(n);
        changed = true;
      }
    });
  }
  return units.filter((_, i) => included.has(i)).map((u) => u.code);
}

/** Turns a block into a module in the folder `dir` (virtual: it is never written). */
export function blockModule(block: Block, fixture: Fixture, dir: string): BlockModule {
  const slug = block.readme.replace(/[^A-Za-z0-9]+/g, '-');
  const fileName = path.join(dir, `${slug}.block-${String(block.index).padStart(2, '0')}.ts`);
  const sf = parse(fileName, block.code);
  const problems: string[] = []; // syntax errors come from the program, with README lines
  const codeLines = block.code.split('\n');
  const lines: string[] = [];
  const origin: (number | undefined)[] = [];
  const push = (text: string, readmeLine?: number): void => {
    for (const [k, l] of text.split('\n').entries()) {
      lines.push(l);
      origin.push(readmeLine === undefined ? undefined : readmeLine + k);
    }
  };

  push(`// ${block.readme}, TypeScript block ${block.index} (line ${block.line}); generated by test/docs/snippets.ts`);
  // The block's imports, verbatim, at the top of the module.
  const blockImports = importsOf(sf);
  const imports: { module: string; name: string; line: number }[] = [];
  const importLines = new Set<number>();
  for (const { decl, bindings } of blockImports) {
    const first = sf.getLineAndCharacterOfPosition(decl.getStart(sf)).line;
    const last = sf.getLineAndCharacterOfPosition(decl.getEnd()).line;
    for (let l = first; l <= last; l++) importLines.add(l);
    push(codeLines.slice(first, last + 1).join('\n'), block.line + first);
    for (const b of bindings) imports.push({ module: b.module, name: b.name, line: block.line + first });
  }
  // The fixture's imports, except names the block binds itself.
  const bound = new Set(blockImports.flatMap((i) => i.bindings.map((b) => b.local)));
  const fixtureImports = importsOf(parse('fixture-imports.ts', fixture.imports)).flatMap((i) => i.bindings);
  for (const b of fixtureImports) if (!bound.has(b.local)) push(renderImport(b));
  push('export function run(): void {');
  const free = usedNames(sf);
  for (const d of declaredNames(sf.statements)) free.delete(d);
  // A copyable block imports what it uses: the fixture's imports serve its declarations only.
  const unimported = fixtureImports.filter((b) => free.has(b.local)).map((b) => `'${b.local}' (from '${b.module}')`);
  if (unimported.length > 0) {
    problems.push(`${block.readme}:${block.line}: block ${block.index} uses ${unimported.join(', ')} without importing it`);
  }
  for (const unit of fixtureUnits(fixture, free)) push(unit);
  push('{');
  codeLines.forEach((l, k) => push(importLines.has(k) ? '' : l, block.line + k));
  push('}');
  push('}');
  return { block, fileName, source: lines.join('\n') + '\n', origin, imports, problems };
}

/** Compiler options: those of test/tsconfig.json (strict), without noUnusedLocals/Parameters. */
export function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(ROOT, 'test', 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  return {
    ...parsed.options,
    noUnusedLocals: false,
    noUnusedParameters: false,
    noEmit: true,
    // A user's project has Node's types, not jest's globals.
    types: ['node'],
  };
}

/** One program over every block module, so the library is parsed and bound once. */
export function typeCheck(modules: readonly BlockModule[]): Map<string, string[]> {
  const options = compilerOptions();
  const virtual = new Map(modules.map((m) => [m.fileName, m.source]));
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (f, lang, onError, create) => {
    const text = virtual.get(path.resolve(f));
    return text !== undefined ? ts.createSourceFile(f, text, lang, true) : getSourceFile(f, lang, onError, create);
  };
  host.fileExists = (f) => virtual.has(path.resolve(f)) || fileExists(f);
  host.readFile = (f) => virtual.get(path.resolve(f)) ?? readFile(f);
  const program = ts.createProgram({ rootNames: [...virtual.keys(), LIB_INDEX], options, host });
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  if (global.length > 0) throw new Error(ts.formatDiagnostics(global, host));

  const checker = program.getTypeChecker();
  const libSymbol = checker.getSymbolAtLocation(program.getSourceFile(LIB_INDEX)!)!;
  const exported = new Set(checker.getExportsOfModule(libSymbol).map((s) => s.name));
  const peers = Object.keys(PACKAGE.peerDependencies ?? {});

  const result = new Map<string, string[]>();
  for (const m of modules) {
    const where = (line: number | undefined): string => (line === undefined ? `${m.block.readme} (fixture of block ${m.block.index})` : `${m.block.readme}:${line}`);
    const problems: string[] = [...m.problems];
    for (const i of m.imports) {
      if (i.module === PACKAGE_NAME) {
        if (i.name === 'default') problems.push(`${where(i.line)}: a default import from '${PACKAGE_NAME}': the package has named exports only`);
        else if (i.name !== '*' && !exported.has(i.name)) {
          problems.push(`${where(i.line)}: imports '${i.name}' from '${PACKAGE_NAME}', which the package does not export (see lib/index.ts)`);
        }
      } else if (!peers.some((p) => i.module === p || i.module.startsWith(`${p}/`))
        && !builtinModules.includes(i.module.replace(/^node:/, ''))) {
        problems.push(`${where(i.line)}: imports from '${i.module}', which a user of the package does not have: `
          + `import from '${PACKAGE_NAME}' or a peer dependency (${peers.join(', ')})`);
      }
    }
    const sf = program.getSourceFile(m.fileName)!;
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const line = d.start === undefined ? undefined : sf.getLineAndCharacterOfPosition(d.start).line;
      const readmeLine = line === undefined ? undefined : m.origin[line];
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
      const context = readmeLine === undefined && line !== undefined ? ` [generated line: ${m.source.split('\n')[line].trim()}]` : '';
      problems.push(`${where(readmeLine)}: TS${d.code}: ${text}${context}`);
    }
    result.set(m.fileName, problems);
  }
  return result;
}

/** What running a block produced. */
export interface RunResult {
  /** Stack name -> synthesized Terraform JSON, parsed, over every app the block created. */
  readonly stacks: Record<string, any>;
}

// The apps a running block creates, and the async work it starts without awaiting.
const tracker = { apps: [] as SnippetApp[], synthesized: new Set<App>(), pending: [] as Promise<unknown>[], tempDirs: [] as string[] };

/**
 * `App` as the blocks see it: the outdir is always a fresh temporary folder, whatever the
 * block passes, so a block's `new App()` and `app.synth()` never write into the repository.
 */
class SnippetApp extends App {
  constructor(config: AppConfig = {}) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippet-'));
    tracker.tempDirs.push(outdir);
    super({ ...config, outdir });
    tracker.apps.push(this);
  }

  public synth(): void {
    tracker.synthesized.add(this);
    super.synth();
  }
}

/**
 * `ReviewKit.writeArtifacts` in a child process: it loads Graphviz (an ES module) with a
 * dynamic import, which jest's module system refuses. Same options, same library source.
 */
function writeArtifactsInChild(options: unknown): Promise<string> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-snippet-review-'));
  try {
    const script = `require(${JSON.stringify(require.resolve('tsx/cjs'))});
      require(${JSON.stringify(path.join(ROOT, 'lib', 'review'))}).ReviewKit.writeArtifacts(${JSON.stringify(options ?? {})})
        .then((page) => process.stdout.write(page), (e) => { console.error(e.stack ?? e); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) return Promise.reject(new Error(`ReviewKit.writeArtifacts failed:\n${r.stderr}${r.error ?? ''}`));
    return Promise.resolve(r.stdout);
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
}

/** `require` for a block: the package is this repository's lib/, `App` is {@link SnippetApp}. */
function snippetRequire(spec: string): unknown {
  if (spec === PACKAGE_NAME) {
    const lib = require('../../lib');
    return new Proxy(lib, {
      get(target, key, receiver) {
        if (key !== 'ReviewKit') return Reflect.get(target, key, receiver);
        // A block may start the review kit without awaiting it (as a main.ts does): the
        // harness waits for it, so its failure fails the block.
        return new Proxy(target.ReviewKit, {
          get(kit, k, r) {
            if (k !== 'writeArtifacts') return Reflect.get(kit, k, r);
            return (options?: unknown) => {
              const p = writeArtifactsInChild(options);
              tracker.pending.push(p);
              return p;
            };
          },
        });
      },
    });
  }
  const mod = require(spec);
  if (spec !== 'cdktf') return mod;
  return new Proxy(mod, { get: (target, key, receiver) => (key === 'App' ? SnippetApp : Reflect.get(target, key, receiver)) });
}

/**
 * Runs a block module and synthesizes every app it created (those it did not synthesize
 * itself) into temporary folders, which are removed afterwards.
 */
export async function runBlock(m: BlockModule): Promise<RunResult> {
  const { outputText } = ts.transpileModule(m.source, {
    fileName: m.fileName,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  tracker.apps = [];
  tracker.synthesized = new Set();
  tracker.pending = [];
  tracker.tempDirs = [];
  const label = `${m.block.readme} block ${m.block.index} (line ${m.block.line})`;
  try {
    const module = { exports: {} as { run?: () => void } };
    new Function('exports', 'require', 'module', outputText)(module.exports, snippetRequire, module);
    module.exports.run!();
    await Promise.all(tracker.pending);
    for (const app of tracker.apps) if (!tracker.synthesized.has(app)) app.synth();
    const stacks: Record<string, any> = {};
    for (const app of tracker.apps) {
      const stacksDir = path.join(app.outdir, 'stacks');
      for (const name of fs.existsSync(stacksDir) ? fs.readdirSync(stacksDir) : []) {
        stacks[name] = JSON.parse(fs.readFileSync(path.join(stacksDir, name, 'cdk.tf.json'), 'utf8'));
      }
    }
    return { stacks };
  } catch (e) {
    const err = e as Error;
    err.message = `${label} fails when run: ${err.message}`;
    throw err;
  } finally {
    // Only the folders made here: never an outdir the harness did not create.
    for (const dir of tracker.tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}
