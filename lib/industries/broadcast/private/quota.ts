import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { requireNonEmpty } from '../../../core/private/validate';
import { OpenStackSite, Quota, QuotaAmounts } from '../../../pool';
import { floatingIpLimit } from '../../../pool/private/floating-ip-limit';
import { BroadcastCapacityNeeds, BroadcastQuotaOptions, BroadcastVideoPlatformProps } from '../props';

// The tenant quota, checked against what the tiers need (internal).

/** @internal What the quota must cover: the tiers' needs, and the tier props that cause them (for messages). */
export interface QuotaNeeds {
  readonly needs: BroadcastCapacityNeeds;
  readonly tierProps: string[];
}

/** @internal The created or given quota, checked against the needs; without one, a warning. */
export function tenantQuota(scope: Construct, site: OpenStackSite, props: BroadcastVideoPlatformProps, n: QuotaNeeds): Quota | undefined {
  if (props.quota) return createQuota(scope, site, props.quota, n);
  if (props.existingQuota) {
    const q = props.existingQuota;
    requireCovers(scope, 'existingQuota', { vcpus: q.vcpus, memoryGiB: q.memoryGiB, instances: q.instances }, n);
    return q;
  }
  Annotations.of(scope).addWarning(`${scope.node.path}: no per-tenant quota; pass quota: { projectId } so the tenant cannot outgrow its share of the site`);
  return undefined;
}

/** Limits default to 1.5 x the needs (volumes: at least 10; floating IPs: `floatingIpLimit`, at least 4). */
function createQuota(scope: Construct, site: OpenStackSite, q: BroadcastQuotaOptions, n: QuotaNeeds): Quota {
  requireNonEmpty(scope, 'quota.projectId', q.projectId);
  const needs = n.needs;
  const headroom = (v: number) => Math.ceil(v * 1.5);
  if (needs.vcpus === undefined && (q.vcpus === undefined || q.memoryGiB === undefined)) {
    throw new ValidationError(scope, q.vcpus === undefined ? 'quota.vcpus' : 'quota.memoryGiB', `the tiers ${needs.unsizedTiers.join(', ')} are sized by flavor name, so their vCPUs and memory are unknown at synth`, 'set quota.vcpus and quota.memoryGiB');
  }
  const quota = {
    vcpus: q.vcpus ?? headroom(needs.vcpus!),
    memoryGiB: q.memoryGiB ?? headroom(needs.memoryGiB!),
    instances: q.instances ?? headroom(needs.instances),
    volumes: q.volumes ?? Math.max(10, headroom(needs.volumes)),
    storageGiB: q.storageGiB ?? headroom(needs.storageGiB),
  };
  requireCovers(scope, 'quota', quota, n);
  const floatingIps = q.floatingIps ?? Math.max(4, floatingIpLimit(needs.floatingIps));
  if (floatingIps < needs.floatingIps) {
    throw new ValidationError(scope, 'quota.floatingIps', `the quota of ${floatingIps} floating IPs is below the ${needs.floatingIps} the platform creates (one per public ingest member, one for the edge load balancer)`, `raise quota.floatingIps to at least ${floatingIpLimit(needs.floatingIps)} (parallel creates briefly count twice), or leave it unset`);
  }
  return new Quota(scope, 'quota', {
    site,
    projectId: q.projectId,
    ...quota,
    networks: q.networks ?? 10,
    floatingIps,
  });
}

function requireCovers(scope: Construct, prop: string, limits: QuotaAmounts, n: QuotaNeeds): void {
  Quota.requireCovers(scope, prop, limits, n.needs, `the tiers (${n.tierProps.join(', ')})`);
}
