// End to end on govmomi's vcsim, extended where provider 2.15.0 needs more: test/e2e/vsphere/.
import { Folder } from '@cdktf/provider-vsphere/lib/folder';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { TerraformStack } from 'cdktf';
import { defineTargetSuite } from './suite';

defineTargetSuite('vsphere', {
  // A folder in a datacenter that does not exist: only the API can tell.
  create: (scope, id) => {
    const stack = new TerraformStack(scope, id);
    new VsphereProvider(stack, 'vsphere', { vsphereServer: 'vcenter.example.internal', user: 'terraform', password: 'from-the-environment' });
    new Folder(stack, 'bad', { path: 'e2e-broken', type: 'vm', datacenterId: 'datacenter-99999' });
    return stack;
  },
  apiError: /has already been deleted or has not been completely created|ManagedObjectNotFound/,
});
