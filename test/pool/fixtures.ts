// Shared test fixtures: a stack with one OpenStack site or one vSphere site.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { OpenStackSite, VsphereSite } from '../../lib';

export function openstackStack() {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });
  return { stack, site };
}

export function vsphereStack() {
  const stack = new TerraformStack(new App(), 'stack');
  const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
  const site = new VsphereSite(stack, 'dc1', {
    datacenter: 'dc1',
    clusters: ['cluster-a', 'cluster-b'],
    datastores: ['vsan-a', 'vsan-b'],
    distributedSwitch: 'dvs-prod',
    providerConfig: { vsphereServer: 'vcenter.example.internal', user: 'terraform@vsphere.local', password: password.stringValue },
  });
  return { stack, site };
}

/** The resources of one type from a synthesized stack. */
export function resources(synthesized: string, type: string): Record<string, any> {
  return JSON.parse(synthesized).resource?.[type] ?? {};
}
