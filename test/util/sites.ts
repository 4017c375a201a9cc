// Site fixtures shared by every suite (issue 12: one test/util/).
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { OpenStackSite, VsphereSite } from '../../lib';

/** A stack `stack` with an OpenStack site `dc1` (three zones, an external network). */
export function openstackStack() {
  const stack = new TerraformStack(new App(), 'stack');
  const site = new OpenStackSite(stack, 'dc1', { region: 'RegionOne', availabilityZones: ['az1', 'az2', 'az3'], externalNetwork: 'public' });
  return { stack, site };
}

/** A stack `stack` with a vSphere site `dc1` (two clusters, two datastores). */
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

/** A fresh stack `test` in a test app, with an OpenStack site `site` (the default provider). */
export function newStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'test');
  new OpenStackSite(stack, 'site', { region: 'RegionOne', availabilityZones: ['nova'] });
  return stack;
}

/** The site `newStack` created. */
export function siteOf(stack: TerraformStack): OpenStackSite {
  return stack.node.findChild('site') as OpenStackSite;
}

/** Builds something on the site of a fresh stack. */
export function inNewSite<T>(build: (scope: TerraformStack, site: OpenStackSite) => T): T {
  const stack = newStack();
  return build(stack, siteOf(stack));
}
