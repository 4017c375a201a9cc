import { TerraformIterator } from 'cdktf';
import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { BlockstorageVolumeV3 } from '../../providers/openstack/blockstorage-volume-v3';
import { ComputeFlavorV2 } from '../../providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../../providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../providers/openstack/compute-servergroup-v2';
import { ComputeVolumeAttachV2 } from '../../providers/openstack/compute-volume-attach-v2';
import { NetworkingPortV2 } from '../../providers/openstack/networking-port-v2';
import type { InstanceGroupProps, MemberPlan } from '../instance-group';
import { Size } from '../size';
import { OpenStackSite } from './site';

/** @internal */
export interface OpenStackInstancesInput {
  readonly props: InstanceGroupProps;
  readonly name: string;
  readonly members: MemberPlan[];
  readonly antiAffinity: string;
  readonly labels: { [key: string]: string };
}

/** @internal The flavor of a size on a site: created once per site and size, or looked up by name. */
export function flavorFor(site: OpenStackSite, size: Size): { flavorId?: string; flavorName?: string; flavor?: ComputeFlavorV2 } {
  if (size.flavorName !== undefined) return { flavorName: size.flavorName };
  const name = size.generatedFlavorName;
  const id = `flavor-${name}`;
  const existing = site.node.tryFindChild(id) as ComputeFlavorV2 | undefined;
  const flavor =
    existing ??
    new ComputeFlavorV2(site, id, {
      provider: site.provider,
      name,
      vcpus: size.vcpus!,
      ram: Math.round(size.memoryGiB! * 1024),
      disk: size.diskGiB ?? 0,
      isPublic: true,
      extraSpecs: Object.keys(size.extraSpecs).length > 0 ? size.extraSpecs : undefined,
    });
  return { flavorId: flavor.id, flavor };
}

/** @internal Creates the Nova and Neutron resources of an InstanceGroup. */
export function buildOpenStackInstances(scope: Construct, input: OpenStackInstancesInput) {
  const { props, members } = input;
  const site = props.site as OpenStackSite;
  const provider = site.provider;
  const tags = Labels.toOpenStackTags(input.labels);

  let serverGroup: ComputeServergroupV2 | undefined;
  if (input.antiAffinity !== 'NONE') {
    serverGroup = new ComputeServergroupV2(scope, 'server-group', {
      provider,
      name: input.name,
      policies: [input.antiAffinity === 'HARD' ? 'anti-affinity' : 'soft-anti-affinity'],
    });
  }

  // One port resource per attachment, keyed like the members, so each member's
  // MAC/IP/security groups are pinned to its port and survive instance rebuilds.
  const ports = props.networks.map((a, n) => {
    const network = a.network;
    const subnetId = network.subnetId(a.subnet ?? network.subnetNames[0]);
    const perMember = Object.fromEntries(members.map((m) => [m.key, { mac: m.macs[n] ?? '', ip: m.ips[n] ?? '' }]));
    const it = TerraformIterator.fromMap(perMember);
    return new NetworkingPortV2(scope, `port-${network.networkName}`, {
      provider,
      forEach: it,
      name: `${it.key}-${network.networkName}`,
      networkId: network.networkId,
      adminStateUp: true,
      macAddress: a.macPool ? it.getString('mac') : undefined,
      fixedIp: [{ subnetId, ipAddress: a.fixedIps ? it.getString('ip') : undefined }],
      securityGroupIds: a.securityZones?.map((z) => z.securityGroupId!),
      // SR-IOV VFs bypass the vSwitch, so Neutron port security cannot apply to them.
      portSecurityEnabled: a.sriov ? false : undefined,
      noSecurityGroups: a.sriov || !a.securityZones || a.securityZones.length === 0 ? true : undefined,
      binding: a.sriov ? { vnicType: 'direct' } : undefined,
      qosPolicyId: a.qosPolicy?.policyV2?.id,
      tags,
    });
  });

  const it = TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
  const flavor = flavorFor(site, props.size);
  const bootFromVolume = props.bootVolumeGiB !== undefined;
  const instances = new ComputeInstanceV2(scope, 'instances', {
    provider,
    forEach: it,
    name: it.key,
    availabilityZone: it.getString('zone'),
    flavorId: flavor.flavorId,
    flavorName: flavor.flavorName,
    imageName: bootFromVolume ? undefined : props.image.name,
    imageId: bootFromVolume ? undefined : props.image.id,
    blockDevice: bootFromVolume
      ? [{
        sourceType: 'image',
        uuid: props.image.id ?? props.image.name!,
        destinationType: 'volume',
        volumeSize: props.bootVolumeGiB,
        volumeType: props.bootVolumeType,
        bootIndex: 0,
        deleteOnTermination: false,
      }]
      : undefined,
    keyPair: props.keyPair,
    userData: props.userData,
    schedulerHints: serverGroup ? [{ group: serverGroup.id }] : undefined,
    network: ports.map((p) => ({ port: `\${${p.fqn}[each.key].id}` })),
    tags,
  });

  // Data volumes: one for_each resource per spec, each member's volume in its zone.
  const memberInstanceId = `\${${instances.fqn}[each.key].id}`;
  const memberKeys = () => TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, m.key])));
  const volumes: BlockstorageVolumeV3[] = [];
  const attachments: ComputeVolumeAttachV2[] = [];
  for (const spec of props.volumes ?? []) {
    const vit = TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
    const volume = new BlockstorageVolumeV3(scope, `volume-${spec.name}`, {
      provider,
      forEach: vit,
      name: `\${each.key}-${spec.name}`,
      size: spec.sizeGiB,
      volumeType: spec.volumeType,
      availabilityZone: vit.getString('zone'),
      metadata: input.labels,
      lifecycle: { preventDestroy: (spec.removalPolicy ?? 'RETAIN') === 'RETAIN' },
    });
    volumes.push(volume);
    attachments.push(new ComputeVolumeAttachV2(scope, `attach-${spec.name}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: `\${${volume.fqn}[each.key].id}`,
    }));
  }
  for (const shared of props.sharedVolumes ?? []) {
    attachments.push(new ComputeVolumeAttachV2(scope, `attach-shared-${shared.volumeName}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: shared.volumeV3!.id,
      multiattach: true,
    }));
  }
  return { serverGroup, ports, instances, volumes, attachments, flavor: flavor.flavor };
}
