// The two Kubernetes example stacks: what they promise in their header comments.
import { Testing } from 'cdktf';
import { DevTestEnvStack } from '../../examples/k8s-devtest-env/main';
import { ProductionMicroserviceStack } from '../../examples/k8s-production-microservice/main';
import { literalCredentials, resourceList as resources } from '../util/synth';

const synthesize = (create: (app: any) => any) => Testing.synth(create(Testing.app()));

test('k8s-devtest-env: app + PostgreSQL + Redis, shared with testers, data import, no literal credentials', () => {
  const text = synthesize((app) => new DevTestEnvStack(app, 'k8s-devtest-env'));
  const json = JSON.parse(text);
  expect(resources(json, 'kubernetes_stateful_set_v1').map((s) => s.spec.template.spec.container[0].image).sort()).toEqual(['postgres:16.4', 'redis:7.4.1']);
  expect(resources(json, 'kubernetes_role_binding_v1').flatMap((b) => b.subject.map((s: any) => `${b.role_ref.name}:${s.name}`))).toContain('view:testers');
  expect(resources(json, 'kubernetes_job_v1').map((j) => j.metadata.name).sort()).toEqual(['data-import', 'image-build']);
  expect(resources(json, 'random_password')).toHaveLength(4);
  expect(Object.keys(json.provider).sort()).toEqual(['kubernetes', 'random']);
  expect(literalCredentials(text)).toEqual([]);
});

test('k8s-production-microservice: canary route, HPA, PDB and nightly cron job', () => {
  const json = JSON.parse(synthesize((app) => new ProductionMicroserviceStack(app, 'k8s-production-microservice')));
  const route = resources(json, 'kubernetes_manifest')[0].manifest;
  expect(route.kind).toBe('HTTPRoute');
  expect(route.spec.rules.at(-1).backendRefs.map((b: any) => b.weight)).toEqual([90, 10]);
  expect(resources(json, 'kubernetes_horizontal_pod_autoscaler_v2')).toHaveLength(1);
  expect(resources(json, 'kubernetes_pod_disruption_budget_v1')).toHaveLength(1);
  const cron = resources(json, 'kubernetes_cron_job_v1')[0];
  expect(cron.spec).toMatchObject({ schedule: '30 1 * * *', timezone: 'Asia/Shanghai', concurrency_policy: 'Forbid' });
});
