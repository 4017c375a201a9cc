import { dependable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { FirewallAction, FirewallGroup, FirewallProtocol, FirewallRuleIntent } from '../../openstack/firewall-group';
import { LoadBalancer } from '../../openstack/load-balancer';
import { NetworkingFloatingipV2 } from '../../providers/openstack/networking-floatingip-v2';
import { NetworkingRbacPolicyV2 } from '../../providers/openstack/networking-rbac-policy-v2';
import { TenantVdcEdgePlan, TenantVdcEdgeResult } from '../private/tenancy';
import { ISite } from '../site';
import { openstackProviderOf } from './context';

/**
 * @internal The network edge of an OpenStack tenant VDC, all created by the VDC's own
 * provider inside its project: a FWaaS group on the router port of the VDC's subnet
 * (its own traffic out, the declared inbound rules in, then deny: so other VDCs reach
 * it only through a declared rule), an Octavia load balancer, floating IPs, and RBAC
 * `access_as_shared` entries for the allow-listed peer projects.
 */
export function buildOpenStackVdcEdge(scope: IConstruct, site: ISite & { readonly externalNetwork?: { readonly name: string } }, plan: TenantVdcEdgePlan): TenantVdcEdgeResult {
  const s = scope as Construct;
  const provider = openstackProviderOf(site, scope, 'site', 'tenant VDC edges');
  let firewall: FirewallGroup | undefined;
  if (plan.routerPortId !== undefined) {
    const rules: FirewallRuleIntent[] = [
      { name: 'own-traffic-out', protocol: FirewallProtocol.ANY, sourceCidr: plan.cidr, description: 'the VDC\'s own connections (replies return through conntrack)' },
      ...plan.inbound.map((r) => ({ ...r, protocol: r.protocol as FirewallProtocol, action: r.action as FirewallAction | undefined, destinationCidr: r.destinationCidr ?? plan.cidr })),
    ];
    // One rule list for both directions: each rule names its source, so it matches one way only.
    firewall = new FirewallGroup(s, 'firewall', {
      site,
      ports: [plan.routerPortId],
      ingress: rules,
      egress: rules,
      name: `${plan.name}-boundary`,
      description: `boundary of tenant VDC ${plan.name}: its own traffic out, declared traffic in, deny the rest`,
    });
  }
  const loadBalancer = plan.loadBalancer && plan.subnetId !== undefined
    ? new LoadBalancer(s, 'load-balancer', { site, vipSubnetId: plan.subnetId, name: `${plan.name}-lb`, floatingIpPool: site.externalNetwork?.name })
    : undefined;
  // The limit is the parent site's policy (LoadBalancer's own option wants one of its site):
  // referenced by ID, created once the project may use it.
  const qos = plan.floatingIpQos;
  const limited = qos ? { valueSpecs: { qos_policy_id: qos.policyId }, dependsOn: qos.grant ? [qos.grant] : undefined } : {};
  if (qos && loadBalancer?.floatingIp) {
    loadBalancer.floatingIp.valueSpecs = limited.valueSpecs!;
    if (qos.grant) loadBalancer.floatingIp.dependsOn = [dependable(qos.grant)];
  }
  const floatingIps: NetworkingFloatingipV2[] = [];
  for (let i = 1; i <= plan.floatingIps; i++) {
    floatingIps.push(new NetworkingFloatingipV2(s, `floating-ip-${i}`, {
      provider,
      pool: site.externalNetwork!.name,
      description: `floating IP ${i} of tenant VDC ${plan.name}`,
      ...limited,
    }));
  }
  const rbacPolicies = Object.entries(plan.shareWith).map(([path, projectId]) => new NetworkingRbacPolicyV2(s, `share-${path.split('/').pop()}`, {
    provider,
    action: 'access_as_shared',
    objectType: 'network',
    objectId: plan.networkId,
    targetTenant: projectId,
  }));
  return { firewall, loadBalancer, floatingIps, rbacPolicies };
}
