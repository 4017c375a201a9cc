import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireDnsLabel } from '../../core/private/validate';
import { ObjectContainer, TroveDatabase } from '../../openstack';
import { ImageTemplate, InstanceGroup, ISite, IStorageTier, Network, SecurityGroup, Size, StorageTier } from '../../pool';
import { NetworkingFloatingipV2 } from '../../providers/openstack/networking-floatingip-v2';
import { DATABASE_MIN } from './private/facts';
import { createPaas } from './private/paas';
import { createPlanes } from './private/planes';
import { createTenant } from './private/tenants';
import { checkCloud } from './private/validate';
import { PowerGridCloudProps, PowerGridRegion, PowerGridZone } from './props';

/** Sizes for power workloads (P9: database-sized flavors for SQL Server and Oracle). */
export class PowerSizes {
  /** A database server: 16 vCPUs, 64 GiB (at least the 8 vCPUs / 32 GiB every DATABASE workload needs). */
  public static database(): Size {
    return Size.of(16, 64);
  }

  /** A large database server: 32 vCPUs, 256 GiB (Oracle RAC node, SCADA history). */
  public static largeDatabase(): Size {
    return Size.of(32, 256);
  }

  /** An application server: 4 vCPUs, 8 GiB. */
  public static application(): Size {
    return Size.of(4, 8);
  }

  /** The minimum vCPUs of a DATABASE workload. */
  public static readonly DATABASE_MIN_VCPUS: number = DATABASE_MIN.vcpus;
  /** The minimum memory (GiB) of a DATABASE workload. */
  public static readonly DATABASE_MIN_MEMORY_GIB: number = DATABASE_MIN.memoryGiB;

  private constructor() {}
}

/**
 * A power company's private cloud after State Grid Jiangsu (Mirantis OpenStack) and company D's
 * SCADA cloud (ZTE): six planes (IPMI, Admin/PXE, management and storage as unrouted VLANs,
 * Admin/PXE without Neutron DHCP; an isolated private network per tenant; the public external
 * network for floating IPs), workloads booting from Ceph volumes, Ceph and commercial-array
 * volume tiers, Windows and Linux images, database-sized flavors, and PaaS (Trove, Swift).
 *
 * Where the source is silent it applies the power-grid security principle: every tenant is in
 * a security zone (I/II production control, III/IV management information); a cloud serves one
 * region only; only the DMZ (zone IV) reaches the public network. `Compliance.POWER_GRID` checks
 * the result. Runs on OpenStack and, without routers, floating IPs or PaaS, on vSphere.
 */
export class PowerGridCloud extends Construct {
  /** The site. */
  public readonly site: ISite;
  /** The region the cloud serves. */
  public readonly region: PowerGridRegion;
  /** The infrastructure planes by key: `ipmi`, `adminPxe`, `management`, `storage`. */
  public readonly planes: { [plane: string]: Network };
  /** Each tenant's private network, by tenant name. */
  public readonly tenantNetworks: { [tenant: string]: Network } = {};
  /** The workloads by `<tenant>/<workload>`. */
  public readonly workloads: { [name: string]: InstanceGroup } = {};
  /** The workloads' security groups by `<tenant>/<workload>`. */
  public readonly securityGroups: { [name: string]: SecurityGroup } = {};
  /** Floating IPs (one resource per workload, `for_each` over its members) by `<tenant>/<workload>`. */
  public readonly floatingIps: { [name: string]: NetworkingFloatingipV2 } = {};
  /** The imported images by name. */
  public readonly images: { [name: string]: ImageTemplate } = {};
  /** Managed databases by name. */
  public readonly databases: { [name: string]: TroveDatabase };
  /** Object containers by name. */
  public readonly objectContainers: { [name: string]: ObjectContainer };
  /** Volume type of the Ceph tier. */
  public readonly cephVolumeType: string;
  /** Volume type of the commercial array tier. */
  public readonly commercialVolumeType: string;
  /**
   * The Ceph tier (an existing volume type, imported by name): boot volumes and most data.
   * @default - none on sites without volume types (vSphere: the cluster's datastores)
   */
  public readonly cephStorageTier?: IStorageTier;
  /**
   * The commercial array tier (an existing volume type, imported by name): database data.
   * @default - none on sites without volume types
   */
  public readonly commercialStorageTier?: IStorageTier;
  /** The zone tag of the infrastructure planes. */
  public readonly platformZone: PowerGridZone;

  constructor(scope: Construct, id: string, props: PowerGridCloudProps) {
    super(scope, id);
    this.site = props.site;
    this.region = props.region;
    Labels.of(this).add(LabelKeys.INDUSTRY, 'power');
    Labels.of(this).add(LabelKeys.PATTERN, 'power-grid-cloud');
    if (props.labels) for (const [k, v] of Object.entries(props.labels)) Labels.of(this).add(k, v);
    const plan = checkCloud(this, props);
    this.cephVolumeType = plan.cephVolumeType;
    this.commercialVolumeType = plan.commercialVolumeType;
    this.platformZone = plan.platformZone;
    const prefix = Names.resourceName(this, { maxLength: 30 });
    // P6: the two Cinder tiers exist out of band and are referenced by name (no resource).
    if (props.site.capabilities.volumeTypes) {
      this.cephStorageTier = StorageTier.fromVolumeType(this, 'ceph-tier', { site: props.site, volumeType: plan.cephVolumeType });
      this.commercialStorageTier = StorageTier.fromVolumeType(this, 'commercial-tier', { site: props.site, volumeType: plan.commercialVolumeType });
    }
    const tiers = this.cephStorageTier && this.commercialStorageTier ? { ceph: this.cephStorageTier, commercial: this.commercialStorageTier } : undefined;

    // Planes (P1, P2), images (P9), tenants and their workloads (P3-P7), PaaS (P10).
    this.planes = createPlanes(this, prefix, props, plan);
    (props.images ?? []).forEach((spec, i) => {
      requireDnsLabel(this, `images[${i}].name`, spec.name);
      if (this.images[spec.name]) throw new ValidationError(this, `images[${i}].name`, `image "${spec.name}" is declared twice`, 'give each image a unique name');
      const template = new ImageTemplate(this, `image-${spec.name}`, { site: props.site, url: spec.url, name: spec.name, minDiskGiB: spec.minDiskGiB });
      if (template.openstack) template.openstack.image.properties = { os_type: spec.osFamily };
      this.images[spec.name] = template;
    });
    const tenants: { [name: string]: ReturnType<typeof createTenant> } = {};
    props.tenants.forEach((t, i) => {
      const parts = createTenant(this, prefix, props, plan, t, this.images, `tenants[${i}]`, tiers);
      tenants[t.name] = parts;
      this.tenantNetworks[t.name] = parts.network;
      for (const [w, g] of Object.entries(parts.workloads)) this.workloads[`${t.name}/${w}`] = g;
      for (const [w, g] of Object.entries(parts.securityGroups)) this.securityGroups[`${t.name}/${w}`] = g;
      for (const [w, f] of Object.entries(parts.floatingIps)) this.floatingIps[`${t.name}/${w}`] = f;
    });
    const paas = createPaas(this, prefix, props, plan, tenants);
    this.databases = paas.databases;
    this.objectContainers = paas.objectContainers;
  }

  /** The workload `workload` of tenant `tenant`. Errors for an unknown name. */
  public workload(tenant: string, workload: string): InstanceGroup {
    const w = this.workloads[`${tenant}/${workload}`];
    if (!w) throw new ValidationError(this, 'tenants', `has no workload "${workload}" in tenant "${tenant}"`, `use one of ${Object.keys(this.workloads).join(', ')}`);
    return w;
  }
}
