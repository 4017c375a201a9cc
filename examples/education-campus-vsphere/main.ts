// A regional education cloud on a VMware estate (Hubei Education Cloud runs VMware, Xen and
// KVM under one catalogue, E8): the education bureau as the parent folder; two schools as
// tenant VDCs (a VM folder, resource pools as the quota, a role for the school's SSO group,
// a VLAN port group); a dev/test environment as a quota-limited sub-folder; Hubei's seven
// zones as hardened VLAN port groups; an audit-log sink in the operations management zone
// every workload ships its logs to. vSphere without NSX has no routers, firewalls, load
// balancers, floating IPs, VPN or Keystone groups: the campus edge (NAT, VPN, portal load
// balancing) is physical, the school groups live in vCenter SSO, and synth says so in
// warnings. Site names come from cdktf context or OSCAR_* variables (keys:
// examples/README.md). Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  Compliance,
  EducationCloud,
  BackupPolicy,
  EducationZone,
  EducationZoneLayout,
  Image,
  Labels,
  Schedule,
  Size,
  VlanPool,
  VsphereSite,
} from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

export class EducationCampusVsphereStack extends TerraformStack {
  public readonly cloud: EducationCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'education-campus-vsphere');
    const password = new TerraformVariable(this, 'vsphere_password', { type: 'string', sensitive: true, description: 'vCenter password' });
    const env = (key: string, fallback: string) => envName(this, `educationCampusVsphere.${key}`, fallback);
    const site = new VsphereSite(this, 'hubei-vmware', {
      datacenter: env('datacenter', 'hbedu-dc1'),
      clusters: envNames(this, 'educationCampusVsphere.clusters', ['edu-a', 'edu-b']),
      datastores: envNames(this, 'educationCampusVsphere.datastores', ['vsan-edu']),
      distributedSwitch: env('switch', 'dvs-edu'),
      folder: env('folder', 'edu'),
      providerConfig: { vsphereServer: 'vcenter.hbedu.example.cn', user: 'terraform@vsphere.local', password: password.stringValue },
    });
    const linux = Image.fromName(env('template', 'ubuntu-22.04-template'));

    this.cloud = new EducationCloud(this, 'edu-cloud', {
      site,
      organisation: 'wuhan-education-bureau',
      zoneLayout: EducationZoneLayout.HUBEI_SEVEN_ZONES,
      vlans: VlanPool.range(3100, 3199),
      backupPolicy: 'san-backup-daily',
      // E12 / MLPS security audit: two rsyslog collectors in the operations management
      // zone (the Hubei layout's default) forward to the bureau's audit platform; every
      // workload gets a NIC in that zone and ships its logs over it (MLPS-9).
      auditSink: {
        addresses: ['10.250.2.20', '10.250.2.21'],
        destination: { address: env('auditPlatform', '10.200.0.10'), port: 6514 },
        size: Size.of(2, 8, 100),
        image: linux,
      },
      departments: [
        {
          name: 'no1-middle-school',
          cidr: '10.41.0.0/24',
          quota: { memoryGiB: 64 },
          principal: 'HBEDU\\no1-teachers',
          workloads: [
            { name: 'homework-space', size: Size.of(4, 8, 60), image: linux, ports: [8443], volumes: [{ name: 'homework', sizeGiB: 500 }] },
          ],
          devTest: [{ name: 'lab', cidr: '10.41.128.0/24', quota: { memoryGiB: 16 } }],
        },
        {
          name: 'bureau-it',
          cidr: '10.41.1.0/24',
          quota: { memoryGiB: 32 },
          principal: 'HBEDU\\bureau-it',
          workloads: [
            {
              name: 'audit-log', size: Size.of(4, 16, 60), image: linux, ports: [6514], zones: [EducationZone.OPERATIONS_MANAGEMENT],
              labels: { 'oscar.io/tier': 'audit' },
            },
          ],
        },
      ],
    });

    // MLPS-10: the homework space's disks are covered by a BackupPolicy (a quiesced VM
    // snapshot per member; provider 2.15.0 cannot schedule one, so the nightly vCenter
    // task that refreshes it is the operators', and synth says so in a warning).
    const dept = this.cloud.departments['no1-middle-school'];
    new BackupPolicy(this, 'backup-no1-middle-school', {
      site: dept.site,
      schedule: Schedule.daily(1),
      retention: 1,
      instanceGroups: [this.cloud.workloads['no1-middle-school/homework-space']],
    });

    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.MLPS_LEVEL3);
  }
}

if (require.main === module) {
  const app = new App();
  new EducationCampusVsphereStack(app, 'education-campus-vsphere');
  app.synth();
}
