import type { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import type { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import type { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import type { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import type { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { peer } from '../core/private/peers';
import { requireDnsLabel } from '../core/private/validate';
import { ICluster, KubernetesCluster } from './cluster';
import { objectName } from './private/object-name';
import { formatQuantity, requireQuantity } from './private/quantity';
import { requireResources, sumDemands } from './private/resource-demand';
import { ContainerResources, IWorkload, ResourceDemand } from './resources';
import { Subject } from './subject';

const peerLimitRangeV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/limit-range-v1')>('@cdktf/provider-kubernetes', 'lib/limit-range-v1');
const peerNamespaceV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/namespace-v1')>('@cdktf/provider-kubernetes', 'lib/namespace-v1');
const peerNetworkPolicyV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/network-policy-v1')>('@cdktf/provider-kubernetes', 'lib/network-policy-v1');
const peerResourceQuotaV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/resource-quota-v1')>('@cdktf/provider-kubernetes', 'lib/resource-quota-v1');
const peerRoleBindingV1 = () => peer<typeof import('@cdktf/provider-kubernetes/lib/role-binding-v1')>('@cdktf/provider-kubernetes', 'lib/role-binding-v1');

/** Pod Security Admission levels (https://kubernetes.io/docs/concepts/security/pod-security-standards/). */
export enum PodSecurityLevel {
  /** Hardened: non-root, no privilege escalation, capabilities dropped, seccomp. */
  RESTRICTED = 'restricted',
  /** Prevents known privilege escalations but allows root (e.g. image builders). */
  BASELINE = 'baseline',
  /** Unrestricted. Only for system namespaces. */
  PRIVILEGED = 'privileged',
}

/** The namespace's ResourceQuota: the most its workloads may request and use in total. */
export interface NamespaceQuota {
  /**
   * Sum of CPU requests.
   * @default "4"
   */
  readonly requestsCpu?: string;
  /**
   * Sum of memory requests.
   * @default "8Gi"
   */
  readonly requestsMemory?: string;
  /**
   * Sum of CPU limits.
   * @default "8"
   */
  readonly limitsCpu?: string;
  /**
   * Sum of memory limits.
   * @default "16Gi"
   */
  readonly limitsMemory?: string;
  /**
   * Number of pods.
   * @default 50
   */
  readonly pods?: number;
  /**
   * Sum of persistent volume claim sizes.
   * @default "100Gi"
   */
  readonly requestsStorage?: string;
  /**
   * Number of persistent volume claims.
   * @default 20
   */
  readonly persistentVolumeClaims?: number;
}

/** Props of {@link EnvironmentNamespace}. */
export interface EnvironmentNamespaceProps {
  /**
   * The cluster the namespace lives on.
   * @default KubernetesCluster.DEFAULT (the stack's unaliased kubernetes provider)
   */
  readonly cluster?: ICluster;
  /**
   * Namespace name (DNS-1123 label).
   * @default - derived from the construct path (Names.resourceName)
   */
  readonly name?: string;
  /**
   * Pod Security Admission level, enforced, audited and warned.
   * @default PodSecurityLevel.RESTRICTED
   */
  readonly podSecurity?: PodSecurityLevel;
  /**
   * The ResourceQuota. Unset fields take their defaults.
   * @default - see NamespaceQuota
   */
  readonly quota?: NamespaceQuota;
  /**
   * LimitRange defaults for containers that declare no requests/limits.
   * @default { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '512Mi' }
   */
  readonly containerDefaults?: ContainerResources;
  /**
   * Namespaces whose pods may open connections into this one: where your Gateway API
   * gateway or ingress controller runs (matched on `kubernetes.io/metadata.name`).
   * @default - none: only pods of this namespace reach its pods
   */
  readonly gatewayNamespaces?: string[];
  /**
   * CIDRs pods may connect to outside the cluster (registries, Git, external APIs).
   * Egress is otherwise limited to this namespace and cluster DNS.
   * @default - none
   */
  readonly egressCidrs?: string[];
  /**
   * Users, groups or service accounts given read-only access (ClusterRole `view`), e.g. testers.
   * @default - none
   */
  readonly viewers?: Subject[];
  /**
   * Users, groups or service accounts given read-write access (ClusterRole `edit`).
   * @default - none
   */
  readonly editors?: Subject[];
  /**
   * Extra labels for the namespace and its objects.
   * @default - only the inherited labels
   */
  readonly labels?: { [key: string]: string };
}

/** kubernetes_namespace_v1's default delete timeout (provider 2.38.0). */
const DEFAULT_NAMESPACE_DELETE_SECONDS = 300;

const QUOTA_DEFAULTS = {
  requestsCpu: '4', requestsMemory: '8Gi', limitsCpu: '8', limitsMemory: '16Gi', pods: 50, requestsStorage: '100Gi', persistentVolumeClaims: 20,
};

/**
 * A namespace for one environment or team, locked down by default: a ResourceQuota and
 * LimitRange, default-deny NetworkPolicies (ingress and egress) with explicit allows
 * (within the namespace, cluster DNS, from the gateway namespaces, optional egress
 * CIDRs), Pod Security Admission labels (`restricted` by default), and RoleBindings
 * sharing it with named users and groups.
 */
export class EnvironmentNamespace extends Construct {
  /** The cluster the resources live on. */
  public readonly cluster: ICluster;
  /** The namespace name (a reference to the created namespace, so dependents wait for it). */
  public readonly name: string;
  public readonly namespace: NamespaceV1;
  public readonly resourceQuota: ResourceQuotaV1;
  public readonly limitRange: LimitRangeV1;
  /** Default deny of all ingress and egress. */
  public readonly denyAllPolicy: NetworkPolicyV1;
  /** Allows traffic between the namespace's own pods. */
  public readonly allowSameNamespacePolicy: NetworkPolicyV1;
  /** Allows DNS lookups to kube-dns/CoreDNS in kube-system. */
  public readonly allowDnsPolicy: NetworkPolicyV1;
  /** Allows ingress from the gateway namespaces (when any are given). */
  public readonly allowFromGatewayPolicy?: NetworkPolicyV1;
  /** Allows egress to `egressCidrs` (when any are given). */
  public readonly allowEgressPolicy?: NetworkPolicyV1;
  /** RoleBinding to ClusterRole `view` (when there are viewers). */
  public readonly viewBinding?: RoleBindingV1;
  /** RoleBinding to ClusterRole `edit` (when there are editors). */
  public readonly editBinding?: RoleBindingV1;
  /** The quota in effect (defaults applied). */
  public readonly quota: NamespaceQuota;

  private readonly demands: { id: string; demand: ResourceDemand }[] = [];
  private longestGraceSeconds = 0;

  constructor(scope: Construct, id: string, props: EnvironmentNamespaceProps = {}) {
    super(scope, id);
    this.cluster = props.cluster ?? KubernetesCluster.DEFAULT;
    const provider = this.cluster.provider;
    const name = objectName(this, props.name);
    this.quota = { ...QUOTA_DEFAULTS, ...props.quota };
    const q = this.quota;
    for (const key of ['requestsCpu', 'requestsMemory', 'limitsCpu', 'limitsMemory', 'requestsStorage'] as const) {
      requireQuantity(this, `quota.${key}`, q[key]!);
    }
    const defaults = props.containerDefaults ?? { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '512Mi' };
    requireResources(this, 'containerDefaults', defaults);
    for (const ns of props.gatewayNamespaces ?? []) requireDnsLabel(this, 'gatewayNamespaces', ns);

    const level = props.podSecurity ?? PodSecurityLevel.RESTRICTED;
    const labels = Labels.resolve(this, props.labels);
    this.namespace = new (peerNamespaceV1().NamespaceV1)(this, 'namespace', {
      provider,
      metadata: {
        name,
        labels: {
          ...labels,
          'pod-security.kubernetes.io/enforce': level,
          'pod-security.kubernetes.io/enforce-version': 'latest',
          'pod-security.kubernetes.io/audit': level,
          'pod-security.kubernetes.io/warn': level,
        },
      },
    });
    this.name = this.namespace.metadata.name;
    const meta = (objectName: string) => ({ name: objectName, namespace: this.name, labels });

    this.resourceQuota = new (peerResourceQuotaV1().ResourceQuotaV1)(this, 'quota', {
      provider,
      metadata: meta('quota'),
      spec: {
        hard: {
          'requests.cpu': q.requestsCpu!,
          'requests.memory': q.requestsMemory!,
          'limits.cpu': q.limitsCpu!,
          'limits.memory': q.limitsMemory!,
          'pods': String(q.pods),
          'requests.storage': q.requestsStorage!,
          'persistentvolumeclaims': String(q.persistentVolumeClaims),
        },
      },
    });
    this.limitRange = new (peerLimitRangeV1().LimitRangeV1)(this, 'limits', {
      provider,
      metadata: meta('container-defaults'),
      spec: {
        limit: [{
          type: 'Container',
          defaultRequest: { cpu: defaults.cpuRequest, memory: defaults.memoryRequest },
          default: { cpu: defaults.cpuLimit, memory: defaults.memoryLimit },
        }],
      },
    });

    const policy = (policyId: string, spec: { [key: string]: any }) =>
      new (peerNetworkPolicyV1().NetworkPolicyV1)(this, policyId, { provider, metadata: meta(policyId), spec: { podSelector: {}, ...spec } as any });
    this.denyAllPolicy = policy('default-deny', { policyTypes: ['Ingress', 'Egress'] });
    this.allowSameNamespacePolicy = policy('allow-same-namespace', {
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ podSelector: {} }] }],
      egress: [{ to: [{ podSelector: {} }] }],
    });
    this.allowDnsPolicy = policy('allow-dns', {
      policyTypes: ['Egress'],
      egress: [{
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
      }],
    });
    if (props.gatewayNamespaces?.length) {
      this.allowFromGatewayPolicy = policy('allow-from-gateway', {
        policyTypes: ['Ingress'],
        ingress: [{
          from: [{ namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: props.gatewayNamespaces }] } }],
        }],
      });
    }
    if (props.egressCidrs?.length) {
      this.allowEgressPolicy = policy('allow-egress', {
        policyTypes: ['Egress'],
        egress: [{ to: props.egressCidrs.map((cidr) => ({ ipBlock: { cidr } })) }],
      });
    }

    const bind = (role: string, prop: string, subjects: Subject[]) =>
      new (peerRoleBindingV1().RoleBindingV1)(this, `${role}-binding`, {
        provider,
        metadata: meta(`shared-${role}`),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
        subject: subjects.map((s, i) => s._render(this, `${prop}[${i}]`)) as any,
      });
    if (props.viewers?.length) this.viewBinding = bind('view', 'viewers', props.viewers);
    if (props.editors?.length) this.editBinding = bind('edit', 'editors', props.editors);
  }

  /**
   * Checks that the quota holds the peak demand of these workloads together with those
   * accommodated before, and throws (naming the quota prop) when it does not: a quota
   * smaller than its workloads' requests stalls rollouts and autoscaling.
   *
   * Also gives the namespace a delete timeout long enough for the workloads' longest
   * termination grace period plus 5 minutes, when the provider's default 5 minutes
   * would leave less than one beyond it: Kubernetes' namespace controller finalizes a deleted namespace
   * only after the longest grace period of the pods it deleted, even when they stop
   * sooner, so a long drain would otherwise fail `terraform destroy`.
   */
  public accommodate(...workloads: IWorkload[]): void {
    for (const w of workloads) this.demands.push({ id: w.node.path, demand: w.resourceDemand });
    const grace = workloads.map((w) => w.terminationGracePeriodSeconds).filter((g): g is number => g !== undefined && !Token.isUnresolved(g));
    this.longestGraceSeconds = Math.max(this.longestGraceSeconds, ...grace);
    if (this.longestGraceSeconds > DEFAULT_NAMESPACE_DELETE_SECONDS - 60) {
      this.namespace.putTimeouts({ delete: `${Math.ceil((this.longestGraceSeconds + 300) / 60)}m` });
    }
    const total = sumDemands(this.demands.map((d) => d.demand));
    const q = this.quota;
    const checks: [keyof NamespaceQuota, string | number, number, 'cpu' | 'bytes' | 'count', string][] = [
      ['requestsCpu', q.requestsCpu!, total.cpuRequests, 'cpu', 'CPU requests'],
      ['requestsMemory', q.requestsMemory!, total.memoryRequests, 'bytes', 'memory requests'],
      ['limitsCpu', q.limitsCpu!, total.cpuLimits, 'cpu', 'CPU limits'],
      ['limitsMemory', q.limitsMemory!, total.memoryLimits, 'bytes', 'memory limits'],
      ['requestsStorage', q.requestsStorage!, total.storageRequests, 'bytes', 'storage requests'],
      ['pods', q.pods!, total.pods, 'count', 'pods'],
      ['persistentVolumeClaims', q.persistentVolumeClaims!, total.persistentVolumeClaims, 'count', 'volume claims'],
    ];
    for (const [prop, limit, needed, kind, what] of checks) {
      if (Token.isUnresolved(limit)) continue;
      const available = typeof limit === 'number' ? limit : requireQuantity(this, `quota.${prop}`, limit)!;
      if (needed > available * (1 + 1e-9)) {
        const show = (v: number) => (kind === 'count' ? String(v) : formatQuantity(v, kind));
        throw new ValidationError(
          this,
          `quota.${prop}`,
          `the quota (${limit}) is smaller than the sum of the ${what} it must hold at peak (${show(needed)}, from ${this.demands.map((d) => d.id).join(', ')}; peak = max replicas plus rolling-update surge)`,
          `raise quota.${prop} to at least ${show(needed)}, or lower the workloads' ${what} or replicas`,
        );
      }
    }
  }
}
