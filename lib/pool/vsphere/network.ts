import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { peer } from '../../core/private/peers';
import { NetworkImportPlan, NetworkImportResult, NetworkPlan, NetworkResult } from '../private/plan';
import { VsphereSiteContext } from './context';

const peerDataVsphereNetwork = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-network')>('@cdktf/provider-vsphere', 'lib/data-vsphere-network');
const peerDistributedPortGroup = () => peer<typeof import('@cdktf/provider-vsphere/lib/distributed-port-group')>('@cdktf/provider-vsphere', 'lib/distributed-port-group');

/**
 * @internal A distributed port group with the security policy locked down: no
 * promiscuous mode, forged transmits or MAC changes (the vSphere hardening defaults).
 */
export function buildVspherePortGroup(site: VsphereSiteContext, scope: Construct, plan: NetworkPlan): NetworkResult {
  // Network has already required a VLAN and no router: this target has neither overlays nor routers.
  const qos = plan.qos;
  if (plan.mtu !== undefined) {
    // A port group has no MTU of its own: frames are limited by the distributed switch.
    Annotations.of(scope).addWarning(`${scope.node.path}: mtu ${plan.mtu} is not set per port group on vSphere; configure it on the distributed switch (its MTU applies to every port group)`);
  }
  if (plan.subnets.some((s) => s.enableDhcp === true)) {
    Annotations.of(scope).addWarning(`${scope.node.path}: enableDhcp is not applied on vSphere (port groups have no DHCP service); run DHCP on the network itself`);
  }
  const portGroup = new (peerDistributedPortGroup().DistributedPortGroup)(scope, 'port-group', {
    provider: site.provider,
    name: plan.name,
    distributedVirtualSwitchUuid: site.distributedSwitch.id,
    vlanId: plan.vlanId,
    allowPromiscuous: false,
    allowForgedTransmits: false,
    allowMacChanges: false,
    description: Labels.toVsphereAnnotation(plan.labels) || undefined,
    // A QoS policy limits what the VM sends (Neutron "egress" is the VM's view). A vDS
    // names directions from the switch port's view: "ingress" is into the switch,
    // i.e. out of the VM, and "egress" would limit traffic *to* the VM.
    // vSphere shapes in bits per second and bytes; our QoS policies speak kbit/s and kbit.
    ingressShapingEnabled: qos?.maxKbps !== undefined ? true : undefined,
    ingressShapingAverageBandwidth: qos?.maxKbps !== undefined ? qos.maxKbps * 1000 : undefined,
    ingressShapingPeakBandwidth: qos?.maxKbps !== undefined ? qos.maxKbps * 1000 : undefined,
    ingressShapingBurstSize: qos?.maxBurstKbps !== undefined ? qos.maxBurstKbps * 125 : undefined,
  });
  return { networkId: portGroup.id, vsphere: { portGroup } };
}

/** @internal Looks up an existing port group or standard network. */
export function importVsphereNetwork(site: VsphereSiteContext, scope: Construct, plan: NetworkImportPlan): NetworkImportResult {
  return { networkId: new (peerDataVsphereNetwork().DataVsphereNetwork)(scope, 'network', { provider: site.provider, name: plan.networkName, datacenterId: site.datacenter.id }).id };
}
