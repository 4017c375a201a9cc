// Government cloud on OpenStack, after Hubei "Chutian Cloud" (designed to MLPS level 3)
// and Jiaxing: three departments with projects and quotas, four partitions as
// availability zones, seven network zones with default-deny policies, the Internet and
// the e-government extranet as two external networks no router joins (FWaaS on every
// routed zone boundary), a management network apart from tenant traffic, private and
// protected images, encrypted volumes, an audit tier, and traffic mirroring of the DMZ
// to an IDS collector, and a backup centre in a second region (digest G7) linked over a
// site-to-site VPN. MLPS level 3 and the security baseline run at synth.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  BackupPolicy,
  Compliance,
  GovernmentCloud,
  GovernmentPeerRole,
  GovernmentZone,
  Image,
  Labels,
  OpenStackSite,
  Schedule,
  Size,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

/** The regions government data may live in (data residency). */
export const ALLOWED_REGIONS = ['cn-central-1', 'cn-central-2'];

export class GovernmentCloudOpenStackStack extends TerraformStack {
  public readonly cloud: GovernmentCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'government-cloud-openstack');

    const env = (key: string, fallback: string) => envName(this, `governmentCloudOpenstack.${key}`, fallback);
    const zones = (key: string, fallback: string[]) => envNames(this, `governmentCloudOpenstack.${key}`, fallback);
    // The partitions are availability zones; the site has them all, in this order.
    const partitionZones = {
      cloudResource: zones('cloudResourceZones', ['az-cloud-1', 'az-cloud-2']),
      dmz: zones('dmzZones', ['az-dmz-1', 'az-dmz-2']),
      management: zones('managementZones', ['az-mgmt']),
      test: zones('testZones', ['az-test']),
    };
    // The region must stay in ALLOWED_REGIONS: MLPS level 3 checks it at synth.
    const site = new OpenStackSite(this, 'hubei', {
      region: env('region', 'cn-central-1'),
      availabilityZones: [...partitionZones.cloudResource, ...partitionZones.dmz, ...partitionZones.management, ...partitionZones.test],
    });

    // Image source from configuration, never an Internet download at apply time: by
    // default an existing Glance image by name (key kylinImage); or an import from the
    // operator's own mirror (key kylinImageUrl=https://mirror.internal/...), which creates
    // a private, protected image. Deployments that imported keep passing the URL.
    const kylinUrl = envName(this, 'kylinImageUrl');
    const kylinName = envName(this, 'kylinImage', 'kylin-v10-sp3');
    const kylin = kylinUrl !== undefined ? { imageTemplate: 'kylin-v10' } : { image: Image.fromName(kylinName) };

    new RandomProvider(this, 'random'); // the interconnect VPN's generated pre-shared key
    // The provincial backup centre: a second OpenStack region with the same zones.
    const backupSite = new OpenStackSite(this, 'yichang', {
      region: env('backupRegion', 'cn-central-2'),
      alias: 'yichang',
      availabilityZones: [...partitionZones.cloudResource, ...partitionZones.dmz, ...partitionZones.management, ...partitionZones.test],
    });

    const financeAdmins = new TerraformVariable(this, 'finance_admin_group_id', { type: 'string', description: 'Keystone group of the finance bureau administrators' });

    this.cloud = new GovernmentCloud(this, 'gov', {
      site,
      allowedRegions: ALLOWED_REGIONS,
      internetNetwork: env('internetNetwork', 'internet'),
      extranetNetwork: env('extranetNetwork', 'egov-extranet'),
      partitionZones,
      encryptedVolumeTypes: ['luks-san', 'luks-ceph'],
      imageTemplates: kylinUrl !== undefined ? [{ name: 'kylin-v10', url: kylinUrl, minDiskGiB: 40 }] : undefined,
      managementAccessCidrs: ['10.10.64.0/26'],
      mirroring: { collectorIp: '10.10.67.10' },
      backupPolicy: 'provincial-backup-centre-daily',
      // MLPS security audit: two rsyslog collectors in the management zone forward to the
      // provincial audit platform; every workload ships its logs to them (MLPS-9).
      auditSink: {
        addresses: ['10.10.67.20', '10.10.67.21'],
        destination: { address: env('auditPlatform', '10.200.0.10'), port: 6514 },
        size: Size.of(4, 8, 80),
        ...kylin,
      },
      // G7: the backup centre runs the same cloud with one warm standby member per
      // workload, and replicates the core zone over a VPN between the extranet edges.
      peer: {
        site: backupSite,
        role: GovernmentPeerRole.BACKUP,
        name: 'backup',
        standbyCount: 1,
        zones: { core: { cidr: '10.20.0.0/20' } },
        interconnect: { zones: [GovernmentZone.CORE], ports: [5432] },
      },
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
            { name: 'egress-proxy', zone: GovernmentZone.INTERNET_ACCESS, size: Size.of(2, 4, 20), image: Image.fromName(env('proxyImage', 'squid-6')) },
            {
              name: 'audit-log', zone: GovernmentZone.MANAGEMENT, size: Size.of(8, 32, 80), ...kylin,
              volumes: [{ name: 'logs', sizeGiB: 2000 }],
              labels: { 'oscar.io/tier': 'audit' },
            },
          ],
        },
      ],
    });

    // MLPS-10: every data volume is covered by a BackupPolicy, one per department
    // project that holds data (its runner VM backs the project's volumes up to Cinder
    // daily at 01:00, keeping 30). The backupPolicy label above only records the
    // provincial backup centre's job; it is not a backup.
    const runnerImage = Image.fromName(env('backupRunnerImage', kylinName));
    const backups: Array<[string, string, GovernmentZone, string]> = [
      ['finance-bureau', 'ledger', GovernmentZone.CORE, partitionZones.cloudResource[0]],
      ['it-centre', 'audit-log', GovernmentZone.MANAGEMENT, partitionZones.management[0]],
    ];
    // Both sites back up their own volumes (the backup centre's standby members hold data too).
    for (const [cloud, prefix] of [[this.cloud, 'backup'], [this.cloud.peer!, 'backup-centre']] as const) {
      for (const [department, workload, zone, runnerZone] of backups) {
        const dept = cloud.departments[department];
        new BackupPolicy(this, `${prefix}-${department}`, {
          site: dept.site,
          schedule: Schedule.daily(1),
          retention: 30,
          instanceGroups: [dept.workloads[workload]],
          runnerNetwork: cloud.zones[zone].network,
          runnerImage,
          runnerZone,
          runnerLogForwarding: cloud.auditSink!.forwarding, // MLPS-9: the runner's logs too
        });
      }
    }

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
