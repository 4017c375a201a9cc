import { FINANCE } from './finance';
import { MLPS_LEVEL3 } from './mlps-level3';
import { CompliancePack } from './pack';
import { SECURITY_BASELINE } from './security-baseline';
import { TELECOM_HA } from './telecom-ha';

export { FINANCE, MLPS_LEVEL3, SECURITY_BASELINE, TELECOM_HA };

/** Every predefined pack, in documentation order. */
export const ALL_PACKS: readonly CompliancePack[] = [SECURITY_BASELINE, TELECOM_HA, MLPS_LEVEL3, FINANCE];
