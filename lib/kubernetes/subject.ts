import { IConstruct } from 'constructs';
import { requireNonEmpty } from '../core/private/validate';

/**
 * Who an environment is shared with: an RBAC subject. A factory class:
 * `Subject.user('alice@example.com')`, `Subject.group('testers')`,
 * `Subject.serviceAccount('ci', 'deployer')`.
 */
export class Subject {
  /** A user as named by the cluster's authenticator (OIDC claim, certificate CN...). */
  public static user(name: string): Subject {
    return new Subject('User', name);
  }

  /** A group as named by the cluster's authenticator. */
  public static group(name: string): Subject {
    return new Subject('Group', name);
  }

  /** A service account, e.g. a CI pipeline's. */
  public static serviceAccount(namespace: string, name: string): Subject {
    return new Subject('ServiceAccount', name, namespace);
  }

  /**
   * @param kind `User`, `Group` or `ServiceAccount`
   * @param name the subject's name
   * @param namespace the service account's namespace
   */
  private constructor(public readonly kind: string, public readonly name: string, public readonly namespace?: string) {}

  /**
   * Validates and renders the subject for `kubernetes_role_binding_v1`.
   * @internal
   */
  public _render(scope: IConstruct, prop: string): { [key: string]: any } {
    requireNonEmpty(scope, `${prop}.name`, this.name);
    return this.kind === 'ServiceAccount'
      ? { kind: this.kind, name: this.name, namespace: this.namespace }
      : { kind: this.kind, name: this.name, apiGroup: 'rbac.authorization.k8s.io' };
  }
}
