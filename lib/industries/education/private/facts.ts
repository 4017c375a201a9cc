import { EducationZone, EducationZoneLayout } from '../props';

// The zone layouts of the education source (internal: not exported from the package).

/** @internal One zone of a layout. */
export interface ZoneFacts {
  readonly zone: EducationZone;
  /** On the campus edge router (SNAT to the Internet, E6). */
  readonly edge: boolean;
  /** A local subnet of the site-to-site VPN (E6). */
  readonly vpn: boolean;
}

/**
 * @internal ZTE (G University): NAT and the VPN sit in the Internet zone, and the campus
 * intranet reaches the education network and the Internet through them; the cloud zone is
 * behind the departments' own routers. Hubei: the three access zones are the edge, the
 * four inner zones pass the DC-grade core (the operator's firewall), not a cloud router.
 */
export const LAYOUTS: { [layout: string]: ZoneFacts[] } = {
  [EducationZoneLayout.ZTE_THREE_ZONES]: [
    { zone: EducationZone.INTERNET, edge: true, vpn: false },
    { zone: EducationZone.CAMPUS_INTRANET, edge: true, vpn: true },
    { zone: EducationZone.CLOUD, edge: false, vpn: false },
  ],
  [EducationZoneLayout.HUBEI_SEVEN_ZONES]: [
    { zone: EducationZone.CORE, edge: false, vpn: false },
    { zone: EducationZone.BUSINESS_SERVICES, edge: false, vpn: false },
    { zone: EducationZone.OPERATIONS_MANAGEMENT, edge: false, vpn: false },
    { zone: EducationZone.OFFICE, edge: false, vpn: false },
    { zone: EducationZone.DC_INTERCONNECT, edge: true, vpn: true },
    { zone: EducationZone.WAN_ACCESS, edge: true, vpn: true },
    { zone: EducationZone.INTERNET_ACCESS, edge: true, vpn: false },
  ],
};

/** @internal The default CIDR of the n-th zone of a layout. */
export const zoneCidr = (n: number): string => `10.250.${n}.0/24`;

/** @internal The default storage tiers (E10). The distributed tier is encrypted (MLPS-6), so it exists out of band. */
export const TIERS = { distributed: 'luks-distributed', backup: 'san-backup', backupBackend: 'san' };
