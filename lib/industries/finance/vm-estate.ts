import { Construct } from 'constructs';
import { LabelKeys, Labels } from '../../core/labels';
import { LoadBalancer } from '../../openstack';
import { InstanceGroup, Network, SecurityGroup } from '../../pool';
import { validateVmEstate } from './private/validate';
import { createVlanNetworks } from './private/vm-networks';
import { createTierGroups, createTiers, createTlsEdge } from './private/vm-tiers';
import { FinanceVmEstateProps } from './vm-estate-props';

/**
 * The VM estate of the finance pattern (Zhejiang bank, Shenzhen fintech): VLAN-isolated
 * management and production networks, one availability zone per hypervisor family,
 * tiers under hard anti-affinity on both networks with default-deny security groups, and
 * an Octavia `TERMINATED_HTTPS` listener (optional mTLS) in front.
 */
export class FinanceVmEstate extends Construct {
  /** The management VLAN network (tagged `oscar.io/plane=management`). */
  public readonly managementNetwork: Network;
  /** The production VLAN network. */
  public readonly productionNetwork: Network;
  /** Security zone of the management interfaces (SSH from `managementCidrs` only). */
  public readonly managementSecurityGroup: SecurityGroup;
  /** Security zone of each tier's production interfaces, by tier name. */
  public readonly tierZones: { [tier: string]: SecurityGroup };
  /** The tiers, by name. */
  public readonly tiers: { [tier: string]: InstanceGroup };
  /** The load balancer, when configured. */
  public readonly loadBalancer?: LoadBalancer;

  constructor(scope: Construct, id: string, props: FinanceVmEstateProps) {
    super(scope, id);
    Labels.of(this).add(LabelKeys.INDUSTRY, 'finance');
    const zoneOf = validateVmEstate(this, props);

    // VLAN-isolated networks, and the management interfaces' group.
    const networks = createVlanNetworks(this, props);
    this.managementNetwork = networks.management;
    this.productionNetwork = networks.production;
    this.managementSecurityGroup = networks.managementGroup;

    // The tiers, each behind its own group, in its hypervisor family's zone.
    this.tierZones = createTierGroups(this, props);
    this.tiers = createTiers(this, props, zoneOf, { networks, tierGroups: this.tierZones });

    // The TLS edge in front of one tier.
    if (props.loadBalancer) this.loadBalancer = createTlsEdge(this, props, props.loadBalancer, this.productionNetwork, this.tierZones);
  }
}
