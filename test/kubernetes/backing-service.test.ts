import { BackingService, BackingServiceEngine, BackingServiceProps, RemovalPolicy } from '../../lib';
import { errorOf, literalCredentials, only, resourceList as resources, synthWith as synth, synthTextWith as synthText } from '../util/synth';

const build = (props: Partial<BackingServiceProps> = {}) =>
  synth((s) => new BackingService(s, 'db', { namespace: 'shop', engine: BackingServiceEngine.postgresql('16.4'), ...props }));
const envOf = (json: any) => Object.fromEntries(only(json, 'kubernetes_stateful_set_v1').spec.template.spec.container[0].env.map((e: any) => [e.name, e.value ?? e.value_from.secret_key_ref.key]));

describe('BackingService', () => {
  test('PostgreSQL: StatefulSet with PVC, headless Service, generated credentials, init of database and app account', () => {
    const json = build();
    const sts = only(json, 'kubernetes_stateful_set_v1');
    expect(sts.metadata).toMatchObject({ name: 'db', namespace: 'shop' });
    expect(sts.lifecycle).toEqual({ prevent_destroy: true });
    expect(sts.spec.replicas).toBe('1');
    expect(sts.spec.service_name).toMatch(/kubernetes_service_v1\.db_service_\w+\.metadata\[0\]\.name/);
    expect(sts.spec.persistent_volume_claim_retention_policy).toEqual([{ when_deleted: 'Retain', when_scaled: 'Retain' }]);
    expect(sts.spec.volume_claim_template).toEqual([{
      metadata: { name: 'data', labels: { 'app.kubernetes.io/name': 'db' } },
      spec: { access_modes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
    }]);
    const pod = sts.spec.template.spec;
    expect(pod.security_context).toMatchObject({ run_as_non_root: true, run_as_user: '999', fs_group: '999' });
    const c = pod.container[0];
    expect(c.image).toBe('postgres:16.4');
    expect(c.volume_mount).toEqual(expect.arrayContaining([
      { name: 'data', mount_path: '/var/lib/postgresql/data' },
      { name: 'init-scripts', mount_path: '/docker-entrypoint-initdb.d' },
      { name: 'writable-var-run-postgresql', mount_path: '/var/run/postgresql' },
    ]));
    expect(envOf(json)).toEqual({
      PGDATA: '/var/lib/postgresql/data/pgdata', POSTGRES_USER: 'admin-username', POSTGRES_PASSWORD: 'admin-password',
      POSTGRES_DB: 'database', APP_USER: 'username', APP_PASSWORD: 'password',
    });
    expect(c.env.find((e: any) => e.name === 'POSTGRES_PASSWORD').value_from.secret_key_ref.name).toMatch(/kubernetes_secret_v1\.db_credentials_\w+\.metadata\[0\]\.name/);
    expect(c.readiness_probe.exec.command.join(' ')).toMatch(/pg_isready/);
    expect(c.liveness_probe).toEqual({ tcp_socket: { port: 'postgres' }, initial_delay_seconds: 30, period_seconds: 20, failure_threshold: 6 });

    const svc = only(json, 'kubernetes_service_v1');
    expect(svc.spec).toMatchObject({ cluster_ip: 'None', port: [{ name: 'postgres', port: 5432, target_port: 'postgres', protocol: 'TCP' }] });

    const secret = only(json, 'kubernetes_secret_v1');
    expect(secret.metadata.name).toBe('db-credentials');
    expect(secret.data).toEqual({
      'username': 'app', 'database': 'app', 'admin-username': 'postgres',
      'password': expect.stringMatching(/^\$\{random_password\.db_password_\w+\.result\}$/),
      'admin-password': expect.stringMatching(/^\$\{random_password\.db_admin-password_\w+\.result\}$/),
    });
    const passwords = resources(json, 'random_password');
    expect(passwords).toHaveLength(2);
    for (const p of passwords) expect(p).toMatchObject({ length: 32, special: true, override_special: '-_.~', lifecycle: { prevent_destroy: true } });

    const init = only(json, 'kubernetes_config_map_v1').data['10-app-account.sh'];
    expect(init).toMatch(/CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';/);
    expect(init).toMatch(/ALTER DATABASE :"app_db" OWNER TO :"app_user";/);
  });

  test('MySQL bootstraps database and app account from the Secret', () => {
    const json = build({ engine: BackingServiceEngine.mysql('8.4.3'), databaseName: 'orders', username: 'orders_app' });
    expect(envOf(json)).toEqual({ MYSQL_ROOT_PASSWORD: 'admin-password', MYSQL_DATABASE: 'database', MYSQL_USER: 'username', MYSQL_PASSWORD: 'password' });
    expect(only(json, 'kubernetes_secret_v1').data).toMatchObject({ username: 'orders_app', database: 'orders', 'admin-username': 'root' });
    expect(only(json, 'kubernetes_stateful_set_v1').spec.template.spec.container[0].image).toBe('mysql:8.4.3');
    expect(only(json, 'kubernetes_service_v1').spec.port[0].port).toBe(3306);
    expect(resources(json, 'kubernetes_config_map_v1')).toEqual([]);
  });

  test('Redis: ACL app and admin accounts from Secret-backed env, default user off, AOF on', () => {
    const json = build({ engine: BackingServiceEngine.redis('7.4.1') });
    const c = only(json, 'kubernetes_stateful_set_v1').spec.template.spec.container[0];
    expect(envOf(json)).toEqual({ REDIS_USERNAME: 'username', REDIS_PASSWORD: 'password', REDIS_ADMIN_PASSWORD: 'admin-password' });
    const args = c.args.join(' ');
    expect(args).toContain('--appendonly yes');
    expect(args).toContain('--user default off');
    expect(args).toContain('--user $(REDIS_USERNAME) on >$(REDIS_PASSWORD)');
    expect(c.readiness_probe.tcp_socket.port).toBe('redis');
  });

  test('RabbitMQ: app account and virtual host', () => {
    const json = build({ engine: BackingServiceEngine.rabbitmq('4.0.5-management') });
    expect(envOf(json)).toEqual({ RABBITMQ_DEFAULT_USER: 'username', RABBITMQ_DEFAULT_PASS: 'password', RABBITMQ_DEFAULT_VHOST: 'database' });
    expect(resources(json, 'random_password')).toHaveLength(1);
    expect(only(json, 'kubernetes_service_v1').spec.port[0]).toMatchObject({ name: 'amqp', port: 5672 });
  });

  test.each([
    ['postgresql', BackingServiceEngine.postgresql('16.4')], ['mysql', BackingServiceEngine.mysql('8.4.3')],
    ['redis', BackingServiceEngine.redis('7.4.1')], ['rabbitmq', BackingServiceEngine.rabbitmq('4.0.5')],
  ])('%s: the synthesized JSON holds no literal credential', (_name, engine) => {
    const text = synthText((s) => new BackingService(s, 'svc', { namespace: 'shop', engine }));
    expect(literalCredentials(text)).toEqual([]);
    // and the scanner does catch a literal when one is smuggled in
    const leaked = synthText((s) => {
      const svc = new BackingService(s, 'svc', { namespace: 'shop', engine });
      svc.secret.addOverride('data.password', 'hunter2-literal');
    });
    expect(literalCredentials(leaked)).toEqual(['password=hunter2-literal']);
  });

  test('removalPolicy DESTROY for throwaway environments deletes volumes with the StatefulSet', () => {
    const json = build({ removalPolicy: RemovalPolicy.DESTROY, storageSize: '1Gi', storageClassName: 'fast' });
    const sts = only(json, 'kubernetes_stateful_set_v1');
    expect(sts.lifecycle).toBeUndefined();
    expect(sts.spec.persistent_volume_claim_retention_policy[0].when_deleted).toBe('Delete');
    expect(sts.spec.volume_claim_template[0].spec).toMatchObject({ storage_class_name: 'fast', resources: { requests: { storage: '1Gi' } } });
    for (const p of resources(json, 'random_password')) expect(p.lifecycle).toBeUndefined();
  });

  test('connection env for clients', () => {
    let db!: BackingService;
    synth((s) => { db = new BackingService(s, 'db', { namespace: 'shop', engine: BackingServiceEngine.postgresql('16.4') }); });
    expect(db.connectionEnv('DB')).toEqual({ DB_HOST: 'db.shop.svc', DB_PORT: '5432', DB_DATABASE: 'app' });
    expect(Object.keys(db.connectionSecretEnv('DB'))).toEqual(['DB_USER', 'DB_PASSWORD']);
    expect(db.connectionSecretEnv('DB').DB_PASSWORD.key).toBe('password');
    expect(db.resourceDemand).toMatchObject({ pods: 1, persistentVolumeClaims: 1, storageRequests: 10 * 2 ** 30 });
  });

  test.each([
    [{ engine: BackingServiceEngine.postgresql('latest') }, /\[test\/db\] props\.engine\.version: image "postgres:latest" uses the floating tag :latest/],
    [{ engine: BackingServiceEngine.redis('') }, /props\.engine\.version: image "redis:" has no tag/],
    [{ image: 'mirror.example.com/postgres' }, /props\.image: image "mirror\.example\.com\/postgres" has no tag/],
    [{ engine: undefined }, /props\.engine: is required/],
    [{ databaseName: 'my-db' }, /props\.databaseName: "my-db" is not a portable identifier/],
    [{ username: 'App' }, /props\.username: "App" is not a portable identifier/],
    [{ storageSize: '10 GB' }, /props\.storageSize: "10 GB" is not a Kubernetes quantity/],
    [{ name: 'DB' }, /props\.name: "DB" is not a DNS-1123 label/],
    [{ name: 'd'.repeat(52) }, /props\.name: "d{52}" is longer than 51 characters \(the credentials Secret is named `<name>-credentials`\)/],
  ])('rejects %o', (props, message) => {
    expect(errorOf((s) => new BackingService(s, 'db', { namespace: 'shop', engine: BackingServiceEngine.postgresql('16.4'), ...props as any }))).toMatch(message);
  });
});
