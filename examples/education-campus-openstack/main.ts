// A university campus cloud on OpenStack, after G University (ZTE) and the Hubei Education
// Cloud (passed MLPS level 3): the university as the parent project; three colleges and
// offices as tenant VDCs with their own network, router, boundary firewall and quota
// (traffic between them only through declared rules); Keystone groups with their roles;
// the course-selection and teaching portals behind load balancers; a managed database; a
// dev/test environment as a quota-limited sub-project; ZTE's three zones as VXLAN networks,
// the Internet and campus-intranet zones on a distributed edge router with NAT and an IPsec
// VPN to the education metropolitan network; an encrypted distributed tier, a SAN backup
// tier and Swift for courseware; an audit-log sink on the campus intranet every workload
// ships its logs to. MLPS level 3 and the security baseline run at synth.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { RandomProvider } from '@cdktf/provider-random/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  BackupPolicy,
  Compliance,
  EducationCloud,
  EducationZone,
  EducationZoneLayout,
  Image,
  Labels,
  OpenStackSite,
  Schedule,
  SecretSource,
  Size,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

/** The regions the campus data may live in (MLPS level 3). */
export const ALLOWED_REGIONS = ['cn-central-edu1'];

export class EducationCampusOpenStackStack extends TerraformStack {
  public readonly cloud: EducationCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'education-campus-openstack');
    new RandomProvider(this, 'random'); // the VPN's generated pre-shared key
    const env = (key: string, fallback: string) => envName(this, `educationCampusOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'campus', {
      region: env('region', 'cn-central-edu1'),
      availabilityZones: envNames(this, 'educationCampusOpenstack.zones', ['az1', 'az2']),
      externalNetwork: env('publicNetwork', 'public'),
    });
    const linux = Image.fromName(env('image', 'ubuntu-22.04'));

    this.cloud = new EducationCloud(this, 'campus-cloud', {
      site,
      organisation: 'g-university',
      zoneLayout: EducationZoneLayout.ZTE_THREE_ZONES,
      vpn: {
        peerAddress: env('vpnPeer', '203.0.113.10'), // the education metropolitan network's gateway
        peerCidrs: ['10.200.0.0/16'],
        presharedKey: SecretSource.generate({ length: 40 }),
      },
      storage: {
        distributedTier: env('distributedVolumeType', 'luks-distributed'),
        backupBackend: env('backupBackend', 'san'),
        objectContainers: ['courseware'],
      },
      backupPolicy: 'san-backup-daily',
      // E12 / MLPS security audit: two rsyslog collectors on the campus intranet (the
      // default zone of the ZTE layout: on the edge router and the VPN to the education
      // network, where the audit platform is) forward to the education bureau's audit
      // platform; every workload gets a campus-intranet NIC and ships its logs over it.
      auditSink: {
        addresses: ['10.250.1.20', '10.250.1.21'],
        destination: { address: env('auditPlatform', '10.200.0.10'), port: 6514 },
        size: Size.of(2, 8, 100),
        image: linux,
      },
      departments: [
        {
          name: 'academic-affairs', // course selection and online exams
          cidr: '10.31.0.0/24',
          quota: { vcpus: 32, memoryGiB: 64, instances: 8, storageGiB: 1000, volumes: 8 },
          groups: [{ name: 'academic-affairs-staff' }],
          workloads: [
            { name: 'course-selection', size: Size.of(4, 8, 40), image: linux, ports: [8443], portalPort: 443 },
          ],
          databases: [
            { name: 'courses', datastoreType: 'mysql', datastoreVersion: '8.0', flavorId: env('troveFlavorId', 'db.medium'), volumeSizeGiB: 100, databases: ['courses'] },
          ],
        },
        {
          name: 'computer-science', // a college: teaching portal and a dev/test lab
          cidr: '10.31.1.0/24',
          quota: { vcpus: 48, memoryGiB: 96, instances: 8, storageGiB: 2000, volumes: 8 },
          groups: [{ name: 'cs-teachers' }, { name: 'cs-admins', role: 'manager' }],
          // The college's teaching portal reads the course catalogue.
          workloads: [
            { name: 'teaching-portal', size: Size.of(4, 8, 40), image: linux, ports: [8443], portalPort: 443, volumes: [{ name: 'homework', sizeGiB: 500 }] },
          ],
          devTest: [
            { name: 'lab', cidr: '10.31.128.0/24', quota: { vcpus: 16, memoryGiB: 32, instances: 10, storageGiB: 500 } },
          ],
        },
        {
          name: 'network-centre', // operations: the audit log on the campus intranet
          cidr: '10.31.2.0/24',
          // Room for the backup runner (1 vCPU, 2 GiB) next to the audit log.
          quota: { vcpus: 10, memoryGiB: 36, instances: 3, storageGiB: 2000, volumes: 2 },
          allowFrom: [
            { name: 'syslog-academic', fromDepartment: 'academic-affairs', port: 6514 },
            { name: 'syslog-cs', fromDepartment: 'computer-science', port: 6514 },
          ],
          workloads: [
            {
              name: 'audit-log', size: Size.of(4, 16, 60), image: linux, ports: [6514], zones: [EducationZone.CAMPUS_INTRANET],
              volumes: [{ name: 'logs', sizeGiB: 1000 }], labels: { 'oscar.io/tier': 'audit' },
            },
          ],
        },
      ],
    });

    // MLPS-10: the data of the teaching portal and the audit log is backed up nightly, in
    // the department's own project (Cinder backups by a runner VM on its network, 30 kept).
    // The backupPolicy label above records the campus SAN job; it is not a backup. MLPS-9:
    // the runner ships its logs to the sink too (its network must route to the campus
    // intranet: the runner has one NIC, and its address is part of the inventory).
    for (const [department, workload] of [['computer-science', 'teaching-portal'], ['network-centre', 'audit-log']]) {
      const dept = this.cloud.departments[department];
      new BackupPolicy(this, `backup-${department}`, {
        site: dept.site,
        schedule: Schedule.daily(1),
        retention: 30,
        instanceGroups: [this.cloud.workloads[`${department}/${workload}`]],
        runnerNetwork: dept.network!,
        runnerImage: linux,
        runnerLogForwarding: this.cloud.auditSink!.forwarding,
      });
    }

    Compliance.of(this).enable(
      Compliance.SECURITY_BASELINE,
      Compliance.MLPS_LEVEL3.withOptions({ allowedRegions: ALLOWED_REGIONS }),
    );
  }
}

if (require.main === module) {
  const app = new App();
  new EducationCampusOpenStackStack(app, 'education-campus-openstack');
  app.synth();
}
