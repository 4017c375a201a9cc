import { ComplianceSeverity } from '../model';
import { auditTierPresent } from '../rules/audit-tier-present';
import { floatingIpBandwidthLimit } from '../rules/floating-ip-bandwidth-limit';
import { imageNotPublic } from '../rules/image-not-public';
import { imageProtected } from '../rules/image-protected';
import { networkNotShared } from '../rules/network-not-shared';
import { regionAllowList } from '../rules/region-allow-list';
import { secgroupAdminPortsPrivateSource } from '../rules/secgroup-admin-ports-private-source';
import { secgroupDefaultDeny } from '../rules/secgroup-default-deny';
import { secgroupNoWorldAllPorts } from '../rules/secgroup-no-world-all-ports';
import { statefulDataProtected } from '../rules/stateful-data-protected';
import { volumeEncryptedType } from '../rules/volume-encrypted-type';
import { vpnStrongCrypto } from '../rules/vpn-strong-crypto';
import { CompliancePack, PackEntry } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

/** The MLPS 2.0 protection level (GB/T 22239-2019; digest H7). Levels 1 and 5 have no pack: level 1 asks for nothing infrastructure code decides, level 5 is not public. */
export enum MlpsLevel {
  /** Level 2 (chapter 7 of the standard). */
  LEVEL_2 = 'LEVEL_2',
  /** Level 3 (chapter 8): what government and power clouds are usually graded at. */
  LEVEL_3 = 'LEVEL_3',
  /** Level 4 (chapter 9). */
  LEVEL_4 = 'LEVEL_4',
}

const LEVELS: { [level: string]: number } = { LEVEL_2: 2, LEVEL_3: 3, LEVEL_4: 4 };

/** @internal A pack entry and the levels that require it. */
export interface LeveledEntry extends PackEntry {
  /** The lowest level that requires the control. */
  readonly fromLevel: number;
}

// Clause numbers are the level-3 ones (GB/T 22239-2019 chapter 8: 8.1 general requirements,
// 8.2 cloud-computing extension); chapters 7 (level 2) and 9 (level 4) number the same
// controls alike, so a level's pack renumbers them. Where a level first requires a control is
// our best reading of the standard (RULES.md lists it): data confidentiality in storage,
// protection of sensitive data in images and centralized management paths first appear at
// level 3; bandwidth by business priority and cryptographic authentication of the
// communicating parties at level 4.
/** @internal Every MLPS rule with the lowest level that requires it. IDs are explicit and never reused. */
export const MLPS_ENTRIES: readonly LeveledEntry[] = [
  { id: 'MLPS-1', fromLevel: 2, rule: networkNotShared, severity: ERROR, control: '8.2.2.1 网络架构 (network architecture): isolation between the virtual networks of different cloud customers' },
  { id: 'MLPS-2', fromLevel: 2, rule: secgroupDefaultDeny, severity: ERROR, control: '8.2.3.1 访问控制 (boundary access control): access control at virtual network boundaries; 8.1.3.2: deny all by default except allowed flows' },
  { id: 'MLPS-3', fromLevel: 2, rule: secgroupNoWorldAllPorts, severity: ERROR, control: '8.2.3.1 访问控制 (boundary access control); 8.1.3.2: deny all by default except allowed flows' },
  { id: 'MLPS-4', fromLevel: 3, rule: secgroupAdminPortsPrivateSource, severity: ERROR, control: '8.2.5.1 集中管控 (centralized control): cloud management traffic separated from customer business traffic; 8.1.4.1 remote management over controlled paths' },
  { id: 'MLPS-5', fromLevel: 2, rule: regionAllowList, severity: ERROR, control: '8.2.1.1 基础设施位置 (infrastructure location) and 8.2.4.5 数据完整性和保密性: infrastructure and customer data located in China' },
  { id: 'MLPS-6', fromLevel: 3, rule: volumeEncryptedType, severity: ERROR, control: '8.1.4.8 数据保密性 (data confidentiality): cryptographic protection of important data in storage; 8.2.4.5' },
  { id: 'MLPS-7', fromLevel: 3, rule: imageNotPublic, severity: ERROR, control: '8.2.4.4 镜像和快照保护 (image and snapshot protection): prevent illegal access to sensitive resources in images' },
  { id: 'MLPS-8', fromLevel: 2, rule: imageProtected, severity: WARNING, control: '8.2.4.4 镜像和快照保护 (image and snapshot protection): hardened, integrity-protected images' },
  { id: 'MLPS-9', fromLevel: 2, rule: auditTierPresent, severity: ERROR, control: '8.1.4.3 / 8.1.3.5 安全审计 (security audit) and 8.2.3.3 (cloud boundary audit): events collected and retained' },
  { id: 'MLPS-10', fromLevel: 2, rule: statefulDataProtected, severity: ERROR, control: '8.2.4.6 数据备份恢复 (data backup and recovery): several available copies of customer data; 8.1.4.9 backups' },
  { id: 'MLPS-11', fromLevel: 4, rule: vpnStrongCrypto, severity: ERROR, control: '8.1.2.2 通信传输 (communication transmission), a level-4 item: authenticate the communicating parties cryptographically before they communicate' },
  { id: 'MLPS-12', fromLevel: 4, rule: floatingIpBandwidthLimit, severity: ERROR, control: '8.1.2.1 网络架构 (network architecture), a level-4 item: allocate bandwidth by business importance, important business first' },
];

/** @internal The number of a level (2, 3 or 4). */
export function mlpsLevelNumber(level: MlpsLevel): number {
  const n = LEVELS[level];
  if (n === undefined) throw new Error(`"${level}" is not an MLPS level: use MlpsLevel.LEVEL_2, LEVEL_3 or LEVEL_4`);
  return n;
}

function definePack(level: number): CompliancePack {
  const chapter = String(level + 5); // level 2 is chapter 7, level 3 chapter 8, level 4 chapter 9
  const entries = MLPS_ENTRIES.filter((e) => e.fromLevel <= level).map(({ fromLevel: _, ...e }) => ({
    ...e,
    control: e.control?.replace(/(^|[^.\d])8\.([12])\./g, `$1${chapter}.$2.`),
  }));
  return CompliancePack._define('MLPS', `MLPS_LEVEL${level}`, `MLPS 2.0 level ${level} (GB/T 22239-2019, cloud extension)`, entries);
}

/** MLPS_LEVEL2: the GB/T 22239-2019 level-2 (chapter 7) controls infrastructure code can enforce. */
export const MLPS_LEVEL2 = definePack(2);
/** MLPS_LEVEL3: the GB/T 22239-2019 level-3 (cloud extension) controls infrastructure code can enforce. Rule IDs are explicit and never reused. */
export const MLPS_LEVEL3 = definePack(3);
/** MLPS_LEVEL4: the GB/T 22239-2019 level-4 (chapter 9) controls infrastructure code can enforce. */
export const MLPS_LEVEL4 = definePack(4);

/** @internal The pack of a level. */
export function mlpsPack(level: MlpsLevel): CompliancePack {
  return [MLPS_LEVEL2, MLPS_LEVEL3, MLPS_LEVEL4][mlpsLevelNumber(level) - 2];
}
