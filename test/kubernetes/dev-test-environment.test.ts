import { BackingServiceEngine, DevTestEnvironment, DevTestEnvironmentProps, GitRef, ImageBuild, Probe, RemovalPolicy, Subject } from '../../lib';
import { errorOf, literalCredentials, only, resourceList as resources, synthWith as synth, synthTextWith as synthText } from '../util/synth';

const app = {
  name: 'shop',
  image: 'registry.example.com/shop/web:1.0.0',
  readinessProbe: Probe.httpGet('/healthz'),
  resources: { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
  connectTo: ['db', 'cache'],
};
const base: DevTestEnvironmentProps = {
  name: 'shop-dev',
  apps: [app],
  services: [
    { name: 'db', engine: BackingServiceEngine.postgresql('16.4'), storageSize: '5Gi' },
    { name: 'cache', engine: BackingServiceEngine.redis('7.4.1'), storageSize: '1Gi' },
  ],
  viewers: [Subject.group('testers')],
  dataImport: { into: 'db', image: 'registry.example.com/shop/seed:1.0.0', command: ['/seed.sh'], resources: { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' } },
};
const build = (props: Partial<DevTestEnvironmentProps> = {}) => synth((s) => new DevTestEnvironment(s, 'env', { ...base, ...props }));
const fail = (props: any) => errorOf((s) => new DevTestEnvironment(s, 'env', { ...base, ...props }));

describe('DevTestEnvironment', () => {
  test('one namespace with the app, its services, sharing and data import', () => {
    const json = build();
    expect(only(json, 'kubernetes_namespace_v1').metadata.name).toBe('shop-dev');
    expect(only(json, 'kubernetes_role_binding_v1').subject).toEqual([{ api_group: 'rbac.authorization.k8s.io', kind: 'Group', name: 'testers' }]);
    expect(resources(json, 'kubernetes_stateful_set_v1').map((s) => s.metadata.name).sort()).toEqual(['cache', 'db']);
    const d = only(json, 'kubernetes_deployment_v1');
    expect(d.metadata.namespace).toMatch(/kubernetes_namespace_v1\.env_environment_namespace_\w+\.metadata\[0\]\.name/);
    const env = Object.fromEntries(d.spec.template.spec.container[0].env.map((e: any) => [e.name, e.value ?? `secret:${e.value_from.secret_key_ref.key}`]));
    expect(env).toMatchObject({
      DB_PORT: '5432', DB_DATABASE: 'app', DB_USER: 'secret:username', DB_PASSWORD: 'secret:password',
      CACHE_PORT: '6379', CACHE_USER: 'secret:username', CACHE_PASSWORD: 'secret:password',
    });
    expect(env.DB_HOST).toMatch(/^db\.\$\{kubernetes_namespace_v1\.\S+\}\.svc$/);
    // the app waits for its databases
    expect(d.depends_on.sort()).toEqual(resources(json, 'kubernetes_stateful_set_v1').map(() => expect.stringMatching(/^kubernetes_stateful_set_v1\./)));
  });

  test('catalog data is throwaway by default (one-step destroy), retained on request', () => {
    for (const sts of resources(build(), 'kubernetes_stateful_set_v1')) {
      expect(sts.lifecycle).toBeUndefined();
      expect(sts.spec.persistent_volume_claim_retention_policy[0].when_deleted).toBe('Delete');
    }
    for (const sts of resources(build({ removalPolicy: RemovalPolicy.RETAIN }), 'kubernetes_stateful_set_v1')) expect(sts.lifecycle).toEqual({ prevent_destroy: true });
  });

  test('data import Job runs after the database is ready, with its connection env', () => {
    const json = build();
    const job = only(json, 'kubernetes_job_v1');
    expect(job.metadata.name).toBe('data-import');
    expect(job.wait_for_completion).toBe(true);
    expect(job.depends_on).toEqual([expect.stringMatching(/^kubernetes_stateful_set_v1\.env_db_stateful-set_\w+$/)]);
    const c = job.spec.template.spec.container[0];
    expect(c.command).toEqual(['/seed.sh']);
    expect(c.env.map((e: any) => e.name)).toEqual(['TARGET_HOST', 'TARGET_PORT', 'TARGET_DATABASE', 'TARGET_USER', 'TARGET_PASSWORD']);
    expect(c.security_context.run_as_non_root).toBe(true);
  });

  test('Kaniko image build from a Git tag in a baseline build namespace; the app is deployed after it', () => {
    const json = build({
      apps: [{ ...app, image: 'registry.example.com/shop/web:v2.0.0' }],
      imageBuild: {
        gitUrl: 'https://git.example.com/shop/web.git', gitRef: GitRef.tag('v2.0.0'), destination: 'registry.example.com/shop/web:v2.0.0',
        registryCredentialsSecret: 'registry-push', contextSubPath: 'web',
      },
    });
    const namespaces = Object.fromEntries(resources(json, 'kubernetes_namespace_v1').map((n) => [n.metadata.name, n]));
    expect(namespaces['shop-dev-build'].metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    const build_ = resources(json, 'kubernetes_job_v1').find((j) => j.metadata.name === 'image-build');
    expect(build_.metadata.namespace).toMatch(/env_build-environment_namespace/);
    const c = build_.spec.template.spec.container[0];
    expect(c.image).toBe('gcr.io/kaniko-project/executor:v1.23.2');
    expect(c.args).toEqual([
      '--context=git://git.example.com/shop/web.git#refs/tags/v2.0.0', '--context-sub-path=web', '--dockerfile=Dockerfile',
      '--destination=registry.example.com/shop/web:v2.0.0', '--snapshot-mode=redo',
    ]);
    expect(build_.spec.template.spec.volume[0].secret).toEqual({ secret_name: 'registry-push', items: [{ key: '.dockerconfigjson', path: 'config.json' }] });
    const d = only(json, 'kubernetes_deployment_v1');
    expect(d.depends_on).toContainEqual(expect.stringMatching(/^kubernetes_job_v1\.env_image-build_job_\w+$/));
    const egress = resources(json, 'kubernetes_network_policy_v1').find((p) => p.metadata.name === 'allow-egress' && /build/.test(p.metadata.namespace));
    expect(egress.spec.egress[0].to).toEqual([{ ip_block: { cidr: '0.0.0.0/0' } }]);
  });

  test('GitRef.branch builds the head of a branch', () => {
    let b!: ImageBuild;
    const json = synth((s) => { b = new ImageBuild(s, 'b', { namespace: 'ci', gitUrl: 'https://git.example.com/a.git', gitRef: GitRef.branch('main'), destination: 'r.example.com/a:main-42' }); });
    expect(only(json, 'kubernetes_job_v1').spec.template.spec.container[0].args[0]).toBe('--context=git://git.example.com/a.git#refs/heads/main');
    expect(b.image).toBe('r.example.com/a:main-42');
  });

  test('no literal credentials in the synthesized environment', () => {
    expect(literalCredentials(synthText((s) => new DevTestEnvironment(s, 'env', base)))).toEqual([]);
  });

  test.each([
    [{ quota: { requestsCpu: '800m' } }, /\[test\/env\/environment\] props\.quota\.requestsCpu: the quota \(800m\) is smaller than the sum of the CPU requests it must hold at peak \(900m, from test\/env\/shop, test\/env\/db, test\/env\/cache, test\/env\/data-import/],
    [{ quota: { requestsStorage: '4Gi' } }, /props\.quota\.requestsStorage: the quota \(4Gi\) is smaller .* \(6Gi/],
    [{ apps: [{ ...app, connectTo: ['queue'] }] }, /\[test\/env\] props\.apps\[0\]\.connectTo: names "queue", which is not one of the services \(db, cache\)/],
    [{ dataImport: { ...base.dataImport, into: 'mysql' } }, /props\.dataImport\.into: names "mysql"/],
    [{ apps: [{ ...app, name: 'db' }] }, /props\.apps\[\]\.name\/services\[\]\.name: contains "db" more than once/],
    [{ apps: [{ ...app, name: 'Shop' }] }, /props\.apps\[0\]\.name: "Shop" is not a DNS-1123 label/],
    [{ apps: [{ ...app, replicas: 1 }] }, /\[test\/env\/shop\] props\.replicas: must be an integer >= 2/],
    [{ dataImport: { ...base.dataImport, image: 'seed' } }, /\[test\/env\/data-import\] props\.image: image "seed" has no tag/],
    [{ imageBuild: { gitUrl: 'https://bob:s3cret@git.example.com/a.git', gitRef: GitRef.tag('v1'), destination: 'r.example.com/a:v1' } }, /\[test\/env\/image-build\] props\.gitUrl: contains credentials/],
    [{ imageBuild: { gitUrl: 'git.example.com/a.git', gitRef: GitRef.tag('v1'), destination: 'r.example.com/a:v1' } }, /props\.gitUrl: "git\.example\.com\/a\.git" is not an https:\/\/ Git URL/],
    [{ imageBuild: { gitUrl: 'https://git.example.com/a.git', gitRef: GitRef.tag('v1'), destination: 'r.example.com/a' } }, /props\.destination: image "r\.example\.com\/a" has no tag/],
    [{ name: 'x'.repeat(58) }, /props\.name: .* is longer than 57 characters|props\.name: .* not a DNS-1123 label/],
  ])('rejects %o', (props, message) => {
    expect(fail(props)).toMatch(message);
  });
});
