import { Construct } from 'constructs';
import { FirewallGroup, FirewallProtocol, FirewallRuleIntent, ListenerProtocol, LoadBalancer, PoolMembers } from '../../../openstack';
import { InstanceGroup, Network, OpenStackSite, QosPolicy, Router } from '../../../pool';
import { HealthcareCloudProps } from '../props';

// The ingress chain of a healthcare cloud (H3, H4): the Internet reaches the frontend
// subnet only through the router's firewall, the load balancer terminates TLS there, and
// the application subnet admits only the frontend (internal).

/** @internal The networks behind one router with a bandwidth-limited gateway. */
export interface HealthcareNetworks {
  readonly router: Router;
  readonly frontend: Network;
  readonly application: Network;
  readonly qos: QosPolicy;
}

/** @internal Frontend and application networks on one router; SNAT and floating IP limited by one policy. */
export function createNetworks(scope: Construct, prefix: string, props: HealthcareCloudProps): HealthcareNetworks {
  const qos = new QosPolicy(scope, 'edge-qos', { site: props.site, name: `${prefix}-edge`, maxKbps: props.floatingIpMaxKbps ?? 100_000 });
  // The policy carries no tags: provider 3.4.0 writes tags with one bulk PUT .../tags, and
  // Neutron 2026.2 answers it for QoS policies with 400 "Invalid tags body" (found by the
  // OpenStack e2e run; single-tag PUTs and other resources work). HC-1 skips QoS policies.
  const router = new Router(scope, 'router', { site: props.site, name: `${prefix}-router`, externalGateway: true, externalQosPolicy: qos });
  const net = (name: string, cidr: string) => new Network(scope, `${name}-network`, { site: props.site, name: `${prefix}-${name}`, cidr, subnets: [{ name, cidr }], router });
  return { router, qos, frontend: net('frontend', props.frontendCidr), application: net('application', props.applicationCidr) };
}

/** @internal What the chain consists of. */
export interface IngressChain {
  readonly frontendFirewall: FirewallGroup;
  readonly applicationFirewall: FirewallGroup;
  readonly loadBalancer: LoadBalancer;
}

/** @internal Firewall on both router ports, then the TLS-terminating load balancer in front of the application tier. */
export function createIngress(scope: Construct, prefix: string, props: HealthcareCloudProps, nets: HealthcareNetworks, application: InstanceGroup): IngressChain {
  const site = props.site as OpenStackSite;
  const publicPort = props.publicPort ?? 443;
  const sources = props.allowedSourceCidrs ?? ['0.0.0.0/0'];
  const appPort = props.application.port;
  // FWaaS v2 rules name source and destination, so one list serves both directions of a port.
  const frontendRules: FirewallRuleIntent[] = [
    ...sources.map((cidr, i) => ({ name: `https-${i + 1}`, port: publicPort, sourceCidr: cidr === '0.0.0.0/0' ? undefined : cidr, destinationCidr: props.frontendCidr })),
    { name: 'to-application', port: appPort, sourceCidr: props.frontendCidr, destinationCidr: props.applicationCidr, description: 'load balancer to the application members' },
  ];
  const applicationRules: FirewallRuleIntent[] = [
    { name: 'from-frontend', port: appPort, sourceCidr: props.frontendCidr, destinationCidr: props.applicationCidr, description: 'only the load balancer reaches the application' },
    { name: 'own-traffic-out', protocol: FirewallProtocol.ANY, sourceCidr: props.applicationCidr, description: 'the application\'s own connections (replies return through conntrack)' },
  ];
  const firewall = (id: string, network: Network, subnet: string, rules: FirewallRuleIntent[]) => new FirewallGroup(scope, id, {
    site,
    ports: [network.openstack!.routerInterfaces[subnet].portId],
    ingress: rules,
    egress: rules,
    name: `${prefix}-${id}`,
    description: `${subnet} boundary: declared traffic only, deny the rest`,
  });
  const loadBalancer = new LoadBalancer(scope, 'load-balancer', {
    site,
    vipSubnetId: nets.frontend.subnetId('frontend'),
    floatingIpPool: site.externalNetwork!.name,
    floatingIpQosPolicy: nets.qos,
    name: `${prefix}-lb`,
    listeners: [{
      protocol: ListenerProtocol.TERMINATED_HTTPS,
      port: publicPort,
      memberPort: appPort,
      tlsContainerRef: props.tlsContainerRef,
      members: [PoolMembers.fromInstanceGroup(application)],
      allowedCidrs: props.allowedSourceCidrs,
    }],
  });
  return {
    frontendFirewall: firewall('frontend-firewall', nets.frontend, 'frontend', frontendRules),
    applicationFirewall: firewall('application-firewall', nets.application, 'application', applicationRules),
    loadBalancer,
  };
}
