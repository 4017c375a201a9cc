import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { LabelKeys, Labels } from '../../../core/labels';
import { requireDnsLabel, requireIntegerAtLeast, requireIntegerInRange, requireNonEmpty, requireUnique } from '../../../core/private/validate';
import { requireDisjointRanges } from '../../private/addressing';
import { HealthcareCloudProps, HealthcareTierSpec } from '../props';

// Whole-input checks of a healthcare cloud (internal: not exported from the package).

/** @internal The MLPS levels a system can be classified at and protected by a cloud (level 5 is out of civil scope). */
export const MLPS_LEVELS = [2, 3, 4];

/** @internal Roles no grant or credential of a trusted cloud may carry (H5: least privilege). */
const PRIVILEGED = /^(admin|service)$/i;

/** @internal The cloud-wide checks. */
export function checkCloud(scope: Construct, props: HealthcareCloudProps): void {
  requireNonEmpty(scope, 'location', props.location);
  requireNonEmpty(scope, 'assetOwner', props.assetOwner);
  // Tag values are label values: say which prop is wrong before the labels are applied.
  Labels.validate(scope, 'location', { [LabelKeys.GEO_LOCATION]: props.location });
  Labels.validate(scope, 'assetOwner', { [LabelKeys.ASSET]: props.assetOwner });
  if (props.trust !== undefined) Labels.validate(scope, 'trust', { [LabelKeys.TRUST]: props.trust });
  requireNonEmpty(scope, 'tlsContainerRef', props.tlsContainerRef);
  requireNonEmpty(scope, 'encryptedVolumeType', props.encryptedVolumeType);
  if (props.mlpsLevel !== undefined && !Token.isUnresolved(props.mlpsLevel) && !MLPS_LEVELS.includes(props.mlpsLevel)) {
    throw new ValidationError(scope, 'mlpsLevel', `${props.mlpsLevel} is not an MLPS level a cloud system is classified at`, `use one of ${MLPS_LEVELS.join(', ')} (GB/T 22239-2019), the level of the operator's classification`);
  }
  if (props.publicPort !== undefined) requireIntegerInRange(scope, 'publicPort', props.publicPort, 1, 65535);
  if (props.floatingIpMaxKbps !== undefined) requireIntegerAtLeast(scope, 'floatingIpMaxKbps', props.floatingIpMaxKbps, 1, 'set the limit in kbit/s, e.g. 100000');
  if (props.allowedSourceCidrs !== undefined && props.allowedSourceCidrs.length === 0) {
    throw new ValidationError(scope, 'allowedSourceCidrs', 'is empty: nothing could reach the application', 'list the sources, or leave it unset for every source');
  }
  requireDisjointRanges(scope, 'applicationCidr', [
    { name: 'the frontend network', prop: 'frontendCidr', cidr: props.frontendCidr },
    { name: 'the application network', prop: 'applicationCidr', cidr: props.applicationCidr },
  ]);
  const tiers: Array<[string, HealthcareTierSpec | undefined]> = [['application', props.application], ['database', props.database], ['audit', props.audit]];
  for (const [name, tier] of tiers) if (tier) checkTier(scope, name, tier);
  checkAccess(scope, props);
  const o = props.orchestration;
  if (o) {
    requireDnsLabel(scope, 'orchestration.name', o.name);
    requireNonEmpty(scope, 'orchestration.template', o.template);
  }
}

function checkTier(scope: Construct, prop: string, tier: HealthcareTierSpec): void {
  requireIntegerInRange(scope, `${prop}.port`, tier.port, 1, 65535);
  if (tier.count !== undefined) requireIntegerAtLeast(scope, `${prop}.count`, tier.count, 1);
  requireUnique(scope, `${prop}.volumes[].name`, (tier.volumes ?? []).map((v) => v.name));
}

/** H5: no privileged role; grants need the project; every credential is scoped by access rules. */
function checkAccess(scope: Construct, props: HealthcareCloudProps): void {
  const grants = props.roleGrants ?? [];
  if (grants.length > 0 && props.projectId === undefined) {
    throw new ValidationError(scope, 'projectId', 'is required with roleGrants: the roles are granted on the project', 'pass the ID of the project the cloud is deployed in');
  }
  grants.forEach((g, i) => {
    requireNonEmpty(scope, `roleGrants[${i}].groupId`, g.groupId);
    if (g.role !== undefined) requirePlainRole(scope, `roleGrants[${i}].role`, g.role);
  });
  const creds = props.applicationCredentials ?? [];
  requireUnique(scope, 'applicationCredentials[].name', creds.map((c) => c.name));
  creds.forEach((c, i) => {
    const prop = `applicationCredentials[${i}]`;
    requireDnsLabel(scope, `${prop}.name`, c.name);
    (c.roles ?? []).forEach((r, j) => requirePlainRole(scope, `${prop}.roles[${j}]`, r));
    if (c.roles !== undefined && c.roles.length === 0) throw new ValidationError(scope, `${prop}.roles`, 'is empty', 'name the least role the workload needs, or leave roles unset for reader');
    if (c.accessRules.length === 0) {
      throw new ValidationError(scope, `${prop}.accessRules`, 'is empty: the credential could call every API its roles allow', 'list the calls the workload makes: { service, method, path }');
    }
    c.accessRules.forEach((r, j) => {
      for (const key of ['service', 'method', 'path'] as const) requireNonEmpty(scope, `${prop}.accessRules[${j}].${key}`, r[key]);
    });
  });
}

function requirePlainRole(scope: Construct, prop: string, role: string): void {
  requireNonEmpty(scope, prop, role);
  if (!Token.isUnresolved(role) && PRIVILEGED.test(role)) {
    throw new ValidationError(scope, prop, `"${role}" is a privileged role (least privilege, H5)`, 'grant reader or member, or a custom role with only the needed rights');
  }
}
