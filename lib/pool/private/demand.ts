import { Token } from 'cdktf';
import { QuotaAmounts } from '../quota';
import { GroupDemandSpec } from '../shapes';

/**
 * @internal What a group needs. vCPUs and memory are known for `Size.of` and
 * `Size.bareMetal` (Nova counts the flavor's vCPUs and RAM) and unknown (undefined) for
 * `Size.flavor`, whose capacity is the operator's. Every member counts one instance,
 * one volume and its GiB per boot volume, and one volume and its GiB per data volume.
 */
export function groupDemand(spec: GroupDemandSpec): QuotaAmounts {
  const n = spec.count ?? 2;
  const { size } = spec;
  const known = size.vcpus !== undefined && size.memoryGiB !== undefined;
  const volumes = spec.volumes ?? [];
  const boot = spec.bootVolumeGiB !== undefined ? 1 : 0;
  return {
    instances: n,
    vcpus: known ? n * size.vcpus! : undefined,
    memoryGiB: known ? n * size.memoryGiB! : undefined,
    volumes: n * (boot + volumes.length),
    storageGiB: n * ((spec.bootVolumeGiB ?? 0) + volumes.reduce((sum, v) => sum + v.sizeGiB, 0)),
  };
}

/** @internal The sum of several demands: an amount unknown in any part is unknown in the total. */
export function totalDemand(parts: QuotaAmounts[]): QuotaAmounts {
  const add = (key: keyof QuotaAmounts): number | undefined =>
    parts.reduce<number | undefined>((sum, p) => (sum === undefined || p[key] === undefined || Token.isUnresolved(p[key]) ? undefined : sum + p[key]!), 0);
  return { instances: add('instances'), vcpus: add('vcpus'), memoryGiB: add('memoryGiB'), volumes: add('volumes'), storageGiB: add('storageGiB') };
}
