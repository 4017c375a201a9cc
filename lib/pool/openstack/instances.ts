import { TerraformIterator } from 'cdktf';
import { Construct } from 'constructs';
import { Labels } from '../../core/labels';
import { BlockstorageVolumeV3 } from '../../providers/openstack/blockstorage-volume-v3';
import { ComputeFlavorV2 } from '../../providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../../providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../providers/openstack/compute-servergroup-v2';
import { ComputeVolumeAttachV2 } from '../../providers/openstack/compute-volume-attach-v2';
import { NetworkingPortV2 } from '../../providers/openstack/networking-port-v2';
import { InstancesPlan, OpenStackInstances } from '../plan';
import { AntiAffinity, RemovalPolicy } from '../shapes';
import { Size } from '../size';
import { OpenStackSiteContext } from './context';

/** @internal The flavor of a size on a site: created once per site and size, or looked up by name. */
function flavorFor(site: OpenStackSiteContext, size: Size): { flavorId?: string; flavorName?: string; flavor?: ComputeFlavorV2 } {
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
export function buildOpenStackInstances(site: OpenStackSiteContext, scope: Construct, plan: InstancesPlan): OpenStackInstances {
  const { members } = plan;
  const provider = site.provider;
  const tags = Labels.toOpenStackTags(plan.labels);

  let serverGroup: ComputeServergroupV2 | undefined;
  if (plan.antiAffinity !== AntiAffinity.NONE) {
    serverGroup = new ComputeServergroupV2(scope, 'server-group', {
      provider,
      name: plan.name,
      policies: [plan.antiAffinity === AntiAffinity.HARD ? 'anti-affinity' : 'soft-anti-affinity'],
    });
  }

  // One port resource per attachment, keyed like the members, so each member's
  // MAC/IP/security groups are pinned to its port and survive instance rebuilds.
  const ports = plan.attachments.map((a, n) => {
    const perMember = Object.fromEntries(members.map((m) => [m.key, { mac: m.macs[n] ?? '', ip: m.ips[n] ?? '' }]));
    const it = TerraformIterator.fromMap(perMember);
    return new NetworkingPortV2(scope, `port-${a.networkName}`, {
      provider,
      forEach: it,
      name: `${it.key}-${a.networkName}`,
      networkId: a.networkId,
      adminStateUp: true,
      macAddress: a.staticMacs ? it.getString('mac') : undefined,
      fixedIp: [{ subnetId: a.subnetId(), ipAddress: a.fixedIps ? it.getString('ip') : undefined }],
      securityGroupIds: a.securityGroupIds,
      // SR-IOV VFs bypass the vSwitch, so Neutron port security cannot apply to them.
      portSecurityEnabled: a.sriov ? false : undefined,
      noSecurityGroups: a.sriov || !a.securityGroupIds || a.securityGroupIds.length === 0 ? true : undefined,
      binding: a.sriov ? { vnicType: 'direct' } : undefined,
      qosPolicyId: a.qosPolicyId,
      tags,
    });
  });

  const it = TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
  const flavor = flavorFor(site, plan.size);
  const bootFromVolume = plan.bootVolumeGiB !== undefined;
  const instances = new ComputeInstanceV2(scope, 'instances', {
    provider,
    forEach: it,
    name: it.key,
    availabilityZone: it.getString('zone'),
    flavorId: flavor.flavorId,
    flavorName: flavor.flavorName,
    imageName: bootFromVolume ? undefined : plan.image.name,
    imageId: bootFromVolume ? undefined : plan.image.id,
    blockDevice: bootFromVolume
      ? [{
        sourceType: 'image',
        uuid: plan.image.id ?? plan.image.name!,
        destinationType: 'volume',
        volumeSize: plan.bootVolumeGiB,
        volumeType: plan.bootVolumeType,
        bootIndex: 0,
        deleteOnTermination: false,
      }]
      : undefined,
    keyPair: plan.keyPair,
    userData: plan.userData,
    schedulerHints: serverGroup ? [{ group: serverGroup.id }] : undefined,
    network: ports.map((p) => ({ port: `\${${p.fqn}[each.key].id}` })),
    tags,
  });

  // Data volumes: one for_each resource per spec, each member's volume in its zone.
  const memberInstanceId = `\${${instances.fqn}[each.key].id}`;
  const memberKeys = () => TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, m.key])));
  const volumes: BlockstorageVolumeV3[] = [];
  const volumeAttachments: ComputeVolumeAttachV2[] = [];
  for (const spec of plan.volumes) {
    const vit = TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
    const volume = new BlockstorageVolumeV3(scope, `volume-${spec.name}`, {
      provider,
      forEach: vit,
      name: `\${each.key}-${spec.name}`,
      size: spec.sizeGiB,
      volumeType: spec.volumeType,
      availabilityZone: vit.getString('zone'),
      metadata: plan.labels,
      lifecycle: { preventDestroy: (spec.removalPolicy ?? RemovalPolicy.RETAIN) === RemovalPolicy.RETAIN },
    });
    volumes.push(volume);
    volumeAttachments.push(new ComputeVolumeAttachV2(scope, `attach-${spec.name}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: `\${${volume.fqn}[each.key].id}`,
    }));
  }
  for (const shared of plan.sharedVolumes) {
    volumeAttachments.push(new ComputeVolumeAttachV2(scope, `attach-shared-${shared.volumeName}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: shared.handle.openstack!.volume.id,
      multiattach: true,
    }));
  }
  return { serverGroup, ports, instances, volumes, volumeAttachments, flavor: flavor.flavor };
}
