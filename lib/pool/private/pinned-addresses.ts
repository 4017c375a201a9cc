import { Annotations, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { CidrBlock, parseAddress } from '../../core/private/cidr';
import { SubnetSpec } from '../shapes';

/**
 * @internal Warns when addresses pinned on ports lie inside the subnet's declared allocation
 * pools. Neutron hands a pool address to whichever port asks first (a DHCP port, a load
 * balancer's VIP, another member), so the pinned port can fail with
 * IpAddressAlreadyAllocated (found by the OpenStack e2e suite). Declared pools are the
 * user's choice, so they are not changed; a subnet on the default pool is carved instead
 * (the OpenStack driver's `keepOutOfPool`).
 */
export function warnPinnedInsidePools(scope: IConstruct, prop: string, subnet: SubnetSpec, block: CidrBlock, addresses: string[]): void {
  const pools = subnet.allocationPools ?? [];
  if (pools.some((p) => Token.isUnresolved(p.start) || Token.isUnresolved(p.end))) return;
  const ranges = pools.map((p) => [parseAddress(scope, prop, p.start, block.version), parseAddress(scope, prop, p.end, block.version)]);
  const inside = addresses.filter((ip) => {
    if (Token.isUnresolved(ip)) return false;
    const v = parseAddress(scope, prop, ip, block.version);
    return ranges.some(([a, b]) => a <= v && v <= b);
  });
  if (inside.length === 0) return;
  Annotations.of(scope).addWarning(`${scope.node.path}: props.${prop} pins ${inside.join(', ')} inside the allocation pools of subnet ${subnet.name}. `
    + 'Neutron gives pool addresses to whichever port is created first (DHCP ports, load-balancer VIPs, other members), so an apply can fail '
    + 'with IpAddressAlreadyAllocated. Leave these addresses out of the subnet\'s allocationPools (or leave allocationPools unset: the pool is then carved around them).');
}
