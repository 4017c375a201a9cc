import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { OpenstackProvider } from '../../providers/openstack/provider';

/**
 * @internal What the OpenStack driver needs of its site. A structural type, so the
 * driver never imports the site class (which imports the driver).
 */
export interface OpenStackSiteContext extends Construct {
  readonly provider: OpenstackProvider;
  readonly region: string;
  readonly externalNetworkId?: string;
  readonly externalNetwork?: unknown;
}

const OPENSTACK_SITES = new WeakMap<IConstruct, OpenStackSiteContext>();

/** @internal Called by OpenStackSite. */
export function registerOpenStackSite(site: OpenStackSiteContext): void {
  OPENSTACK_SITES.set(site, site);
}

/**
 * @internal The OpenStack provider of `site`, for building blocks that exist only on
 * OpenStack (Keystone projects, FWaaS, Octavia, Designate, ...). Throws, naming the
 * target, `scope` and `prop`, for sites of any other target.
 */
export function openstackProviderOf(site: IConstruct & { readonly targetName: string }, scope: IConstruct, prop: string, what: string): OpenstackProvider {
  const os = OPENSTACK_SITES.get(site);
  if (!os) throw new ValidationError(scope, prop, `${what} exist only on OpenStack sites (site ${site.node.path} is ${site.targetName})`, 'place it on an OpenStackSite');
  return os.provider;
}
