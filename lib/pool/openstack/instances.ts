import { createHash } from 'crypto';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { RemovalPolicy } from '../../core/removal-policy';
import { BlockstorageVolumeTypeAccessV3 } from '../../providers/openstack/blockstorage-volume-type-access-v3';
import { BlockstorageVolumeV3 } from '../../providers/openstack/blockstorage-volume-v3';
import { ComputeInstanceV2 } from '../../providers/openstack/compute-instance-v2';
import { ComputeServergroupV2 } from '../../providers/openstack/compute-servergroup-v2';
import { ComputeVolumeAttachV2 } from '../../providers/openstack/compute-volume-attach-v2';
import { DataOpenstackImagesImageV2 } from '../../providers/openstack/data-openstack-images-image-v2';
import { NetworkingPortV2 } from '../../providers/openstack/networking-port-v2';
import { adopts, importEach, importInto } from '../private/adopt';
import { EACH_KEY, eachValue, mapIterator, sameStackRef } from '../private/each';
import { resourceFactory } from '../private/plain-resource';
import { AttachmentPlan, InstancesPlan } from '../private/plan';
import { AntiAffinity, PowerState, ResourceForm } from '../shapes';
import { Image } from '../size';
import { InstanceGroupOpenStackElements, InstanceGroupOpenStackResources } from '../target-resources';
import { OpenStackSiteContext } from './context';
import { flavorFor } from './flavors';
import { volumeTypeOf } from './storage';

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

const POWER_STATES: { [state in PowerState]: string } = {
  [PowerState.ACTIVE]: 'active',
  [PowerState.SHUT_OFF]: 'shutoff',
  [PowerState.SHELVED]: 'shelved_offloaded',
};

/** What Nova sets on an SR-IOV port at boot (found by the OpenStack e2e suite: drift on re-plan). */
const SRIOV_NOVA_OWNED = 'binding[0].profile';
/**
 * An adopted port keeps its addresses: provider 3.4.0 does not read `fixed_ip` back on
 * import, so its first plan would PUT the subnet-only request over the live addresses
 * (found by the OpenStack e2e suite's adoption plan check).
 */
const ADOPTED_PORT_IGNORED = 'fixed_ip';
/** What the cloud owns on a port: Nova's VF claim, an adopted port's addresses. */
function portLifecycle(sriov: boolean, adopting: boolean): { ignoreChanges: string[] } | undefined {
  const ignored = [...(sriov ? [SRIOV_NOVA_OWNED] : []), ...(adopting ? [ADOPTED_PORT_IGNORED] : [])];
  return ignored.length > 0 ? { ignoreChanges: ignored } : undefined;
}
/** Create-time attributes of an adopted server (ForceNew, or not read back on import). */
const ADOPTED_IGNORED = ['image_name', 'image_id', 'block_device', 'network', 'user_data', 'key_pair', 'scheduler_hints', 'availability_zone'];

/**
 * OpenStack moves a member only by replacing it (availability_zone is ForceNew; the
 * provider has no live migration): allowed with a stated reason, never silently.
 */
function checkPlacements(scope: Construct, plan: InstancesPlan): void {
  for (const m of plan.members) {
    const pin = m.placement;
    if (!pin) continue;
    const prop = `placements["${m.key}"]`;
    if (pin.datastore !== undefined) throw new ValidationError(scope, `${prop}.datastore`, 'OpenStack sites have no datastores', 'choose storage with a volume type (volumes[].volumeType) instead');
    if (pin.host !== undefined) {
      throw new ValidationError(scope, `${prop}.host`, 'OpenStack sites cannot pin or move a running server to a host from Terraform (provider 3.4.0 has no live-migration resource)',
        'live-migrate out of band (`openstack server migrate --live-migration --host <host> <server>`), or keep members apart with anti-affinity');
    }
    if (pin.movedFrom !== undefined && pin.replaceReason === undefined) {
      throw new ValidationError(scope, `${prop}.zone`,
        `moves ${m.key} from zone ${pin.movedFrom} to ${m.zone}, which replaces the server (its local disk and any data not replicated elsewhere are lost; data volumes survive, protected)`,
        'add a member in the new zone (count + 1, addedZones), drain and remove the old one; or set replaceReason saying why the replacement is safe');
    }
  }
}

/** An adopted server keeps its ports: each attachment must adopt them too. */
function checkAdoptedPorts(scope: Construct, plan: InstancesPlan): void {
  const adopted = Object.keys(plan.adopt ?? {});
  plan.attachments.forEach((a, n) => {
    const missing = adopted.filter((key) => a.adoptPorts?.[key] === undefined);
    if (missing.length > 0) {
      throw new ValidationError(scope, `networks[${n}].adoptPorts`,
        `adopted members ${missing.join(', ')} have no port on network ${a.networkName} to take over (an adopted server keeps its ports; new ones would be created unattached)`,
        'add the existing port UUIDs by member key (`npm run discover -- --from openstack` matches ports to servers by address)');
    }
    const stray = Object.keys(a.adoptPorts ?? {}).filter((key) => !adopted.includes(key));
    if (stray.length > 0) {
      throw new ValidationError(scope, `networks[${n}].adoptPorts`, `adopts ports of members ${stray.join(', ')}, whose servers are not adopted`, 'adopt those servers too (adopt), or drop their ports');
    }
  });
}

/** @internal The Nova and Neutron resources of an InstanceGroup: typed (unless plain) and as elements. */
export interface OpenStackInstances {
  readonly openstack?: InstanceGroupOpenStackResources;
  readonly openstackElements: InstanceGroupOpenStackElements;
}

/** @internal Creates the Nova and Neutron resources of an InstanceGroup. */
export function buildOpenStackInstances(site: OpenStackSiteContext, scope: Construct, plan: InstancesPlan): OpenStackInstances {
  const { members } = plan;
  plan.attachments.forEach((a) => checkPortQos(scope, a));
  const adopting = adopts(plan.adopt);
  checkAdoptedPorts(scope, plan);
  checkPlacements(scope, plan);
  const provider = site.provider;
  const tags = Labels.toOpenStackTags(plan.labels);
  const plain = plan.resourceForm === ResourceForm.PLAIN;
  const create = resourceFactory(plain);

  let serverGroup: TerraformResource | undefined;
  if (plan.antiAffinity !== AntiAffinity.NONE) {
    serverGroup = create(ComputeServergroupV2, scope, 'server-group', {
      provider,
      name: plan.name,
      policies: [plan.antiAffinity === AntiAffinity.HARD ? 'anti-affinity' : 'soft-anti-affinity'],
    });
  }

  // One port resource per attachment, keyed like the members, so each member's
  // MAC/IP/security groups are pinned to its port and survive instance rebuilds.
  const ports = plan.attachments.map((a, n) => {
    const perMember = Object.fromEntries(members.map((m) => [m.key, { mac: m.macs[n] ?? '', ip: m.ips[n] ?? '' }]));
    const it = mapIterator(perMember);
    return create(NetworkingPortV2, scope, `port-${a.networkName}`, {
      provider,
      forEach: it,
      name: `${EACH_KEY}-${a.networkName}`,
      networkId: a.networkId,
      adminStateUp: true,
      macAddress: a.staticMacs ? eachValue('mac') : undefined,
      fixedIp: [{ subnetId: a.subnetId(), ipAddress: a.fixedIps ? eachValue('ip') : undefined }],
      securityGroupIds: a.securityGroupIds,
      // SR-IOV VFs bypass the vSwitch, so Neutron port security cannot apply to them.
      portSecurityEnabled: a.sriov ? false : undefined,
      noSecurityGroups: a.sriov || !a.securityGroupIds || a.securityGroupIds.length === 0 ? true : undefined,
      binding: a.sriov ? { vnicType: 'direct' } : undefined,
      // Nova writes the claimed VF (pci_slot, vendor, physnet) into an SR-IOV port's binding
      // profile when it boots the member; without this, every later plan would clear it.
      lifecycle: portLifecycle(a.sriov, Object.keys(a.adoptPorts ?? {}).length > 0),
      allowedAddressPairs: a.allowedAddressPairs.length > 0 ? a.allowedAddressPairs.map((p) => ({ ipAddress: p.ipAddress, macAddress: p.macAddress })) : undefined,
      qosPolicyId: a.qosPolicyId,
      tags,
    });
  });

  const it = mapIterator(Object.fromEntries(members.map((m) => [m.key, { zone: m.zone }])));
  const flavor = flavorFor(site, scope, plan.size, plan.hostPool);
  const bootFromVolume = plan.bootVolumeGiB !== undefined;
  const typeGrants = new Set<BlockstorageVolumeTypeAccessV3>();
  const bootVolumeType = plan.bootVolumeType ?? (bootFromVolume ? volumeTypeOf(site, plan.bootTier, typeGrants) : plan.bootTier?.volumeType);
  const instances = create(ComputeInstanceV2, scope, 'instances', {
    provider,
    forEach: it,
    name: EACH_KEY,
    availabilityZone: eachValue('zone'),
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
        volumeType: bootVolumeType,
        bootIndex: 0,
        deleteOnTermination: false,
      }]
      : undefined,
    keyPair: plan.keyPair,
    userData: plan.userData,
    schedulerHints: serverGroup ? [{ group: sameStackRef(serverGroup, '.id') }] : undefined,
    network: ports.map((p) => ({ port: sameStackRef(p, '[each.key].id') })),
    // Unset means the provider's default, "active": existing stacks stay byte-identical.
    powerState: plan.powerState === PowerState.ACTIVE ? undefined : POWER_STATES[plan.powerState],
    // Masakari's instance monitor restarts (evacuates) members whose metadata says so.
    metadata: plan.haRestartPriority !== undefined ? { HA_Enabled: 'True' } : undefined,
    tags,
    // An adopted server keeps what it was booted with: ignore create-time (ForceNew)
    // attributes that the import cannot read back, or the first plan would replace it.
    lifecycle: adopting ? { ignoreChanges: ADOPTED_IGNORED } : undefined,
    dependsOn: typeGrants.size > 0 ? [...typeGrants] : undefined,
  }, ['metadata']);
  importEach(instances, plan.adopt);
  plan.attachments.forEach((a, n) => importEach(ports[n], a.adoptPorts));

  // Data volumes: one for_each resource per spec. Their Cinder zone is the spec's own
  // setting, never the member's Nova zone (the two namespaces differ on most clouds).
  // availability_zone is Optional+Computed, so dropping it changes no existing volume.
  const memberInstanceId = sameStackRef(instances, '[each.key].id');
  // One iterator (one token) for every per-member volume and attachment resource.
  const keys = mapIterator(Object.fromEntries(members.map((m) => [m.key, m.key])));
  const memberKeys = () => keys;
  const volumes: TerraformResource[] = [];
  const volumeAttachments: TerraformResource[] = [];
  for (const [i, spec] of plan.volumes.entries()) {
    const grants = new Set<BlockstorageVolumeTypeAccessV3>();
    const volumeType = spec.volumeType ?? volumeTypeOf(site, plan.volumeTiers[i], grants);
    const volume = create(BlockstorageVolumeV3, scope, `volume-${spec.name}`, {
      provider,
      forEach: memberKeys(),
      name: `\${each.key}-${spec.name}`,
      size: spec.sizeGiB,
      volumeType,
      availabilityZone: spec.zone,
      metadata: plan.labels,
      lifecycle: { preventDestroy: (spec.removalPolicy ?? RemovalPolicy.RETAIN) === RemovalPolicy.RETAIN },
      dependsOn: grants.size > 0 ? [...grants] : undefined,
    }, ['metadata']);
    volumes.push(volume);
    importEach(volume, spec.adopt);
    const attachment = create(ComputeVolumeAttachV2, scope, `attach-${spec.name}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: sameStackRef(volume, '[each.key].id'),
    });
    volumeAttachments.push(attachment);
    // Nova names an attachment by its volume: `<server>/<volume>` when both are adopted.
    for (const [key, volumeId] of Object.entries(spec.adopt ?? {})) {
      const serverId = plan.adopt?.[key];
      if (serverId !== undefined) importInto(attachment, `${serverId}/${volumeId}`, key);
    }
  }
  for (const shared of plan.sharedVolumes) {
    volumeAttachments.push(create(ComputeVolumeAttachV2, scope, `attach-shared-${shared.volumeName}`, {
      provider,
      forEach: memberKeys(),
      instanceId: memberInstanceId,
      volumeId: shared.handle.openstack!.volume.id,
      multiattach: true,
    }));
  }
  const elements: InstanceGroupOpenStackElements = { serverGroup, ports, instances, volumes, volumeAttachments };
  // The typed escape hatch exists only where the generated classes were created.
  const typed = plain ? undefined : {
    serverGroup: serverGroup as ComputeServergroupV2 | undefined,
    ports: ports as NetworkingPortV2[],
    instances: instances as ComputeInstanceV2,
    volumes: volumes as BlockstorageVolumeV3[],
    volumeAttachments: volumeAttachments as ComputeVolumeAttachV2[],
    flavor: flavor.flavor,
  };
  return { openstack: typed, openstackElements: elements };
}
