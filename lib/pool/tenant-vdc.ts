import { TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireDnsLabel, requireIntegerAtLeast, requireUnique } from '../core/private/validate';
import type { FirewallGroup, FirewallProtocol, FirewallRuleIntent } from '../openstack/firewall-group';
import type { LoadBalancer } from '../openstack/load-balancer';
import { NetworkingFloatingipV2 } from '../providers/openstack/networking-floatingip-v2';
import { NetworkingRbacPolicyV2 } from '../providers/openstack/networking-rbac-policy-v2';
import { InstanceGroup } from './instance-group';
import { INetwork, Network } from './network';
import { requireEdgeQos } from './private/edge-qos';
import { requireCapability } from './private/site-support';
import { grantNetwork, networkReaches, registerVdcSite, tenancyOf, TenantVdcResult, VdcRulePlan } from './private/tenancy';
import { IQosPolicy } from './qos-policy';
import { IQuota, Quota, QuotaAmounts } from './quota';
import { Router } from './router';
import { Segmentation } from './segmentation';
import { ISite } from './site';
import { TenantVdcOpenStackResources, TenantVdcVsphereResources } from './tenant-vdc-resources';

/** Traffic a tenant VDC accepts from another VDC: everything else between VDCs is denied. */
export interface VdcTrafficRule {
  /** Stable name of the rule (a DNS label), unique per VDC. */
  readonly name: string;
  /** The VDC the traffic comes from (its network's CIDR is the source). */
  readonly peer: ITenantVdc;
  /**
   * Protocol: `tcp`, `udp`, `icmp` or `any`.
   * @default FirewallProtocol.TCP
   */
  readonly protocol?: FirewallProtocol;
  /**
   * Destination port (TCP/UDP), or the first of a range with `toPort`.
   * @default - every port
   */
  readonly port?: number;
  /**
   * Last port of a range starting at `port`.
   * @default - a single port
   */
  readonly toPort?: number;
}

/** Properties of a {@link TenantVdc}. */
export interface TenantVdcProps {
  /** The site (region or datacenter) the VDC is carved from. Its provider creates the project and quota (admin objects). */
  readonly site: ISite;
  /**
   * The address range of the VDC's own network (one subnet `main`), behind its router and
   * boundary firewall.
   * @default - no network: the VDC is its identity, quota and site only (its workloads
   * attach to networks shared with it)
   */
  readonly cidr?: string;
  /**
   * The VDC's name: project, credential, folder and provider alias (a DNS label, unique per stack).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Description of the project.
   * @default - none
   */
  readonly description?: string;
  /**
   * The Keystone domain of the project (OpenStack).
   * @default - the admin provider's default domain
   */
  readonly domainId?: string;
  /**
   * The zones (vSphere clusters) the quota covers: one resource pool each.
   * @default - every zone of the site
   */
  readonly quotaZones?: string[];
  /**
   * The VDC this one is nested in: a sub-project (Keystone `parent_id`) or a sub-folder.
   * @default - a top-level project / folder
   */
  readonly parent?: ITenantVdc;
  /**
   * The VDC's quota: project quota sets on OpenStack, resource pools on vSphere.
   * @default - no limits beyond the platform's defaults
   */
  readonly quota?: QuotaAmounts;
  /**
   * A directory group given `role` on the VDC: a Keystone group name, or a vSphere SSO `DOMAIN\group`.
   * @default - none: only the VDC's own credential (OpenStack) acts in it
   */
  readonly principal?: string;
  /**
   * The role granted in the VDC. On OpenStack a Keystone role name, on vSphere the label of an existing role.
   * @default - `member` on OpenStack; on vSphere a VM-operator role created for the VDC
   */
  readonly role?: string;
  /**
   * How the VDC network is segmented. vSphere networks must be VLANs.
   * @default Segmentation.tenant()
   */
  readonly segmentation?: Segmentation;
  /**
   * Give the VDC's router a gateway on the site's external network (needed for floating IPs).
   * @default - true when the site declares an external network
   */
  readonly externalGateway?: boolean;
  /**
   * Traffic accepted from other VDCs. Everything else from other VDCs is denied (OpenStack: the
   * boundary firewall's final deny).
   * @default - none: no other VDC reaches this one
   */
  readonly allowFrom?: VdcTrafficRule[];
  /**
   * Traffic accepted from outside the site's VDCs, e.g. HTTPS from anywhere to the load
   * balancer (the destination defaults to the VDC's CIDR). SSH and RDP from anywhere are errors.
   * @default - none: nothing from outside reaches the VDC
   */
  readonly ingress?: FirewallRuleIntent[];
  /**
   * The VDCs this VDC's network is shared with (Neutron RBAC `access_as_shared`, one entry per
   * peer project). The allow-list: the network is never `shared` with every project.
   * @default - not shared
   */
  readonly shareNetworkWith?: ITenantVdc[];
  /**
   * Create an Octavia load balancer on the VDC's subnet (with a floating IP when the router has an
   * external gateway).
   * @default false
   */
  readonly loadBalancer?: boolean;
  /**
   * Floating IPs to allocate in the VDC's project. When set, the project's floating-IP
   * quota is twice what the VDC creates (these and its load balancer's address), since
   * Neutron briefly counts parallel creates twice.
   * @default 0
   */
  readonly floatingIps?: number;
  /**
   * Bandwidth limit of the VDC's floating IPs and its load balancer's (digest M3, baseline
   * SEC-12). A QoS policy of the parent site with `maxKbps` only. The site's (admin) provider
   * shares it with the VDC's project (RBAC `access_as_shared` on the `qos_policy`), since
   * Neutron lets only administrators create QoS policies.
   * @default - no limit
   */
  readonly floatingIpQosPolicy?: IQosPolicy;
  /**
   * Labels for the created resources (merged with `Labels.of(scope)`).
   * @default - none beyond inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/** A tenant VDC that others can name as a peer or a parent. */
export interface ITenantVdc extends IConstruct {
  /** The VDC's name. */
  readonly vdcName: string;
  /** The site the VDC was carved from. */
  readonly parentSite: ISite;
  /** The VDC's own site: building blocks placed on it are created inside the VDC. */
  readonly site: ISite;
  /**
   * The VDC network's CIDR.
   * @default - none (a VDC without a network)
   */
  readonly cidr?: string;
  /**
   * The VDC's network.
   * @default - none (a VDC without a network)
   */
  readonly network?: INetwork;
  /**
   * The project (tenant) ID, on targets with projects.
   * @default - undefined on vSphere
   */
  readonly projectId?: string;
  /** @internal */
  readonly _handle: TenantVdcResult;
}

/**
 * A project-scoped virtual data centre. On OpenStack: a Keystone project (optionally
 * nested), its quota sets, a site of its own whose provider is the deploying identity
 * scoped to the project, and an application credential Keystone generates for the
 * project's own automation (never a literal secret);
 * inside the project a network, a router, a boundary firewall, optionally a load
 * balancer and floating IPs. Other VDCs reach it only through `allowFrom` rules, and
 * use its network only through RBAC entries for the allow-listed `shareNetworkWith`.
 * On vSphere (no projects): a VM folder, resource pools as the quota, a role for the
 * `principal` on both, and a VLAN port group; router, firewall, load balancer, floating
 * IPs and sharing need OpenStack and are rejected naming the target and the prop.
 */
export class TenantVdc extends Construct implements ITenantVdc {
  public readonly vdcName: string;
  public readonly parentSite: ISite;
  public readonly site: ISite;
  public readonly cidr?: string;
  public readonly network?: INetwork;
  public readonly projectId?: string;
  /** The quota that bounds the VDC. Instance groups on the VDC's site may name it as their `quota`. */
  public readonly quota: IQuota;
  /**
   * The VDC's router.
   * @default - none on targets without routers
   */
  public readonly router?: Router;
  /**
   * The boundary firewall on the router port of the VDC's subnet.
   * @default - none on targets without routers
   */
  public readonly firewall?: FirewallGroup;
  /**
   * The load balancer, with `loadBalancer: true`.
   * @default - none
   */
  public readonly loadBalancer?: LoadBalancer;
  /** The floating IPs allocated in the project. */
  public readonly floatingIps: NetworkingFloatingipV2[] = [];
  /** The RBAC entries giving the VDC's project the parent-site networks named by {@link useNetwork}. */
  public readonly networkGrants: NetworkingRbacPolicyV2[] = [];
  /** The RBAC entries sharing the network with the allow-listed VDCs. */
  public readonly rbacPolicies: NetworkingRbacPolicyV2[] = [];
  /**
   * The identity resources and providers created on OpenStack (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: TenantVdcOpenStackResources;
  /**
   * The folder, role and permissions created on vSphere (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: TenantVdcVsphereResources;
  /** @internal */
  public readonly _handle: TenantVdcResult;

  constructor(scope: Construct, id: string, props: TenantVdcProps) {
    super(scope, id);
    const site = props.site;
    this.parentSite = site;
    this.vdcName = props.name ?? Names.resourceName(this);
    requireDnsLabel(this, 'name', this.vdcName);
    this.cidr = props.cidr;
    const floatingIps = props.floatingIps ?? 0;
    requireIntegerAtLeast(this, 'floatingIps', floatingIps, 0);
    this.checkTargetProps(props, floatingIps);
    if (props.parent && props.parent.parentSite !== site) {
      throw new ValidationError(this, 'parent', `VDC ${props.parent.node.path} is carved from another site`, 'nest VDCs of one site only');
    }
    const peers = [...(props.allowFrom ?? []).map((r) => r.peer), ...(props.shareNetworkWith ?? [])];
    for (const peer of peers) {
      if (peer.parentSite !== site) throw new ValidationError(this, 'allowFrom', `peer VDC ${peer.node.path} is on another site`, 'connect VDCs of different sites through a SiteToSiteVpn, not a VDC rule');
    }
    requireUnique(this, 'allowFrom', (props.allowFrom ?? []).map((r) => r.name));
    requireUnique(this, 'shareNetworkWith', (props.shareNetworkWith ?? []).map((p) => p.node.path));
    const labels = Labels.resolve(this, props.labels);

    const built = tenancyOf(site, this, 'site').tenantVdc(this, {
      name: this.vdcName,
      description: props.description,
      parent: props.parent?._handle,
      principal: props.principal,
      role: props.role,
      labels,
      quota: props.quota ?? {},
      floatingIps: floatingIps > 0 ? floatingIps : undefined,
      loadBalancer: props.loadBalancer ?? false,
      domainId: props.domainId,
      quotaZones: props.quotaZones,
    });
    this._handle = built;
    this.site = built.site;
    registerVdcSite(this.site, site);
    this.projectId = built.projectId;
    this.quota = built.quota;
    this.openstack = built.openstack;
    this.vsphere = built.vsphere;

    this.node.addValidation({ validate: () => this.checkQuota(props.quota ?? {}) });
    if (props.cidr === undefined) {
      const needNetwork = Object.entries({ allowFrom: props.allowFrom?.length, ingress: props.ingress?.length, loadBalancer: props.loadBalancer, floatingIps, shareNetworkWith: props.shareNetworkWith?.length, segmentation: props.segmentation, externalGateway: props.externalGateway, floatingIpQosPolicy: props.floatingIpQosPolicy })
        .filter(([, v]) => v !== undefined && v !== 0 && v !== false);
      if (needNetwork.length > 0) throw new ValidationError(this, needNetwork[0][0], 'needs the VDC\'s own network', 'set cidr, or drop the prop');
      return;
    }
    const edge = this.buildNetwork(props, props.cidr, built, floatingIps);
    this.router = edge.router;
    this.network = edge.network;
    this.firewall = edge.firewall;
    this.loadBalancer = edge.loadBalancer;
    this.floatingIps.push(...edge.floatingIps);
    this.rbacPolicies.push(...edge.rbacPolicies);
  }

  /** The VDC's own network behind its router, and its edge (firewall, load balancer, floating IPs, sharing). */
  private buildNetwork(props: TenantVdcProps, cidr: string, built: TenantVdcResult, floatingIps: number) {
    const site = props.site;
    const routed = built.site.capabilities.routers;
    const router = routed ? new Router(this, 'router', { site: built.site, externalGateway: props.externalGateway ?? built.externalNetwork, name: `${this.vdcName}-router`, labels: props.labels }) : undefined;
    if (floatingIps > 0 && !(router?.externalGateway ?? false)) {
      throw new ValidationError(this, 'floatingIps', `the VDC's router has no external gateway (site ${site.node.path} declares ${built.externalNetwork ? 'one, but externalGateway is false' : 'no externalNetwork'})`, 'set externalNetwork on the site and leave externalGateway unset, or drop floatingIps');
    }
    const network = new Network(this, 'network', {
      site: built.site,
      cidr: cidr,
      subnets: [{ name: 'main', cidr: cidr }],
      segmentation: props.segmentation,
      router,
      name: `${this.vdcName}-net`,
      labels: props.labels,
    });
    const edge = tenancyOf(site, this, 'site').edge(this, built.site, {
      name: this.vdcName,
      cidr: cidr,
      networkId: network.networkId,
      subnetId: built.site.capabilities.subnetObjects ? network.subnetId('main') : undefined,
      routerPortId: network.openstack?.routerInterfaces.main?.portId,
      inbound: [
        ...(props.allowFrom ?? []).map((r, i) => this.rulePlan(r, i)),
        ...(props.ingress ?? []).map((r) => ({ ...r, name: `in-${r.name}`, protocol: r.protocol ?? 'tcp' })),
      ],
      loadBalancer: props.loadBalancer ?? false,
      floatingIps,
      floatingIpQos: this.floatingIpQos(props, built),
      shareWith: Object.fromEntries((props.shareNetworkWith ?? []).map((p) => [p.node.path, p.projectId!])),
    });
    return { ...edge, router, network };
  }

  /** The parent site's QoS policy, shared with the project, for the VDC's floating IPs. */
  private floatingIpQos(props: TenantVdcProps, built: TenantVdcResult) {
    const policy = props.floatingIpQosPolicy;
    if (!policy) return undefined;
    const policyId = requireEdgeQos(this, 'floatingIpQosPolicy', policy, props.site, 'a floating IP');
    const grant = tenancyOf(props.site, this, 'site').shareQosPolicy(this, 'use-floating-ip-qos', policyId, built);
    return { policyId, grant };
  }

  /**
   * Lets the VDC's workloads attach a network of the parent site (e.g. a shared zone or
   * plane network). On OpenStack the network's owner shares it with the VDC's project
   * only (Neutron RBAC `access_as_shared`); the network stays unshared for everyone else.
   * On vSphere the datacenter's port groups are already visible. Idempotent per network.
   */
  public useNetwork(network: INetwork): void {
    if (network.site !== this.parentSite) {
      throw new ValidationError(this, 'useNetwork', `network ${network.node.path} is not on the VDC's parent site ${this.parentSite.node.path}`, 'give the VDC networks of the site it was carved from');
    }
    if (networkReaches(network, this.site)) return;
    const rbac = tenancyOf(this.parentSite, this, 'site').shareNetwork(this, `use-${Names.toDnsLabel(network.node.path)}`, network.networkId, this._handle);
    grantNetwork(network, this.site, rbac);
    if (rbac) this.networkGrants.push(rbac);
  }

  /** The VDC's quota must hold every instance group placed on its site (E11: the quota bounds them). */
  private checkQuota(limits: QuotaAmounts): string[] {
    const groups = TerraformStack.of(this).node.findAll().filter((c): c is InstanceGroup => c instanceof InstanceGroup && c.site === this.site);
    if (groups.length === 0) return [];
    try {
      Quota.requireCovers(this, 'quota', limits, InstanceGroup.totalDemand(groups.map((g) => g.demand)), `the instance groups on the VDC (${groups.map((g) => g.node.id).join(', ')})`);
    } catch (e) {
      return [(e as Error).message];
    }
    return [];
  }

  /** Props only a target with projects and routers honours fail here, naming the target and the prop. */
  private checkTargetProps(props: TenantVdcProps, floatingIps: number): void {
    const site = props.site;
    const openstackOnly = 'drop the prop on this target, or place the VDC on an OpenStackSite';
    if (props.ingress?.length) requireCapability(site, site.capabilities.routers, this, 'ingress', 'VDC boundary firewalls (no router without NSX)', openstackOnly);
    if (props.allowFrom?.length) requireCapability(site, site.capabilities.routers, this, 'allowFrom', 'VDC boundary firewalls (no router without NSX)', openstackOnly);
    if (props.shareNetworkWith?.length) requireCapability(site, site.capabilities.projects, this, 'shareNetworkWith', 'network RBAC sharing between projects', openstackOnly);
    if (props.loadBalancer) requireCapability(site, site.capabilities.loadBalancer, this, 'loadBalancer', 'load balancers', openstackOnly);
    if (floatingIps > 0) requireCapability(site, site.capabilities.routers, this, 'floatingIps', 'floating IPs', openstackOnly);
    if (props.floatingIpQosPolicy) requireCapability(site, site.capabilities.routers, this, 'floatingIpQosPolicy', 'floating IPs', openstackOnly);
    if (props.externalGateway !== undefined) requireCapability(site, site.capabilities.routers, this, 'externalGateway', 'routers (no router without NSX)', 'route through the physical gateway, and leave externalGateway unset');
  }

  private rulePlan(rule: VdcTrafficRule, i: number): VdcRulePlan {
    requireDnsLabel(this, `allowFrom[${i}].name`, rule.name);
    if (rule.peer === this) throw new ValidationError(this, `allowFrom[${i}].peer`, 'is this VDC itself', 'traffic inside a VDC is not filtered; drop the rule');
    if (rule.peer.cidr === undefined || Token.isUnresolved(rule.peer.cidr)) throw new ValidationError(this, `allowFrom[${i}].peer`, `VDC ${rule.peer.node.path} has no literal cidr`, 'give the peer VDC a literal cidr');
    return { name: `from-${rule.name}`, protocol: rule.protocol ?? 'tcp', port: rule.port, toPort: rule.toPort, sourceCidr: rule.peer.cidr };
  }
}
