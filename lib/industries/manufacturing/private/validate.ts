import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { requireDnsLabel, requireIntegerAtLeast, requireIntegerInRange, requireUnique } from '../../../core/private/validate';
import { ISite } from '../../../pool';
import { requireDisjointRanges } from '../../private/addressing';
import { ManufacturingCloudProps, ManufacturingMediaPool, ManufacturingTenantSpec, ManufacturingTierSpec } from '../props';

// Whole-input checks of a manufacturing cloud (internal: not exported from the package).

/** @internal An infrastructure plane (M1): never routed; PXE without Neutron DHCP (the PlaneLayout default). */
export const PLANES = [
  { key: 'pxe', role: 'PXE', defaultCidr: '172.24.0.0/24' },
  { key: 'management', role: 'MANAGEMENT', defaultCidr: '172.24.1.0/24' },
  { key: 'storage', role: 'STORAGE', defaultCidr: '172.24.4.0/22' },
] as const;

/** @internal The tiers of the application, in order from the Internet inwards (M9). */
export const TIERS = ['web', 'app', 'db'] as const;

/** @internal What the checks establish. */
export interface CloudPlan {
  readonly planeCidrs: { [plane: string]: string };
  /** Media pool of each tier, by `<tenant>/<tier>`. */
  readonly tierPools: { [tier: string]: ManufacturingMediaPool };
  /** VM-HA of each tier, by `<tenant>/<tier>`. */
  readonly tierHa: { [tier: string]: boolean };
  readonly floatingIpMaxKbps: number;
}

/** @internal The cloud-wide checks: names, sharing allow-lists, media pools, HA, addressing. */
export function checkCloud(scope: Construct, props: ManufacturingCloudProps): CloudPlan {
  if (props.tenants.length === 0) throw new ValidationError(scope, 'tenants', 'lists no tenant', 'declare at least one tenant: { name, cidr }');
  if (props.mediaPools.length === 0) throw new ValidationError(scope, 'mediaPools', 'lists no media pool', 'declare one per Ceph media pool: { name: "ssd", backendName: "ceph-ssd" }');
  requireUnique(scope, 'tenants[].name', props.tenants.map((t) => t.name));
  requireUnique(scope, 'mediaPools[].name', props.mediaPools.map((p) => p.name));
  props.mediaPools.forEach((p, i) => requireDnsLabel(scope, `mediaPools[${i}].name`, p.name));
  requireUnique(scope, 'hostPools[].name', (props.hostPools ?? []).map((p) => p.name ?? p.role));
  const floatingIpMaxKbps = props.floatingIpMaxKbps ?? 100_000;
  requireIntegerAtLeast(scope, 'floatingIpMaxKbps', floatingIpMaxKbps, 1, 'set a per-address limit in kbit/s, e.g. 100000');
  const names = props.tenants.map((t) => t.name);
  const plan: CloudPlan = { planeCidrs: {}, tierPools: {}, tierHa: {}, floatingIpMaxKbps };
  props.tenants.forEach((t, i) => checkTenant(scope, props, t, `tenants[${i}]`, names, plan));
  Object.assign(plan.planeCidrs, checkAddressing(scope, props));
  return plan;
}

function checkTenant(scope: Construct, props: ManufacturingCloudProps, t: ManufacturingTenantSpec, prop: string, names: string[], plan: CloudPlan): void {
  requireDnsLabel(scope, `${prop}.name`, t.name);
  (t.shareNetworkWith ?? []).forEach((peer, j) => {
    if (peer === t.name) throw new ValidationError(scope, `${prop}.shareNetworkWith[${j}]`, `tenant "${t.name}" shares its network with itself`, 'drop the entry');
    if (!names.includes(peer)) throw new ValidationError(scope, `${prop}.shareNetworkWith[${j}]`, `no tenant "${peer}"`, `share only with tenants of the cloud: ${names.join(', ')}`);
  });
  (t.objectContainers ?? []).forEach((c, j) => requireDnsLabel(scope, `${prop}.objectContainers[${j}]`, c));
  requireUnique(scope, `${prop}.objectContainers`, t.objectContainers ?? []);
  const app = t.application;
  if (!app) return;
  const site = props.site as ISite & { readonly externalNetworkId?: string };
  if (site.externalNetworkId === undefined) {
    throw new ValidationError(scope, `${prop}.application`, `the application is published from the Internet through the site's external network, and site ${props.site.node.path} has none`, 'set externalNetwork on the OpenStackSite (the external plane of M1)');
  }
  if (app.publicPort !== undefined) requireIntegerInRange(scope, `${prop}.application.publicPort`, app.publicPort, 1, 65535);
  for (const tier of TIERS) checkTier(scope, props, app[tier], `${prop}.application.${tier}`, `${t.name}/${tier}`, plan);
}

function checkTier(scope: Construct, props: ManufacturingCloudProps, spec: ManufacturingTierSpec, prop: string, key: string, plan: CloudPlan): void {
  requireIntegerInRange(scope, `${prop}.port`, spec.port, 1, 65535);
  const count = spec.count ?? 2;
  requireIntegerAtLeast(scope, `${prop}.count`, count, 1);
  const pools = props.mediaPools;
  const pool = spec.mediaPool === undefined ? pools.find((p) => p.replicated ?? true) ?? pools[0] : pools.find((p) => p.name === spec.mediaPool);
  if (!pool) throw new ValidationError(scope, `${prop}.mediaPool`, `no media pool "${spec.mediaPool}"`, `use one of ${pools.map((p) => p.name).join(', ')}`);
  const replicated = pool.replicated ?? true;
  if (spec.ha === true && !replicated) {
    throw new ValidationError(scope, `${prop}.ha`, `VM-HA restarts members on another host, and media pool "${pool.name}" keeps no replicas of their volumes`, 'put the tier on a replicated media pool (mediaPool), or leave ha unset');
  }
  plan.tierPools[key] = pool;
  plan.tierHa[key] = spec.ha ?? (count >= 2 && replicated);
  requireUnique(scope, `${prop}.volumes[].name`, (spec.volumes ?? []).map((v) => v.name));
}

/** Planes and tenant networks must not overlap. */
function checkAddressing(scope: Construct, props: ManufacturingCloudProps): { [plane: string]: string } {
  const planeCidrs: { [plane: string]: string } = {};
  for (const p of PLANES) planeCidrs[p.key] = props.planes?.[p.key]?.cidr ?? p.defaultCidr;
  requireDisjointRanges(scope, 'tenants', [
    ...PLANES.map((p) => ({ name: `the ${p.key} plane`, prop: `planes.${p.key}.cidr`, cidr: planeCidrs[p.key] })),
    ...props.tenants.map((t, i) => ({ name: `tenant "${t.name}"`, prop: `tenants[${i}].cidr`, cidr: t.cidr })),
  ]);
  return planeCidrs;
}
