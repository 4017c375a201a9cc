import { ComplianceSeverity } from '../model';
import { instanceTrustedHost } from '../rules/instance-trusted-host';
import { lbListenerTls } from '../rules/lb-listener-tls';
import { trustTagsPresent } from '../rules/trust-tags-present';
import { volumeEncryptedType } from '../rules/volume-encrypted-type';
import { CompliancePack } from './pack';

const { ERROR } = ComplianceSeverity;

/** HEALTHCARE: a trusted medical cloud (geographic, asset and trust tags; TLS in transit; encryption at rest; attested hosts only). Rule IDs are explicit and never reused. */
export const HEALTHCARE = CompliancePack._define('HC', 'HEALTHCARE', 'Healthcare trusted cloud', [
  { id: 'HC-1', rule: trustTagsPresent, severity: ERROR, control: 'H6: every resource carries geographic, asset and trust tags' },
  { id: 'HC-2', rule: lbListenerTls, severity: ERROR, control: 'H4: data protected in transit' },
  { id: 'HC-3', rule: volumeEncryptedType, severity: ERROR, control: 'H4: data protected at rest' },
  { id: 'HC-4', rule: instanceTrustedHost, severity: ERROR, control: 'H1: workloads run only on attested hosts' },
]);
