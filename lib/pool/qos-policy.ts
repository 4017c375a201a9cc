import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireIntegerAtLeast } from '../core/private/validate';
import { QosResult } from './private/plan';
import { driverOf } from './private/site-support';
import { ISite } from './site';
import { QosPolicyOpenStackResources } from './target-resources';

// DSCP values Neutron accepts: the even code points 0-56 (RFC 2474 class selectors,
// AF and EF, as listed in the Neutron QoS API).
const VALID_DSCP = new Set([0, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 46, 48, 56]);

/** Properties of a {@link QosPolicy}. */
export interface QosPolicyProps {
  /** The site the policy lives on. */
  readonly site: ISite;
  /**
   * Limit on what each VM sends, in kbit/s: the Neutron bandwidth-limit rule with
   * `direction = egress` (the VM's view) on OpenStack. `ingress_shaping_*` on the
   * vSphere port group (the vDS names directions from the switch port: ingress is
   * out of the VM). Both targets limit the same traffic.
   * @default - no limit
   */
  readonly maxKbps?: number;
  /**
   * Burst allowance in kbit (OpenStack) / burst size (vSphere).
   * @default - the platform default (80% of maxKbps on Neutron)
   */
  readonly maxBurstKbps?: number;
  /**
   * Guaranteed egress bandwidth in kbit/s (OpenStack minimum-bandwidth rule, no
   * vSphere equivalent without NIOC/NSX).
   * @default - no guarantee
   */
  readonly minKbps?: number;
  /**
   * DSCP mark for egress packets, e.g. 46 (EF) for media (OpenStack; no vSphere
   * equivalent without NSX).
   * @default - packets are not marked
   */
  readonly dscpMark?: number;
  /**
   * Policy name.
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/** A QoS policy networks and ports can use. */
export interface IQosPolicy extends IConstruct {
  /** The site the policy lives on. */
  readonly site: ISite;
  /**
   * The policy's ID, on targets with policy objects (OpenStack).
   * @default - undefined elsewhere
   */
  readonly policyId?: string;
  /**
   * Egress limit in kbit/s.
   * @default - no limit
   */
  readonly maxKbps?: number;
  /**
   * Burst in kbit.
   * @default - none
   */
  readonly maxBurstKbps?: number;
  /** @internal What the site's driver created, for the networks and ports that use the policy. */
  readonly _handle: QosResult;
}

/**
 * A QoS policy attached to networks or ports: bandwidth limit, minimum bandwidth and
 * DSCP marking on OpenStack. Traffic shaping of what the VMs send on vSphere port groups.
 */
export class QosPolicy extends Construct implements IQosPolicy {
  public readonly site: ISite;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: QosPolicyOpenStackResources;
  /** Egress limit in kbit/s, if any. */
  public readonly maxKbps?: number;
  /** Burst in kbit, if any. */
  public readonly maxBurstKbps?: number;
  /** @internal What the site's driver created, for the networks and ports that use the policy. */
  public readonly _handle: QosResult;

  /** The policy's ID, on targets with policy objects (OpenStack). Undefined elsewhere. */
  public get policyId(): string | undefined {
    return this._handle.policyId;
  }

  constructor(scope: Construct, id: string, props: QosPolicyProps) {
    super(scope, id);
    this.site = props.site;
    if (props.maxKbps === undefined && props.minKbps === undefined && props.dscpMark === undefined) {
      throw new ValidationError(this, 'maxKbps', 'the policy has no rule', 'set at least one of maxKbps, minKbps, dscpMark');
    }
    if (props.maxKbps !== undefined) requireIntegerAtLeast(this, 'maxKbps', props.maxKbps, 1);
    if (props.maxBurstKbps !== undefined) requireIntegerAtLeast(this, 'maxBurstKbps', props.maxBurstKbps, 1);
    if (props.minKbps !== undefined) requireIntegerAtLeast(this, 'minKbps', props.minKbps, 1);
    if (props.minKbps !== undefined && props.maxKbps !== undefined && props.minKbps > props.maxKbps) {
      throw new ValidationError(this, 'minKbps', `guarantees ${props.minKbps} kbit/s above the ${props.maxKbps} kbit/s limit`, 'keep minKbps <= maxKbps');
    }
    if (props.dscpMark !== undefined && !VALID_DSCP.has(props.dscpMark)) {
      throw new ValidationError(this, 'dscpMark', `${props.dscpMark} is not a DSCP value Neutron accepts`, `use one of ${[...VALID_DSCP].join(', ')} (46 = EF for voice/media)`);
    }
    this.maxKbps = props.maxKbps;
    this.maxBurstKbps = props.maxBurstKbps;

    this._handle = driverOf(props.site).qosPolicy(this, {
      name: props.name ?? Names.resourceName(this),
      maxKbps: props.maxKbps,
      maxBurstKbps: props.maxBurstKbps,
      minKbps: props.minKbps,
      dscpMark: props.dscpMark,
    });
    this.openstack = this._handle.openstack;
  }
}
