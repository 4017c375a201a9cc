// A trusted medical cloud on OpenStack, after the OSCAR healthcare case (online
// consultation, drug sales and logistics for tens of hospitals): attested control,
// compute and storage pools kept apart, workloads only on the attested compute pool, the
// ingress chain firewall -> load balancer (TLS terminated, certificate in Barbican) ->
// application, encrypted volumes, least-privilege role grants and a restricted
// application credential, geographic/asset/trust tags on every resource, the MLPS level
// as a label, an audit tier, and a Heat stack. HEALTHCARE, MLPS level 3 and the security
// baseline run at synth.
// Site names come from cdktf context or OSCAR_* variables (keys: examples/README.md).
// Copy this file and ../lib/env.ts into any cdktf TypeScript project.
import { App, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { Compliance, HealthcareCloud, Image, Labels, OpenStackSite, Size } from 'oscar-blueprints';
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
      location: env('location', 'cn-hubei-wuhan-dc1'),
      assetOwner: env('assetOwner', 'medical-it-asset-2016'),
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
      database: { size: Size.of(8, 32), image, port: 5432, volumes: [{ name: 'records', sizeGiB: 500 }], labels: { 'oscar.io/backup-policy': 'daily-30d' } },
      audit: { size: Size.of(2, 8), image, port: 6514, volumes: [{ name: 'logs', sizeGiB: 200 }], labels: { 'oscar.io/backup-policy': 'daily-180d' } },
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

    // MLPS level 3 (the classification above); HEALTHCARE checks tags (HC-1), TLS (HC-2) and
    // encryption at rest (HC-3).
    Compliance.of(this).enable(Compliance.SECURITY_BASELINE, Compliance.HEALTHCARE, Compliance.MLPS_LEVEL3);
  }
}

if (require.main === module) {
  const app = new App();
  new HealthcareOpenStackStack(app, 'healthcare-openstack');
  app.synth();
}
