import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { LoadBalancer, ObjectContainer } from '../../openstack';
import { HostPool, InstanceGroup, ISite, Network, PlaneLayout, PlaneRole, QosPolicy, SecurityGroup, StorageTier, TenantVdc } from '../../pool';
import { requireCapability } from '../../pool/private/site-support';
import { IdentityEc2CredentialV3 } from '../../providers/openstack/identity-ec2-credential-v3';
import { createTenants } from './private/tenants';
import { checkCloud, PLANES } from './private/validate';
import { ManufacturingCloudProps } from './props';

/**
 * A manufacturer's private cloud after Lenovo's (EasyStack): five planes (PXE, management and
 * storage as unrouted VLANs; the tenants' private networks; the external network), one
 * tenant VDC per tenant whose network is never shared except with allow-listed tenants
 * (Neutron RBAC), the three-tier web/app/DB application behind default-deny groups and
 * published only through the tenant's router and a load balancer whose floating IP carries a
 * bandwidth limit, one volume type per Ceph media pool, VM-HA on tiers with replicas,
 * S3-compatible object storage (Swift with EC2 credentials), and host aggregates per node
 * role (compute, storage, converged). OpenStack only: the source is an OpenStack design.
 */
export class ManufacturingCloud extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The PXE, management and storage planes. */
  public readonly planes: PlaneLayout;
  /** The volume type of each media pool, by pool name. */
  public readonly mediaPools: { [name: string]: StorageTier } = {};
  /** The host aggregates, by pool name. */
  public readonly hostPools: { [name: string]: HostPool } = {};
  /** Each tenant's VDC (project, network, router, boundary firewall), by tenant name. */
  public readonly tenants: { [name: string]: TenantVdc } = {};
  /** The application tiers by `<tenant>/<tier>` (`web`, `app`, `db`). */
  public readonly tiers: { [name: string]: InstanceGroup } = {};
  /** The tiers' security groups by `<tenant>/<tier>`. */
  public readonly securityGroups: { [name: string]: SecurityGroup } = {};
  /** The load balancer publishing each tenant's web tier, by tenant name. */
  public readonly loadBalancers: { [tenant: string]: LoadBalancer } = {};
  /** Object containers by `<tenant>/<container>`. */
  public readonly objectContainers: { [name: string]: ObjectContainer } = {};
  /** Each tenant's EC2 credential for the S3 API (tenants with object containers), by tenant name. */
  public readonly s3Credentials: { [tenant: string]: IdentityEc2CredentialV3 } = {};
  /**
   * The bandwidth limit of every floating IP (created with the first application).
   * @default - none when no tenant has an application
   */
  public get floatingIpQos(): QosPolicy | undefined {
    return this.node.tryFindChild('floating-ip-qos') as QosPolicy | undefined;
  }

  constructor(scope: Construct, id: string, props: ManufacturingCloudProps) {
    super(scope, id);
    this.site = props.site;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'manufacturing');
    Labels.of(this).add(LabelKeys.PATTERN, 'manufacturing-cloud');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);
    // The source is an OpenStack design: projects per tenant, tenant routers, floating IPs.
    requireCapability(props.site, props.site.capabilities.projects && props.site.capabilities.routers, this, 'site', 'tenant projects and routers (the manufacturing cloud\'s tenants and Internet edge)', 'deploy the manufacturing cloud on an OpenStackSite');
    const plan = checkCloud(this, props);
    const prefix = Names.resourceName(this, { maxLength: 24 });

    // M1: PXE, management and storage never routed (PlaneLayout refuses it); pinned VLANs first.
    const pinned = PLANES.filter((p) => props.planes?.[p.key]?.vlanId !== undefined);
    this.planes = new PlaneLayout(this, 'planes', {
      site: props.site,
      namePrefix: prefix,
      vlanPool: props.infrastructureVlans,
      planes: [...pinned, ...PLANES.filter((p) => !pinned.includes(p))].map((p) => ({
        name: p.key, role: PlaneRole[p.role], cidr: plan.planeCidrs[p.key], vlanId: props.planes?.[p.key]?.vlanId,
      })),
    });
    // M5: one volume type per media pool.
    for (const p of props.mediaPools) {
      this.mediaPools[p.name] = new StorageTier(this, `media-${p.name}`, { site: props.site, name: `${prefix}-${p.name}`, backendName: p.backendName, qos: p.qos });
    }
    // M10: one aggregate per node role.
    for (const h of props.hostPools ?? []) {
      const name = h.name ?? h.role;
      this.hostPools[name] = new HostPool(this, `hosts-${name}`, { site: props.site, name: `${prefix}-${name}`, role: h.role, hosts: h.hosts, zone: h.zone });
    }
    const parts = createTenants(this, props, {
      prefix,
      plan,
      mediaPools: this.mediaPools,
      floatingIpQos: () => this.floatingIpQos ?? new QosPolicy(this, 'floating-ip-qos', { site: props.site, name: `${prefix}-floating-ip`, maxKbps: plan.floatingIpMaxKbps }),
    });
    for (const [name, t] of Object.entries(parts)) {
      this.tenants[name] = t.vdc;
      for (const [tier, g] of Object.entries(t.tiers)) this.tiers[`${name}/${tier}`] = g;
      for (const [tier, sg] of Object.entries(t.securityGroups)) this.securityGroups[`${name}/${tier}`] = sg;
      for (const [c, oc] of Object.entries(t.objectContainers)) this.objectContainers[`${name}/${c}`] = oc;
      if (t.loadBalancer) this.loadBalancers[name] = t.loadBalancer;
      if (t.s3Credential) this.s3Credentials[name] = t.s3Credential;
    }
  }

  /** The plane network `pxe`, `management` or `storage`. Errors for another name. */
  public plane(name: string): Network {
    return this.planes.network(name);
  }

  /** The tier `tier` (`web`, `app`, `db`) of tenant `tenant`. Errors for an unknown name. */
  public tier(tenant: string, tier: string): InstanceGroup {
    const g = this.tiers[`${tenant}/${tier}`];
    if (!g) throw new ValidationError(this, 'tenants', `has no tier "${tier}" in tenant "${tenant}"`, `use one of ${Object.keys(this.tiers).join(', ')}`);
    return g;
  }
}
