import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { ValidationError } from '../../../core/errors';
import { findOverlap, parseCidr } from '../../../core/private/cidr';
import { requireAtMostOne, requireDnsLabel, requireIntegerInRange, requireNonEmpty, requireUnique } from '../../../core/private/validate';
import { requireHaMembers } from '../../private/ha-placement';
import { DeliveryStage, FinanceCicdPlatformProps, FinanceEnvironmentProps, FinancePipelineProps, SiteRole } from '../props';
import { FinanceVmEstateProps } from '../vm-estate-props';

// Whole-input checks of a finance CI/CD platform and its VM estate (internal: not exported from the package).

const STAGE_ORDER: DeliveryStage[] = [DeliveryStage.DEV, DeliveryStage.TEST, DeliveryStage.STAGING, DeliveryStage.PROD];
const DIGEST = /@sha256:[a-f0-9]{64}$/;

/**
 * @internal Validates the name, the artifact repository, the edge and the environments;
 * returns the environments in stage order.
 */
export function validatePlatform(scope: IConstruct, name: string, siteRole: SiteRole, props: FinanceCicdPlatformProps): FinanceEnvironmentProps[] {
  requireDnsLabel(scope, 'name', name);
  if (!Token.isUnresolved(name) && name.length > 40) {
    throw new ValidationError(scope, 'name', `"${name}" is longer than 40 characters (namespaces are named <name>-<stage>)`, 'shorten the name');
  }
  requireNonEmpty(scope, 'domain', props.domain);
  requireNonEmpty(scope, 'imageRepository', props.imageRepository);
  if (!Token.isUnresolved(props.imageRepository) && /[:@]/.test(props.imageRepository.slice(props.imageRepository.lastIndexOf('/') + 1))) {
    throw new ValidationError(scope, 'imageRepository', `"${props.imageRepository}" has a tag or digest`, 'give the repository only, e.g. "registry.bank.example/payments/gateway"');
  }
  requireAtMostOne(scope, { gateway: props.gateway, existingGateway: props.existingGateway });
  requireAtMostOne(scope, { audit: props.audit, existingAuditNamespace: props.existingAuditNamespace });
  if (!props.gateway && !props.existingGateway) {
    throw new ValidationError(scope, 'gateway', 'is required (TLS at the edge): neither gateway nor existingGateway is given', 'pass gateway: { gatewayClassName: ... } or existingGateway: { name, namespace }');
  }
  return validateEnvironments(scope, siteRole, props);
}

function validateEnvironments(scope: IConstruct, siteRole: SiteRole, props: FinanceCicdPlatformProps): FinanceEnvironmentProps[] {
  const envs = props.environments ?? [];
  if (envs.length === 0) {
    throw new ValidationError(scope, 'environments', 'is empty', 'list the environments, e.g. dev, test, staging and prod');
  }
  const seen = new Set<DeliveryStage>();
  envs.forEach((e, i) => {
    if (!STAGE_ORDER.includes(e.stage)) {
      throw new ValidationError(scope, `environments[${i}].stage`, `"${e.stage}" is not a delivery stage`, 'use DeliveryStage.DEV, TEST, STAGING or PROD');
    }
    if (seen.has(e.stage)) {
      throw new ValidationError(scope, `environments[${i}].stage`, `"${e.stage}" is listed twice: every stage is one isolated namespace`, `remove the second ${e.stage} environment, or give it another stage`);
    }
    seen.add(e.stage);
  });
  if (siteRole === SiteRole.DISASTER_RECOVERY) {
    const other = envs.find((e) => e.stage !== DeliveryStage.PROD);
    if (other) {
      throw new ValidationError(scope, 'environments', `the disaster-recovery site runs ${other.stage}`, 'run only the prod environment on the disaster-recovery site (siteRole: SiteRole.DISASTER_RECOVERY)');
    }
  }
  const sorted = [...envs].sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
  for (const e of sorted) validatePromotion(scope, props, e, sorted);
  return sorted;
}

/**
 * Promotion rules: every image comes from the artifact repository. Staging and prod
 * run immutable digests; a production canary is exactly what staging verified; a
 * production replica count of at least 2.
 */
function validatePromotion(scope: IConstruct, props: FinanceCicdPlatformProps, e: FinanceEnvironmentProps, all: FinanceEnvironmentProps[]): void {
  const prop = `environments[${e.stage}]`;
  const repo = props.imageRepository;
  const images: [string, string][] = [[`${prop}.image`, e.image]];
  const canary = e.release?.canaryOptions;
  if (canary) images.push([`${prop}.release.canary.image`, canary.image]);
  for (const [p, image] of images) {
    requireNonEmpty(scope, p, image);
    if (Token.isUnresolved(image) || Token.isUnresolved(repo)) continue;
    const repository = image.split('@')[0].replace(/:[^/:]*$/, '');
    if (repository !== repo) {
      throw new ValidationError(scope, p, `"${image}" is not from the artifact repository ${repo}: only images built by the pipeline may be promoted`, `use "${repo}:<tag>" or "${repo}@sha256:<digest>"`);
    }
    if ((e.stage === DeliveryStage.STAGING || e.stage === DeliveryStage.PROD) && !DIGEST.test(image)) {
      throw new ValidationError(scope, p, `"${image}" is not pinned by digest, but ${e.stage} only runs immutable, promoted images`, `promote by digest: "${repo}@sha256:<digest of the image tested in the previous stage>"`);
    }
  }
  if (canary && e.stage !== DeliveryStage.PROD && e.stage !== DeliveryStage.STAGING) {
    throw new ValidationError(scope, `${prop}.release`, `a canary release in ${e.stage}`, 'use ReleaseStrategy.canary only in staging or prod; dev and test roll out directly');
  }
  if (e.stage === DeliveryStage.PROD && canary) {
    const staging = all.find((x) => x.stage === DeliveryStage.STAGING);
    if (staging && !Token.isUnresolved(staging.image) && !Token.isUnresolved(canary.image) && digestOf(staging.image) !== digestOf(canary.image)) {
      throw new ValidationError(scope, `${prop}.release.canary.image`, `the production canary (${canary.image}) is not the image staging runs (${staging.image}): promotion may not skip staging`, 'deploy the new digest to staging first, then canary the same digest in prod');
    }
  }
  if (e.stage === DeliveryStage.PROD || e.stage === DeliveryStage.STAGING) {
    const min = e.autoscaling?.minReplicas ?? e.replicas;
    if (min !== undefined && !Token.isUnresolved(min) && min < 2) {
      throw new ValidationError(scope, `${prop}.${e.autoscaling ? 'autoscaling.minReplicas' : 'replicas'}`, `${e.stage} needs at least 2 replicas for zero-downtime releases and node drains (got ${min})`, 'set 2 or more (prod defaults to 3)');
    }
  }
}

function digestOf(image: string): string | undefined {
  const at = image.indexOf('@');
  return at >= 0 ? image.slice(at + 1) : image;
}

/** @internal The pipeline's checks: builds run on the primary site, each with its own valid, non-floating tag. */
export function validatePipeline(scope: IConstruct, siteRole: SiteRole, p: FinancePipelineProps): void {
  if (siteRole === SiteRole.DISASTER_RECOVERY) {
    throw new ValidationError(scope, 'pipeline', 'is set on the disaster-recovery site', 'build once on the primary site and replicate the registry; remove pipeline here');
  }
  if (!p.builds?.length) throw new ValidationError(scope, 'pipeline.builds', 'is empty', 'add at least one build, e.g. { gitRef: GitRef.branch("main"), tag: "main-1" }');
  const tags = new Set<string>();
  p.builds.forEach((b, i) => {
    if (!Token.isUnresolved(b.tag) && !/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(b.tag)) {
      throw new ValidationError(scope, `pipeline.builds[${i}].tag`, `"${b.tag}" is not a valid image tag`, 'use letters, digits, "_", "." and "-" (at most 128), e.g. "1.4.2"');
    }
    if (b.tag === 'latest') throw new ValidationError(scope, `pipeline.builds[${i}].tag`, 'is "latest", a floating tag', 'tag builds with a version or branch-and-build number');
    if (tags.has(b.tag)) throw new ValidationError(scope, `pipeline.builds[${i}].tag`, `"${b.tag}" is built twice`, 'give every build its own tag: a tag must identify one build');
    tags.add(b.tag);
  });
}

/**
 * @internal Validates the VM estate: one zone per hypervisor family, disjoint VLAN
 * networks, HA tiers on known families, and the load balancer's front tier. Returns the
 * zone of each family.
 */
export function validateVmEstate(scope: IConstruct, props: FinanceVmEstateProps): Map<string, string> {
  const zoneOf = requireHypervisorZones(scope, props);
  requireDisjointNetworks(scope, props);
  requireTiers(scope, props, zoneOf);
  const lb = props.loadBalancer;
  if (lb) {
    if (!props.site.capabilities.loadBalancer) {
      throw new ValidationError(scope, 'loadBalancer', `${props.site.targetName} sites have no load-balancer service`, 'front a vSphere estate with the Kubernetes Gateway or a physical load balancer, and remove loadBalancer');
    }
    requireNonEmpty(scope, 'loadBalancer.tlsContainerRef', lb.tlsContainerRef);
    const front = props.tiers.find((t) => t.name === lb.tier);
    if (!front) throw new ValidationError(scope, 'loadBalancer.tier', `"${lb.tier}" is not a tier`, `use one of ${props.tiers.map((t) => t.name).join(', ')}`);
    if (!front.fixedIps?.length) {
      throw new ValidationError(scope, `tiers[${front.name}].fixedIps`, 'is not set, but the load balancer needs the members\' addresses', 'give the tier behind the load balancer one fixed production address per member');
    }
  }
  return zoneOf;
}

/** One availability zone per hypervisor family. Returns the zone of each family. */
function requireHypervisorZones(scope: IConstruct, props: FinanceVmEstateProps): Map<string, string> {
  if (!props.hypervisorZones?.length) {
    throw new ValidationError(scope, 'hypervisorZones', 'is empty', "map each hypervisor family to its zone, e.g. [{ family: 'kvm', zone: 'az-kvm' }]");
  }
  requireUnique(scope, 'hypervisorZones[].family', props.hypervisorZones.map((h) => h.family));
  const zoneOwner = new Map<string, string>();
  props.hypervisorZones.forEach((h, i) => {
    requireDnsLabel(scope, `hypervisorZones[${i}].family`, h.family);
    props.site.requireZone(scope, `hypervisorZones[${i}].zone`, h.zone);
    const other = zoneOwner.get(h.zone);
    if (other) {
      throw new ValidationError(scope, `hypervisorZones[${i}].zone`, `zone "${h.zone}" already holds the ${other} family: one availability zone per hypervisor family`, `give ${h.family} its own zone (host aggregate / cluster)`);
    }
    zoneOwner.set(h.zone, h.family);
  });
  return new Map(props.hypervisorZones.map((h) => [h.family, h.zone]));
}

/** The management and production VLANs are two broadcast domains with disjoint ranges. */
function requireDisjointNetworks(scope: IConstruct, props: FinanceVmEstateProps): void {
  const m = props.managementNetwork;
  const p = props.productionNetwork;
  const mgmt = parseCidr(scope, 'managementNetwork.cidr', m.cidr);
  const prod = parseCidr(scope, 'productionNetwork.cidr', p.cidr);
  if (mgmt && prod && findOverlap([{ block: mgmt }, { block: prod }])) {
    throw new ValidationError(scope, 'productionNetwork.cidr', `${p.cidr} overlaps the management network ${m.cidr}`, 'give the management and production networks disjoint ranges');
  }
  if (m.vlanId !== undefined && p.vlanId !== undefined && m.vlanId === p.vlanId && (m.physicalNetwork ?? '') === (p.physicalNetwork ?? '')) {
    throw new ValidationError(scope, 'productionNetwork.vlanId', `VLAN ${p.vlanId} is also the management VLAN: the two networks would be one broadcast domain`, 'give production its own VLAN ID');
  }
}

/** Named, HA tiers on known hypervisor families, allowing traffic only from other tiers. */
function requireTiers(scope: IConstruct, props: FinanceVmEstateProps, zoneOf: Map<string, string>): void {
  if (!props.tiers?.length) throw new ValidationError(scope, 'tiers', 'is empty', 'add at least one tier');
  requireUnique(scope, 'tiers[].name', props.tiers.map((t) => t.name));
  const names = new Set(props.tiers.map((t) => t.name));
  props.tiers.forEach((t, i) => {
    requireDnsLabel(scope, `tiers[${i}].name`, t.name);
    if (!zoneOf.get(t.hypervisor)) {
      throw new ValidationError(scope, `tiers[${i}].hypervisor`, `"${t.hypervisor}" is not a family of hypervisorZones (${[...zoneOf.keys()].join(', ')})`, 'name one of the families, or add it to hypervisorZones');
    }
    // A tier lives in its family's one zone by design: only the member count is an HA check here.
    requireHaMembers(scope, { tier: t.name, members: t.count ?? 2, prop: `tiers[${i}].count` });
    requireIntegerInRange(scope, `tiers[${i}].port`, t.port ?? 8080, 1, 65535);
    for (const from of t.allowFrom ?? []) {
      if (!names.has(from)) throw new ValidationError(scope, `tiers[${i}].allowFrom`, `"${from}" is not a tier`, `use one of ${[...names].join(', ')}`);
    }
  });
}
