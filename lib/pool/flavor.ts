import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireNonEmpty } from '../core/private/validate';
import { IHostPool } from './host-pool';
import { FlavorResult } from './private/plan';
import { driverOf, requireCapability } from './private/site-support';
import { ISite } from './site';
import { Size } from './size';
import { FlavorOpenStackResources } from './target-resources';

/** Properties of a {@link Flavor}. */
export interface FlavorProps {
  /** The site (an OpenStack region) the flavor belongs to. */
  readonly site: ISite;
  /** The capacities (and data-plane or architecture tuning) of the flavor. Not `Size.flavor`. */
  readonly size: Size;
  /**
   * A host pool the flavor requires (its aggregate's `pool` metadata).
   * @default - no pool
   */
  readonly hostPool?: IHostPool;
  /**
   * Projects (IDs) that may boot the flavor, besides the deploying project: the tenant
   * projects of a platform. An error on a site with `sharedAdminObjects`, whose flavors
   * are public.
   * @default - the deploying project only
   */
  readonly projectIds?: string[];
}

/**
 * An entry of a platform's flavor catalog, created by the admin stack so that tenant
 * stacks (sites with `SiteCredentials.TENANT`, which may not create flavors) reference it
 * with `Size.flavor(flavor.flavorName)`. It is the site's flavor of that size: instance
 * groups of the same size and pool on the site share it. OpenStack only.
 */
export class Flavor extends Construct {
  /** The flavor's name, for `Size.flavor(...)` in tenant stacks. Known at synth. */
  public readonly flavorName: string;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: FlavorOpenStackResources;

  constructor(scope: Construct, id: string, props: FlavorProps) {
    super(scope, id);
    requireCapability(props.site, props.site.capabilities.flavors, this, 'site', 'flavors', 'size vSphere members with Size.of(...) on the instance group itself');
    if (props.size.flavorName !== undefined) throw new ValidationError(this, 'size', `Size.flavor('${props.size.flavorName}') names an existing flavor`, 'give the capacities with Size.of(...) to create one');
    props.size.validate(this, 'size');
    if (props.hostPool && props.hostPool.site !== props.site) throw new ValidationError(this, 'hostPool', `pool ${props.hostPool.node.path} belongs to another site`, 'use a pool of the flavor\'s site');
    const projectIds = props.projectIds ?? [];
    projectIds.forEach((p, i) => requireNonEmpty(this, `projectIds[${i}]`, p));
    const result: FlavorResult = driverOf(props.site).flavor(this, { size: props.size, hostPool: props.hostPool?._handle, projectIds });
    this.flavorName = result.flavorName;
    this.openstack = result.openstack;
  }

  /** The size tenant stacks use to boot this flavor. */
  public get tenantSize(): Size {
    return Size.flavor(this.flavorName);
  }
}
