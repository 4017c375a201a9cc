import { FINANCE } from './finance';
import { HEALTHCARE } from './healthcare';
import { MLPS_LEVEL2, MLPS_LEVEL3, MLPS_LEVEL4 } from './mlps-level3';
import { CompliancePack } from './pack';
import { POWER_GRID } from './power-grid';
import { SECURITY_BASELINE } from './security-baseline';
import { TELECOM_HA } from './telecom-ha';

export { FINANCE, HEALTHCARE, MLPS_LEVEL2, MLPS_LEVEL3, MLPS_LEVEL4, POWER_GRID, SECURITY_BASELINE, TELECOM_HA };

/** Every predefined pack, in documentation order. */
export const ALL_PACKS: readonly CompliancePack[] = [SECURITY_BASELINE, TELECOM_HA, MLPS_LEVEL3, FINANCE, POWER_GRID, HEALTHCARE];
