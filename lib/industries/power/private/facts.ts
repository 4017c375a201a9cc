import { PowerGridRegion, PowerGridZone, PowerPlanesOptions } from '../props';

// Facts about the power cloud's planes and zones (internal: not exported from the package).

/** @internal One infrastructure plane (P1): none is routed (P2); Admin/PXE has no Neutron DHCP. */
export interface PlaneFacts {
  readonly key: keyof PowerPlanesOptions;
  /** Construct id part and subnet name. */
  readonly slug: string;
  /** The `oscar.io/plane` label. */
  readonly label: string;
  readonly defaultCidr: string;
  /** Neutron DHCP on the plane's subnet. */
  readonly dhcp: boolean;
}

/** @internal The four infrastructure planes; Private and Public are the tenants' and the external network. */
export const PLANES: readonly PlaneFacts[] = [
  { key: 'ipmi', slug: 'ipmi', label: 'ipmi', defaultCidr: '172.20.0.0/24', dhcp: false },
  { key: 'adminPxe', slug: 'admin-pxe', label: 'pxe', defaultCidr: '172.20.1.0/24', dhcp: false },
  { key: 'management', slug: 'management', label: 'management', defaultCidr: '172.20.2.0/24', dhcp: true },
  { key: 'storage', slug: 'storage', label: 'storage', defaultCidr: '172.20.4.0/22', dhcp: true },
];

/** @internal The zones of each region. */
export const REGION_ZONES: { [region: string]: PowerGridZone[] } = {
  [PowerGridRegion.PRODUCTION_CONTROL]: [PowerGridZone.I, PowerGridZone.II],
  [PowerGridRegion.MANAGEMENT_INFORMATION]: [PowerGridZone.III, PowerGridZone.IV],
};

/** @internal The default zone tag of the infrastructure planes. */
export const PLATFORM_ZONE: { [region: string]: PowerGridZone } = {
  [PowerGridRegion.PRODUCTION_CONTROL]: PowerGridZone.II,
  [PowerGridRegion.MANAGEMENT_INFORMATION]: PowerGridZone.III,
};

/** @internal Databases are at least this big (P9: database-sized flavors). */
export const DATABASE_MIN = { vcpus: 8, memoryGiB: 32 };
