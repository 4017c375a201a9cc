import type { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import type { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import type { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import type { StatefulSetV1 } from '@cdktf/provider-kubernetes/lib/stateful-set-v1';
import type { Password } from '@cdktf/provider-random/lib/password';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { RemovalPolicy, retains } from '../core/removal-policy';
import { ICluster, KubernetesCluster } from './cluster';
import { SecretKeyReference } from './container-options';
import { requirePinnedImage } from './private/image';
import { objectName } from './private/object-name';
import { hardenedPodSpec, secretEnv } from './private/pod-spec';
import { requireQuantity } from './private/quantity';
import { demandOf, requireResources } from './private/resource-demand';
import { Probe } from './probe';
import { ContainerResources, IWorkload, ResourceDemand } from './resources';

const peerConfigMapV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/config-map-v1')>('@cdktf/provider-kubernetes', 'lib/config-map-v1');
const peerSecretV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/secret-v1')>('@cdktf/provider-kubernetes', 'lib/secret-v1');
const peerServiceV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/service-v1')>('@cdktf/provider-kubernetes', 'lib/service-v1');
const peerStatefulSetV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/stateful-set-v1')>('@cdktf/provider-kubernetes', 'lib/stateful-set-v1');
const peerPassword = () => peer<typeof import('@cdktf/provider-random/lib/password')>('@cdktf/provider-random', 'lib/password');

// Keys of the credentials Secret.
const KEY = { username: 'username', password: 'password', adminUsername: 'admin-username', adminPassword: 'admin-password', database: 'database' };

interface EngineDefinition {
  readonly image: string;
  readonly port: number;
  readonly portName: string;
  readonly dataPath: string;
  readonly writablePaths: string[];
  readonly readinessProbe: Probe;
  /** Admin account name, when the engine has one separate from the app account. */
  readonly adminUser?: string;
  readonly env?: { [name: string]: string };
  readonly secretEnv: { [envName: string]: string };
  readonly args?: string[];
  /** Files for /docker-entrypoint-initdb.d (no credentials: they come from env). */
  readonly initScripts?: { [file: string]: string };
}

const POSTGRES_INIT = `#!/bin/bash
# Creates the application account and hands it the database (run once, on an empty volume).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \\
  -v app_user="$APP_USER" -v app_password="$APP_PASSWORD" -v app_db="$POSTGRES_DB" <<'EOSQL'
CREATE ROLE :"app_user" LOGIN PASSWORD :'app_password';
ALTER DATABASE :"app_db" OWNER TO :"app_user";
GRANT ALL ON SCHEMA public TO :"app_user";
EOSQL
`;

const ENGINES: Record<string, (version: string) => EngineDefinition> = {
  postgresql: (version) => ({
    image: `postgres:${version}`, port: 5432, portName: 'postgres', dataPath: '/var/lib/postgresql/data',
    writablePaths: ['/tmp', '/var/run/postgresql'],
    readinessProbe: Probe.exec(['sh', '-c', 'pg_isready -h 127.0.0.1 -U "$POSTGRES_USER" -d "$POSTGRES_DB"'], { periodSeconds: 5 }),
    adminUser: 'postgres',
    env: { PGDATA: '/var/lib/postgresql/data/pgdata' },
    secretEnv: { POSTGRES_USER: KEY.adminUsername, POSTGRES_PASSWORD: KEY.adminPassword, POSTGRES_DB: KEY.database, APP_USER: KEY.username, APP_PASSWORD: KEY.password },
    initScripts: { '10-app-account.sh': POSTGRES_INIT },
  }),
  mysql: (version) => ({
    image: `mysql:${version}`, port: 3306, portName: 'mysql', dataPath: '/var/lib/mysql',
    writablePaths: ['/tmp', '/var/run/mysqld'],
    readinessProbe: Probe.exec(['mysqladmin', 'ping', '-h', '127.0.0.1'], { periodSeconds: 5 }),
    adminUser: 'root',
    // The image creates MYSQL_DATABASE and MYSQL_USER with all privileges on that database only.
    secretEnv: { MYSQL_ROOT_PASSWORD: KEY.adminPassword, MYSQL_DATABASE: KEY.database, MYSQL_USER: KEY.username, MYSQL_PASSWORD: KEY.password },
  }),
  redis: (version) => ({
    image: `redis:${version}`, port: 6379, portName: 'redis', dataPath: '/data',
    writablePaths: ['/tmp'],
    readinessProbe: Probe.tcpSocket('redis', { periodSeconds: 5 }),
    adminUser: 'admin',
    secretEnv: { REDIS_USERNAME: KEY.username, REDIS_PASSWORD: KEY.password, REDIS_ADMIN_PASSWORD: KEY.adminPassword },
    // ACL accounts; Kubernetes expands $(VAR) from the Secret-backed env at container start.
    args: [
      '--appendonly', 'yes', '--dir', '/data',
      '--user', 'default', 'off',
      '--user', '$(REDIS_USERNAME)', 'on', '>$(REDIS_PASSWORD)', '~*', '&*', '+@all', '-@admin', '-@dangerous',
      '--user', 'admin', 'on', '>$(REDIS_ADMIN_PASSWORD)', '~*', '&*', '+@all',
    ],
  }),
  rabbitmq: (version) => ({
    image: `rabbitmq:${version}`, port: 5672, portName: 'amqp', dataPath: '/var/lib/rabbitmq',
    writablePaths: ['/tmp'],
    readinessProbe: Probe.tcpSocket('amqp', { periodSeconds: 10, initialDelaySeconds: 10 }),
    // The default user is the application account, with its own virtual host.
    secretEnv: { RABBITMQ_DEFAULT_USER: KEY.username, RABBITMQ_DEFAULT_PASS: KEY.password, RABBITMQ_DEFAULT_VHOST: KEY.database },
  }),
};

/**
 * A backing service of the catalog. A factory class: `BackingServiceEngine.postgresql('16.4')`.
 * The version is the official image's tag (pin it; never `latest`).
 */
export class BackingServiceEngine {
  /** PostgreSQL (official `postgres` image): a database owned by an app account. Admin `postgres`. */
  public static postgresql(version: string): BackingServiceEngine {
    return new BackingServiceEngine('postgresql', version);
  }

  /** MySQL (official `mysql` image): a database and an app account with rights on it only. Admin `root`. */
  public static mysql(version: string): BackingServiceEngine {
    return new BackingServiceEngine('mysql', version);
  }

  /** Redis (official `redis` image): AOF persistence, ACL app and admin accounts, default user off. */
  public static redis(version: string): BackingServiceEngine {
    return new BackingServiceEngine('redis', version);
  }

  /** RabbitMQ (official `rabbitmq` image): a virtual host and an app account. */
  public static rabbitmq(version: string): BackingServiceEngine {
    return new BackingServiceEngine('rabbitmq', version);
  }

  /** Service port of the engine. */
  public readonly port: number;
  /** Default image (official Docker Hub image at `version`). */
  public readonly image: string;

  /**
   * @param engine engine name (`postgresql`, `mysql`, `redis`, `rabbitmq`)
   * @param version image tag
   */
  private constructor(public readonly engine: string, public readonly version: string) {
    const definition = ENGINES[engine](version);
    this.port = definition.port;
    this.image = definition.image;
  }

  /** @internal */
  public _definition(): EngineDefinition {
    return ENGINES[this.engine](this.version);
  }
}

/** Props of {@link BackingService}. */
export interface BackingServiceProps {
  /**
   * The cluster the backing service lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /** Namespace to deploy into. */
  readonly namespace: string;
  /** Engine and version. */
  readonly engine: BackingServiceEngine;
  /**
   * Name of the StatefulSet and Service (the host name clients connect to).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Database (PostgreSQL, MySQL) or virtual host (RabbitMQ) created at first start. Not used by Redis.
   * @default "app"
   */
  readonly databaseName?: string;
  /**
   * Application account created at first start.
   * @default "app"
   */
  readonly username?: string;
  /**
   * Size of the data volume.
   * @default "10Gi"
   */
  readonly storageSize?: string;
  /**
   * StorageClass of the data volume.
   * @default - the cluster's default StorageClass
   */
  readonly storageClassName?: string;
  /**
   * Container resources.
   * @default { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '512Mi', memoryLimit: '1Gi' }
   */
  readonly resources?: ContainerResources;
  /**
   * Image override, e.g. a mirror of the official image in your registry (pinned).
   * @default - the engine's official image
   */
  readonly image?: string;
  /**
   * What destroy may do with the data. `RETAIN`: `prevent_destroy` on the StatefulSet and
   * the generated passwords, and volumes retained when the StatefulSet is deleted.
   * `DESTROY` suits throwaway environments that must be destroyed in one step.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Extra labels.
   * @default - only the inherited labels and the app labels
   */
  readonly labels?: { [key: string]: string };
}

/**
 * A catalog backing service (PostgreSQL, MySQL, Redis or RabbitMQ): a single-instance
 * StatefulSet with a persistent volume claim, a headless Service, and credentials
 * generated by the random provider into a Secret (never a literal), bootstrapping a
 * database and an application account at first start.
 */
export class BackingService extends Construct implements IWorkload {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly name: string;
  /** Host name clients connect to (`<name>.<namespace>.svc`). */
  public readonly host: string;
  public readonly port: number;
  /** Database / virtual host name. */
  public readonly databaseName: string;
  public readonly username: string;
  public readonly statefulSet: StatefulSetV1;
  public readonly service: ServiceV1;
  /** The credentials Secret: keys `username`, `password`, `database` (+ `admin-username`, `admin-password`). */
  public readonly secret: SecretV1;
  /** Generated password of the application account. */
  public readonly password: Password;
  /** Generated password of the admin account (engines with a separate admin). */
  public readonly adminPassword?: Password;
  /** Init scripts (PostgreSQL). */
  public readonly initScripts?: ConfigMapV1;
  public readonly resourceDemand: ResourceDemand;

  constructor(scope: Construct, id: string, props: BackingServiceProps) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    if (!props.engine) {
      throw new ValidationError(this, 'engine', 'is required', "pass engine: BackingServiceEngine.postgresql('16.4')");
    }
    this.name = objectName(this, props.name, 51, 'the credentials Secret is named `<name>-credentials`');
    const def = props.engine._definition();
    const image = props.image ?? def.image;
    requirePinnedImage(this, props.image ? 'image' : 'engine.version', image);
    this.databaseName = props.databaseName ?? 'app';
    this.username = props.username ?? 'app';
    for (const [prop, value] of [['databaseName', this.databaseName], ['username', this.username]]) {
      if (!/^[a-z_][a-z0-9_]{0,31}$/.test(value)) {
        throw new ValidationError(this, prop, `"${value}" is not a portable identifier`, 'use at most 32 of a-z, 0-9 and _, starting with a letter or _');
      }
    }
    const storageSize = props.storageSize ?? '10Gi';
    const storageBytes = requireQuantity(this, 'storageSize', storageSize) ?? 0;
    const resourcesInput = props.resources ?? { cpuRequest: '250m', cpuLimit: '1', memoryRequest: '512Mi', memoryLimit: '1Gi' };
    const resources = requireResources(this, 'resources', resourcesInput);
    const preventDestroy = retains(props.removalPolicy);
    const lifecycle = preventDestroy ? { preventDestroy: true } : undefined;

    this.port = def.port;
    this.host = `${this.name}.${props.namespace}.svc`;
    const selector = { 'app.kubernetes.io/name': this.name };
    const labels = Labels.resolve(this, { ...props.labels, ...selector, 'app.kubernetes.io/component': props.engine.engine });
    const metadata = { name: this.name, namespace: props.namespace, labels };

    // Alphanumeric with URL- and shell-safe specials: no quoting issues in clients or scripts.
    const password = (pwId: string) => new (peerPassword().Password)(this, pwId, { length: 32, special: true, overrideSpecial: '-_.~', minUpper: 2, minLower: 2, minNumeric: 2, lifecycle });
    this.password = password('password');
    if (def.adminUser) this.adminPassword = password('admin-password');
    this.secret = new (peerSecretV1().SecretV1)(this, 'credentials', {
      provider,
      metadata: { ...metadata, name: `${this.name}-credentials` },
      type: 'Opaque',
      data: {
        [KEY.username]: this.username,
        [KEY.password]: this.password.result,
        [KEY.database]: this.databaseName,
        ...(def.adminUser && this.adminPassword ? { [KEY.adminUsername]: def.adminUser, [KEY.adminPassword]: this.adminPassword.result } : {}),
      },
    });

    const volumes: { [key: string]: any }[] = [];
    const mounts = [{ name: 'data', mountPath: def.dataPath }];
    if (def.initScripts) {
      this.initScripts = new (peerConfigMapV1().ConfigMapV1)(this, 'init-scripts', { provider, metadata: { ...metadata, name: `${this.name}-init` }, data: def.initScripts });
      volumes.push({ name: 'init-scripts', configMap: { name: this.initScripts.metadata.name, defaultMode: '0555' } });
      mounts.push({ name: 'init-scripts', mountPath: '/docker-entrypoint-initdb.d' });
    }

    this.service = new (peerServiceV1().ServiceV1)(this, 'service', {
      provider,
      metadata,
      spec: { clusterIp: 'None', selector, port: [{ name: def.portName, port: def.port, targetPort: def.portName, protocol: 'TCP' }] },
    });
    this.statefulSet = new (peerStatefulSetV1().StatefulSetV1)(this, 'stateful-set', {
      provider,
      metadata,
      spec: {
        serviceName: this.service.metadata.name,
        replicas: '1',
        revisionHistoryLimit: 5,
        selector: { matchLabels: selector },
        updateStrategy: [{ type: 'RollingUpdate' }],
        persistentVolumeClaimRetentionPolicy: [{ whenDeleted: preventDestroy ? 'Retain' : 'Delete', whenScaled: 'Retain' }],
        template: {
          metadata: { labels },
          spec: hardenedPodSpec({
            runAsUser: 999, // the uid of the official images' service accounts
            fsGroup: 999,
            volumes,
            containers: [{
              name: props.engine.engine,
              image,
              port: def.port,
              portName: def.portName,
              resources: resourcesInput,
              readinessProbe: def.readinessProbe,
              // Restart only a server that stopped accepting connections: a TCP check with
              // generous thresholds, since restarting a database under load does more harm.
              livenessProbe: Probe.tcpSocket(def.portName, { initialDelaySeconds: 30, periodSeconds: 20, failureThreshold: 6 }),
              env: def.env,
              secretEnv: secretEnv(this.secret.metadata.name, def.secretEnv),
              args: def.args,
              writablePaths: def.writablePaths,
              volumeMounts: mounts,
            }],
          }),
        },
        volumeClaimTemplate: [{
          metadata: { name: 'data', labels: selector },
          spec: {
            accessModes: ['ReadWriteOnce'],
            storageClassName: props.storageClassName,
            resources: { requests: { storage: storageSize } },
          },
        }],
      },
      lifecycle,
    });
    this.resourceDemand = demandOf(1, resources, storageBytes, 1);
  }

  /**
   * Plain connection settings for a client, as env vars named `<prefix>_HOST`,
   * `<prefix>_PORT` and `<prefix>_DATABASE`.
   */
  public connectionEnv(prefix: string): { [name: string]: string } {
    return { [`${prefix}_HOST`]: this.host, [`${prefix}_PORT`]: String(this.port), [`${prefix}_DATABASE`]: this.databaseName };
  }

  /** Credentials for a client, read from the Secret: `<prefix>_USER` and `<prefix>_PASSWORD`. */
  public connectionSecretEnv(prefix: string): { [name: string]: SecretKeyReference } {
    return secretEnv(this.secret.metadata.name, { [`${prefix}_USER`]: KEY.username, [`${prefix}_PASSWORD`]: KEY.password });
  }
}
