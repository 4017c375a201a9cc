import { ComplianceSeverity } from '../model';
import { auditTierPresent } from '../rules/audit-tier-present';
import { imageNotPublic } from '../rules/image-not-public';
import { imageProtected } from '../rules/image-protected';
import { networkNotShared } from '../rules/network-not-shared';
import { regionAllowList } from '../rules/region-allow-list';
import { secgroupAdminPortsPrivateSource } from '../rules/secgroup-admin-ports-private-source';
import { secgroupDefaultDeny } from '../rules/secgroup-default-deny';
import { secgroupNoWorldAllPorts } from '../rules/secgroup-no-world-all-ports';
import { statefulDataProtected } from '../rules/stateful-data-protected';
import { volumeEncryptedType } from '../rules/volume-encrypted-type';
import { CompliancePack } from './pack';

const { ERROR, WARNING } = ComplianceSeverity;

// Clause numbers are GB/T 22239-2019, chapter 8 (level 3): 8.1 general requirements,
// 8.2 cloud-computing extension. The mapping is our best reading of the standard (RULES.md).

/** MLPS_LEVEL3: the GB/T 22239-2019 level-3 (cloud extension) controls infrastructure code can enforce. Rule IDs are explicit and never reused. */
export const MLPS_LEVEL3 = CompliancePack._define('MLPS', 'MLPS_LEVEL3', 'MLPS 2.0 level 3 (GB/T 22239-2019, cloud extension)', [
  { id: 'MLPS-1', rule: networkNotShared, severity: ERROR, control: '8.2.2.1 网络架构 (network architecture): isolation between the virtual networks of different cloud customers' },
  { id: 'MLPS-2', rule: secgroupDefaultDeny, severity: ERROR, control: '8.2.3.1 访问控制 (boundary access control): access control at virtual network boundaries; 8.1.3.2: deny all by default except allowed flows' },
  { id: 'MLPS-3', rule: secgroupNoWorldAllPorts, severity: ERROR, control: '8.2.3.1 访问控制 (boundary access control); 8.1.3.2: deny all by default except allowed flows' },
  { id: 'MLPS-4', rule: secgroupAdminPortsPrivateSource, severity: ERROR, control: '8.2.5.1 集中管控 (centralized control): cloud management traffic separated from customer business traffic; 8.1.4.1 remote management over controlled paths' },
  { id: 'MLPS-5', rule: regionAllowList, severity: ERROR, control: '8.2.1.1 基础设施位置 (infrastructure location) and 8.2.4.5 数据完整性和保密性: infrastructure and customer data located in China' },
  { id: 'MLPS-6', rule: volumeEncryptedType, severity: ERROR, control: '8.1.4.8 数据保密性 (data confidentiality): cryptographic protection of important data in storage; 8.2.4.5' },
  { id: 'MLPS-7', rule: imageNotPublic, severity: ERROR, control: '8.2.4.4 镜像和快照保护 (image and snapshot protection): prevent illegal access to sensitive resources in images' },
  { id: 'MLPS-8', rule: imageProtected, severity: WARNING, control: '8.2.4.4 镜像和快照保护 (image and snapshot protection): hardened, integrity-protected images' },
  { id: 'MLPS-9', rule: auditTierPresent, severity: ERROR, control: '8.1.4.3 / 8.1.3.5 安全审计 (security audit) and 8.2.3.3 (cloud boundary audit): events collected and retained' },
  { id: 'MLPS-10', rule: statefulDataProtected, severity: ERROR, control: '8.2.4.6 数据备份恢复 (data backup and recovery): several available copies of customer data; 8.1.4.9 backups' },
]);
