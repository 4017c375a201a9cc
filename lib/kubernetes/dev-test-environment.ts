import { dependable } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireDnsLabel, requireUnique } from '../core/private/validate';
import { RemovalPolicy } from '../core/removal-policy';
import { BackingService, BackingServiceEngine } from './backing-service';
import { ICluster, KubernetesCluster } from './cluster';
import { DataImport, DataImportOptions } from './data-import';
import { EnvironmentNamespace, NamespaceQuota, PodSecurityLevel } from './environment-namespace';
import { ImageBuild, ImageBuildOptions } from './image-build';
import { Microservice, WorkloadOptions } from './microservice';
import { objectName } from './private/object-name';
import { ContainerResources } from './resources';
import { HttpRouteOptions, IngressOptions } from './route-options';
import { Subject } from './subject';

/** An application of a {@link DevTestEnvironment}. */
export interface DevTestAppProps extends WorkloadOptions {
  /** Name of the app (DNS-1123 label), also its Service's host name. */
  readonly name: string;
  /** Image, pinned by tag or digest. Use `imageBuild.destination` to deploy what the environment builds. */
  readonly image: string;
  /**
   * Backing services (by name) the app uses: each one's `<NAME>_HOST`, `_PORT`,
   * `_DATABASE`, `_USER` and `_PASSWORD` are injected (name upper-cased, `-` as `_`).
   * @default - none
   */
  readonly connectTo?: string[];
  /**
   * Expose through a Gateway API HTTPRoute.
   * @default - not exposed
   */
  readonly httpRoute?: HttpRouteOptions;
  /**
   * Expose through an Ingress.
   * @default - not exposed
   */
  readonly ingress?: IngressOptions;
}

/** A catalog service of a {@link DevTestEnvironment}. */
export interface DevTestServiceProps {
  /** Name (DNS-1123 label), also its host name in the environment. */
  readonly name: string;
  /** Engine and version. */
  readonly engine: BackingServiceEngine;
  /**
   * Database / virtual host.
   * @default "app"
   */
  readonly databaseName?: string;
  /**
   * Data volume size.
   * @default "10Gi"
   */
  readonly storageSize?: string;
  /**
   * Container resources.
   * @default - BackingService's defaults
   */
  readonly resources?: ContainerResources;
}

/** A data import of a {@link DevTestEnvironment}. */
export interface DevTestDataImport extends DataImportOptions {
  /** Name of the catalog service to import into. */
  readonly into: string;
}

/** Props of {@link DevTestEnvironment}. */
export interface DevTestEnvironmentProps {
  /**
   * The cluster the environment lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /**
   * Namespace name of the environment (DNS-1123 label, at most 57 characters).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Applications.
   * @default - none
   */
  readonly apps?: DevTestAppProps[];
  /**
   * Catalog services (PostgreSQL, MySQL, Redis, RabbitMQ).
   * @default - none
   */
  readonly services?: DevTestServiceProps[];
  /**
   * Loads data into a catalog service once it is ready.
   * @default - no import
   */
  readonly dataImport?: DevTestDataImport;
  /**
   * Builds an image from Git with Kaniko (in a separate `<name>-build` namespace at the
   * `baseline` Pod Security level, since Kaniko runs as root). Apps whose image equals
   * the destination are deployed after the build.
   * @default - no build
   */
  readonly imageBuild?: ImageBuildOptions;
  /**
   * Read-only access (ClusterRole `view`), e.g. `[Subject.group('testers')]`.
   * @default - none
   */
  readonly viewers?: Subject[];
  /**
   * Read-write access (ClusterRole `edit`).
   * @default - none
   */
  readonly editors?: Subject[];
  /**
   * Namespace quota (checked against the peak requests of everything in the environment).
   * @default - EnvironmentNamespace's defaults
   */
  readonly quota?: NamespaceQuota;
  /**
   * Namespaces of the gateway/ingress controller allowed to reach the apps.
   * @default - none
   */
  readonly gatewayNamespaces?: string[];
  /**
   * CIDRs the environment's pods may reach outside the cluster.
   * @default - none
   */
  readonly egressCidrs?: string[];
  /**
   * What destroy may do with the catalog data (`RETAIN`: `prevent_destroy`, retained
   * volumes). A dev/test environment is meant to be created and destroyed in one step,
   * hence `DESTROY`.
   * @default RemovalPolicy.DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** `db-main` -> `DB_MAIN`. */
function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * A complete development/test environment in one step: an EnvironmentNamespace shared
 * with testers, catalog backing services with generated credentials, the apps wired
 * to them, an optional data import and an optional Kaniko image build from Git.
 * Put it in its own stack: `cdktf deploy` creates it, `cdktf destroy` removes it.
 */
export class DevTestEnvironment extends Construct {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  public readonly environment: EnvironmentNamespace;
  /** Apps by name. */
  public readonly apps: { [name: string]: Microservice } = {};
  /** Catalog services by name. */
  public readonly services: { [name: string]: BackingService } = {};
  public readonly dataImport?: DataImport;
  /** The image build, when requested. */
  public readonly imageBuild?: ImageBuild;
  /** The build namespace, when an image build is requested. */
  public readonly buildEnvironment?: EnvironmentNamespace;

  constructor(scope: Construct, id: string, props: DevTestEnvironmentProps = {}) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const name = objectName(this, props.name, 57, 'the build namespace is named `<name>-build`');
    const apps = props.apps ?? [];
    const services = props.services ?? [];
    apps.forEach((a, i) => requireDnsLabel(this, `apps[${i}].name`, a.name));
    services.forEach((s, i) => requireDnsLabel(this, `services[${i}].name`, s.name));
    requireUnique(this, 'apps[].name/services[].name', [...apps.map((a) => a.name), ...services.map((s) => s.name)]);

    this.environment = new EnvironmentNamespace(this, 'environment', {
      cluster: this.cluster,
      name,
      quota: props.quota,
      viewers: props.viewers,
      editors: props.editors,
      gatewayNamespaces: props.gatewayNamespaces,
      egressCidrs: props.egressCidrs,
    });
    const namespace = this.environment.name;

    for (const s of services) {
      this.services[s.name] = new BackingService(this, s.name, {
        cluster: this.cluster,
        namespace,
        name: s.name,
        engine: s.engine,
        databaseName: s.databaseName,
        storageSize: s.storageSize,
        resources: s.resources,
        removalPolicy: props.removalPolicy ?? RemovalPolicy.DESTROY,
      });
    }
    const service = (prop: string, serviceName: string) => {
      const found = this.services[serviceName];
      if (!found) {
        throw new ValidationError(this, prop, `names "${serviceName}", which is not one of the services (${Object.keys(this.services).join(', ') || 'none'})`, 'add it to services or fix the name');
      }
      return found;
    };

    if (props.imageBuild) {
      this.buildEnvironment = new EnvironmentNamespace(this, 'build-environment', {
        cluster: this.cluster,
        name: `${name}-build`,
        podSecurity: PodSecurityLevel.BASELINE,
        egressCidrs: ['0.0.0.0/0'], // Git server and registry
        editors: props.editors,
        viewers: props.viewers,
      });
      this.imageBuild = new ImageBuild(this, 'image-build', { cluster: this.cluster, ...props.imageBuild, namespace: this.buildEnvironment.name, name: 'image-build' });
    }

    apps.forEach((a, i) => {
      const { connectTo, ...options } = a;
      const targets = (connectTo ?? []).map((n) => service(`apps[${i}].connectTo`, n));
      const app = new Microservice(this, a.name, {
        cluster: this.cluster,
        ...options,
        namespace,
        env: Object.assign({}, ...targets.map((t) => t.connectionEnv(envPrefix(t.name))), a.env),
        secretEnv: Object.assign({}, ...targets.map((t) => t.connectionSecretEnv(envPrefix(t.name))), a.secretEnv),
      });
      const waitFor = [...targets.map((t) => t.statefulSet), ...(this.imageBuild && this.imageBuild.image === a.image ? [this.imageBuild.job] : [])];
      if (waitFor.length) app.deployment.dependsOn = [...(app.deployment.dependsOn ?? []), ...waitFor.map((r) => dependable(r))];
      this.apps[a.name] = app;
    });

    if (props.dataImport) {
      const { into, ...options } = props.dataImport;
      this.dataImport = new DataImport(this, 'data-import', { cluster: this.cluster, ...options, namespace, target: service('dataImport.into', into), name: 'data-import' });
    }

    this.environment.accommodate(
      ...Object.values(this.apps),
      ...Object.values(this.services),
      ...(this.dataImport ? [this.dataImport] : []),
    );
  }
}
