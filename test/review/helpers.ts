// Shared by the review-kit tests: a tiny hand-written stack whose expected figures follow from
// its inputs, synthesis of real examples into a temp folder, and the CLI as a child process.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EXAMPLES } from '../../examples';
import { ComputeFlavorV2 } from '../../lib/providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../../lib/providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../lib/providers/openstack/compute-servergroup-v2';
import { NetworkingNetworkV2 } from '../../lib/providers/openstack/networking-network-v2';
import { NetworkingSecgroupRuleV2 } from '../../lib/providers/openstack/networking-secgroup-rule-v2';
import { NetworkingSecgroupV2 } from '../../lib/providers/openstack/networking-secgroup-v2';
import { NetworkingSubnetV2 } from '../../lib/providers/openstack/networking-subnet-v2';
import { OpenstackProvider } from '../../lib/providers/openstack/provider';

export const ROOT = path.resolve(__dirname, '../..');

export function tmpdir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `oscar-review-${prefix}-`));
}

export interface TinyTier {
  readonly id: string;
  /** Member key -> availability zone. */
  readonly members: Record<string, string>;
  readonly antiAffinity?: 'anti-affinity' | 'soft-anti-affinity';
}

/** One OpenStack site (alias dc1, RegionOne) with a VLAN network, a flavor and the given tiers. */
export class TinyStack extends TerraformStack {
  constructor(scope: Construct, id: string, tiers: readonly TinyTier[]) {
    super(scope, id);
    new OpenstackProvider(this, 'dc1', { alias: 'dc1', region: 'RegionOne' });
    const provider = this.node.findChild('dc1') as OpenstackProvider;
    const plane = new Construct(this, 'plane-sig');
    const net = new NetworkingNetworkV2(plane, 'network', { provider, name: 'sig', segments: [{ networkType: 'vlan', physicalNetwork: 'physnet1', segmentationId: 2010 }] });
    new NetworkingSubnetV2(plane, 'subnet', { provider, networkId: net.id, cidr: '10.20.0.0/24' });
    const flavor = new ComputeFlavorV2(this, 'flavor', { provider, name: 'c4-m8', vcpus: 4, ram: 8192, disk: 40 });
    const groups: NetworkingSecgroupV2[] = [];
    for (const t of tiers) {
      const scope2 = new Construct(this, t.id);
      const sg = new NetworkingSecgroupV2(new Construct(this, `zone-${t.id}`), 'secgroup', { provider, name: t.id });
      if (groups.length) new NetworkingSecgroupRuleV2(sg.node.scope as Construct, 'from-prev', { provider, direction: 'ingress', ethertype: 'IPv4', securityGroupId: sg.id, remoteGroupId: groups[groups.length - 1].id });
      groups.push(sg);
      const hints = t.antiAffinity ? [{ group: new ComputeServergroupV2(scope2, 'server-group', { provider, name: t.id, policies: [t.antiAffinity] }).id }] : undefined;
      const instance = new ComputeInstanceV2(scope2, 'instances', {
        provider, name: '${each.key}', flavorId: flavor.id, availabilityZone: '${each.value.zone}', schedulerHints: hints,
        network: [{ uuid: net.id }], securityGroups: [sg.name],
      });
      instance.addOverride('for_each', Object.fromEntries(Object.entries(t.members).map(([k, z]) => [k, { zone: z }])));
    }
  }
}

/** Synthesizes the named examples (or a custom builder) into `outdir` as `cdktf synth` does. */
export function synthInto(outdir: string, build: (app: App) => void): void {
  const app = new App({ outdir });
  build(app);
  app.synth();
}

export function synthExamples(outdir: string, ids: readonly string[]): void {
  synthInto(outdir, (app) => {
    for (const id of ids) {
      const e = EXAMPLES.find((x) => x.id === id);
      if (!e) throw new Error(`no example ${id}`);
      e.create(app, id);
    }
  });
}

export interface CliResult { readonly code: number; readonly stdout: string; readonly stderr: string }

/** Runs bin/oscar-blueprints from source (never a stale dist). */
export function cli(args: readonly string[], opts: { cwd?: string; fromSource?: boolean } = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'oscar-blueprints'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...(opts.fromSource === false ? {} : { OSCAR_BLUEPRINTS_FROM_SOURCE: '1' }) },
    timeout: 300_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
