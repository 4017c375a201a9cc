// `oscar-blueprints <command>`: the review kit on the command line, for people and CI gates.
// Exit codes: 0 ok; 1 the gate failed (findings at or above --fail-on, tiers below minimum
// with --fail-on-flagged); 2 usage or input error (the message names the file and what to do).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { writeArtifacts } from '../review/artifacts';
import { ReviewInputError } from '../review/stacks';
import { discover } from './discover';
import { complianceSummary, FailOn } from './summary';

const HELP = `Usage: oscar-blueprints <command> [options]

Reads the output of \`npx cdktf synth\` (cdktf.out/) and writes what reviewers and CI read.

Commands:
  report     Print the compliance summary; exit 1 when findings reach --fail-on (CI gate)
  capacity   Write cdktf.out/reports/capacity.{json,md}: demand vs quotas, failure domains,
             survivors after the worst single failure; print the tier table
  diagram    Write cdktf.out/diagrams/<stack>.{dot,svg} (Graphviz in WebAssembly)
  review     Write cdktf.out/report/index.html (diagrams, capacity, findings, diff) and print
             its path; --open opens it in a browser
  discover   --from openstack|vsphere FILE...: turn saved listings of an existing estate
             (openstack server/network/subnet/volume/port list -f json, the Neutron
             ones with --project; govc ls -json)
             into adopt maps (JSON on stdout); what could not be matched goes to stderr

Options:
  --out DIR            synth output folder (default: cdktf.out)
  --stack NAME         only this stack (repeatable; diagram and capacity)
  --baseline DIR       review: diff Terraform addresses against a previous synth folder
  --fail-on LEVEL      report: error (default), warning or never
  --fail-on-flagged    capacity: exit 1 when a tier falls below its minimum after one failure
  --open               review: open the page with xdg-open / open
  --from TARGET        discover: openstack or vsphere
  -h, --help           this help
`;

interface Args { command?: string; out: string; stacks: string[]; baseline?: string; failOn: FailOn; failOnFlagged: boolean; open: boolean; help: boolean; from?: string; files: string[] }

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  const a: Args = { out: 'cdktf.out', stacks: [], failOn: 'error', failOnFlagged: false, open: false, help: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '-h': case '--help': a.help = true; break;
      case '--out': a.out = value(); break;
      case '--stack': a.stacks.push(value()); break;
      case '--baseline': a.baseline = value(); break;
      case '--fail-on': {
        const v = value();
        if (!['error', 'warning', 'never'].includes(v)) throw new UsageError(`--fail-on must be error, warning or never, not '${v}'`);
        a.failOn = v as FailOn; break;
      }
      case '--fail-on-flagged': a.failOnFlagged = true; break;
      case '--open': a.open = true; break;
      case '--from': a.from = value(); break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown argument '${arg}'`);
        if (a.command === 'discover') a.files.push(arg);
        else if (a.command) throw new UsageError(`unknown argument '${arg}'`);
        else a.command = arg;
    }
  }
  return a;
}

export async function main(argv: readonly string[]): Promise<number> {
  const out = (l: string) => process.stdout.write(`${l}\n`);
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`oscar-blueprints: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help || !args.command) {
    (args.help ? process.stdout : process.stderr).write(HELP);
    return args.help ? 0 : 2;
  }
  try {
    switch (args.command) {
      case 'report':
        return complianceSummary(args.out, args.failOn, out);
      case 'diagram': {
        const r = await writeArtifacts({ outdir: args.out, stacks: args.stacks, diagrams: true });
        r.diagrams.forEach(out);
        return 0;
      }
      case 'capacity': {
        const r = await writeArtifacts({ outdir: args.out, stacks: args.stacks, capacity: true });
        for (const s of r.capacity!.stacks) {
          for (const t of s.tiers) out(`${t.flagged ? 'FLAGGED' : 'ok     '} ${s.stack} ${t.tier}: ${t.members} members, worst single failure ${t.worstDomain} leaves ${t.survivors} (minimum ${t.minimum})`);
        }
        r.capacityFiles.forEach(out);
        return args.failOnFlagged && r.capacity!.flaggedTiers > 0 ? 1 : 0;
      }
      case 'review': {
        const r = await writeArtifacts({ outdir: args.out, baseline: args.baseline, page: true });
        const page = path.resolve(r.page!);
        out(page);
        if (args.open) spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [page], { stdio: 'ignore', detached: true }).on('error', () => process.stderr.write(`oscar-blueprints: could not open a browser; open ${page} yourself\n`)).unref();
        return 0;
      }
      case 'discover':
        return discoverCommand(args, out);
      default:
        process.stderr.write(`oscar-blueprints: unknown command '${args.command}'\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof ReviewInputError || e instanceof UsageError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`oscar-blueprints ${args.command}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}

function discoverCommand(args: Args, out: (l: string) => void): number {
  if (!['openstack', 'vsphere'].includes(args.from ?? '') || args.files.length === 0) throw new UsageError('discover needs --from openstack|vsphere and at least one listing FILE');
  const listings = args.files.map((f) => {
    try {
      return JSON.parse(fs.readFileSync(f, 'utf8'));
    } catch (e) {
      throw new ReviewInputError(`${f}: ${(e as Error).message} (save listings with -f json / -json)`);
    }
  });
  const found = discover(args.from!, listings);
  // Empty maps are left out, so what is printed can be pasted as props.
  const compact = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]).filter(([, x]) => !(x && typeof x === 'object' && Object.keys(x).length === 0)))
    : v);
  out(JSON.stringify(compact({ instanceGroups: found.instanceGroups, networks: found.networks, ...found.others }), null, 2));
  for (const u of found.unmatched) process.stderr.write(`not matched: ${u}\n`);
  return 0;
}

/** Entry of bin/oscar-blueprints. */
export function run(): void {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`oscar-blueprints: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}

if (require.main === module) run();
