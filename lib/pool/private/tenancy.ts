import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import type { FirewallGroup } from '../../openstack/firewall-group';
import type { LoadBalancer } from '../../openstack/load-balancer';
import type { NetworkingFloatingipV2 } from '../../providers/openstack/networking-floatingip-v2';
import type { NetworkingRbacPolicyV2 } from '../../providers/openstack/networking-rbac-policy-v2';
import type { Quota, QuotaAmounts } from '../quota';
import { ISite } from '../site';
import { TenantVdcOpenStackResources, TenantVdcVsphereResources } from '../tenant-vdc-resources';

/** @internal What a tenant VDC asks of its parent site's target. */
export interface TenantVdcPlan {
  readonly name: string;
  readonly description?: string;
  /** The parent VDC's handle, for nested projects / folders. */
  readonly parent?: TenantVdcResult;
  /** A directory group granted the VDC's role, if any. */
  readonly principal?: string;
  /** The role the principal (and on OpenStack the VDC's credential) gets. */
  readonly role?: string;
  readonly labels: { [key: string]: string };
  /** The VDC's quota limits. */
  readonly quota: QuotaAmounts;
  /** Floating IPs the VDC allocates (its load balancer's address not included). */
  readonly floatingIps?: number;
  /** Whether the VDC gets a load balancer (whose address also counts against the quota). */
  readonly loadBalancer?: boolean;
  readonly networks?: number;
  readonly domainId?: string;
  readonly quotaZones?: string[];
}

/** @internal What a target built for a tenant VDC. */
export interface TenantVdcResult {
  /** The site the VDC's own resources are created on (its own provider on OpenStack, its folder on vSphere). */
  readonly site: ISite;
  /** The project (tenant) ID, on targets with projects. */
  readonly projectId?: string;
  /** Whether the VDC's site has an external network (router gateways, floating IPs). */
  readonly externalNetwork: boolean;
  /** The VM folder path, on targets with folders. */
  readonly folder?: string;
  /** The quota that bounds the VDC (project quota sets, or resource pools under the folder's principal). */
  readonly quota: Quota;
  readonly openstack?: TenantVdcOpenStackResources;
  readonly vsphere?: TenantVdcVsphereResources;
}

/**
 * @internal How a target creates tenant VDCs. Kept beside the site driver (not on
 * ISiteDriver) so tenancy stays in its own files.
 */
export interface ITenancyDriver {
  tenantVdc(scope: IConstruct, plan: TenantVdcPlan): TenantVdcResult;
  edge(scope: IConstruct, site: ISite, plan: TenantVdcEdgePlan): TenantVdcEdgeResult;
  /** Lets the VDC's project use a network of the parent site (RBAC `access_as_shared` by the owner); undefined where nothing is needed. */
  shareNetwork(scope: IConstruct, id: string, networkId: string, vdc: TenantVdcResult): NetworkingRbacPolicyV2 | undefined;
  /** Lets the VDC's project use a QoS policy of the parent site; undefined where nothing is needed. */
  shareQosPolicy(scope: IConstruct, id: string, policyId: string, vdc: TenantVdcResult): NetworkingRbacPolicyV2 | undefined;
}

const TENANCY = new WeakMap<IConstruct, ITenancyDriver>();

/** @internal Called by each site class's constructor. */
export function registerTenancy(site: ISite, driver: ITenancyDriver): void {
  TENANCY.set(site, driver);
}

/** @internal The tenancy driver of `site`; throws, naming the target and `prop`, when it has none. */
export function tenancyOf(site: ISite, scope: IConstruct, prop: string): ITenancyDriver {
  const driver = TENANCY.get(site);
  if (!driver) throw new ValidationError(scope, prop, `${site.targetName} site ${site.node.path} cannot host tenant VDCs`, 'use an OpenStackSite or a VsphereSite (a tenant VDC cannot be nested in another VDC\'s site: pass parent instead)');
  return driver;
}

// A VDC's quota is set by the parent site's (admin) provider, yet bounds the groups on
// the VDC's own site: they may name it as their quota.
const QUOTA_SERVES = new WeakMap<IConstruct, ISite>();

/** @internal Records that `quota` bounds the groups of `site`. */
export function quotaServes(quota: IConstruct, site: ISite): void {
  QUOTA_SERVES.set(quota, site);
}

/** @internal Whether a group on `site` may count against `quota` (the quota's own site, or the VDC site it serves). */
export function quotaCovers(quota: { readonly site: ISite } & IConstruct, site: ISite): boolean {
  return quota.site === site || QUOTA_SERVES.get(quota) === site;
}

// A VDC's site is carved from its parent's: the parent's storage tiers serve its groups.
const VDC_PARENTS = new WeakMap<IConstruct, ISite>();

/** @internal Records that `site` is a VDC site carved from `parent`. */
export function registerVdcSite(site: ISite, parent: ISite): void {
  VDC_PARENTS.set(site, parent);
}

/** @internal Whether a group on `site` may use what lives on `owner`: its own site, or the site its VDC is carved from. */
export function siteOrParent(owner: ISite, site: ISite): boolean {
  return owner === site || VDC_PARENTS.get(site) === owner;
}

/** @internal One firewall rule of a VDC's boundary, already resolved to prefixes. */
export interface VdcRulePlan {
  readonly name: string;
  readonly protocol: string;
  readonly port?: number;
  readonly toPort?: number;
  readonly sourceCidr?: string;
  readonly destinationCidr?: string;
  readonly action?: string;
  readonly description?: string;
}

/** @internal The VDC's network edge: boundary firewall, load balancer, floating IPs and network sharing. */
export interface TenantVdcEdgePlan {
  readonly name: string;
  readonly cidr: string;
  readonly networkId: string;
  readonly subnetId?: string;
  readonly routerPortId?: string;
  /** Allowed inbound traffic, in order, before the final deny. */
  readonly inbound: VdcRulePlan[];
  readonly loadBalancer: boolean;
  readonly floatingIps: number;
  /** The bandwidth limit of the floating IPs (a parent-site policy) and the RBAC entry that shares it with the project. */
  readonly floatingIpQos?: { readonly policyId: string; readonly grant?: NetworkingRbacPolicyV2 };
  /** Projects the network is shared with (RBAC `access_as_shared`), by peer VDC path. */
  readonly shareWith: { [path: string]: string };
}

/** @internal What the edge created. */
export interface TenantVdcEdgeResult {
  readonly firewall?: FirewallGroup;
  readonly loadBalancer?: LoadBalancer;
  readonly floatingIps: NetworkingFloatingipV2[];
  readonly rbacPolicies: NetworkingRbacPolicyV2[];
}

// Networks of a parent site a VDC's site was given (TenantVdc.useNetwork): the allow-list,
// with the grant (an RBAC entry on OpenStack) that ports on the network must wait for.
const NETWORK_GRANTS = new WeakMap<IConstruct, Map<ISite, ITerraformDependable | undefined>>();

/** @internal Records that groups on `site` may attach `network`, through `grant` when there is one. */
export function grantNetwork(network: IConstruct, site: ISite, grant?: ITerraformDependable): void {
  const sites = NETWORK_GRANTS.get(network) ?? new Map<ISite, ITerraformDependable | undefined>();
  sites.set(site, grant);
  NETWORK_GRANTS.set(network, sites);
}

/**
 * @internal The grant that lets groups on `site` see `network`. Ports on the network depend
 * on it: Neutron answers NetworkNotFound to a port created before the RBAC entry, and
 * RbacPolicyInUse to an RBAC entry deleted before the ports.
 */
export function networkGrantOf(network: IConstruct, site: ISite): ITerraformDependable | undefined {
  return NETWORK_GRANTS.get(network)?.get(site);
}

/** @internal Whether a group on `site` may attach `network`: its own site's, or one granted to it. */
export function networkReaches(network: { readonly site: ISite } & IConstruct, site: ISite): boolean {
  return network.site === site || (NETWORK_GRANTS.get(network)?.has(site) ?? false);
}
