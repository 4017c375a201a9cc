// Toolchain example (vSphere): a distributed port group on VLAN 1001 with the
// port-group security policy locked down, and 2 VMs cloned from a template under a
// mandatory DRS anti-affinity rule. Site names come from cdktf context or OSCAR_*
// variables (keys: examples/README.md). Copy this file and ../lib/env.ts into any cdktf
// TypeScript project.
import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { DataVsphereComputeCluster } from '@cdktf/provider-vsphere/lib/data-vsphere-compute-cluster';
import { DataVsphereDatacenter } from '@cdktf/provider-vsphere/lib/data-vsphere-datacenter';
import { DataVsphereDatastore } from '@cdktf/provider-vsphere/lib/data-vsphere-datastore';
import { DataVsphereDistributedVirtualSwitch } from '@cdktf/provider-vsphere/lib/data-vsphere-distributed-virtual-switch';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { DistributedPortGroup } from '@cdktf/provider-vsphere/lib/distributed-port-group';
import { VsphereProvider } from '@cdktf/provider-vsphere/lib/provider';
import { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { App, Fn, TerraformIterator, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { Labels, Names } from 'oscar-blueprints';
import { envName } from '../lib/env';

export class VsphereBasicStack extends TerraformStack {
  public readonly vms: VirtualMachine;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'vsphere-basic');

    // Credentials are inputs, never literals: a sensitive variable (TF_VAR_vsphere_password).
    const password = new TerraformVariable(this, 'vsphere_password', {
      type: 'string',
      sensitive: true,
      description: 'vCenter password',
    });
    new VsphereProvider(this, 'vsphere', {
      vsphereServer: 'vcenter.example.internal',
      user: 'terraform@vsphere.local',
      password: password.stringValue,
    });

    const env = (key: string, fallback: string) => envName(this, `vsphereBasic.${key}`, fallback);
    const dc = new DataVsphereDatacenter(this, 'dc', { name: env('datacenter', 'dc1') });
    const cluster = new DataVsphereComputeCluster(this, 'cluster', { name: env('cluster', 'cluster1'), datacenterId: dc.id });
    const datastore = new DataVsphereDatastore(this, 'datastore', { name: env('datastore', 'vsanDatastore'), datacenterId: dc.id });
    const dvs = new DataVsphereDistributedVirtualSwitch(this, 'dvs', { name: env('switch', 'dvs-prod'), datacenterId: dc.id });
    const template = new DataVsphereVirtualMachine(this, 'template', { name: env('template', 'ubuntu-24.04-template'), datacenterId: dc.id });

    const portGroup = new DistributedPortGroup(this, 'app-pg', {
      name: 'app-vlan1001',
      distributedVirtualSwitchUuid: dvs.id,
      vlanId: 1001,
      allowPromiscuous: false,
      allowForgedTransmits: false,
      allowMacChanges: false,
    });

    const members = TerraformIterator.fromMap({
      [Names.memberKey('app', 1)]: { cpus: 2 },
      [Names.memberKey('app', 2)]: { cpus: 2 },
    });
    this.vms = new VirtualMachine(this, 'app', {
      forEach: members,
      name: members.key,
      resourcePoolId: cluster.resourcePoolId,
      datastoreId: datastore.id,
      numCpus: members.getNumber('cpus'),
      memory: 4096,
      guestId: template.guestId,
      annotation: Labels.toVsphereAnnotation(Labels.resolve(this)),
      networkInterface: [{ networkId: portGroup.id, adapterType: Fn.element(template.networkInterfaceTypes, 0) }],
      disk: [{ label: 'disk0', size: template.disks.get(0).size, thinProvisioned: template.disks.get(0).thinProvisioned }],
      clone: { templateUuid: template.id },
    });

    new ComputeClusterVmAntiAffinityRule(this, 'app-anti-affinity', {
      name: 'app-anti-affinity',
      computeClusterId: cluster.id,
      virtualMachineIds: TerraformIterator.fromResources(this.vms).pluckProperty('id') as unknown as string[],
      mandatory: true,
    });
  }
}

if (require.main === module) {
  const app = new App();
  new VsphereBasicStack(app, 'vsphere-basic');
  app.synth();
}
