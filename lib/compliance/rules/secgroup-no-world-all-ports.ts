import { COMPLIANT, NOT_APPLICABLE, RuleDefinition, nonCompliant, unresolved } from '../model';
import { ingressRule, isWorldCidr } from '../private/attrs';

/** Protocols with ports (by name or IANA number). A port-less rule for them opens every port. */
const PORT_PROTOCOLS = ['tcp', 'udp', 'sctp', 'udplite', 'dccp', '6', '17', '132', '136', '33'];

/** No ingress rule that opens every port (or every protocol) to the world. */
export const secgroupNoWorldAllPorts: RuleDefinition = {
  name: 'secgroup-no-world-all-ports',
  title: 'No allow-all ingress from the world',
  explanation: 'An ingress rule from 0.0.0.0/0 or ::/0 without a protocol or port range turns the security group into an open boundary: nothing is denied by default.',
  fix: 'Allow only the protocol and port range the service needs (e.g. tcp 443), or restrict the source prefix.',
  resourceTypes: ['openstack_networking_secgroup_rule_v2'],
  check: (r) => {
    const rule = ingressRule(r.attributes);
    if (rule.unresolved) return unresolved(rule.unresolved);
    if (!rule.ingress) return NOT_APPLICABLE;
    const world = rule.anySource || isWorldCidr(rule.source);
    const protocol = r.attributes.protocol;
    const anyProtocol = protocol === undefined || protocol === '' || protocol === 'any';
    const portProtocol = typeof protocol === 'string' && PORT_PROTOCOLS.includes(protocol);
    if (world && (anyProtocol || (portProtocol && rule.allPorts))) {
      return nonCompliant(`ingress from ${rule.source ?? 'any address'} allows ${anyProtocol ? 'every protocol' : 'every port'}`);
    }
    return COMPLIANT;
  },
};
