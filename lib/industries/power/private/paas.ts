import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { requireDnsLabel, requireUnique } from '../../../core/private/validate';
import { ObjectContainer, TroveDatabase } from '../../../openstack';
import { PowerGridCloudProps } from '../props';
import { TenantParts } from './tenants';
import { CloudPlan } from './validate';

// PaaS of a power cloud (P10): managed databases on the tenants' networks and private
// object storage (internal). Both are OpenStack services: the L2 blocks fail early,
// naming the target, on any other site.

/** @internal The databases and containers, by name. */
export interface PaasParts {
  readonly databases: { [name: string]: TroveDatabase };
  readonly objectContainers: { [name: string]: ObjectContainer };
}

/** @internal Trove databases on the commercial tier, and private Swift containers. */
export function createPaas(scope: Construct, prefix: string, props: PowerGridCloudProps, plan: CloudPlan, tenants: { [name: string]: TenantParts }): PaasParts {
  const parts: PaasParts = { databases: {}, objectContainers: {} };
  const paas = props.paas;
  if (!paas) return parts;
  requireUnique(scope, 'paas.databases[].name', (paas.databases ?? []).map((d) => d.name));
  (paas.databases ?? []).forEach((d, i) => {
    const prop = `paas.databases[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, d.name);
    const tenant = tenants[d.tenant];
    if (!tenant) throw new ValidationError(scope, `${prop}.tenant`, `no tenant "${d.tenant}"`, `use one of ${Object.keys(tenants).join(', ')}`);
    parts.databases[d.name] = new TroveDatabase(scope, `db-${d.name}`, {
      site: props.site,
      name: `${prefix}-${d.name}`,
      datastoreType: d.datastoreType,
      datastoreVersion: d.datastoreVersion,
      flavorId: d.flavorId,
      volumeSizeGiB: d.volumeSizeGiB,
      volumeType: plan.commercialVolumeType,
      networkId: tenant.network.networkId,
      routerInterfaces: Object.values(tenant.network.openstack?.routerInterfaces ?? {}),
      databases: d.databases,
    });
  });
  requireUnique(scope, 'paas.objectContainers', paas.objectContainers ?? []);
  (paas.objectContainers ?? []).forEach((name, i) => {
    requireDnsLabel(scope, `paas.objectContainers[${i}]`, name);
    parts.objectContainers[name] = new ObjectContainer(scope, `container-${name}`, { site: props.site, name: `${prefix}-${name}`, versioning: true });
  });
  return parts;
}
