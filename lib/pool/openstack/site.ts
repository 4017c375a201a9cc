import { TerraformResource, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { requireAtMostOne, requireDnsLabel, requireNonEmpty } from '../../core/private/validate';
import { DataOpenstackNetworkingNetworkV2 } from '../../providers/openstack/data-openstack-networking-network-v2';
import { OpenstackProvider, OpenstackProviderConfig } from '../../providers/openstack/provider';
import { checkZones, registerDriver, requireZoneOf } from '../private/site-support';
import { registerTenancy } from '../private/tenancy';
import { ISite, SiteCapabilities, SiteTarget } from '../site';
import { registerCredentials, SiteCredentials } from './admin-objects';
import { registerOpenStackSite } from './context';
import { OPENSTACK_CAPABILITIES, OpenStackDriver } from './driver';
import { OpenStackTenancy } from './tenancy';

/** Properties of an {@link OpenStackSite}. */
export interface OpenStackSiteProps {
  /** The OpenStack region, e.g. `RegionOne`. */
  readonly region: string;
  /** The availability zones placements may use, e.g. `['az1', 'az2', 'az3']`. */
  readonly availabilityZones: string[];
  /**
   * Name of the external network for router gateways and floating IPs.
   * @default - none: routers on this site get no external gateway
   */
  readonly externalNetwork?: string;
  /**
   * Terraform provider alias. Required when several OpenStack sites share a stack
   * (multi-site: one provider per region; Tricircle is retired).
   * @default - the default, unaliased provider
   */
  readonly alias?: string;
  /**
   * Settings of the provider this site creates (e.g. `cloud` from clouds.yaml or
   * `authUrl`). Never a literal password: use `cloud`, OS_* environment variables or
   * a sensitive `TerraformVariable`.
   * @default - configuration from the environment (OS_* variables / clouds.yaml)
   */
  readonly providerConfig?: OpenstackProviderConfig;
  /**
   * An existing provider to use instead of creating one.
   * @default - a provider is created
   */
  readonly provider?: OpenstackProvider;
  /**
   * The credentials the provider runs with. With `SiteCredentials.TENANT` the site only
   * creates tenant objects, and synth fails on any admin-owned object (flavor, volume
   * type, aggregate, project, quota, provider network, QoS policy) bound to it: create
   * those in a platform stack with admin credentials and reference them by name.
   * @default SiteCredentials.ADMIN
   */
  readonly credentials?: SiteCredentials;
  /**
   * Prefix of the global names of the admin-owned objects this site creates (flavors,
   * the multi-attach volume type), e.g. `ims-core` gives flavor `ims-core-c4-m8-d40`.
   * Nova and Cinder names are global per region, so two stacks creating `c4-m8-d40`
   * would collide (409 Conflict).
   * @default - the stack's name
   */
  readonly platformName?: string;
  /**
   * Admin-owned objects this site creates are the region's shared catalog: flavors and
   * the multi-attach volume type are public, under their unprefixed names (`c4-m8-d40`,
   * `multiattach`), as in releases before 0.9. Keeps such deployments from replacing
   * their flavors; only one stack per region may then create a given size.
   * @default false - private to the deploying project (and to the tenant VDCs using them), named with `platformName`
   */
  readonly sharedAdminObjects?: boolean;
}

const CHECKED = new WeakSet<TerraformStack>();

/**
 * In a stack with an aliased OpenStack provider, a resource without `provider` goes to
 * the unaliased default provider, i.e. to another region (or to an empty provider)
 * than the site it belongs to, while its references point into its own region. So at
 * synth every OpenStack resource and data source of such a stack must name its
 * provider. Registered once per stack.
 */
function requireExplicitProviders(stack: TerraformStack): void {
  if (CHECKED.has(stack)) return;
  CHECKED.add(stack);
  stack.node.addValidation({
    validate: () => {
      const elements = stack.node.findAll();
      const aliases = elements.filter((c): c is OpenstackProvider => c instanceof OpenstackProvider && c.alias !== undefined).map((p) => p.alias!);
      if (aliases.length === 0) return [];
      const unbound = elements.filter((c) => {
        const type = (c as { terraformResourceType?: unknown }).terraformResourceType;
        return typeof type === 'string' && type.startsWith('openstack_') && (c as TerraformResource).provider === undefined;
      });
      return unbound.slice(0, 10).map((c) =>
        `[${c.node.path}] provider: ${(c as TerraformResource).terraformResourceType} has no provider, so it would go to the default OpenStack provider, not its site's (this stack has aliased providers: ${aliases.join(', ')}). Fix: bind it to the provider of the site it belongs to (provider: site.provider).`);
    },
  });
}

/** One OpenStack region as a site: its provider, zones and external network. */
export class OpenStackSite extends Construct implements ISite {
  public readonly target = SiteTarget.OPENSTACK;
  public readonly targetName = 'OpenStack';
  public readonly capabilities: SiteCapabilities = OPENSTACK_CAPABILITIES;
  public readonly availabilityZones: string[];
  /** The region name. */
  public readonly region: string;
  /** The region name (the target-neutral {@link ISite.regionName}). */
  public readonly regionName?: string;
  /** The provider every resource on this site uses. */
  public readonly provider: OpenstackProvider;
  /** Lookup of the external network, when `externalNetwork` is set. */
  public readonly externalNetwork?: DataOpenstackNetworkingNetworkV2;
  /** The alias of this site's provider, if any. */
  public readonly alias?: string;
  /** The credentials the site's provider runs with. */
  public readonly credentials: SiteCredentials;
  /** Prefix of the global names of the admin-owned objects this site creates. */
  public readonly platformName: string;
  /** Whether admin-owned objects are the region's public, unprefixed catalog. */
  public readonly sharedAdminObjects: boolean;

  constructor(scope: Construct, id: string, props: OpenStackSiteProps) {
    super(scope, id);
    requireNonEmpty(this, 'region', props.region);
    checkZones(this, 'availabilityZones', props.availabilityZones);
    requireAtMostOne(this, { provider: props.provider, providerConfig: props.providerConfig });
    const password = props.providerConfig?.password;
    if (password !== undefined && !Token.isUnresolved(password)) {
      throw new ValidationError(this, 'providerConfig.password', 'is a literal; it would be written in plain text into the synthesized JSON', 'use `cloud` (clouds.yaml), OS_PASSWORD, or a sensitive TerraformVariable');
    }
    this.region = props.region;
    this.regionName = props.region;
    this.availabilityZones = [...props.availabilityZones];
    this.alias = props.alias ?? props.provider?.alias;
    this.requireOneDefaultProvider();
    this.credentials = props.credentials ?? SiteCredentials.ADMIN;
    this.platformName = props.platformName ?? TerraformStack.of(this).node.id;
    requireDnsLabel(this, 'platformName', this.platformName);
    this.sharedAdminObjects = props.sharedAdminObjects ?? false;

    this.provider = props.provider ?? new OpenstackProvider(this, 'provider', { ...props.providerConfig, region: props.region, alias: props.alias });
    if (props.externalNetwork !== undefined) {
      this.externalNetwork = new DataOpenstackNetworkingNetworkV2(this, 'external-network', {
        provider: this.provider,
        name: props.externalNetwork,
        external: true,
      });
    }
    registerCredentials(this, this.provider, this.credentials);
    registerDriver(this, new OpenStackDriver(this));
    // A tenant VDC's site: the same region, zones and external network, on the VDC's own provider.
    registerTenancy(this, new OpenStackTenancy(this, (scope, id, provider) => new OpenStackSite(scope, id, {
      region: props.region, availabilityZones: props.availabilityZones, externalNetwork: props.externalNetwork, provider,
      credentials: SiteCredentials.TENANT, platformName: this.platformName, sharedAdminObjects: this.sharedAdminObjects,
    })));
    registerOpenStackSite(this);
    requireExplicitProviders(TerraformStack.of(this));
  }

  /** The external network's ID. Undefined when the site declares none. */
  public get externalNetworkId(): string | undefined {
    return this.externalNetwork?.id;
  }

  public requireZone(scope: IConstruct, prop: string, zone: string): void {
    requireZoneOf(this, scope, prop, zone);
  }

  private requireOneDefaultProvider(): void {
    if (this.alias !== undefined) return;
    const others = TerraformStack.of(this).node.findAll().filter((c) => c !== this && c instanceof OpenStackSite && c.alias === undefined);
    if (others.length > 0) {
      throw new ValidationError(this, 'alias', `site ${others[0].node.path} already uses the default OpenStack provider in this stack`, 'give each site of a multi-site stack its own alias, e.g. alias: "region-two"');
    }
  }
}
