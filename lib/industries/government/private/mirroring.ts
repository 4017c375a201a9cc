import { createHash } from 'crypto';
import { Annotations, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { isHostAddress, parseAddress, parseCidr } from '../../../core/private/cidr';
import { InstanceGroup, ISite } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { mapIterator } from '../../../pool/private/each';
import { TaasTapMirrorV2 } from '../../../providers/openstack/taas-tap-mirror-v2';
import { GovernmentZone, MirrorType, TrafficMirroringOptions } from '../props';
import { ZONES } from './facts';

// Traffic mirroring of workload ports to a collector in a security zone (OpenStack
// Tap-as-a-Service; out of band on vSphere) (internal).

/** @internal The collector must sit in its zone; on sites without mirroring, a warning. */
export function checkMirroring(scope: IConstruct, site: ISite, m: TrafficMirroringOptions, cidrs: { [zone: string]: string }): void {
  const zone = m.collectorZone ?? GovernmentZone.MANAGEMENT;
  if (!Token.isUnresolved(m.collectorIp) && !Token.isUnresolved(cidrs[zone])) {
    const block = parseCidr(scope, `zones.${ZONES[zone].key}.cidr`, cidrs[zone]);
    const ip = parseAddress(scope, 'mirroring.collectorIp', m.collectorIp, block.version);
    if (!isHostAddress(block, ip)) {
      throw new ValidationError(scope, 'mirroring.collectorIp', `${m.collectorIp} is not inside the ${ZONES[zone].slug} zone (${cidrs[zone]})`, `put the collector in ${cidrs[zone]}, or set mirroring.collectorZone`);
    }
  }
  if (!site.capabilities.trafficMirroring) {
    Annotations.of(scope).addWarning(
      `${scope.node.path}: traffic mirroring is not applied on ${site.targetName} (provider 2.15 has no port-mirroring session resource): configure a vDS port-mirroring session to ${m.collectorIp} out of band.`,
    );
  }
}

/** @internal Whether a workload in `zone` is mirrored: as it says, else when its zone is mirrored. */
export function isMirrored(m: TrafficMirroringOptions | undefined, zone: GovernmentZone, mirrored: boolean | undefined): boolean {
  return mirrored ?? (m !== undefined && (m.zones ?? [GovernmentZone.EXTRANET_ACCESS, GovernmentZone.EXTERNAL_PUBLISHING, GovernmentZone.INTERNET_ACCESS]).includes(zone));
}

/**
 * @internal Tap-as-a-Service mirror of each member's first port; tunnel IDs derive from the
 * member key, so they never renumber. `tunnelIds` holds the IDs taken in the cloud (by
 * owner), so a collision is an error naming both members.
 */
export function tapMirror(cloud: Construct, site: ISite, group: InstanceGroup, m: TrafficMirroringOptions, prop: string, tunnelIds: Map<number, string>): TaasTapMirrorV2 {
  const type = m.mirrorType ?? MirrorType.GRE;
  const space = type === MirrorType.GRE ? 0x7fffffff : 1023;
  const perMember: { [key: string]: { in: number; out: number } } = {};
  for (const key of group.memberNames) {
    const ids = ['in', 'out'].map((dir) => {
      const id = 1 + (parseInt(createHash('sha256').update(`${key}/${dir}`).digest('hex').slice(0, 12), 16) % space);
      const owner = tunnelIds.get(id);
      if (owner !== undefined) {
        throw new ValidationError(cloud, `${prop}.mirrored`, `mirror tunnel ID ${id} of ${key}/${dir} collides with ${owner}`, type === MirrorType.GRE ? 'rename the workload' : 'use MirrorType.GRE (32-bit keys) or rename the workload');
      }
      tunnelIds.set(id, `${key}/${dir}`);
      return id;
    });
    perMember[key] = { in: ids[0], out: ids[1] };
  }
  const port = group.openstack!.ports[0];
  const it = mapIterator(perMember);
  return new TaasTapMirrorV2(group, 'tap-mirror', {
    provider: openstackProviderOf(site, cloud, 'mirroring', 'Tap-as-a-Service mirrors'),
    forEach: it,
    name: `\${each.key}-mirror`,
    description: 'traffic mirror to the security zone collector',
    portId: `\${${port.fqn}[each.key].id}`,
    mirrorType: type,
    remoteIp: m.collectorIp,
    directions: { in: it.getNumber('in'), out: it.getNumber('out') },
  });
}
