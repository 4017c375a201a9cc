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

/** FINANCE: banking delivery controls (TLS everywhere, isolation, safe rollouts). Rule IDs are explicit and never reused. */
export const FINANCE = CompliancePack._define('FIN', 'FINANCE', 'Financial services delivery', [
  { id: 'FIN-1', rule: lbListenerTls, severity: ERROR },
  { id: 'FIN-2', rule: k8sIngressTls, severity: ERROR },
  { id: 'FIN-3', rule: gatewayListenerTls, severity: ERROR },
  { id: 'FIN-4', rule: k8sNamespaceIsolation, severity: ERROR },
  { id: 'FIN-5', rule: k8sZeroDowntimeRollout, severity: ERROR },
  { id: 'FIN-6', rule: k8sPdbProduction, severity: WARNING },
  { id: 'FIN-7', rule: k8sImageDigestPinned, severity: ERROR },
]);
