import { TerraformProvider } from 'cdktf';

/**
 * The Kubernetes cluster a building block lives on: the placement counterpart of an
 * OpenStack or vSphere site. Every Kubernetes L2 takes one, so a multi-cluster stack
 * binds each construct to its cluster up front instead of rewriting providers afterwards.
 */
export interface ICluster {
  /** A name for messages, e.g. `default` or the provider alias. */
  readonly clusterName: string;
  /**
   * The provider every resource on this cluster uses. Undefined for the stack's default
   * (unaliased) `kubernetes` provider.
   */
  readonly provider?: TerraformProvider;
}

/** Clusters by provider. */
export class KubernetesCluster implements ICluster {
  /** The cluster of the stack's default, unaliased `kubernetes` provider. */
  public static readonly DEFAULT: ICluster = new KubernetesCluster('default', undefined);

  /** The cluster a provider (usually an aliased `KubernetesProvider`) talks to. */
  public static fromProvider(provider: TerraformProvider): ICluster {
    return new KubernetesCluster(provider.alias ?? 'default', provider);
  }

  private constructor(
    public readonly clusterName: string,
    public readonly provider?: TerraformProvider,
  ) {}
}
