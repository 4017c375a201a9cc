import { createHash } from 'crypto';
import { TerraformIterator } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { RemovalPolicy } from '../../core/removal-policy';
import { BlockstorageVolumeV3 } from '../../providers/openstack/blockstorage-volume-v3';
import { ComputeFlavorV2 } from '../../providers/openstack/compute-flavor-v2';
import { ComputeInstanceV2 } from '../../providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../providers/openstack/compute-servergroup-v2';
import { ComputeVolumeAttachV2 } from '../../providers/openstack/compute-volume-attach-v2';
import { DataOpenstackImagesImageV2 } from '../../providers/openstack/data-openstack-images-image-v2';
import { NetworkingPortV2 } from '../../providers/openstack/networking-port-v2';
import { AttachmentPlan, HostPoolResult, InstancesPlan } from '../private/plan';
import { AntiAffinity } from '../shapes';
import { Image, Size } from '../size';
import { InstanceGroupOpenStackResources } from '../target-resources';
import { OpenStackSiteContext } from './context';
import { poolExtraSpecs } from './host-pool';

/**
 * @internal The flavor of a size on a site: created once per site, size and host pool, or
 * looked up by name. A pool's flavor requires the pool's aggregate.
 */
function flavorFor(site: OpenStackSiteContext, scope: Construct, size: Size, pool?: HostPoolResult): { flavorId?: string; flavorName?: string; flavor?: ComputeFlavorV2 } {
  if (size.flavorName !== undefined) {
    if (pool) throw new ValidationError(scope, 'hostPool', `an existing flavor (Size.flavor('${size.flavorName}')) cannot be made to require host pool ${pool.poolName}`, 'use Size.of(...) so a flavor requiring the pool is created, or add aggregate_instance_extra_specs:pool to the flavor yourself and drop hostPool');
    return { flavorName: size.flavorName };
  }
  const name = pool ? `${size.generatedFlavorName}-${pool.poolName}` : size.generatedFlavorName;
  const extraSpecs = pool ? { ...size.extraSpecs, ...poolExtraSpecs(pool) } : size.extraSpecs;
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
      extraSpecs: Object.keys(extraSpecs).length > 0 ? extraSpecs : undefined,
    });
  return { flavorId: flavor.id, flavor };
}

/**
 * The image's UUID. `block_device.uuid` takes only a UUID (a name there fails at
 * apply), so a named image is resolved through the Glance data source, once per site
 * and name; the newest image of that name wins, as Nova's own name lookup does.
 */
function imageIdFor(site: OpenStackSiteContext, image: Image): string {
  if (image.id !== undefined) return image.id;
  const name = image.name!;
  let id = `image-${Names.toDnsLabel(name)}`;
  let found = site.node.tryFindChild(id) as DataOpenstackImagesImageV2 | undefined;
  if (found && found.nameInput !== name) {
    // Two names with one DNS label ("ubuntu 24.04", "ubuntu-24-04"): keep them apart.
    id = `${id}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
    found = site.node.tryFindChild(id) as DataOpenstackImagesImageV2 | undefined;
  }
  return (found ?? new DataOpenstackImagesImageV2(site, id, { provider: site.provider, name, mostRecent: true })).id;
}

/** QoS rules an OpenStack port of this attachment cannot honour. */
function checkPortQos(scope: Construct, a: AttachmentPlan): void {
  const qos = a.qos;
  if (!qos) return;
  if (qos.policy.minKbps !== undefined) {
    // A minimum-bandwidth rule gives the port a resource request, whether the policy is the
    // port's own or the network's (Neutron applies it to compute ports). Nova needs
    // microversion 2.72 to boot on such a port, and provider 3.4.0 never asks for it: the
    // server fails to boot. Found by the OpenStack end-to-end suite (issue 14).
    const from = qos.onPort ? 'the port\'s own policy' : 'the network\'s policy, which Neutron applies to every instance port on it';
    throw new ValidationError(scope, qos.prop,
      `QoS policy ${qos.path} has a minimum-bandwidth rule (minKbps), reaching this port through ${from}; Nova refuses to boot a server on a port with a bandwidth guarantee unless asked for API microversion 2.72, which the OpenStack provider 3.4.0 never does`,
      'drop minKbps from the policy (keep maxKbps and dscpMark), or keep the guaranteed policy on a network no instance group attaches to');
  }
  if (a.sriov && qos.policy.dscpMark !== undefined) {
    throw new ValidationError(scope, qos.prop,
      `QoS policy ${qos.path} marks DSCP ${qos.policy.dscpMark}, but this is an SR-IOV port and the SR-IOV agent cannot mark DSCP on a VF (Neutron rejects the port)`,
      'drop dscpMark from the policy that reaches SR-IOV ports and mark (or trust and remark) DSCP on the upstream switch port instead');
  }
}

/** @internal Creates the Nova and Neutron resources of an InstanceGroup. */
export function buildOpenStackInstances(site: OpenStackSiteContext, scope: Construct, plan: InstancesPlan): InstanceGroupOpenStackResources {
  const { members } = plan;
  plan.attachments.forEach((a) => checkPortQos(scope, a));
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
      allowedAddressPairs: a.allowedAddressPairs.length > 0 ? a.allowedAddressPairs.map((p) => ({ ipAddress: p.ipAddress, macAddress: p.macAddress })) : undefined,
      qosPolicyId: a.qosPolicyId,
      tags,
    });
  });

  const it = TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
  const flavor = flavorFor(site, scope, plan.size, plan.hostPool);
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
        uuid: imageIdFor(site, plan.image),
        destinationType: 'volume',
        volumeSize: plan.bootVolumeGiB,
        volumeType: plan.bootVolumeType ?? plan.bootTier?.volumeType,
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

  // Data volumes: one for_each resource per spec. Their Cinder zone is the spec's own
  // setting, never the member's Nova zone (the two namespaces differ on most clouds).
  // availability_zone is Optional+Computed, so dropping it changes no existing volume.
  const memberInstanceId = `\${${instances.fqn}[each.key].id}`;
  const memberKeys = () => TerraformIterator.fromMap(Object.fromEntries(members.map((m) => [m.key, m.key])));
  const volumes: BlockstorageVolumeV3[] = [];
  const volumeAttachments: ComputeVolumeAttachV2[] = [];
  for (const [i, spec] of plan.volumes.entries()) {
    const volume = new BlockstorageVolumeV3(scope, `volume-${spec.name}`, {
      provider,
      forEach: memberKeys(),
      name: `\${each.key}-${spec.name}`,
      size: spec.sizeGiB,
      volumeType: spec.volumeType ?? plan.volumeTiers[i]?.volumeType,
      availabilityZone: spec.zone,
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
