import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys } from '../../../core/labels';
import { requireDnsLabel, requireIntegerInRange } from '../../../core/private/validate';
import { EnvironmentNamespace, ICluster, Microservice, Probe } from '../../../kubernetes';
import { FinanceCicdPlatformProps } from '../props';
import { defaultQuota } from './namespace-quota';

// The audit/log tier of a finance CI/CD platform (internal).

/** @internal Where the environments ship their logs, and what the platform created for it. */
export interface AuditTier {
  /** Namespace of the collector (created or existing). */
  readonly namespaceName: string;
  /** Port of the collector. */
  readonly port: number;
  /** The created namespace (not with `existingAuditNamespace`). */
  readonly namespace?: EnvironmentNamespace;
  /** The created collector (not with `existingAuditNamespace`). */
  readonly collector?: Microservice;
}

/**
 * @internal The platform's own audit tier (a namespace the environments may reach and a
 * log collector), or the existing audit namespace.
 */
export function auditTier(scope: Construct, cluster: ICluster, name: string, props: FinanceCicdPlatformProps, environmentNamespaces: string[]): AuditTier {
  const port = props.existingAuditNamespace ? props.existingAuditPort ?? 9880 : props.audit?.collectorPort ?? 9880;
  requireIntegerInRange(scope, props.existingAuditNamespace ? 'existingAuditPort' : 'audit.collectorPort', port, 1, 65535);
  if (props.existingAuditNamespace) {
    requireDnsLabel(scope, 'existingAuditNamespace', props.existingAuditNamespace);
    return { namespaceName: props.existingAuditNamespace, port };
  }
  const audit = props.audit ?? {};
  const auditLabels = { [LabelKeys.TIER]: 'audit' };
  const collectorResources = audit.resources ?? { cpuRequest: '100m', cpuLimit: '500m', memoryRequest: '128Mi', memoryLimit: '256Mi' };
  const collectorReplicas = audit.replicas ?? 2;
  const namespace = new EnvironmentNamespace(scope, 'audit', {
    cluster,
    name: audit.namespaceName ?? `${name}-audit`,
    labels: auditLabels,
    gatewayNamespaces: environmentNamespaces, // the environments ship logs in
    egressCidrs: audit.egressCidrs,
    viewers: audit.viewers,
    quota: audit.quota ?? defaultQuota(scope, 'audit.resources', collectorResources, collectorReplicas + 1),
  });
  if (audit.collectorImage === undefined) {
    // A tag default would fail the pattern's own FINANCE pack (FIN-7: production images by digest).
    throw new ValidationError(scope, 'audit.collectorImage', 'is not set; the audit collector runs in production, where images must be pinned by digest (FIN-7), and the library ships no digest it could vouch for',
      'pass your registry\'s digest of the collector, e.g. audit: { collectorImage: "cr.fluentbit.io/fluent/fluent-bit:3.2.4@sha256:<digest>" }');
  }
  const collector = new Microservice(scope, 'audit-collector', {
    cluster,
    namespace: namespace.name,
    name: 'log-collector',
    image: audit.collectorImage,
    args: audit.collectorArgs ?? ['-i', 'http', '-p', `port=${port}`, '-o', 'stdout', '-m', '*'],
    port,
    servicePort: port,
    replicas: collectorReplicas,
    readinessProbe: Probe.tcpSocket('http'),
    livenessProbe: Probe.tcpSocket('http', { periodSeconds: 20, failureThreshold: 3 }),
    resources: collectorResources,
    labels: auditLabels,
  });
  namespace.accommodate(collector);
  return { namespaceName: namespace.name, port, namespace, collector };
}
