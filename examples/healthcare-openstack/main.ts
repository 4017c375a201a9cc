// A trusted medical cloud on OpenStack, after the OSCAR healthcare case (online
// consultation, drug sales and logistics for tens of hospitals): attested control,
// compute and storage pools kept apart, workloads only on the attested compute pool, the
// ingress chain firewall -> load balancer (TLS terminated, certificate in Barbican) ->
// application, encrypted volumes, least-privilege role grants and a restricted
// application credential, geographic/asset/trust tags on every resource, the MLPS level
// as a label, an audit tier, an audit-log sink every tier ships its logs to, and a Heat
// stack. HEALTHCARE, MLPS level 3 and the security baseline run at synth.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { BackupPolicy, Compliance, HealthcareCloud, Image, LabelKeys, Labels, OpenStackSite, Schedule, Size } from 'oscar-blueprints';
import { envName, envNames } from '../lib/env';

/** A Heat template the operator's portal deploys: a health-check alarm topic (kept tiny). */
const TEMPLATE = `heat_template_version: 2016-04-08
description: consultation service notifications
parameters:
  topic:
    type: string
resources:
  notifications:
    type: OS::Heat::None
    properties:
      topic: { get_param: topic }
`;

export class HealthcareOpenStackStack extends TerraformStack {
  public readonly cloud: HealthcareCloud;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    Labels.of(this).add('oscar.io/example', 'healthcare-openstack');
    // H6: the geographic, asset and trust tags on every resource of the stack, the backup
    // runner included (HealthcareCloud sets the same on its own resources).
    const location = envName(this, 'healthcareOpenstack.location', 'cn-hubei-wuhan-dc1');
    const assetOwner = envName(this, 'healthcareOpenstack.assetOwner', 'medical-it-asset-2016');
    Labels.of(this).add(LabelKeys.GEO_LOCATION, location);
    Labels.of(this).add(LabelKeys.ASSET, assetOwner);
    Labels.of(this).add(LabelKeys.TRUST, 'attested');
    Labels.of(this).add(HealthcareCloud.MLPS_LEVEL_LABEL, '3');
    const env = (key: string, fallback: string) => envName(this, `healthcareOpenstack.${key}`, fallback);
    const hosts = (key: string, fallback: string[]) => envNames(this, `healthcareOpenstack.${key}`, fallback);
    const site = new OpenStackSite(this, 'wuhan', {
      region: env('region', 'cn-central-wh1'),
      availabilityZones: envNames(this, 'healthcareOpenstack.zones', ['az1', 'az2']),
      externalNetwork: env('externalNetwork', 'public'),
    });
    const image = Image.fromName(env('image', 'trusted-linux-7'));
    const projectId = new TerraformVariable(this, 'project_id', { type: 'string', description: 'Keystone project the medical cloud is deployed in' });
    const clinicians = new TerraformVariable(this, 'clinician_group_id', { type: 'string', description: 'Keystone group of the clinical operators (reader)' });
    const operators = new TerraformVariable(this, 'operator_group_id', { type: 'string', description: 'Keystone group of the platform operators (member)' });

    this.cloud = new HealthcareCloud(this, 'medical', {
      site,
      location,
      assetOwner,
      pools: {
        control: { hosts: hosts('controlHosts', ['ctl-01', 'ctl-02', 'ctl-03']) },
        compute: { hosts: hosts('computeHosts', ['cmp-01', 'cmp-02', 'cmp-03', 'cmp-04']) },
        storage: { hosts: hosts('storageHosts', ['sto-01', 'sto-02', 'sto-03']) },
      },
      frontendCidr: '10.90.0.0/24',
      applicationCidr: '10.90.16.0/20',
      tlsContainerRef: env('tlsContainerRef', 'https://barbican.internal:9311/v1/containers/consultation-tls'),
      encryptedVolumeType: env('encryptedVolumeType', 'luks-ceph'),
      application: { size: Size.of(4, 8), image, port: 8080, count: 3 },
      database: { size: Size.of(8, 32), image, port: 5432, volumes: [{ name: 'records', sizeGiB: 500 }], },
      audit: { size: Size.of(2, 8), image, port: 6514, volumes: [{ name: 'logs', sizeGiB: 200 }], },
      // H7 / MLPS security audit: two rsyslog collectors in the application network (on
      // the attested pool, booting from the encrypted type) forward to the hospital group's
      // audit platform; every tier, the audit tier included, ships its logs to them (MLPS-9).
      auditSink: {
        addresses: ['10.90.31.20', '10.90.31.21'],
        destination: { address: env('auditPlatform', '10.200.0.10'), port: 6514 },
        size: Size.of(2, 8, 100),
        image,
      },
      adminCidrs: ['10.90.255.0/28'],
      projectId: projectId.stringValue,
      roleGrants: [{ groupId: clinicians.stringValue }, { groupId: operators.stringValue, role: 'member' }],
      applicationCredentials: [{
        name: 'records-reader',
        accessRules: [{ service: 'object-store', method: 'GET', path: '/v1/**' }],
      }],
      // The level the operator's classification set. TODO(MLPS levels): Compliance.mlps(level)
      // will take this value; until then MLPS_LEVEL3 below is the level-3 profile.
      mlpsLevel: 3,
      orchestration: { name: 'consultation-notifications', template: TEMPLATE, parameters: { topic: 'consultation' } },
    });

    // MLPS-10: the records and the audit logs are backed up nightly (Cinder backups by a
    // runner VM on the tiers' network, 30 kept); the runner is an instance like the tiers,
    // so it runs on the attested compute pool too.
    new BackupPolicy(this, 'backup', {
      site,
      schedule: Schedule.daily(1),
      retention: 30,
      instanceGroups: [this.cloud.tiers.database, this.cloud.tiers.audit],
      runnerNetwork: this.cloud.application,
      runnerImage: image,
      runnerHostPool: this.cloud.pools.compute,
      runnerLogForwarding: this.cloud.auditSink!.forwarding, // MLPS-9: the runner's logs too
    });

    // MLPS level 3 (the classification above), MLPS-9 judging the sink's wiring; HEALTHCARE
    // checks tags (HC-1), TLS (HC-2) and encryption at rest (HC-3).
    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.HEALTHCARE, Compliance.MLPS_LEVEL3);
  }
}

if (require.main === module) {
  const app = new App();
  new HealthcareOpenStackStack(app, 'healthcare-openstack');
  app.synth();
}
