import { ComplianceSeverity } from '../model';
import { imageNotPublic } from '../rules/image-not-public';
import { instanceNoAdminPass } from '../rules/instance-no-admin-pass';
import { k8sNoLatestTag } from '../rules/k8s-no-latest-tag';
import { k8sNoPrivileged } from '../rules/k8s-no-privileged';
import { k8sResourcesSet } from '../rules/k8s-resources-set';
import { k8sRunAsNonRoot } from '../rules/k8s-run-as-non-root';
import { noPlaintextSecrets } from '../rules/no-plaintext-secrets';
import { secgroupDefaultDeny } from '../rules/secgroup-default-deny';
import { secgroupNoWorldAdminPorts } from '../rules/secgroup-no-world-admin-ports';
import { secgroupNoWorldAllPorts } from '../rules/secgroup-no-world-all-ports';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** SECURITY_BASELINE: the secure defaults every stack should meet. Append new rules only. */
export const SECURITY_BASELINE = CompliancePack._define('SEC', 'SECURITY_BASELINE', 'Security baseline (OpenStack, Kubernetes)', [
  { rule: secgroupNoWorldAdminPorts, severity: ERROR }, // SEC-1
  { rule: secgroupDefaultDeny, severity: ERROR }, // SEC-2
  { rule: noPlaintextSecrets, severity: ERROR }, // SEC-3
  { rule: instanceNoAdminPass, severity: ERROR }, // SEC-4
  { rule: imageNotPublic, severity: ERROR }, // SEC-5
  { rule: k8sRunAsNonRoot, severity: ERROR }, // SEC-6
  { rule: k8sNoPrivileged, severity: ERROR }, // SEC-7
  { rule: k8sResourcesSet, severity: WARNING }, // SEC-8
  { rule: k8sNoLatestTag, severity: ERROR }, // SEC-9
  { rule: secgroupNoWorldAllPorts, severity: ERROR }, // SEC-10
]);
