import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { CidrBlock, findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireDnsLabel, requireIntegerAtLeast, requireUnique } from '../../../core/private/validate';
import { ISite } from '../../../pool';
import { PowerGridCloudProps, PowerGridRegion, PowerGridZone, PowerTenantSpec, PowerWorkloadRole, PowerWorkloadSpec } from '../props';
import { DATABASE_MIN, PLANES, PLATFORM_ZONE, REGION_ZONES } from './facts';

// Whole-input checks of a power cloud (internal: not exported from the package).

/** @internal What the cloud-wide checks establish. */
export interface CloudPlan {
  /** Each plane's CIDR, by plane key. */
  readonly planeCidrs: { [plane: string]: string };
  /** The zone tag of the infrastructure planes. */
  readonly platformZone: PowerGridZone;
  readonly cephVolumeType: string;
  readonly commercialVolumeType: string;
}

/** @internal The cloud-wide checks: region and zones, VLAN pools, names, addressing. */
export function checkCloud(scope: Construct, props: PowerGridCloudProps): CloudPlan {
  const zones = REGION_ZONES[props.region];
  if (!zones) throw new ValidationError(scope, 'region', `"${props.region}" is not a power grid region`, 'use a PowerGridRegion value');
  const platformZone = props.platformZone ?? PLATFORM_ZONE[props.region];
  if (!zones.includes(platformZone)) {
    throw new ValidationError(scope, 'platformZone', `zone ${platformZone} is outside the cloud's region ${props.region} (zones ${zones.join(', ')})`, `use one of ${zones.join(', ')}`);
  }
  checkVlanPools(scope, props);
  if (props.tenants.length === 0) throw new ValidationError(scope, 'tenants', 'lists no tenant', 'declare at least one tenant: { name, zone, cidr }');
  requireUnique(scope, 'tenants[].name', props.tenants.map((t) => t.name));
  props.tenants.forEach((t, i) => checkTenant(scope, props, t, `tenants[${i}]`, zones));
  if (props.floatingIpMaxKbps !== undefined) requireIntegerAtLeast(scope, 'floatingIpMaxKbps', props.floatingIpMaxKbps, 1, 'set a per-address limit in kbit/s, e.g. 100000');
  const planeCidrs = checkAddressing(scope, props);
  return { planeCidrs, platformZone, cephVolumeType: props.cephVolumeType ?? 'ceph', commercialVolumeType: props.commercialVolumeType ?? 'commercial-san' };
}

/** Tenant VLANs on their own physical network; required for production control (dedicated network) and on vSphere. */
function checkVlanPools(scope: Construct, props: PowerGridCloudProps): void {
  const tenantVlans = props.tenantVlans;
  if (!tenantVlans) {
    if (props.region === PowerGridRegion.PRODUCTION_CONTROL) {
      throw new ValidationError(scope, 'tenantVlans', 'is required for the production control region: its networks run on a dedicated physical network', 'pass tenantVlans: VlanPool.range(first, last, { physicalNetwork: "physnet-prod" })');
    }
    if (!props.site.capabilities.tenantNetworks) {
      throw new ValidationError(scope, 'tenantVlans', `${props.site.targetName} tenant networks are port groups on VLANs`, 'pass tenantVlans: VlanPool.range(first, last)');
    }
    const pinned = props.tenants.findIndex((t) => t.vlanId !== undefined);
    if (pinned >= 0) throw new ValidationError(scope, `tenants[${pinned}].vlanId`, 'is set but the cloud has no tenantVlans', 'pass tenantVlans, or leave vlanId unset for overlay networks');
    return;
  }
  if (tenantVlans === props.infrastructureVlans) {
    throw new ValidationError(scope, 'tenantVlans', 'is the infrastructure pool', 'give tenant networks their own VLAN pool, on their own physical network');
  }
  const infra = props.infrastructureVlans.physicalNetwork;
  if (tenantVlans.physicalNetwork !== undefined && tenantVlans.physicalNetwork === infra) {
    throw new ValidationError(scope, 'tenantVlans', `shares physical network "${infra}" with the infrastructure planes`, 'put the business (tenant) networks on another physical network than the control plane (P7)');
  }
}

function checkTenant(scope: Construct, props: PowerGridCloudProps, t: PowerTenantSpec, prop: string, zones: PowerGridZone[]): void {
  requireDnsLabel(scope, `${prop}.name`, t.name);
  if (!zones.includes(t.zone)) {
    throw new ValidationError(scope, `${prop}.zone`, `zone ${t.zone} is outside the cloud's region ${props.region} (zones ${zones.join(', ')})`, 'build the other region as a second PowerGridCloud on its own site: one cloud never hosts both regions (horizontal isolation)');
  }
  // The Network block routes to the site's external network without checking it exists.
  const site = props.site as ISite & { readonly externalNetworkId?: string };
  if (t.zone === PowerGridZone.IV && site.capabilities.routers && site.externalNetworkId === undefined) {
    throw new ValidationError(scope, `${prop}.zone`, `the DMZ reaches the public network through the site's external network, and site ${site.node.path} has none`, 'set externalNetwork on the OpenStackSite (the public network of P3)');
  }
  const workloads = t.workloads ?? [];
  requireUnique(scope, `${prop}.workloads[].name`, workloads.map((w) => w.name));
  workloads.forEach((w, j) => checkWorkload(scope, props, t, w, `${prop}.workloads[${j}]`));
}

function checkWorkload(scope: Construct, props: PowerGridCloudProps, t: PowerTenantSpec, w: PowerWorkloadSpec, prop: string): void {
  requireDnsLabel(scope, `${prop}.name`, w.name);
  const s = w.size;
  if (w.role === PowerWorkloadRole.DATABASE && s.flavorName === undefined
    && ((s.vcpus ?? 0) < DATABASE_MIN.vcpus || (s.memoryGiB ?? 0) < DATABASE_MIN.memoryGiB)) {
    throw new ValidationError(scope, `${prop}.size`, `database "${w.name}" has ${s.vcpus} vCPUs and ${s.memoryGiB} GiB, below the database minimum of ${DATABASE_MIN.vcpus} vCPUs and ${DATABASE_MIN.memoryGiB} GiB`, 'use PowerSizes.database() or a larger Size.of(...)');
  }
  if (t.zone !== PowerGridZone.IV && (w.floatingIp || (w.publicPorts ?? []).length > 0)) {
    throw new ValidationError(scope, w.floatingIp ? `${prop}.floatingIp` : `${prop}.publicPorts`, `tenant "${t.name}" is in zone ${t.zone}: only the DMZ (zone IV) is reachable from the public network`, 'publish through a workload of a zone IV tenant');
  }
  if (w.floatingIp && !props.site.capabilities.routers) {
    throw new ValidationError(scope, `${prop}.floatingIp`, `${props.site.targetName} sites have no floating IPs`, 'publish the DMZ through the physical edge (NAT on the firewall) and leave floatingIp unset');
  }
  (w.volumes ?? []).forEach((v, k) => {
    if (v.volumeType !== undefined || v.tier !== undefined) {
      const field = v.volumeType !== undefined ? 'volumeType' : 'tier';
      throw new ValidationError(scope, `${prop}.volumes[${k}].${field}`, 'is set by the cloud from storageTier', `remove ${field} and set storageTier: PowerStorageTier.CEPH or COMMERCIAL`);
    }
  });
}

/** Planes and tenant networks must not overlap. */
function checkAddressing(scope: Construct, props: PowerGridCloudProps): { [plane: string]: string } {
  const planeCidrs: { [plane: string]: string } = {};
  const blocks: Array<{ name: string; block: CidrBlock }> = [];
  for (const p of PLANES) {
    const cidr = props.planes?.[p.key]?.cidr ?? p.defaultCidr;
    planeCidrs[p.key] = cidr;
    if (!Token.isUnresolved(cidr)) blocks.push({ name: `the ${p.slug} plane`, block: parseCidr(scope, `planes.${p.key}.cidr`, cidr) });
  }
  props.tenants.forEach((t, i) => {
    if (!Token.isUnresolved(t.cidr)) blocks.push({ name: `tenant "${t.name}"`, block: parseCidr(scope, `tenants[${i}].cidr`, t.cidr) });
  });
  const clash = findOverlap(blocks);
  if (clash) {
    const [a, b] = clash;
    throw new ValidationError(scope, 'tenants', `${a.name} (${a.block.cidr}) and ${b.name} (${b.block.cidr}) overlap`, 'give every plane and tenant its own, non-overlapping CIDR');
  }
  return planeCidrs;
}
