import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import {
  ImageTemplatePlan, ImageTemplateResult, InstancesPlan, InstancesResult, ISiteDriver, NetworkImportPlan, NetworkImportResult,
  NetworkPlan, NetworkResult, QosPlan, QosResult, QuotaPlan, QuotaResult, RouterResult, SecurityGroupPlan, SecurityGroupResult, SharedVolumePlan, SharedVolumeResult,
  StorageTierPlan, HostPoolPlan, HostPoolResult, FlavorPlan, FlavorResult, BackupPlan, BackupResult, InstanceExportPlan, InstanceExportResult,
} from '../private/plan';
import { StorageTierResult } from '../private/storage-result';
import { SiteCapabilities } from '../site';
import { buildVsphereBackup } from './backup';
import { VsphereSiteContext } from './context';
import { buildHostPool } from './host-pool';
import { buildVsphereInstances } from './instances';
import { buildVspherePortGroup, importVsphereNetwork } from './network';
import { buildContentLibraryItem, buildResourcePool, buildVmExport, buildSharedDisk, planPortGroupShaping } from './resources';
import { buildStorageTier } from './storage';

/** @internal What a vSphere datacenter without NSX offers. */
export const VSPHERE_CAPABILITIES: SiteCapabilities = {
  securityGroups: false,
  loadBalancer: false,
  sriov: false,
  flavors: false,
  routers: false,
  tenantNetworks: false,
  physicalNetworks: false,
  portQos: false,
  subnetObjects: false,
  projects: false,
  trafficMirroring: false,
  addressPairs: false,
  volumeTypes: false,
  datastores: true,
  plainResources: false,
};

/** @internal Builds every pool building block as vSphere VMs, port groups, disks and resource pools. */
export class VsphereDriver implements ISiteDriver {
  constructor(private readonly site: VsphereSiteContext) {}

  public instances(scope: Construct, plan: InstancesPlan): InstancesResult {
    const vsphere = buildVsphereInstances(this.site, scope, plan);
    return {
      vsphere,
      // A fixed address is known at synth. Otherwise VMware Tools reports only the primary
      // NIC's address as a per-NIC value (guest_ip_addresses is unordered across NICs).
      memberAddress: (s, member, n) => {
        const fixed = member.ips[n];
        if (fixed !== undefined) return fixed;
        if (n === 0) return `\${${vsphere.virtualMachines.fqn}["${member.key}"].default_ip_address}`;
        throw new ValidationError(s, `networks[${n}].fixedIps`, `on vSphere, the address of a secondary NIC is not known to Terraform`, `set fixedIps on networks[${n}], or use the members' first network`);
      },
    };
  }

  public network(scope: Construct, plan: NetworkPlan): NetworkResult {
    return buildVspherePortGroup(this.site, scope, plan);
  }

  public router(scope: Construct): RouterResult {
    // Router checks the capability first; this is the guard for direct driver use.
    throw new ValidationError(scope, 'site', 'vSphere sites do not support routers (no router without NSX)', 'route through the physical gateway named by each subnet\'s gatewayIp');
  }

  public importNetwork(scope: Construct, plan: NetworkImportPlan): NetworkImportResult {
    return importVsphereNetwork(this.site, scope, plan);
  }

  public securityGroup(scope: Construct, plan: SecurityGroupPlan): SecurityGroupResult | undefined {
    if (plan.adoptId !== undefined) throw new ValidationError(scope, 'adoptId', 'vSphere sites have no security groups to take over (no NSX)', 'drop adoptId');
    Annotations.of(scope).addWarning(
      `${scope.node.path}: vSphere without NSX cannot enforce security-group rules; port groups are hardened, but enforce these rules at the physical or NSX firewall.`,
    );
    return undefined;
  }

  public importSecurityGroup(scope: Construct): string {
    throw new ValidationError(scope, 'site', 'only OpenStack sites have security groups to import', 'use an OpenStack site');
  }

  public sharedVolume(scope: Construct, plan: SharedVolumePlan): SharedVolumeResult {
    return buildSharedDisk(this.site, scope, plan);
  }

  public quota(scope: Construct, plan: QuotaPlan): QuotaResult {
    return buildResourcePool(this.site, scope, plan);
  }

  public qosPolicy(scope: Construct, plan: QosPlan): QosResult {
    return planPortGroupShaping(scope, plan);
  }

  public imageTemplate(scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult {
    return buildContentLibraryItem(this.site, scope, plan);
  }

  public storageTier(scope: Construct, plan: StorageTierPlan): StorageTierResult {
    return buildStorageTier(this.site, scope, plan);
  }

  public hostPool(scope: Construct, plan: HostPoolPlan): HostPoolResult {
    return buildHostPool(this.site, scope, plan);
  }

  public flavor(scope: Construct, _plan: FlavorPlan): FlavorResult {
    // Unreachable: Flavor checks the `flavors` capability first (vSphere sizes are per VM).
    throw new ValidationError(scope, 'site', 'vSphere sites have no flavors', 'size vSphere members with Size.of(...) on the group itself');
  }

  public backupPolicy(scope: Construct, plan: BackupPlan): BackupResult {
    return buildVsphereBackup(this.site, scope, plan);
  }

  public exportInstance(scope: Construct, plan: InstanceExportPlan): InstanceExportResult {
    return buildVmExport(this.site, scope, plan);
  }
}
