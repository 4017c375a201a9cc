import { Construct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { ISecurityGroup, ISite, Peer, SecurityGroup } from '../../../pool';
import { openstackProviderOf } from '../../../pool/openstack/context';
import { NetworkingRbacPolicyV2 } from '../../../providers/openstack/networking-rbac-policy-v2';
import { GovernmentDepartment } from '../department';
import { GovernmentDeclaredFlow, GovernmentZone } from '../props';
import { ZONES } from './facts';

// Declared cross-department flows (internal). Department groups live in different
// projects (department-scoped sites), so a flow names the other department's group through
// a reference on the rule's own site, and on OpenStack that group is shared with the
// rule's project (Neutron resolves a remote group only when its project may see it).

const MIN_REASON = 10;

/** A group of another department, as seen from `viewer`'s site; on OpenStack shared with its project. */
class SharedGroup extends Construct implements ISecurityGroup {
  public readonly site: ISite;
  public readonly groupName: string;
  public readonly securityGroupId?: string;

  constructor(viewer: GovernmentDepartment, id: string, owner: GovernmentDepartment, group: SecurityGroup, zoneSlug: string) {
    super(viewer, id);
    this.site = viewer.site;
    this.groupName = group.groupName;
    this.securityGroupId = group.securityGroupId;
    if (owner.project && viewer.project && group.securityGroupId !== undefined) {
      new NetworkingRbacPolicyV2(owner, `share-${zoneSlug}-with-${viewer.departmentName}`, {
        provider: openstackProviderOf(owner.site, owner, 'site', 'RBAC policies'),
        action: 'access_as_shared',
        objectType: 'security_group',
        objectId: group.securityGroupId,
        targetTenant: viewer.projectId!,
      });
    }
  }
}

/** The group `owner` has in `zone`, seen from `viewer` (created once per pair). */
function sharedGroup(viewer: GovernmentDepartment, owner: GovernmentDepartment, zone: GovernmentZone): SharedGroup {
  const id = `${owner.departmentName}-${ZONES[zone].slug}`;
  return (viewer.node.tryFindChild(id) as SharedGroup | undefined) ?? new SharedGroup(viewer, id, owner, owner.zoneGroups[zone]!, ZONES[zone].slug);
}

/** @internal Opens each declared flow in the two departments' zone groups. */
export function applyDeclaredFlows(cloud: Construct, departments: { [name: string]: GovernmentDepartment }, flows: GovernmentDeclaredFlow[]): void {
  flows.forEach((flow, i) => {
    const prop = `declaredFlows[${i}]`;
    const dept = (key: 'fromDepartment' | 'toDepartment') => {
      const d = departments[flow[key]];
      if (!d) throw new ValidationError(cloud, `${prop}.${key}`, `department "${flow[key]}" is not declared`, `use one of ${Object.keys(departments).join(', ')}`);
      return d;
    };
    const from = dept('fromDepartment');
    const to = dept('toDepartment');
    if (from === to) throw new ValidationError(cloud, `${prop}.toDepartment`, `is the source department "${from.departmentName}": flows inside a department follow its zone policies`, 'declare flows between two different departments');
    if ((flow.reason ?? '').trim().length < MIN_REASON) {
      throw new ValidationError(cloud, `${prop}.reason`, 'a cross-department flow needs a written reason', `say why (at least ${MIN_REASON} characters), e.g. the data-sharing agreement`);
    }
    if (!flow.port) throw new ValidationError(cloud, `${prop}.port`, 'is missing', 'pass the protocol and port, e.g. Port.tcp(443)');
    const fromZone = flow.fromZone ?? flow.zone;
    for (const [d, zone, key] of [[from, fromZone, flow.fromZone !== undefined ? 'fromZone' : 'zone'], [to, flow.zone, 'zone']] as const) {
      if (!ZONES[zone]) throw new ValidationError(cloud, `${prop}.${key}`, `"${zone}" is not a government zone`, 'use a GovernmentZone value');
      if (!d.zoneGroups[zone]) {
        throw new ValidationError(cloud, `${prop}.${key}`, `department "${d.departmentName}" has no workloads in the ${ZONES[zone].slug} zone`, 'name a zone the department has workloads in');
      }
    }
    const reason = flow.reason.trim();
    to.zoneGroups[flow.zone]!.allowIngress(Peer.securityGroup(sharedGroup(to, from, fromZone)), flow.port, { reason });
    from.zoneGroups[fromZone]!.allowEgress(Peer.securityGroup(sharedGroup(from, to, flow.zone)), flow.port, { reason });
  });
}
