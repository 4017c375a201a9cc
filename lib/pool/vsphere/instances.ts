import type { ComputeClusterVmAntiAffinityRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule';
import type { ComputeClusterVmGroup } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-group';
import type { ComputeClusterVmHostRule } from '@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule';
import type { DataVsphereHost } from '@cdktf/provider-vsphere/lib/data-vsphere-host';
import type { DataVsphereVirtualMachine } from '@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine';
import type { HaVmOverride } from '@cdktf/provider-vsphere/lib/ha-vm-override';
import type { VirtualMachine } from '@cdktf/provider-vsphere/lib/virtual-machine';
import { Fn, TerraformIterator, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { peer } from '../../core/private/peers';
import { RemovalPolicy } from '../../core/removal-policy';
import { importEach, requireInventoryPath } from '../private/adopt';
import { EACH_KEY, eachValue, mapIterator } from '../private/each';
import { InstancesPlan, MemberPlan } from '../private/plan';
import { AntiAffinity, PowerState } from '../shapes';
import { Image } from '../size';
import { InstanceGroupVsphereResources } from '../target-resources';
import { VsphereSiteContext } from './context';

const peerComputeClusterVmAntiAffinityRule = () => peer<typeof import('@cdktf/provider-vsphere/lib/compute-cluster-vm-anti-affinity-rule')>('@cdktf/provider-vsphere', 'lib/compute-cluster-vm-anti-affinity-rule');
const peerDataVsphereVirtualMachine = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-virtual-machine')>('@cdktf/provider-vsphere', 'lib/data-vsphere-virtual-machine');
const peerVmGroup = () => peer<typeof import('@cdktf/provider-vsphere/lib/compute-cluster-vm-group')>('@cdktf/provider-vsphere', 'lib/compute-cluster-vm-group');
const peerVmHostRule = () => peer<typeof import('@cdktf/provider-vsphere/lib/compute-cluster-vm-host-rule')>('@cdktf/provider-vsphere', 'lib/compute-cluster-vm-host-rule');
const peerDataVsphereHost = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-host')>('@cdktf/provider-vsphere', 'lib/data-vsphere-host');
const peerHaVmOverride = () => peer<typeof import('@cdktf/provider-vsphere/lib/ha-vm-override')>('@cdktf/provider-vsphere', 'lib/ha-vm-override');
const peerVirtualMachine = () => peer<typeof import('@cdktf/provider-vsphere/lib/virtual-machine')>('@cdktf/provider-vsphere', 'lib/virtual-machine');

/** The template lookup, one per site and template. */
function templateFor(site: VsphereSiteContext, image: Image): DataVsphereVirtualMachine {
  const key = image.name ?? image.id!;
  const id = `template-${Names.toDnsLabel(key)}`;
  return (site.node.tryFindChild(id) as DataVsphereVirtualMachine | undefined) ??
    new (peerDataVsphereVirtualMachine().DataVsphereVirtualMachine)(site, id, {
      provider: site.provider,
      datacenterId: site.datacenter.id,
      name: image.name,
      uuid: image.id,
    });
}

/** The quota's pool in the member's cluster, else the cluster's root pool. */
function resourcePoolOf(scope: Construct, plan: InstancesPlan, site: VsphereSiteContext, zone: string): string {
  const pools = plan.quota?.vsphere?.resourcePools;
  if (!pools) return site.cluster(zone).resourcePoolId;
  const pool = pools[zone];
  if (!pool) {
    throw new ValidationError(scope, 'quota', `has no resource pool in cluster "${zone}", where members are placed`, `cover ${zone} in the quota's zones, or limit the group's zones to ${Object.keys(pools).join(', ')}`);
  }
  return pool.id;
}

/** The default datastore of the member's cluster: one its hosts mount. */
function datastoreOf(scope: Construct, site: VsphereSiteContext, zone: string): string {
  const [first] = site.datastoresOf(zone);
  if (first === undefined) {
    throw new ValidationError(scope, 'zones', `cluster "${zone}" has no datastore in the site's clusterDatastores, so members there have nowhere to put their disks`, `declare the datastores ${zone} mounts in clusterDatastores, or leave ${zone} out of the group's zones`);
  }
  return first;
}

/** A member's pinned datastore, which its cluster's hosts must mount. */
function pinnedDatastore(scope: Construct, site: VsphereSiteContext, m: MemberPlan): string | undefined {
  const ds = m.placement?.datastore;
  if (ds === undefined) return undefined;
  if (!site.datastoresOf(m.zone).includes(ds)) {
    throw new ValidationError(scope, `placements["${m.key}"].datastore`, `datastore "${ds}" is not mounted by the hosts of cluster "${m.zone}" (mounted: ${site.datastoresOf(m.zone).join(', ') || 'none'})`, 'pin a datastore the member\'s cluster mounts, or declare it in the site\'s datastores / clusterDatastores');
  }
  return ds;
}

/** The host lookup, one per site and host name. */
function hostFor(site: VsphereSiteContext, name: string): DataVsphereHost {
  const id = `host-${Names.toDnsLabel(name)}`;
  return (site.node.tryFindChild(id) as DataVsphereHost | undefined) ??
    new (peerDataVsphereHost().DataVsphereHost)(site, id, { provider: site.provider, name, datacenterId: site.datacenter.id });
}

/** A shared disk must sit on a datastore every attaching member's cluster mounts. */
function checkSharedDatastores(scope: Construct, site: VsphereSiteContext, plan: InstancesPlan): void {
  plan.sharedVolumes.forEach((v, i) => {
    const ds = v.handle.vsphere!.datastore!;
    for (const zone of new Set(plan.members.map((m) => m.zone))) {
      if (!site.datastoresOf(zone).includes(ds)) {
        throw new ValidationError(scope, `sharedVolumes[${i}]`, `shared disk "${v.volumeName}" is on datastore "${ds}", which the hosts of cluster "${zone}" do not mount`, `put the disk on a datastore every member's cluster mounts (SharedVolume datastore), or limit the group's zones`);
      }
    }
  });
}

/** A tier's datastore must be mounted by the cluster of every member that puts a disk there. */
function checkTierDatastores(scope: Construct, site: VsphereSiteContext, plan: InstancesPlan): void {
  const tiers: Array<[string, string | undefined]> = [['bootVolumeTier', plan.bootTier?.datastore], ...plan.volumeTiers.map((t, i): [string, string | undefined] => [`volumes[${i}].tier`, t?.datastore])];
  for (const [prop, ds] of tiers) {
    if (ds === undefined) continue;
    for (const zone of new Set(plan.members.map((m) => m.zone))) {
      if (!site.datastoresOf(zone).includes(ds)) {
        throw new ValidationError(scope, prop, `the tier's datastore "${ds}" is not mounted by the hosts of cluster "${zone}"`, 'use a tier on a datastore every member\'s cluster mounts, or limit the group\'s zones');
      }
    }
  }
}

/** What vSphere cannot do for a group's lifecycle props (provider 2.15.0). */
function checkVsphereLifecycle(scope: Construct, plan: InstancesPlan): void {
  if (plan.powerState !== PowerState.ACTIVE) {
    throw new ValidationError(scope, 'powerState', `vSphere sites do not support power state ${plan.powerState}: vsphere_virtual_machine exposes power_state read-only (provider 2.15.0)`,
      'leave powerState unset (ACTIVE) and power VMs off out of band (govc vm.power -off), or remove the member');
  }
  for (const [key, id] of Object.entries(plan.adopt ?? {})) requireInventoryPath(scope, `adopt["${key}"]`, id, `/dc1/vm/${key}`);
  plan.attachments.forEach((a, n) => {
    if (a.adoptPorts) throw new ValidationError(scope, `networks[${n}].adoptPorts`, 'vSphere sites have no port objects: NICs are part of the VM', 'drop adoptPorts (adopting the VM adopts its NICs)');
  });
  plan.volumes.forEach((v, n) => {
    if (v.adopt) throw new ValidationError(scope, `volumes[${n}].adopt`, 'vSphere sites keep data disks inside the VM', 'drop volumes[].adopt (adopting the VM adopts its disks)');
  });
}

/** @internal Creates the VMs and DRS rules of an InstanceGroup. */
export function buildVsphereInstances(site: VsphereSiteContext, scope: Construct, plan: InstancesPlan): InstanceGroupVsphereResources {
  const { members, size } = plan;
  const template = templateFor(site, plan.image);
  const attachments = plan.attachments;
  checkSharedDatastores(scope, site, plan);
  checkTierDatastores(scope, site, plan);
  checkVsphereLifecycle(scope, plan);
  const boot = plan.bootTier;

  const anyHost = members.some((m) => m.placement?.host !== undefined);
  const perMember = Object.fromEntries(
    members.map((m) => [
      m.key,
      {
        resource_pool_id: resourcePoolOf(scope, plan, site, m.zone),
        // A member's pinned datastore wins over the boot tier's; both over the zone's default.
        datastore_id: site.datastore(pinnedDatastore(scope, site, m) ?? boot?.datastore ?? datastoreOf(scope, site, m.zone)).id,
        // Host pins only where some member has one, so unpinned groups synthesize as before.
        ...(anyHost ? { host: m.placement?.host !== undefined ? hostFor(site, m.placement.host).id : '' } : {}),
        ...Object.fromEntries(m.macs.map((mac, n) => [`mac${n}`, mac ?? ''])),
        ...Object.fromEntries(m.ips.map((ip, n) => [`ip${n}`, ip ?? ''])),
      },
    ]),
  );
  const it = mapIterator(perMember);
  const anyFixedIp = attachments.some((a) => a.fixedIps);
  const gateway = attachments.map((a) => a.subnet.gatewayIp).find((g) => g !== undefined);
  const volumes = plan.volumes;

  const virtualMachines = new (peerVirtualMachine().VirtualMachine)(scope, 'vms', {
    provider: site.provider,
    forEach: it,
    name: EACH_KEY,
    resourcePoolId: eachValue('resource_pool_id'),
    // A datastore-cluster tier places the whole VM through Storage DRS.
    datastoreId: boot?.datastoreClusterId === undefined ? eachValue('datastore_id') : undefined,
    datastoreClusterId: boot?.datastoreClusterId,
    storagePolicyId: boot?.storagePolicyId,
    // A new pool, host or datastore is a vMotion or storage vMotion: an update in place.
    hostSystemId: anyHost ? `\${each.value.host == "" ? null : each.value.host}` : undefined,
    folder: site.folder,
    numCpus: size.vcpus,
    memory: Math.round(size.memoryGiB! * 1024),
    // Data-plane sizes need exclusive CPUs and fully reserved memory on ESXi too.
    latencySensitivity: size.isDataPlane ? 'high' : undefined,
    memoryReservation: size.isDataPlane ? Math.round(size.memoryGiB! * 1024) : undefined,
    guestId: template.guestId,
    scsiType: template.scsiType,
    firmware: template.firmware,
    annotation: Labels.toVsphereAnnotation(plan.labels) || undefined,
    networkInterface: attachments.map((a, n) => ({
      networkId: a.networkId,
      adapterType: Fn.element(template.networkInterfaceTypes, 0),
      useStaticMac: a.staticMacs ? true : undefined,
      macAddress: a.staticMacs ? eachValue(`mac${n}`) : undefined,
    })),
    disk: [
      {
        label: 'disk0', size: (boot ? plan.bootVolumeGiB : undefined) ?? size.diskGiB ?? template.disks.get(0).size, thinProvisioned: template.disks.get(0).thinProvisioned,
        storagePolicyId: boot?.storagePolicyId, ioLimit: boot?.ioLimit,
      },
      // Per-member data disks: kept on the datastore when a VM is removed unless DESTROY.
      ...volumes.map((v, n) => {
        const tier = plan.volumeTiers[n];
        return {
          label: `disk-${v.name}`, unitNumber: n + 1, size: v.sizeGiB, keepOnRemove: (v.removalPolicy ?? RemovalPolicy.RETAIN) === RemovalPolicy.RETAIN,
          datastoreId: tier?.datastore !== undefined ? site.datastore(tier.datastore).id : undefined,
          storagePolicyId: tier?.storagePolicyId, ioLimit: tier?.ioLimit,
        };
      }),
      // Shared disks: the same vmdk attached to every member in multi-writer mode.
      ...plan.sharedVolumes.map((v, n) => ({
        label: `shared-${v.volumeName}`,
        unitNumber: volumes.length + n + 1,
        attach: true,
        path: v.handle.vsphere!.virtualDisk.vmdkPath,
        datastoreId: site.datastore(v.handle.vsphere!.datastore).id,
        diskSharing: 'sharingMultiWriter',
      })),
    ],
    clone: {
      templateUuid: template.id,
      customize: anyFixedIp
        ? {
          linuxOptions: { hostName: EACH_KEY, domain: 'local' },
          networkInterface: attachments.map((a, n) =>
            a.fixedIps ? { ipv4Address: eachValue(`ip${n}`), ipv4Netmask: Number(a.subnet.cidr.split('/')[1]) } : {}),
          ipv4Gateway: gateway,
        }
        : undefined,
    },
    extraConfig: plan.userData
      ? { 'guestinfo.userdata': Fn.base64encode(literalOrToken(plan.userData)), 'guestinfo.userdata.encoding': 'base64' }
      : undefined,
  });

  importEach(virtualMachines, plan.adopt);

  const antiAffinityRules: ComputeClusterVmAntiAffinityRule[] = [];
  if (plan.antiAffinity !== AntiAffinity.NONE) {
    const byZone = new Map<string, string[]>();
    for (const m of members) byZone.set(m.zone, [...(byZone.get(m.zone) ?? []), m.key]);
    for (const [zone, keys] of byZone) {
      if (keys.length < 2) continue; // a lone member in a cluster is apart already
      antiAffinityRules.push(
        new (peerComputeClusterVmAntiAffinityRule().ComputeClusterVmAntiAffinityRule)(scope, `anti-affinity-${Names.toDnsLabel(zone)}`, {
          provider: site.provider,
          name: `${plan.name}-${Names.toDnsLabel(zone)}-anti-affinity`,
          computeClusterId: site.cluster(zone).id,
          mandatory: plan.antiAffinity === AntiAffinity.HARD,
          virtualMachineIds: TerraformIterator.fromResources(virtualMachines).forExpressionForList(`val.id if contains(${JSON.stringify(keys)}, key)`) as unknown as string[],
        }),
      );
    }
  }
  return { virtualMachines, antiAffinityRules, ...confineToPool(site, scope, plan, virtualMachines), haOverrides: haOverrides(site, scope, plan, virtualMachines) };
}

/** VM-HA: a restart priority per member, in its own cluster (whose HA must be on). */
function haOverrides(site: VsphereSiteContext, scope: Construct, plan: InstancesPlan, vms: VirtualMachine): HaVmOverride | undefined {
  if (plan.haRestartPriority === undefined) return undefined;
  const it = mapIterator(Object.fromEntries(plan.members.map((m) => [m.key, { cluster_id: site.cluster(m.zone).id }])));
  return new (peerHaVmOverride().HaVmOverride)(scope, 'ha-override', {
    provider: site.provider,
    forEach: it,
    computeClusterId: eachValue('cluster_id'),
    virtualMachineId: `\${${vms.fqn}[each.key].id}`,
    haVmRestartPriority: plan.haRestartPriority,
  });
}

/** With a host pool: a VM group of the members and a mandatory rule keeping them on the pool's hosts. */
function confineToPool(site: VsphereSiteContext, scope: Construct, plan: InstancesPlan, vms: VirtualMachine): { hostPoolVmGroup?: ComputeClusterVmGroup; hostPoolRule?: ComputeClusterVmHostRule } {
  const pool = plan.hostPool;
  if (!pool) return {};
  const outside = plan.members.find((m) => m.zone !== pool.zone);
  if (outside) throw new ValidationError(scope, 'zones', `member ${outside.key} is in cluster "${outside.zone}", but host pool ${pool.poolName} is in "${pool.zone}"`, `limit the group's zones to ["${pool.zone}"]`);
  const computeClusterId = site.cluster(pool.zone!).id;
  const hostPoolVmGroup = new (peerVmGroup().ComputeClusterVmGroup)(scope, 'host-pool-vm-group', {
    provider: site.provider,
    name: `${plan.name}-vms`,
    computeClusterId,
    virtualMachineIds: TerraformIterator.fromResources(vms).forExpressionForList('val.id') as unknown as string[],
  });
  const hostPoolRule = new (peerVmHostRule().ComputeClusterVmHostRule)(scope, 'host-pool-rule', {
    provider: site.provider,
    name: `${plan.name}-on-${pool.poolName}`,
    computeClusterId,
    vmGroupName: hostPoolVmGroup.name,
    affinityHostGroupName: pool.vsphere!.hostGroup.name,
    mandatory: true,
  });
  return { hostPoolVmGroup, hostPoolRule };
}

/** A literal as an escaped HCL string (user data may hold quotes, e.g. rsyslog rules); tokens as they are. */
function literalOrToken(value: string): string {
  return Token.isUnresolved(value) || !/["\\]|[$%]\{/.test(value) ? value : Fn.rawString(value);
}
