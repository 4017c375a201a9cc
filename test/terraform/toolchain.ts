// Locates the offline Terraform toolchain built by scripts/providers.sh and runs
// terraform against synthesized stacks. A missing piece is an error, never a skip;
// the only exceptions are the ones scripts/providers.json declares, with a reason.
import { execFile, execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');

export interface ProviderSpec {
  readonly source: string;
  readonly version: string;
  readonly substitute?: { readonly version: string; readonly reason: string };
  readonly unavailable?: string;
}

export const PROVIDERS: ProviderSpec[] = require(path.join(ROOT, 'scripts', 'providers.json')).providers;

/** How a provider is available for validation. */
export interface ProviderStatus {
  readonly spec: ProviderSpec;
  /** The version in the mirror that validation uses; undefined when none is. */
  readonly version?: string;
  readonly substitute: boolean;
}

export interface Toolchain {
  readonly terraform: string;
  readonly env: NodeJS.ProcessEnv;
  readonly providers: Map<string, ProviderStatus>;
  /** Everything missing that is not declared in providers.json; empty when complete. */
  readonly problems: string[];
}

const HOW_TO_FIX = "Build it with 'npm run providers' (first run compiles the providers from the Go module proxy; later runs take seconds).";

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
  const providers = new Map<string, ProviderStatus>();
  for (const spec of PROVIDERS) {
    if (inMirror(spec.source, spec.version)) {
      providers.set(spec.source, { spec, version: spec.version, substitute: false });
    } else if (spec.substitute && inMirror(spec.source, spec.substitute.version)) {
      providers.set(spec.source, { spec, version: spec.substitute.version, substitute: true });
    } else {
      providers.set(spec.source, { spec, substitute: false });
      if (!spec.unavailable) {
        const wanted = spec.substitute ? `${spec.version} (or its declared substitute ${spec.substitute.version})` : spec.version;
        problems.push(`provider ${spec.source} ${wanted} is not in the mirror ${mirror}`);
      }
    }
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

/** What a synthesized stack needs: `registry source -> status`, read from its required_providers. */
export function stackProviders(tc: Toolchain, stackDir: string): ProviderStatus[] {
  const json = JSON.parse(readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  return Object.values<any>(json.terraform?.required_providers ?? {}).map((req) => {
    const source: string = req.source.includes('/') ? req.source : `hashicorp/${req.source}`;
    const status = tc.providers.get(source);
    if (!status) throw new Error(`${stackDir} requires ${source}, which scripts/providers.json does not list`);
    return status;
  });
}

/** Points a stack's version constraints at the substitute versions the mirror holds (in the validation copy only). */
export function useSubstitutes(tc: Toolchain, stackDir: string): void {
  const file = path.join(stackDir, 'cdk.tf.json');
  const json = JSON.parse(readFileSync(file, 'utf8'));
  for (const req of Object.values<any>(json.terraform?.required_providers ?? {})) {
    const status = tc.providers.get(req.source.includes('/') ? req.source : `hashicorp/${req.source}`);
    if (status?.substitute) req.version = status.version;
  }
  writeFileSync(file, JSON.stringify(json, null, 2));
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
