import { ComplianceSeverity } from '../model';
import { imageNotPublic } from '../rules/image-not-public';
import { instanceNoAdminPass } from '../rules/instance-no-admin-pass';
import { k8sNoLatestTag } from '../rules/k8s-no-latest-tag';
import { k8sNoPrivileged } from '../rules/k8s-no-privileged';
import { k8sResourcesSet } from '../rules/k8s-resources-set';
import { k8sRunAsNonRoot } from '../rules/k8s-run-as-non-root';
import { planeNoRouterInterface } from '../rules/plane-no-router-interface';
import { noPlaintextSecrets } from '../rules/no-plaintext-secrets';
import { secgroupDefaultDeny } from '../rules/secgroup-default-deny';
import { secgroupNoWorldAdminPorts } from '../rules/secgroup-no-world-admin-ports';
import { secgroupNoWorldAllPorts } from '../rules/secgroup-no-world-all-ports';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** SECURITY_BASELINE: the secure defaults every stack should meet. Rule IDs are explicit and never reused. */
export const SECURITY_BASELINE = CompliancePack._define('SEC', 'SECURITY_BASELINE', 'Security baseline (OpenStack, Kubernetes)', [
  { id: 'SEC-1', rule: secgroupNoWorldAdminPorts, severity: ERROR },
  { id: 'SEC-2', rule: secgroupDefaultDeny, severity: ERROR },
  { id: 'SEC-3', rule: noPlaintextSecrets, severity: ERROR },
  { id: 'SEC-4', rule: instanceNoAdminPass, severity: ERROR },
  { id: 'SEC-5', rule: imageNotPublic, severity: ERROR },
  { id: 'SEC-6', rule: k8sRunAsNonRoot, severity: ERROR },
  { id: 'SEC-7', rule: k8sNoPrivileged, severity: ERROR },
  { id: 'SEC-8', rule: k8sResourcesSet, severity: WARNING },
  { id: 'SEC-9', rule: k8sNoLatestTag, severity: ERROR },
  { id: 'SEC-10', rule: secgroupNoWorldAllPorts, severity: ERROR },
  { id: 'SEC-11', rule: planeNoRouterInterface, severity: ERROR },
]);
