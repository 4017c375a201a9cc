import type { EntityPermissions } from '@cdktf/provider-vsphere/lib/entity-permissions';
import type { Role } from '@cdktf/provider-vsphere/lib/role';
import { Construct, IConstruct } from 'constructs';
import { Names } from '../../core/names';
import { peer } from '../../core/private/peers';
import { ITenancyDriver, TenantVdcEdgePlan, TenantVdcEdgeResult, TenantVdcPlan, TenantVdcResult } from '../private/tenancy';
import { Quota } from '../quota';
import { ISite } from '../site';
import { VsphereSiteContext } from './context';

const peerFolder = () => peer<typeof import('@cdktf/provider-vsphere/lib/folder')>('@cdktf/provider-vsphere', 'lib/folder');
const peerRole = () => peer<typeof import('@cdktf/provider-vsphere/lib/role')>('@cdktf/provider-vsphere', 'lib/role');
const peerDataRole = () => peer<typeof import('@cdktf/provider-vsphere/lib/data-vsphere-role')>('@cdktf/provider-vsphere', 'lib/data-vsphere-role');
const peerEntityPermissions = () => peer<typeof import('@cdktf/provider-vsphere/lib/entity-permissions')>('@cdktf/provider-vsphere', 'lib/entity-permissions');

/** @internal Creates the VDC's own site (a VsphereSite on the same provider, placing VMs in `folder`). */
export type VsphereChildSiteFactory = (scope: Construct, id: string, folder: string) => ISite;

/** What a VDC operator may do with its own VMs: run, reconfigure and snapshot them, nothing on the hosts. */
const OPERATOR_PRIVILEGES = [
  'Resource.AssignVMToPool',
  'VirtualMachine.Config.AddRemoveDevice', 'VirtualMachine.Config.CPUCount', 'VirtualMachine.Config.Memory', 'VirtualMachine.Config.Settings',
  'VirtualMachine.Interact.ConsoleInteract', 'VirtualMachine.Interact.PowerOff', 'VirtualMachine.Interact.PowerOn', 'VirtualMachine.Interact.Reset',
  'VirtualMachine.Inventory.Create', 'VirtualMachine.Inventory.Delete',
  'VirtualMachine.State.CreateSnapshot', 'VirtualMachine.State.RemoveSnapshot', 'VirtualMachine.State.RevertToSnapshot',
];

/**
 * @internal A tenant VDC on vSphere, which has no projects: a VM folder (under the
 * parent VDC's), resource pools (the quota) and, for a `principal`, a role with VM
 * operator privileges (or a named existing role) granted on the folder and the pools.
 * Its site is the datacenter seen through that folder, on the same provider.
 */
export class VsphereTenancy implements ITenancyDriver {
  constructor(private readonly site: VsphereSiteContext & ISite, private readonly childSite: VsphereChildSiteFactory) {}

  public tenantVdc(scope: IConstruct, plan: TenantVdcPlan): TenantVdcResult {
    const s = scope as Construct;
    const base = plan.parent?.folder ?? this.site.folder;
    const path = base ? `${base}/${plan.name}` : plan.name;
    const folder = new (peerFolder().Folder)(s, 'folder', { provider: this.site.provider, path, type: 'vm', datacenterId: this.site.datacenter.id });
    // The quota's resource pools belong to the VDC's own site, so its groups can be given it.
    // The VMs reference the folder resource, so Terraform creates them after it and destroys
    // them before it (a literal path let the folder's delete race its VMs: "folder is not
    // empty", found by the vSphere end-to-end suite).
    const site = this.childSite(s, 'site', folder.path);
    const quota = new Quota(s, 'quota', { site, ...plan.quota, zones: plan.quotaZones });
    let role: Role | undefined;
    const permissions: EntityPermissions[] = [];
    if (plan.principal !== undefined) {
      let roleId: string;
      if (plan.role !== undefined) {
        roleId = new (peerDataRole().DataVsphereRole)(s, 'role', { provider: this.site.provider, label: plan.role }).id;
      } else {
        role = new (peerRole().Role)(s, 'role', { provider: this.site.provider, name: `${plan.name}-operator`, rolePrivileges: OPERATOR_PRIVILEGES });
        roleId = role.id;
      }
      const grant = (id: string, entityId: string, entityType: string) => permissions.push(new (peerEntityPermissions().EntityPermissions)(s, id, {
        provider: this.site.provider,
        entityId,
        entityType,
        permissions: [{ userOrGroup: plan.principal!, isGroup: true, propagate: true, roleId }],
      }));
      grant('folder-permissions', folder.id, 'Folder');
      for (const [zone, pool] of Object.entries(quota.vsphere?.resourcePools ?? {})) grant(`pool-permissions-${Names.toDnsLabel(zone)}`, pool.id, 'ResourcePool');
    }
    return { site, externalNetwork: false, folder: path, quota, vsphere: { folder, role, permissions } };
  }

  /** Nothing to create: the datacenter's port groups are visible to every folder. */
  public shareNetwork(): undefined {
    return undefined;
  }

  /** Never reached: TenantVdc rejects floatingIpQosPolicy on vSphere (no floating IPs). */
  public shareQosPolicy(): undefined {
    return undefined;
  }

  /**
   * Nothing to build: without NSX there is no router to put a firewall on, no load
   * balancer and no floating IP (TenantVdc rejects those props first, naming the target).
   * The VDC's port group has no gateway of the platform's, so other VDCs reach it only
   * where the physical fabric routes it.
   */
  public edge(_scope: IConstruct, _site: ISite, _plan: TenantVdcEdgePlan): TenantVdcEdgeResult {
    return { floatingIps: [], rbacPolicies: [] };
  }
}
