import { Construct } from 'constructs';
import { ValidationError } from '../../core/errors';
import { LabelKeys, Labels } from '../../core/labels';
import { Names } from '../../core/names';
import { FirewallGroup, LoadBalancer } from '../../openstack';
import { AuditLogSink, HostPool, InstanceGroup, ISite, IStorageTier, Network, QosPolicy, Router, SecurityGroup, StorageTier } from '../../pool';
import { requireCapability } from '../../pool/private/site-support';
import { IdentityApplicationCredentialV3 } from '../../providers/openstack/identity-application-credential-v3';
import { IdentityRoleAssignmentV3 } from '../../providers/openstack/identity-role-assignment-v3';
import { OrchestrationStackV1 } from '../../providers/openstack/orchestration-stack-v1';
import { createPatternAuditSink } from '../private/audit-sink';
import { createAccess, createOrchestration } from './private/access';
import { createIngress, createNetworks } from './private/ingress';
import { createPools, createTiers } from './private/tiers';
import { checkCloud } from './private/validate';
import { HealthcareCloudProps } from './props';

/**
 * A trusted medical cloud after the OSCAR healthcare case (Datang Gaohong Xin'an, OpenStack
 * Juno on TPM 2.0 / TCM servers): attested control/authentication, compute and storage pools
 * kept apart, every workload on the attested compute pool, the ingress chain firewall →
 * load balancer (TLS terminated) → application, every volume on an encrypted type,
 * least-privilege role grants and restricted application credentials, geographic, asset and
 * trust tags on every resource, the MLPS level as a label, an optional audit-log sink every
 * tier ships its logs to, and a Heat stack where the site runs Heat. `Compliance.HEALTHCARE` checks the result. OpenStack only.
 */
export class HealthcareCloud extends Construct {
  /** The label key recording the MLPS level (H7). */
  public static readonly MLPS_LEVEL_LABEL = 'oscar.io/mlps-level';

  /** The site. */
  public readonly site: ISite;
  /** The attested pools: `control`, `compute`, `storage`. */
  public readonly pools: { [role: string]: HostPool };
  /** The router of both networks (gateway limited by {@link edgeQos}). */
  public readonly router: Router;
  /** The load balancer's network. */
  public readonly frontend: Network;
  /** The tiers' network. */
  public readonly application: Network;
  /** The bandwidth limit of the floating IP and the router gateway. */
  public readonly edgeQos: QosPolicy;
  /** The firewall on the frontend subnet's router port. */
  public readonly frontendFirewall: FirewallGroup;
  /** The firewall on the application subnet's router port. */
  public readonly applicationFirewall: FirewallGroup;
  /** The TLS-terminating load balancer in front of the application tier. */
  public readonly loadBalancer: LoadBalancer;
  /** The encrypted volume type every volume uses. */
  public readonly encryptedTier: IStorageTier;
  /** The tiers, by name: `application`, and `database`, `audit` when declared. */
  public readonly tiers: { [tier: string]: InstanceGroup };
  /**
   * The audit-log sink every tier ships its logs to.
   * @default - none without `auditSink`
   */
  public readonly auditSink?: AuditLogSink;
  /** The tiers' security groups, by tier name. */
  public readonly securityGroups: { [tier: string]: SecurityGroup };
  /** The groups' role assignments. */
  public readonly roleAssignments: IdentityRoleAssignmentV3[];
  /** The application credentials, by name. */
  public readonly applicationCredentials: { [name: string]: IdentityApplicationCredentialV3 };
  /**
   * The Heat stack.
   * @default - none without `orchestration`
   */
  public readonly orchestrationStack?: OrchestrationStackV1;

  constructor(scope: Construct, id: string, props: HealthcareCloudProps) {
    super(scope, id);
    this.site = props.site;
    checkCloud(this, props);
    // The source is an OpenStack design: the chain needs Octavia and FWaaS, H8 needs Heat.
    requireCapability(props.site, props.site.capabilities.loadBalancer, this, 'site', 'the healthcare ingress chain (load balancer, FWaaS) and Heat', 'deploy the healthcare cloud on an OpenStackSite');
    const site = props.site as ISite & { readonly externalNetworkId?: string };
    if (site.externalNetworkId === undefined) {
      throw new ValidationError(this, 'site', `the load balancer's floating IP and the router gateway need the site's external network, and site ${site.node.path} has none`, 'set externalNetwork on the OpenStackSite');
    }
    // H6: every resource below carries these (HC-1); H7: the level the operator classified.
    const labels = Labels.of(this);
    labels.add(LabelKeys.INDUSTRY, 'healthcare');
    labels.add(LabelKeys.PATTERN, 'healthcare-cloud');
    labels.add(LabelKeys.GEO_LOCATION, props.location);
    labels.add(LabelKeys.ASSET, props.assetOwner);
    labels.add(LabelKeys.TRUST, props.trust ?? 'attested');
    if (props.mlpsLevel !== undefined) labels.add(HealthcareCloud.MLPS_LEVEL_LABEL, `${props.mlpsLevel}`);
    const prefix = Names.resourceName(this, { maxLength: 24 });

    this.pools = createPools(this, prefix, props);
    const nets = createNetworks(this, prefix, props);
    this.router = nets.router;
    this.frontend = nets.frontend;
    this.application = nets.application;
    this.edgeQos = nets.qos;
    this.encryptedTier = StorageTier.fromVolumeType(this, 'encrypted', { site: props.site, volumeType: props.encryptedVolumeType, encrypted: true });
    this.auditSink = props.auditSink && createPatternAuditSink(this, props.auditSink, {
      site: props.site, network: nets.application, allowFrom: [props.applicationCidr], sshFrom: props.adminCidrs,
      hostPool: this.pools.compute, bootVolumeTier: this.encryptedTier, // H1, H4 like the tiers
    });
    const tiers = createTiers(this, props, {
      prefix, network: nets.application, computePool: this.pools.compute, encrypted: this.encryptedTier, frontendCidr: props.frontendCidr, auditForwarding: this.auditSink?.forwarding,
    });
    this.tiers = tiers.groups;
    this.securityGroups = tiers.securityGroups;
    const chain = createIngress(this, prefix, props, nets, tiers.groups.application);
    this.frontendFirewall = chain.frontendFirewall;
    this.applicationFirewall = chain.applicationFirewall;
    this.loadBalancer = chain.loadBalancer;
    const access = createAccess(this, prefix, props);
    this.roleAssignments = access.roleAssignments;
    this.applicationCredentials = access.applicationCredentials;
    this.orchestrationStack = createOrchestration(this, props);
  }
}
