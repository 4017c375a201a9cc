import { ComplianceSeverity } from '../model';
import { gatewayListenerTls } from '../rules/gateway-listener-tls';
import { k8sImageDigestPinned } from '../rules/k8s-image-digest-pinned';
import { k8sIngressTls } from '../rules/k8s-ingress-tls';
import { k8sNamespaceIsolation } from '../rules/k8s-namespace-isolation';
import { k8sPdbProduction } from '../rules/k8s-pdb-production';
import { k8sZeroDowntimeRollout } from '../rules/k8s-zero-downtime-rollout';
import { lbListenerTls } from '../rules/lb-listener-tls';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** FINANCE: banking delivery controls (TLS everywhere, isolation, safe rollouts). Append new rules only. */
export const FINANCE = CompliancePack._define('FIN', 'FINANCE', 'Financial services delivery', [
  { rule: lbListenerTls, severity: ERROR }, // FIN-1
  { rule: k8sIngressTls, severity: ERROR }, // FIN-2
  { rule: gatewayListenerTls, severity: ERROR }, // FIN-3
  { rule: k8sNamespaceIsolation, severity: ERROR }, // FIN-4
  { rule: k8sZeroDowntimeRollout, severity: ERROR }, // FIN-5
  { rule: k8sPdbProduction, severity: WARNING }, // FIN-6
  { rule: k8sImageDigestPinned, severity: ERROR }, // FIN-7
]);
