import { Construct } from 'constructs';
import { AuditLogForwarding, HostPool, InstanceGroup, IStorageTier, Network, Peer, Port, SecurityGroup } from '../../../pool';
import { shipLogs } from '../../private/audit-sink';
import { tierGroup } from '../../private/tier-group';
import { HealthcareCloudProps, HealthcareTierSpec } from '../props';

// The trusted pools and the workload tiers of a healthcare cloud (internal): H1 every
// member on the attested compute pool, H2 the three pools apart, H4 every volume encrypted,
// H7 every tier's logs to the audit sink when there is one.

/** @internal The three pools, each attested. A host in two pools is an error (HostPool). */
export function createPools(scope: Construct, prefix: string, props: HealthcareCloudProps): { [role: string]: HostPool } {
  const pools: { [role: string]: HostPool } = {};
  for (const role of ['control', 'compute', 'storage'] as const) {
    const spec = props.pools[role];
    pools[role] = new HostPool(scope, `pool-${role}`, { site: props.site, name: `${prefix}-${role}`, role, hosts: spec.hosts, zone: spec.zone, trusted: true });
  }
  return pools;
}

/** @internal What the tiers are built on. */
export interface TierContext {
  readonly prefix: string;
  readonly network: Network;
  readonly computePool: HostPool;
  readonly encrypted: IStorageTier;
  readonly frontendCidr: string;
  /** The cloud's audit sink: every tier ships its logs there. */
  readonly auditForwarding?: AuditLogForwarding;
}

/** @internal The tiers and their groups, by tier name (`application`, `database`, `audit`). */
export interface Tiers {
  readonly groups: { [tier: string]: InstanceGroup };
  readonly securityGroups: { [tier: string]: SecurityGroup };
}

/**
 * @internal The application tier admits the load balancer's subnet only, the database the
 * application only, the audit tier the other tiers on its port. Default deny elsewhere.
 */
export function createTiers(scope: Construct, props: HealthcareCloudProps, ctx: TierContext): Tiers {
  const specs: { [tier: string]: HealthcareTierSpec | undefined } = { application: props.application, database: props.database, audit: props.audit };
  const tiers: Tiers = { groups: {}, securityGroups: {} };
  for (const [name, spec] of Object.entries(specs)) {
    if (!spec) continue;
    const sg = new SecurityGroup(scope, `${name}-sg`, { site: props.site, description: `${name} tier: default deny` });
    for (const cidr of props.adminCidrs ?? []) sg.allowIngress(Peer.cidr(cidr), Port.tcp(22));
    tiers.securityGroups[name] = sg;
    const userData = shipLogs(ctx.auditForwarding, spec.userData, [sg]);
    tiers.groups[name] = tierGroup(scope, name, name, { ...spec, userData }, {
      site: props.site,
      name: `${ctx.prefix}-${name}`,
      networks: [{ network: ctx.network, securityGroups: [sg] }],
      storage: ctx.encrypted,
      hostPool: ctx.computePool, // H1: the attested compute pool only
    });
  }
  const { application, database, audit } = tiers.securityGroups;
  application.allowIngress(Peer.cidr(ctx.frontendCidr), Port.tcp(props.application.port));
  if (database) link(application, database, props.database!.port);
  if (audit) {
    for (const sg of [application, database]) if (sg) link(sg, audit, props.audit!.port);
  }
  return tiers;
}

/** `from` may open connections to `to` on `port`, and nothing else does. */
function link(from: SecurityGroup, to: SecurityGroup, port: number): void {
  from.allowEgress(Peer.securityGroup(to), Port.tcp(port));
  to.allowIngress(Peer.securityGroup(from), Port.tcp(port));
}
