import { ComplianceSeverity } from '../model';
import { k8sLivenessProbe } from '../rules/k8s-liveness-probe';
import { lbPoolHasMonitor } from '../rules/lb-pool-has-monitor';
import { networkVlanSegment } from '../rules/network-vlan-segment';
import { openstackHaTierAntiAffinity } from '../rules/openstack-ha-tier-anti-affinity';
import { openstackHaTierMultiAz } from '../rules/openstack-ha-tier-multi-az';
import { planePhysicalSeparation } from '../rules/plane-physical-separation';
import { tierSurvivesZoneLoss } from '../rules/tier-survives-zone-loss';
import { vlanIdsUnique } from '../rules/vlan-ids-unique';
import { vsphereHaTierAntiAffinity } from '../rules/vsphere-ha-tier-anti-affinity';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** TELECOM_HA: carrier-grade availability and plane separation. Rule IDs are explicit and never reused. */
export const TELECOM_HA = CompliancePack._define('TEL', 'TELECOM_HA', 'Telecom high availability', [
  { id: 'TEL-1', rule: openstackHaTierAntiAffinity, severity: ERROR },
  { id: 'TEL-2', rule: openstackHaTierMultiAz, severity: ERROR },
  { id: 'TEL-3', rule: vsphereHaTierAntiAffinity, severity: ERROR },
  { id: 'TEL-4', rule: lbPoolHasMonitor, severity: ERROR },
  { id: 'TEL-5', rule: networkVlanSegment, severity: WARNING },
  { id: 'TEL-6', rule: vlanIdsUnique, severity: ERROR },
  { id: 'TEL-7', rule: planePhysicalSeparation, severity: ERROR },
  { id: 'TEL-8', rule: k8sLivenessProbe, severity: WARNING },
  { id: 'TEL-9', rule: tierSurvivesZoneLoss, severity: ERROR },
]);
