// Locates the offline Terraform toolchain built by scripts/providers.sh and runs
// terraform against synthesized stacks. A missing piece is an error, never a skip:
// every stack is validated with exactly the provider versions scripts/providers.json pins.
import { execFile, execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

export interface ProviderSpec {
  readonly source: string;
  readonly version: string;
  /** The pinned release-source archive, when the module proxy does not serve the release. */
  readonly archive?: { readonly file: string; readonly sha256: string };
}

export const PROVIDERS: ProviderSpec[] = require(path.join(ROOT, 'scripts', 'providers.json')).providers;


export interface Toolchain {
  readonly terraform: string;
  readonly env: NodeJS.ProcessEnv;
  /** registry source -> pinned spec, for every provider in the mirror. */
  readonly providers: Map<string, ProviderSpec>;
  /** Everything missing; empty when complete. */
  readonly problems: string[];
}

const HOW_TO_FIX = "Build it with 'npm run providers' (the first run compiles the providers from the Go module proxy or their pinned release sources; later runs take seconds).";

/** Inspects the toolchain without throwing. */
export function inspectToolchain(): Toolchain {
  const [config, mirror, binary, searchPath] = execFileSync(
    'bash',
    ['-c', 'source scripts/tf-env.sh && printf "%s\\n" "$TF_CLI_CONFIG_FILE" "$OSCAR_TF_MIRROR" "$OSCAR_TF_BINARY" "$PATH"'],
    { cwd: ROOT, encoding: 'utf8' },
  ).trim().split('\n');

  const problems: string[] = [];
  if (!existsSync(config)) problems.push(`no Terraform CLI config at ${config}`);
  const platform = `${os.platform()}_${os.arch() === 'x64' ? 'amd64' : os.arch()}`;
  const inMirror = (source: string, version: string) => {
    const dir = path.join(mirror, 'registry.terraform.io', source, version, platform);
    return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('terraform-provider-'));
  };
  const providers = new Map<string, ProviderSpec>();
  for (const spec of PROVIDERS) {
    if (inMirror(spec.source, spec.version)) providers.set(spec.source, spec);
    else problems.push(`provider ${spec.source} ${spec.version} is not in the mirror ${mirror}`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: searchPath, TF_CLI_CONFIG_FILE: config, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  delete env.TF_PLUGIN_CACHE_DIR;
  let terraform = binary;
  try {
    terraform = execFileSync('bash', ['-c', `command -v ${binary}`], { env, encoding: 'utf8' }).trim();
  } catch {
    problems.push(`no '${binary}' binary on PATH`);
  }
  return { terraform, env, providers, problems };
}

/** The toolchain, or an error that says what is missing and how to build it. */
export function requireToolchain(tc: Toolchain = inspectToolchain()): Toolchain {
  if (tc.problems.length > 0) {
    throw new Error(`Terraform toolchain incomplete:\n  - ${tc.problems.join('\n  - ')}\n${HOW_TO_FIX}`);
  }
  return tc;
}

/** The pinned providers a synthesized stack requires, read from its required_providers; each must be pinned at exactly that version. */
export function stackProviders(stackDir: string): ProviderSpec[] {
  const json = JSON.parse(readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  return Object.values<any>(json.terraform?.required_providers ?? {}).map((req) => {
    const source: string = req.source.includes('/') ? req.source : `hashicorp/${req.source}`;
    const spec = PROVIDERS.find((p) => p.source === source);
    if (!spec) throw new Error(`${stackDir} requires ${source}, which scripts/providers.json does not list`);
    if (req.version !== spec.version) {
      throw new Error(`${stackDir} requires ${source} ${req.version}, but scripts/providers.json pins ${spec.version}`);
    }
    return spec;
  });
}

export interface ValidateResult {
  readonly valid: boolean;
  /** `severity: summary (detail)` of every diagnostic, for readable failures. */
  readonly diagnostics: string[];
}

/** `terraform init` (offline, from the mirror) then `terraform validate -json` in a stack directory. */
export async function initAndValidate(tc: Toolchain, stackDir: string): Promise<ValidateResult> {
  try {
    await run(tc.terraform, ['init', '-input=false', '-no-color'], { cwd: stackDir, env: tc.env });
  } catch (e: any) {
    return { valid: false, diagnostics: [`error: terraform init failed: ${e.stderr || e.stdout || e.message}`] };
  }
  let out: string;
  try {
    out = (await run(tc.terraform, ['validate', '-json', '-no-color'], { cwd: stackDir, env: tc.env })).stdout;
  } catch (e: any) {
    out = e.stdout; // validate exits 1 on an invalid configuration, still printing JSON
  }
  const report = JSON.parse(out);
  return {
    valid: report.valid,
    diagnostics: (report.diagnostics ?? []).map((d: any) => `${d.severity}: ${d.summary}${d.detail ? ` (${d.detail})` : ''}`),
  };
}

/** Runs `fn` over `items` with at most `limit` in flight (one per core by default). */
export async function mapPool<T, R>(items: T[], fn: (item: T) => Promise<R>, limit = os.cpus().length): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Runs a terraform subcommand in a directory and returns stdout. */
export async function terraformOutput(tc: Toolchain, cwd: string, args: string[]): Promise<string> {
  return (await run(tc.terraform, args, { cwd, env: tc.env, maxBuffer: 512 * 1024 * 1024 })).stdout;
}
