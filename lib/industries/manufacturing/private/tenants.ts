import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { ListenerProtocol, LoadBalancer, ObjectContainer, PoolMembers } from '../../../openstack';
import { InstanceGroup, OpenStackSite, Peer, Port, QosPolicy, SecurityGroup, StorageTier, TenantVdc } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { IdentityEc2CredentialV3 } from '../../../providers/openstack/identity-ec2-credential-v3';
import { tierGroup } from '../../private/tier-group';
import { ManufacturingCloudProps, ManufacturingTenantSpec, ManufacturingTierSpec } from '../props';
import { CloudPlan, TIERS } from './validate';

// The tenants of a manufacturing cloud (internal): a tenant VDC each (M2), its three-tier
// application (M4, M7, M9) published through the operator's load balancer with a
// bandwidth-limited floating IP (M3), and its S3-compatible object storage (M6).

/** @internal What a tenant created. */
export interface TenantParts {
  readonly vdc: TenantVdc;
  readonly tiers: { [tier: string]: InstanceGroup };
  readonly securityGroups: { [tier: string]: SecurityGroup };
  readonly loadBalancer?: LoadBalancer;
  readonly objectContainers: { [name: string]: ObjectContainer };
  readonly s3Credential?: IdentityEc2CredentialV3;
}

/** @internal What every tenant shares: the cloud's media pools and the floating-IP limit. */
export interface CloudShared {
  readonly prefix: string;
  readonly plan: CloudPlan;
  readonly mediaPools: { [name: string]: StorageTier };
  readonly floatingIpQos: () => QosPolicy;
}

/**
 * @internal The tenants, each after the tenants it shares its network with (a VDC takes its
 * peers at construction). Mutual sharing has no such order: an error.
 */
export function createTenants(scope: Construct, props: ManufacturingCloudProps, shared: CloudShared): { [name: string]: TenantParts } {
  const parts: { [name: string]: TenantParts } = {};
  let pending = props.tenants.map((t, i) => ({ t, i }));
  while (pending.length > 0) {
    const ready = pending.filter(({ t }) => (t.shareNetworkWith ?? []).every((p) => parts[p] !== undefined));
    if (ready.length === 0) {
      const { t, i } = pending[0];
      throw new ValidationError(scope, `tenants[${i}].shareNetworkWith`, `tenants ${pending.map((p) => `"${p.t.name}"`).join(', ')} share their networks in a cycle (from "${t.name}")`, 'share in one direction only: the consumer attaches the owner\'s network, the owner needs no RBAC entry back');
    }
    for (const { t } of ready) parts[t.name] = createTenant(scope, props, shared, t, parts);
    pending = pending.filter((p) => !ready.includes(p));
  }
  return parts;
}

function createTenant(scope: Construct, props: ManufacturingCloudProps, shared: CloudShared, t: ManufacturingTenantSpec, done: { [name: string]: TenantParts }): TenantParts {
  const app = t.application;
  const publicPort = app?.publicPort ?? 443;
  const vdc = new TenantVdc(scope, `tenant-${t.name}`, {
    site: props.site,
    name: `${shared.prefix}-${t.name}`,
    description: `manufacturing tenant ${t.name}`,
    cidr: t.cidr,
    quota: t.quota,
    principal: t.principal,
    // M4: the Internet reaches the tenant only through its router's boundary firewall, on the public port.
    ingress: app ? [{ name: 'public', port: publicPort }] : undefined,
    shareNetworkWith: (t.shareNetworkWith ?? []).map((p) => done[p].vdc),
    labels: { [LabelKeys.PLANE]: 'private' },
  });
  const parts: TenantParts = { vdc, tiers: {}, securityGroups: {}, ...objectStorage(vdc, t, shared) };
  if (!app) return parts;

  // M9 and M4: web, app and db, each behind a default-deny group that admits only the tier in front.
  let front: Peer = Peer.cidr(t.cidr); // the load balancer's VIP and amphorae are on the tenant subnet
  TIERS.forEach((tier) => {
    const spec: ManufacturingTierSpec = app[tier];
    const key = `${t.name}/${tier}`;
    const sg = new SecurityGroup(vdc, `${tier}-sg`, { site: vdc.site, description: `${t.name} ${tier} tier: default deny` });
    sg.allowIngress(front, Port.tcp(spec.port));
    for (const cidr of props.adminCidrs ?? []) sg.allowIngress(Peer.cidr(cidr), Port.tcp(22));
    const pool = shared.plan.tierPools[key];
    // The cloud's media pool itself: its volume type is private to admins, and the pool
    // grants it to the VDC's project where the tier's volumes use it.
    const tierType = shared.mediaPools[pool.name];
    parts.securityGroups[tier] = sg;
    parts.tiers[tier] = tierGroup(vdc, tier, tier, spec, {
      site: vdc.site,
      name: `${t.name}-${tier}`,
      networks: [{ network: vdc.network!, securityGroups: [sg] }],
      storage: tierType,
      ha: shared.plan.tierHa[key], // M7: Masakari restarts or evacuates the members
      quota: vdc.quota,
    });
    front = Peer.securityGroup(sg);
  });
  // Each tier reaches only the next one in.
  parts.securityGroups.web.allowEgress(Peer.securityGroup(parts.securityGroups.app), Port.tcp(app.app.port));
  parts.securityGroups.app.allowEgress(Peer.securityGroup(parts.securityGroups.db), Port.tcp(app.db.port));

  // M3, M4: the operator publishes the web tier: an Octavia load balancer on the tenant subnet
  // whose floating IP carries the cloud's bandwidth limit (QoS policies are admin objects).
  const site = props.site as OpenStackSite;
  const lb = new LoadBalancer(scope, `${t.name}-lb`, {
    site,
    vipSubnetId: vdc.network!.subnetId('main'),
    floatingIpPool: site.externalNetwork!.name,
    floatingIpQosPolicy: shared.floatingIpQos(),
    name: `${shared.prefix}-${t.name}-web`,
    listeners: [{ protocol: ListenerProtocol.HTTPS, port: publicPort, memberPort: app.web.port, members: [PoolMembers.fromInstanceGroup(parts.tiers.web)] }],
  });
  return { ...parts, loadBalancer: lb };
}

/** M6: private Swift containers in the tenant's project and one EC2 credential for the S3 API. */
function objectStorage(vdc: TenantVdc, t: ManufacturingTenantSpec, shared: CloudShared): Pick<TenantParts, 'objectContainers' | 's3Credential'> {
  const containers = t.objectContainers ?? [];
  if (containers.length === 0) return { objectContainers: {} };
  const objectContainers: { [name: string]: ObjectContainer } = {};
  for (const c of containers) objectContainers[c] = new ObjectContainer(vdc, `container-${c}`, { site: vdc.site, name: `${shared.prefix}-${t.name}-${c}` });
  // Keystone generates the secret (sensitive in state); the tenant's S3 clients use access + secret.
  const s3Credential = new IdentityEc2CredentialV3(vdc, 's3-credential', { provider: openstackProviderOf(vdc.site, vdc, 'site', 'EC2 credentials (S3 API)') });
  return { objectContainers, s3Credential };
}
