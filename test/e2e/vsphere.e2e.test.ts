// End to end on govmomi's vcsim, extended where provider 2.15.0 needs more: test/e2e/vsphere/.
import { Folder } from '@cdktf/provider-vsphere/lib/folder';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { defineTargetSuite } from './suite';

defineTargetSuite('vsphere', {
  // A folder in a datacenter that does not exist: only the API can tell.
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    const password = new TerraformVariable(stack, 'vsphere_password', { type: 'string', sensitive: true });
    new VsphereProvider(stack, 'vsphere', { vsphereServer: 'vcenter.example.internal', user: 'terraform', password: password.stringValue });
    new Folder(stack, 'bad', { path: 'e2e-broken', type: 'vm', datacenterId: 'datacenter-99999' });
    return stack;
  },
  apiError: /has already been deleted or has not been completely created|ManagedObjectNotFound/,
}, {
  // Pending: none. Every vSphere example runs end to end.
}, {
  parallelism: 1, // vcsim v0.56.0 can hang or panic (property_collector.go:946) on concurrent VM destroys
});
