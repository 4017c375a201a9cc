import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireAtMostOne } from '../../core/private/validate';
import { SiteToSiteVpn } from '../../openstack';
import { InstanceGroup, Quota, QuotaAmounts } from '../../pool';
import { linkRegions, NamedRegion, peerPlanesOf } from './private/interconnect';
import { PRIMARY_ROLE, resolveRegions } from './private/regions';
import { tierNeeds } from './private/validate';
import { TelecomDisasterRecoveryOptions, TelecomSiteProps } from './props';
import { TelecomRegion } from './region';
import { TelecomInterconnectOptions, TelecomRegionCapacity, TelecomRegionRole, TelecomRegionSpec } from './regions';

/** Properties of a {@link TelecomHaPlatform}. */
export interface TelecomHaPlatformProps extends TelecomSiteProps {
  /**
   * The regions besides the primary (the platform's own `site`), each ACTIVE or
   * DISASTER_RECOVERY, with the same tiers and its own site and VLAN pools (digest T1, T9).
   * @default - none
   */
  readonly regions?: TelecomRegionSpec[];
  /**
   * DR replicas of every tier in a second site (region).
   * @deprecated use `regions` with `role: TelecomRegionRole.DISASTER_RECOVERY`. Kept as the
   * region named `dr` (built before `regions`), so existing stacks keep their addresses.
   * @default - no DR site
   */
  readonly disasterRecovery?: TelecomDisasterRecoveryOptions;
  /**
   * Inter-region L3 over site-to-site VPNs (OpenStack): full mesh or hub-and-spoke.
   * @default - no links: the regions reach each other only over the physical WAN
   */
  readonly interconnect?: TelecomInterconnectOptions;
  /**
   * Limits over all regions together (e.g. the capacity contracted for the service). An
   * error when the tiers of all regions need more. Each region's own `quota` still applies.
   * @default - no global limit
   */
  readonly globalQuota?: QuotaAmounts;
}

/**
 * A carrier-grade HA platform for VNFs (IMS, RCS, SBC...), after the China Telecom and
 * ZTE RCS/NFV cases: OAM, signaling, media and storage planes as VLAN provider networks
 * (management and business planes on different physical networks) with per-plane QoS.
 * N+1 tiers with HARD anti-affinity over at least two zones; optional data-plane sizes
 * and SR-IOV media ports; an Octavia load balancer with a health monitor on every pool;
 * project quotas; and any number of further regions (ACTIVE or DISASTER_RECOVERY) linked
 * by site-to-site VPNs, with a capacity summary over all regions.
 *
 * Runs on OpenStack and vSphere (no Octavia, SR-IOV, security groups or VPN links there: synth warns or errors).
 */
export class TelecomHaPlatform extends Construct {
  /** The primary region. */
  public readonly primary: TelecomRegion;
  /** The DR region: the one built from `disasterRecovery`, else the first DISASTER_RECOVERY region. */
  public readonly disasterRecovery?: TelecomRegion;
  /** Every region, the primary first, then `disasterRecovery` (as `dr`), then `regions` in order. */
  public readonly regions: TelecomRegion[];
  /** The region names, in the order of `regions`. */
  public readonly regionNames: string[];
  /** What each region's tiers need, in the order of `regions`. */
  public readonly capacity: TelecomRegionCapacity[];
  /** What the tiers of all regions need together (region `all`, role `ALL`). */
  public readonly totalCapacity: TelecomRegionCapacity;
  /** Both ends of every inter-region VPN link (`vpn-<a>-<b>`, `vpn-<b>-<a>`). */
  public readonly interconnectLinks: SiteToSiteVpn[];

  constructor(scope: Construct, id: string, props: TelecomHaPlatformProps) {
    super(scope, id);
    requireAtMostOne(this, { quota: props.quota, existingQuota: props.existingQuota });
    const resolved = resolveRegions(this, props);
    this.capacity = resolved.map((r) => regionCapacity(r.name, r.role, tierNeeds(props.tiers, r.site)));
    this.totalCapacity = regionCapacity('all', 'ALL', InstanceGroup.totalDemand(this.capacity));
    if (props.globalQuota) Quota.requireCovers(this, 'globalQuota', props.globalQuota, this.totalCapacity, 'the tiers of all regions');
    Labels.of(this).add(LabelKeys.INDUSTRY, 'telecom');
    const prefix = props.namePrefix ?? Names.resourceName(this, { maxLength: 40 });

    const common = { tiers: props.tiers, loadBalancer: props.loadBalancer, managementAccessCidrs: props.managementAccessCidrs, quota: props.quota, interconnectPlanes: props.interconnect?.planes };
    const peers = peerPlanesOf(resolved, props.interconnect);
    const built: NamedRegion[] = resolved.map((r) => {
      const primary = r.role === PRIMARY_ROLE;
      // The primary keeps the IDs and names it had with one region; the others are named after the region.
      const region = new TelecomRegion(this, r.name, {
        ...common,
        site: r.site,
        managementVlans: r.managementVlans,
        businessVlans: r.businessVlans,
        planes: r.planes,
        existingQuota: primary ? props.existingQuota : undefined,
        namePrefix: primary ? prefix : `${prefix}-${r.name}`,
        memberSuffix: primary ? undefined : r.name,
        interconnectPeers: peers.get(r.name),
        // Set at construction, so that every resource of the region carries it.
        labels: primary ? undefined : { [LabelKeys.REPLICA]: r.role === TelecomRegionRole.ACTIVE ? 'active' : 'dr' },
      });
      return { name: r.name, region };
    });
    this.regions = built.map((r) => r.region);
    this.regionNames = built.map((r) => r.name);
    this.primary = this.regions[0];
    this.disasterRecovery = this.regions[resolved.findIndex((r) => r.role === TelecomRegionRole.DISASTER_RECOVERY)];
    this.interconnectLinks = props.interconnect ? linkRegions(this, prefix, built, props.interconnect) : [];
  }

  /** The region of this name (`primary`, `dr`, or a name from `regions`). Errors for an unknown name. */
  public region(name: string): TelecomRegion {
    const i = this.regionNames.indexOf(name);
    if (i < 0) throw new ValidationError(this, 'regions', `has no region "${name}"`, `use one of ${this.regionNames.join(', ')}`);
    return this.regions[i];
  }
}

function regionCapacity(region: string, role: string, needs: QuotaAmounts): TelecomRegionCapacity {
  return { region, role, vcpus: needs.vcpus, memoryGiB: needs.memoryGiB, instances: needs.instances ?? 0, storageGiB: needs.storageGiB };
}
