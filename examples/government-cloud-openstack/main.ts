// Government cloud on OpenStack, after Hubei "Chutian Cloud" (designed to MLPS level 3)
// and Jiaxing: three departments with projects and quotas, four partitions as
// availability zones, seven network zones with default-deny policies, the Internet and
// the e-government extranet as two external networks no router joins (FWaaS on every
// routed zone boundary), a management network apart from tenant traffic, private and
// protected images, encrypted volumes, an audit tier, and traffic mirroring of the DMZ
// to an IDS collector. MLPS level 3 and the security baseline run at synth.
// Copy this file into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  GovernmentCloud,
  GovernmentZone,
  Image,
  Labels,
  OpenStackSite,
  Size,
} from 'oscar-blueprints';

/** The regions government data may live in (data residency). */
export const ALLOWED_REGIONS = ['cn-central-1', 'cn-central-2'];

export class GovernmentCloudOpenStackStack extends TerraformStack {
  public readonly cloud: GovernmentCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'government-cloud-openstack');

    const site = new OpenStackSite(this, 'hubei', {
      region: 'cn-central-1',
      availabilityZones: ['az-cloud-1', 'az-cloud-2', 'az-dmz-1', 'az-dmz-2', 'az-mgmt', 'az-test'],
    });

    // Image source from configuration, never an Internet download at apply time: by
    // default an existing Glance image by name (-c kylinImage=<name>); or an import from
    // the operator's own mirror (-c kylinImageUrl=https://mirror.internal/...), which
    // creates a private, protected image. Deployments that imported keep passing the URL.
    const kylinUrl: string | undefined = this.node.tryGetContext('kylinImageUrl');
    const kylinName: string = this.node.tryGetContext('kylinImage') ?? 'kylin-v10-sp3';
    const kylin = kylinUrl !== undefined ? { imageTemplate: 'kylin-v10' } : { image: Image.fromName(kylinName) };

    const financeAdmins = new TerraformVariable(this, 'finance_admin_group_id', { type: 'string', description: 'Keystone group of the finance bureau administrators' });

    this.cloud = new GovernmentCloud(this, 'gov', {
      site,
      allowedRegions: ALLOWED_REGIONS,
      internetNetwork: 'internet',
      extranetNetwork: 'egov-extranet',
      partitionZones: {
        cloudResource: ['az-cloud-1', 'az-cloud-2'],
        dmz: ['az-dmz-1', 'az-dmz-2'],
        management: ['az-mgmt'],
        test: ['az-test'],
      },
      encryptedVolumeTypes: ['luks-san', 'luks-ceph'],
      imageTemplates: kylinUrl !== undefined ? [{ name: 'kylin-v10', url: kylinUrl, minDiskGiB: 40 }] : undefined,
      managementAccessCidrs: ['10.10.64.0/26'],
      mirroring: { collectorIp: '10.10.67.10' },
      backupPolicy: 'provincial-backup-centre-daily',
      departments: [
        {
          name: 'finance-bureau',
          adminGroupId: financeAdmins.stringValue, // the bureau's own administrators (delegated administration)
          quota: { vcpus: 64, memoryGiB: 256, instances: 10, storageGiB: 4000, volumes: 10 },
          workloads: [
            { name: 'portal', zone: GovernmentZone.EXTRANET_ACCESS, size: Size.of(4, 8, 40), ...kylin },
            {
              name: 'ledger', zone: GovernmentZone.CORE, size: Size.of(16, 64, 80), ...kylin,
              additionalZones: [GovernmentZone.STORAGE],
              volumes: [{ name: 'data', sizeGiB: 500, volumeType: 'luks-san' }],
            },
          ],
        },
        {
          name: 'public-affairs',
          quota: { vcpus: 16, memoryGiB: 32, instances: 4 },
          workloads: [
            { name: 'website', zone: GovernmentZone.EXTERNAL_PUBLISHING, size: Size.of(4, 8, 40), ...kylin },
          ],
        },
        {
          name: 'it-centre',
          quota: { vcpus: 32, memoryGiB: 128, instances: 8, storageGiB: 4000, volumes: 4 },
          workloads: [
            { name: 'egress-proxy', zone: GovernmentZone.INTERNET_ACCESS, size: Size.of(2, 4, 20), image: Image.fromName('squid-6') },
            {
              name: 'audit-log', zone: GovernmentZone.MANAGEMENT, size: Size.of(8, 32, 80), ...kylin,
              volumes: [{ name: 'logs', sizeGiB: 2000 }],
              labels: { 'oscar.io/tier': 'audit' },
            },
          ],
        },
      ],
    });

    Compliance.of(this).enable(
      Compliance.SECURITY_BASELINE,
      Compliance.MLPS_LEVEL3.withOptions({ allowedRegions: ALLOWED_REGIONS, encryptedVolumeTypePattern: '^luks-' }),
    );
  }
}

if (require.main === module) {
  const app = new App();
  new GovernmentCloudOpenStackStack(app, 'government-cloud-openstack');
  app.synth();
}
