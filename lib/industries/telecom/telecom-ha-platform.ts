import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { requireAtMostOne } from '../../core/private/validate';
import { validateRegion } from './private/validate';
import { TelecomDisasterRecoveryOptions, TelecomSiteProps } from './props';
import { TelecomRegion } from './region';

/** Properties of a {@link TelecomHaPlatform}. */
export interface TelecomHaPlatformProps extends TelecomSiteProps {
  /**
   * DR replicas of every tier in a second site (region).
   * @default - no DR site
   */
  readonly disasterRecovery?: TelecomDisasterRecoveryOptions;
}

/**
 * A carrier-grade HA platform for VNFs (IMS, RCS, SBC...), after the China Telecom and
 * ZTE RCS/NFV cases: OAM, signaling, media and storage planes as VLAN provider networks
 * (management and business planes on different physical networks) with per-plane QoS.
 * N+1 tiers with HARD anti-affinity over at least two zones; optional data-plane sizes
 * and SR-IOV media ports; an Octavia load balancer with a health monitor on every pool;
 * project quotas; and optional DR replicas in a second region.
 *
 * Runs on OpenStack and vSphere (no Octavia, SR-IOV or security groups there: synth warns).
 */
export class TelecomHaPlatform extends Construct {
  /** The primary region. */
  public readonly primary: TelecomRegion;
  /** The DR region, when `disasterRecovery` is set. */
  public readonly disasterRecovery?: TelecomRegion;

  constructor(scope: Construct, id: string, props: TelecomHaPlatformProps) {
    super(scope, id);
    requireAtMostOne(this, { quota: props.quota, existingQuota: props.existingQuota });
    validateRegion(this, '', { ...props, loadBalancerPlane: props.loadBalancer?.plane });
    const dr = props.disasterRecovery;
    const drPlanes = dr?.planes ?? props.planes;
    if (dr) {
      if (dr.site === props.site) {
        throw new ValidationError(this, 'disasterRecovery.site', 'is the primary site', 'pass a second site in another region (an OpenStackSite with its own alias)');
      }
      if (dr.managementVlans === props.managementVlans || dr.managementVlans === props.businessVlans || dr.businessVlans === props.businessVlans || dr.businessVlans === props.managementVlans) {
        throw new ValidationError(this, 'disasterRecovery.managementVlans', 'reuses a VLAN pool of the primary site', 'give the DR site its own pools, on its own physical networks');
      }
      validateRegion(this, 'disasterRecovery.', { ...props, ...dr, planes: drPlanes, loadBalancerPlane: props.loadBalancer?.plane });
    }
    Labels.of(this).add(LabelKeys.INDUSTRY, 'telecom');
    const prefix = props.namePrefix ?? Names.resourceName(this, { maxLength: 40 });

    const common = { tiers: props.tiers, loadBalancer: props.loadBalancer, managementAccessCidrs: props.managementAccessCidrs, quota: props.quota };
    this.primary = new TelecomRegion(this, 'primary', {
      ...common,
      site: props.site,
      managementVlans: props.managementVlans,
      businessVlans: props.businessVlans,
      planes: props.planes,
      existingQuota: props.existingQuota,
      namePrefix: prefix,
    });
    if (dr) {
      this.disasterRecovery = new TelecomRegion(this, 'dr', {
        ...common,
        site: dr.site,
        managementVlans: dr.managementVlans,
        businessVlans: dr.businessVlans,
        planes: drPlanes,
        namePrefix: `${prefix}-dr`,
        memberSuffix: 'dr',
      });
      Labels.of(this.disasterRecovery).add(LabelKeys.REPLICA, 'dr');
    }
  }
}
