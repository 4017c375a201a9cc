import { Testing } from 'cdktf';
import { LoadBalancer, QosPolicy, Router } from '../../lib';
import { openstackStack, vsphereStack } from '../util/sites';
import { resourceMap as resources } from '../util/synth';

describe('floating-IP and gateway QoS', () => {
  test('M3: a router gateway limit is the router\'s external_qos_policy_id', () => {
    const { stack, site } = openstackStack();
    const qos = new QosPolicy(stack, 'gw', { site, maxKbps: 1_000_000 });
    new Router(stack, 'edge', { site, externalGateway: true, externalQosPolicy: qos });
    const router = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_router_v2'))[0];
    expect(router.external_qos_policy_id).toContain('gw_policy');
  });

  test('M3: a load balancer\'s floating IP carries its limit as value_specs.qos_policy_id', () => {
    const { stack, site } = openstackStack();
    const qos = new QosPolicy(stack, 'fip', { site, maxKbps: 100_000, maxBurstKbps: 10_000 });
    new LoadBalancer(stack, 'lb', { site, vipSubnetId: 'subnet-id', floatingIpPool: 'public', floatingIpQosPolicy: qos });
    const fip = Object.values<any>(resources(Testing.synth(stack), 'openstack_networking_floatingip_v2'))[0];
    expect(fip.value_specs.qos_policy_id).toContain('fip_policy');
  });

  test('M3: edge policies must limit bandwidth and do nothing else; the gateway or floating IP must exist', () => {
    const { stack, site } = openstackStack();
    const min = new QosPolicy(stack, 'min', { site, maxKbps: 1000, minKbps: 100 });
    const dscp = new QosPolicy(stack, 'dscp', { site, dscpMark: 46 });
    expect(() => new Router(stack, 'a', { site, externalGateway: true, externalQosPolicy: min })).toThrow('props.externalQosPolicy: QoS policy stack/min has a minimum-bandwidth or DSCP rule');
    expect(() => new Router(stack, 'b', { site, externalGateway: true, externalQosPolicy: dscp })).toThrow('has no bandwidth limit (maxKbps)');
    expect(() => new Router(stack, 'c', { site, externalQosPolicy: dscp })).toThrow('props.externalQosPolicy: limits the external gateway, and the router has none');
    expect(() => new LoadBalancer(stack, 'lb', { site, vipSubnetId: 's', floatingIpQosPolicy: min })).toThrow('props.floatingIpQosPolicy: limits a floating IP, and there is none');
  });

  test('M3 on vSphere: no routers or floating IPs exist, and saying so names the target', () => {
    const { stack, site } = vsphereStack();
    expect(() => new Router(stack, 'r', { site, externalGateway: true })).toThrow('vSphere sites do not support routers');
    expect(() => new LoadBalancer(stack, 'lb', { site, vipSubnetId: 's', floatingIpPool: 'public' })).toThrow('load balancers (Octavia) exist only on OpenStack sites');
  });
});
