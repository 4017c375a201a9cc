/**
 * @internal The floating-IP quota a construct sets for the `need` addresses it creates:
 * twice the need. Neutron's no-lock quota driver counts a new address both as a row and
 * as a reservation until its create commits, so n parallel creates can need 2n-1 against
 * the limit, and a limit equal to the need fails now and then with OverQuota (seen in the
 * OpenStack e2e suite, on Neutron 29).
 */
export function floatingIpLimit(need: number): number {
  return 2 * need;
}
