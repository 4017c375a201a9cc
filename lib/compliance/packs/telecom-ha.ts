import { ComplianceSeverity } from '../model';
import { k8sLivenessProbe } from '../rules/k8s-liveness-probe';
import { lbPoolHasMonitor } from '../rules/lb-pool-has-monitor';
import { networkVlanSegment } from '../rules/network-vlan-segment';
import { openstackHaTierAntiAffinity } from '../rules/openstack-ha-tier-anti-affinity';
import { openstackHaTierMultiAz } from '../rules/openstack-ha-tier-multi-az';
import { planePhysicalSeparation } from '../rules/plane-physical-separation';
import { vlanIdsUnique } from '../rules/vlan-ids-unique';
import { vsphereHaTierAntiAffinity } from '../rules/vsphere-ha-tier-anti-affinity';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** TELECOM_HA: carrier-grade availability and plane separation. Append new rules only. */
export const TELECOM_HA = CompliancePack._define('TEL', 'TELECOM_HA', 'Telecom high availability', [
  { rule: openstackHaTierAntiAffinity, severity: ERROR }, // TEL-1
  { rule: openstackHaTierMultiAz, severity: ERROR }, // TEL-2
  { rule: vsphereHaTierAntiAffinity, severity: ERROR }, // TEL-3
  { rule: lbPoolHasMonitor, severity: ERROR }, // TEL-4
  { rule: networkVlanSegment, severity: WARNING }, // TEL-5
  { rule: vlanIdsUnique, severity: ERROR }, // TEL-6
  { rule: planePhysicalSeparation, severity: ERROR }, // TEL-7
  { rule: k8sLivenessProbe, severity: WARNING }, // TEL-8
]);
