import { ComplianceSeverity } from '../model';
import { gridDedicatedPhysnet } from '../rules/grid-dedicated-physnet';
import { gridInstanceSingleRegion } from '../rules/grid-instance-single-region';
import { gridProductionNoInternet } from '../rules/grid-production-no-internet';
import { gridRouterIsolation } from '../rules/grid-router-isolation';
import { gridZoneDeclared } from '../rules/grid-zone-declared';
import { networkNotShared } from '../rules/network-not-shared';
import { vpnStrongCrypto } from '../rules/vpn-strong-crypto';
import { CompliancePack } from './pack';

const { ERROR } = ComplianceSeverity;

// The power industry's principle for monitoring systems, "security zoning, dedicated
// network, horizontal isolation, vertical authentication" (安全分区、网络专用、横向隔离、纵向认证):
// production control zones I/II apart from management information zones III/IV. OSCAR's
// power document does not state it; it is our default where the source is silent.

/** POWER_GRID: security zoning, dedicated network, horizontal isolation, vertical authentication. Rule IDs are explicit and never reused. */
export const POWER_GRID = CompliancePack._define('PWR', 'POWER_GRID', 'Power grid security zoning (zones I/II apart from III/IV)', [
  { id: 'PWR-1', rule: gridZoneDeclared, severity: ERROR, control: '安全分区 (security zoning): every system is in zone I, II, III or IV' },
  { id: 'PWR-2', rule: gridRouterIsolation, severity: ERROR, control: '横向隔离 (horizontal isolation): no routed path between the production control and management information regions' },
  { id: 'PWR-3', rule: gridInstanceSingleRegion, severity: ERROR, control: '横向隔离 (horizontal isolation): no dual-homed server across the regions' },
  { id: 'PWR-4', rule: gridProductionNoInternet, severity: ERROR, control: '网络专用 (dedicated network): the production control region never reaches public networks' },
  { id: 'PWR-5', rule: gridDedicatedPhysnet, severity: ERROR, control: '网络专用 (dedicated network): production control networks on their own physical network' },
  { id: 'PWR-6', rule: vpnStrongCrypto, severity: ERROR, control: '纵向认证 (vertical authentication): wide-area traffic encrypted and authenticated' },
  { id: 'PWR-7', rule: networkNotShared, severity: ERROR, control: '安全分区 (security zoning): a zone network is not attachable by every project' },
]);
