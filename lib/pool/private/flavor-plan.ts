import { Size } from '../size';
import { FlavorOpenStackResources } from '../target-resources';
import type { HostPoolResult } from './plan';

/** @internal A catalog flavor: the site's flavor of a size (and pool), granted to more projects. */
export interface FlavorPlan {
  readonly size: Size;
  readonly hostPool?: HostPoolResult;
  readonly projectIds: string[];
}

/** @internal */
export interface FlavorResult {
  readonly flavorName: string;
  readonly openstack?: FlavorOpenStackResources;
}
