import { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Fn, TerraformIterator } from 'cdktf';
import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import type { InstanceGroupProps, MemberPlan } from '../instance-group';
import { VsphereSite } from './site';

/** @internal */
export interface VsphereInstancesInput {
  readonly props: InstanceGroupProps;
  readonly name: string;
  readonly members: MemberPlan[];
  readonly antiAffinity: string;
  readonly labels: { [key: string]: string };
}

/** @internal The template lookup, one per site and template. */
function templateFor(site: VsphereSite, props: InstanceGroupProps): DataVsphereVirtualMachine {
  const key = props.image.name ?? props.image.id!;
  const id = `template-${Names.toDnsLabel(key)}`;
  return (site.node.tryFindChild(id) as DataVsphereVirtualMachine | undefined) ??
    new DataVsphereVirtualMachine(site, id, {
      provider: site.provider,
      datacenterId: site.datacenter.id,
      name: props.image.name,
      uuid: props.image.id,
    });
}

/** @internal Creates the VMs and DRS rules of an InstanceGroup. */
export function buildVsphereInstances(scope: Construct, input: VsphereInstancesInput) {
  const { props, members } = input;
  const site = props.site as VsphereSite;
  const template = templateFor(site, props);
  const attachments = props.networks.map((a) => ({ a, network: a.network }));

  const perMember = Object.fromEntries(
    members.map((m) => [
      m.key,
      {
        resource_pool_id: site.cluster(m.zone).resourcePoolId,
        ...Object.fromEntries(m.macs.map((mac, n) => [`mac${n}`, mac ?? ''])),
        ...Object.fromEntries(m.ips.map((ip, n) => [`ip${n}`, ip ?? ''])),
      },
    ]),
  );
  const it = TerraformIterator.fromMap(perMember);
  const anyFixedIp = attachments.some(({ a }) => a.fixedIps !== undefined);
  const gateway = attachments.map(({ a, network }) => network.subnet(a.subnet ?? network.subnetNames[0]).gatewayIp).find((g) => g !== undefined);

  const vms = new VirtualMachine(scope, 'vms', {
    provider: site.provider,
    forEach: it,
    name: it.key,
    resourcePoolId: it.getString('resource_pool_id'),
    datastoreId: site.datastore().id,
    folder: site.folder,
    numCpus: props.size.vcpus,
    memory: Math.round(props.size.memoryGiB! * 1024),
    // Data-plane sizes need exclusive CPUs and fully reserved memory on ESXi too.
    latencySensitivity: props.size.isDataPlane ? 'high' : undefined,
    memoryReservation: props.size.isDataPlane ? Math.round(props.size.memoryGiB! * 1024) : undefined,
    guestId: template.guestId,
    scsiType: template.scsiType,
    firmware: template.firmware,
    annotation: Labels.toVsphereAnnotation(input.labels) || undefined,
    networkInterface: attachments.map(({ a, network }, n) => ({
      networkId: network.networkId,
      adapterType: Fn.element(template.networkInterfaceTypes, 0),
      useStaticMac: a.macPool ? true : undefined,
      macAddress: a.macPool ? it.getString(`mac${n}`) : undefined,
    })),
    disk: [
      { label: 'disk0', size: props.size.diskGiB ?? template.disks.get(0).size, thinProvisioned: template.disks.get(0).thinProvisioned },
      // Per-member data disks: kept on the datastore when a VM is removed unless DESTROY.
      ...(props.volumes ?? []).map((v, n) => ({ label: `disk-${v.name}`, unitNumber: n + 1, size: v.sizeGiB, keepOnRemove: (v.removalPolicy ?? 'RETAIN') === 'RETAIN' })),
      // Shared disks: the same vmdk attached to every member in multi-writer mode.
      ...(props.sharedVolumes ?? []).map((v, n) => ({
        label: `shared-${v.volumeName}`,
        unitNumber: (props.volumes ?? []).length + n + 1,
        attach: true,
        path: v.virtualDisk!.vmdkPath,
        datastoreId: site.datastore(v.datastore).id,
        diskSharing: 'sharingMultiWriter',
      })),
    ],
    clone: {
      templateUuid: template.id,
      customize: anyFixedIp
        ? {
          linuxOptions: { hostName: it.key, domain: 'local' },
          networkInterface: attachments.map(({ a, network }, n) => {
            const subnet = network.subnet(a.subnet ?? network.subnetNames[0]);
            return a.fixedIps ? { ipv4Address: it.getString(`ip${n}`), ipv4Netmask: Number(subnet.cidr.split('/')[1]) } : {};
          }),
          ipv4Gateway: gateway,
        }
        : undefined,
    },
    extraConfig: props.userData
      ? { 'guestinfo.userdata': Fn.base64encode(props.userData), 'guestinfo.userdata.encoding': 'base64' }
      : undefined,
  });

  const rules: ComputeClusterVmAntiAffinityRule[] = [];
  if (input.antiAffinity !== 'NONE') {
    const byZone = new Map<string, string[]>();
    for (const m of members) byZone.set(m.zone, [...(byZone.get(m.zone) ?? []), m.key]);
    for (const [zone, keys] of byZone) {
      if (keys.length < 2) continue; // a lone member in a cluster is apart already
      rules.push(
        new ComputeClusterVmAntiAffinityRule(scope, `anti-affinity-${Names.toDnsLabel(zone)}`, {
          provider: site.provider,
          name: `${input.name}-${Names.toDnsLabel(zone)}-anti-affinity`,
          computeClusterId: site.cluster(zone).id,
          mandatory: input.antiAffinity === 'HARD',
          virtualMachineIds: TerraformIterator.fromResources(vms).forExpressionForList(`val.id if contains(${JSON.stringify(keys)}, key)`) as unknown as string[],
        }),
      );
    }
  }
  return { vms, rules };
}
