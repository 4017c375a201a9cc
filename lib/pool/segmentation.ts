import { VlanPool } from './vlan-pool';

/** Options of a VLAN segmentation. */
export interface VlanSegmentationOptions {
  /** The pool the VLAN ID is drawn from. */
  readonly pool: VlanPool;
  /**
   * The VLAN ID. Pin it for production planes.
   * @default - the pool's lowest free ID
   */
  readonly vlanId?: number;
  /**
   * The physical network (Neutron `physical_network`) the VLAN lives on.
   * @default - the pool's physical network
   */
  readonly physicalNetwork?: string;
}

/**
 * How a network is segmented on the wire. Tenant overlays (VXLAN/Geneve, chosen by
 * Neutron) are OpenStack's default; VLAN provider networks carry telecom planes and
 * are the only kind vSphere port groups offer without NSX.
 */
export class Segmentation {
  /** A tenant overlay network. Neutron picks the segmentation. Not available on vSphere. */
  public static tenant(): Segmentation {
    return new Segmentation(undefined);
  }

  /**
   * A VXLAN overlay named explicitly (Neutron `segments { network_type = "vxlan" }`, digest
   * E4): Neutron picks the VNI. Provider attributes are admin-only under Neutron's default
   * policy, so use it on a site whose provider is an administrator. Not available on vSphere.
   * The network ignores later changes to its segments: the VNI is Neutron's, so changing
   * the type of an existing network means replacing it.
   */
  public static vxlan(): Segmentation {
    return new Segmentation(undefined, 'vxlan');
  }

  /** A VLAN provider network with an ID from a pool. */
  public static vlan(options: VlanSegmentationOptions): Segmentation {
    return new Segmentation(options);
  }

  private constructor(
    /** The VLAN settings, for VLAN segmentation. */
    public readonly vlanOptions?: VlanSegmentationOptions,
    /** The overlay type named explicitly (`vxlan`), if any. */
    public readonly overlayType?: string,
  ) {}
}
