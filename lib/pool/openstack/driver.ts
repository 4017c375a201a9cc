import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import {
  ImageTemplatePlan, ImageTemplateResult, InstancesPlan, InstancesResult, ISiteDriver, NetworkImportPlan, NetworkImportResult,
  NetworkPlan, NetworkResult, QosPlan, QosResult, QuotaPlan, QuotaResult, RouterPlan, RouterResult, SecurityGroupPlan, SecurityGroupResult,
  SharedVolumePlan, SharedVolumeResult, StorageTierPlan, HostPoolPlan, HostPoolResult, FlavorPlan, FlavorResult, BackupPlan, BackupResult, InstanceExportPlan, InstanceExportResult,
} from '../private/plan';
import { StorageTierResult } from '../private/storage-result';
import { SiteCapabilities } from '../site';
import { buildOpenStackBackup } from './backup';
import { OpenStackSiteContext } from './context';
import { buildCatalogFlavor } from './flavors';
import { buildHostPool } from './host-pool';
import { buildOpenStackInstances } from './instances';
import { buildOpenStackNetwork, buildOpenStackRouter, importOpenStackNetwork } from './network';
import { buildImage, buildQosPolicy, buildQuota, buildSecurityGroup, buildSharedVolume, importSecurityGroup } from './resources';
import { buildStorageTier } from './storage';

/** @internal What an OpenStack region offers. */
export const OPENSTACK_CAPABILITIES: SiteCapabilities = {
  securityGroups: true,
  loadBalancer: true,
  sriov: true,
  flavors: true,
  routers: true,
  tenantNetworks: true,
  physicalNetworks: true,
  portQos: true,
  subnetObjects: true,
  projects: true,
  trafficMirroring: true,
  addressPairs: true,
  volumeTypes: true,
  datastores: false,
  plainResources: true,
};

/** @internal Builds every pool building block as Nova, Neutron, Cinder and Glance resources. */
export class OpenStackDriver implements ISiteDriver {
  constructor(private readonly site: OpenStackSiteContext) {}

  public instances(scope: Construct, plan: InstancesPlan): InstancesResult {
    const built = buildOpenStackInstances(this.site, scope, plan);
    // Each member is addressed through its own port: adding a member adds one entry, nothing is renumbered.
    return { ...built, memberAddress: (_s, member, n) => `\${${built.openstackElements.ports[n].fqn}["${member.key}"].all_fixed_ips[0]}` };
  }

  public network(scope: Construct, plan: NetworkPlan): NetworkResult {
    return buildOpenStackNetwork(this.site, scope, plan);
  }

  public router(scope: Construct, plan: RouterPlan): RouterResult {
    return buildOpenStackRouter(this.site, scope, plan);
  }

  public importNetwork(scope: Construct, plan: NetworkImportPlan): NetworkImportResult {
    return importOpenStackNetwork(this.site, scope, plan);
  }

  public securityGroup(scope: Construct, plan: SecurityGroupPlan): SecurityGroupResult {
    return buildSecurityGroup(this.site, scope, plan);
  }

  public importSecurityGroup(scope: Construct, name: string): string {
    return importSecurityGroup(this.site, scope, name);
  }

  public sharedVolume(scope: Construct, plan: SharedVolumePlan): SharedVolumeResult {
    return buildSharedVolume(this.site, scope, plan);
  }

  public quota(scope: Construct, plan: QuotaPlan): QuotaResult {
    return buildQuota(this.site, scope, plan);
  }

  public qosPolicy(scope: Construct, plan: QosPlan): QosResult {
    return buildQosPolicy(this.site, scope, plan);
  }

  public imageTemplate(scope: Construct, plan: ImageTemplatePlan): ImageTemplateResult {
    return buildImage(this.site, scope, plan);
  }

  public storageTier(scope: Construct, plan: StorageTierPlan): StorageTierResult {
    return buildStorageTier(this.site, scope, plan);
  }

  public hostPool(scope: Construct, plan: HostPoolPlan): HostPoolResult {
    return buildHostPool(this.site, scope, plan);
  }

  public flavor(scope: Construct, plan: FlavorPlan): FlavorResult {
    return buildCatalogFlavor(this.site, scope, plan);
  }

  public backupPolicy(scope: Construct, plan: BackupPlan): BackupResult {
    return buildOpenStackBackup(this.site, scope, plan);
  }

  public exportInstance(scope: Construct, _plan: InstanceExportPlan): InstanceExportResult {
    // Nova's createImage has no resource in provider 3.4.0, and neither images_image_v2
    // nor blockstorage_volume_v3 can upload a volume to Glance.
    throw new ValidationError(
      scope, 'group',
      'OpenStack provider 3.4.0 cannot snapshot a server into Glance (no server-image or volume-upload resource)',
      'capture the image out of band (openstack server image create, then publish it to your mirror) and import it with ImageTemplate { url }, or back the member up with a BackupPolicy',
    );
  }
}
