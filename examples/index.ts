// The registry of example stacks: `cdktf synth` (examples/app.ts), the inventory tests
// and the terraform validation suite all read this one list.
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BroadcastVideoK8sStack } from './broadcast-video-k8s/main';
import { BroadcastVideoOpenStackStack } from './broadcast-video-openstack/main';
import { BrownfieldAdoptOpenStackStack } from './brownfield-adopt-openstack/main';
import { BrownfieldAdoptVsphereStack } from './brownfield-adopt-vsphere/main';
import { EducationCampusOpenStackStack } from './education-campus-openstack/main';
import { EducationCampusVsphereStack } from './education-campus-vsphere/main';
import { FinanceCicdK8sStack } from './finance-cicd-k8s/main';
import { FinanceCicdVmOpenStackStack } from './finance-cicd-vm-openstack/main';
import { FinanceCicdVmVsphereStack } from './finance-cicd-vm-vsphere/main';
import { GovernmentCloudOpenStackStack } from './government-cloud-openstack/main';
import { GovernmentCloudVsphereStack } from './government-cloud-vsphere/main';
import { HealthcareOpenStackStack } from './healthcare-openstack/main';
import { DevTestEnvStack } from './k8s-devtest-env/main';
import { ProductionMicroserviceStack } from './k8s-production-microservice/main';
import { KubernetesBasicStack } from './kubernetes-basic/main';
import { ManufacturingOpenStackStack } from './manufacturing-openstack/main';
import { OpenStackBasicStack } from './openstack-basic/main';
import { OpenStackServicesStack } from './openstack-services/main';
import { PlatformAdminOpenStackStack, PlatformTenantOpenStackStack } from './platform-tenant-split/main';
import { PoolMatrixOpenStackStack, PoolMatrixVsphereStack } from './pool-matrix/main';
import { PoolMultiSiteStack } from './pool-multisite/main';
import { PowerGridOpenStackStack } from './power-grid-openstack/main';
import { PowerGridVsphereStack } from './power-grid-vsphere/main';
import { PowerScadaOpenStackStack } from './power-scada-openstack/main';
import { TelecomHaOpenStackStack } from './telecom-ha-openstack/main';
import { TelecomHaVsphereStack } from './telecom-ha-vsphere/main';
import { VsphereBasicStack } from './vsphere-basic/main';

export interface ExampleStack {
  /** Stack id, also the folder under cdktf.out/stacks/. */
  readonly id: string;
  readonly create: (scope: Construct, id: string) => TerraformStack;
}

export const EXAMPLES: ExampleStack[] = [
  { id: 'openstack-basic', create: (s, id) => new OpenStackBasicStack(s, id) },
  { id: 'vsphere-basic', create: (s, id) => new VsphereBasicStack(s, id) },
  { id: 'kubernetes-basic', create: (s, id) => new KubernetesBasicStack(s, id) },
  { id: 'k8s-devtest-env', create: (s, id) => new DevTestEnvStack(s, id) },
  { id: 'k8s-production-microservice', create: (s, id) => new ProductionMicroserviceStack(s, id) },
  { id: 'openstack-services', create: (s, id) => new OpenStackServicesStack(s, id) },
  { id: 'pool-matrix-openstack', create: (s, id) => new PoolMatrixOpenStackStack(s, id) },
  { id: 'pool-matrix-vsphere', create: (s, id) => new PoolMatrixVsphereStack(s, id) },
  { id: 'pool-multisite', create: (s, id) => new PoolMultiSiteStack(s, id) },
  { id: 'finance-cicd-k8s', create: (s, id) => new FinanceCicdK8sStack(s, id) },
  { id: 'finance-cicd-vm-openstack', create: (s, id) => new FinanceCicdVmOpenStackStack(s, id) },
  { id: 'finance-cicd-vm-vsphere', create: (s, id) => new FinanceCicdVmVsphereStack(s, id) },
  { id: 'telecom-ha-openstack', create: (s, id) => new TelecomHaOpenStackStack(s, id) },
  { id: 'telecom-ha-vsphere', create: (s, id) => new TelecomHaVsphereStack(s, id) },
  { id: 'government-cloud-openstack', create: (s, id) => new GovernmentCloudOpenStackStack(s, id) },
  { id: 'government-cloud-vsphere', create: (s, id) => new GovernmentCloudVsphereStack(s, id) },
  { id: 'broadcast-video-openstack', create: (s, id) => new BroadcastVideoOpenStackStack(s, id) },
  { id: 'broadcast-video-k8s', create: (s, id) => new BroadcastVideoK8sStack(s, id) },
  { id: 'brownfield-adopt-openstack', create: (s, id) => new BrownfieldAdoptOpenStackStack(s, id) },
  { id: 'brownfield-adopt-vsphere', create: (s, id) => new BrownfieldAdoptVsphereStack(s, id) },
  { id: 'power-grid-openstack', create: (s, id) => new PowerGridOpenStackStack(s, id) },
  { id: 'power-grid-vsphere', create: (s, id) => new PowerGridVsphereStack(s, id) },
  { id: 'power-scada-openstack', create: (s, id) => new PowerScadaOpenStackStack(s, id) },
  { id: 'platform-admin-openstack', create: (s, id) => new PlatformAdminOpenStackStack(s, id) },
  { id: 'platform-tenant-openstack', create: (s, id) => new PlatformTenantOpenStackStack(s, id) },
  { id: 'manufacturing-openstack', create: (s, id) => new ManufacturingOpenStackStack(s, id) },
  { id: 'healthcare-openstack', create: (s, id) => new HealthcareOpenStackStack(s, id) },
  { id: 'education-campus-openstack', create: (s, id) => new EducationCampusOpenStackStack(s, id) },
  { id: 'education-campus-vsphere', create: (s, id) => new EducationCampusVsphereStack(s, id) },
];

/** Builds every example stack into `app`. */
export function addExamples(app: App): void {
  for (const example of EXAMPLES) example.create(app, example.id);
}
