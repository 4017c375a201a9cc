import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { LabelKeys, Labels } from '../core/labels';
import { Names } from '../core/names';
import { requireAtMostOne, requireDnsLabel, requireIntegerAtLeast } from '../core/private/validate';
import { ICluster } from '../kubernetes/cluster';
import { buildVolumeSnapshots } from '../kubernetes/private/volume-snapshots';
import { Schedule, validateSchedule } from '../kubernetes/schedule';
import { AuditLogForwarding, AuditLogSink } from './audit-log-sink';
import { BackupPolicyKubernetesResources, BackupPolicyOpenStackResources, BackupPolicyVsphereResources } from './backup-policy-resources';
import { IHostPool } from './host-pool';
import { InstanceGroup } from './instance-group';
import { IInstanceGroup } from './instance-group-props';
import { INetwork } from './network';
import { BackupGroupPlan } from './private/plan';
import { driverOf } from './private/site-support';
import { Peer, Port, SecurityGroup } from './security-group';
import { AntiAffinity } from './shapes';
import { ISite } from './site';
import { Image, Size } from './size';
import { ISharedVolume } from './volumes';

/** Nova tags hold 60 characters: `oscar.io:backup-runner=` plus the name. */
const MAX_NAME = 36;
const RUNNER_PROPS = ['runnerNetwork', 'runnerImage', 'runnerSize', 'runnerApiCidr', 'runnerZone', 'runnerHostPool', 'runnerLogForwarding'] as const;
const KUBERNETES_PROPS = ['namespace', 'persistentVolumeClaims', 'snapshotDriver', 'snapshotImage'] as const;

/** The API ports a backup runner reaches: HTTPS, Keystone, Nova, Cinder; HTTP for the package mirror. */
const RUNNER_TCP_PORTS = [80, 443, 5000, 8774, 8776];

/** Properties of a {@link BackupPolicy}. */
export interface BackupPolicyProps {
  /**
   * The site whose instance groups and volumes the policy covers. Exactly one of `site`
   * and `cluster`.
   * @default - none (a Kubernetes policy: set `cluster`)
   */
  readonly site?: ISite;
  /**
   * The Kubernetes cluster whose persistent volume claims the policy snapshots (CSI
   * VolumeSnapshots). Exactly one of `site` and `cluster`.
   * @default - none (a site policy: set `site`)
   */
  readonly cluster?: ICluster;
  /**
   * The namespace of the claims, the snapshot job and its service account (Kubernetes).
   * @default - none; required with `cluster`
   */
  readonly namespace?: string;
  /**
   * The claims snapshotted on each run (Kubernetes). Pass a claim resource's name
   * (`pvc.metadata.name`) rather than a literal, so the reference shows the coverage.
   * @default - none; at least one is required with `cluster`
   */
  readonly persistentVolumeClaims?: string[];
  /**
   * The CSI driver of the VolumeSnapshotClass (Kubernetes), e.g. `cinder.csi.openstack.org`
   * or `csi.vsphere.vmware.com`. The external-snapshotter CRDs and controller are a
   * cluster prerequisite.
   * @default - none; required with `cluster`
   */
  readonly snapshotDriver?: string;
  /**
   * The snapshot job's image: `/bin/sh` and `kubectl`, pinned by tag or digest (Kubernetes).
   * @default - none; required with `cluster`
   */
  readonly snapshotImage?: string;
  /**
   * When backups are taken, in `timeZone`. On OpenStack the runner VM's cron runs it.
   * On vSphere it is recorded and warned about: Terraform snapshots once, at apply.
   */
  readonly schedule: Schedule;
  /**
   * How many backups of each server and volume are kept (older ones are deleted).
   * On vSphere only one Terraform-managed snapshot exists per VM (a warning says so).
   * @default 7
   */
  readonly retention?: number;
  /**
   * The IANA time zone of `schedule`.
   * @default 'UTC'
   */
  readonly timeZone?: string;
  /**
   * The instance groups covered: their members (Nova backups of image-booted servers on
   * OpenStack, VM snapshots on vSphere) and every volume attached to them.
   * @default - none
   */
  readonly instanceGroups?: IInstanceGroup[];
  /**
   * Shared volumes covered (Cinder backups on OpenStack). vSphere cannot snapshot a
   * multi-writer disk: an error there.
   * @default - none
   */
  readonly sharedVolumes?: ISharedVolume[];
  /**
   * The network of the runner VM, on targets that back up through one (OpenStack). It
   * must reach the Keystone, Nova and Cinder APIs. An error on other targets.
   * @default - none; required on OpenStack
   */
  readonly runnerNetwork?: INetwork;
  /**
   * The runner VM's image: a cloud-init image whose package manager can install
   * `python3-openstackclient` (Debian, Ubuntu, openEuler, Kylin). An error on other targets.
   * @default - none; required on OpenStack
   */
  readonly runnerImage?: Image;
  /**
   * The runner VM's size.
   * @default Size.of(1, 2, 10)
   */
  readonly runnerSize?: Size;
  /**
   * Where the runner may reach the APIs (egress is denied otherwise).
   * @default '0.0.0.0/0'
   */
  readonly runnerApiCidr?: string;
  /**
   * The zone of the runner VM.
   * @default - the site's first zone
   */
  readonly runnerZone?: string;
  /**
   * A host pool the runner VM must run in, e.g. the attested pool of a trusted cloud
   * (HEALTHCARE HC-4 wants every instance there). An error on other targets.
   * @default - no pool
   */
  readonly runnerHostPool?: IHostPool;
  /**
   * An audit sink the runner VM ships its logs to. MLPS-9 wants every VM tier to do so,
   * and the runner acts with a credential. Its security group gets egress to the
   * collectors. An error on other targets.
   * @default - the runner ships no logs
   */
  readonly runnerLogForwarding?: AuditLogForwarding;
  /**
   * The policy name: backups are named and typed after it, so two policies never prune
   * each other's backups. A DNS label of at most 36 characters (it is part of a Nova tag).
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/**
 * Scheduled backups with retention of instance groups (members and their volumes) and
 * shared volumes, on any site. Each target does what its Terraform provider allows:
 *
 * - **OpenStack**: provider 3.4.0 has no snapshot or backup resource. The policy creates
 *   a small runner VM (deny-by-default security group, API egress only) whose cron job
 *   runs Nova `createBackup` (rotated by Nova to `retention`) for members booted from an
 *   image and Cinder backups of every attached, data and shared volume, deleting all but
 *   the newest `retention` backups of each. It authenticates with a Keystone-generated
 *   application credential (never a literal secret; it reaches the VM through its user
 *   data). The Cinder backup service is an operator prerequisite. The runner is
 *   stateless: when the covered servers or volumes change, its user data changes and
 *   Terraform replaces it.
 * - **vSphere**: one `vsphere_virtual_machine_snapshot` per VM, taken when Terraform
 *   creates it. Provider 2.15.0 cannot create vCenter scheduled tasks, so the schedule
 *   and a retention above 1 are warned about, not enforced; multi-writer shared disks
 *   cannot be snapshotted (an error). Snapshots stay on the VM's datastore and block
 *   growing its disks: use a VADP product for off-datastore backups.
 *
 * The covered resources are referenced from what the policy creates, which is what
 * MLPS-10 checks in the synthesized stack.
 */
export class BackupPolicy extends Construct {
  /** The policy name. */
  public readonly policyName: string;
  /** Backups kept per server and volume. */
  public readonly retention: number;
  /**
   * The runner VM (OpenStack).
   * @default - none on targets that need no runner
   */
  public readonly runner?: InstanceGroup;
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: BackupPolicyOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: BackupPolicyVsphereResources;
  /**
   * The resources created on a Kubernetes cluster (the escape hatch).
   * @default - undefined for site policies
   */
  public readonly kubernetes?: BackupPolicyKubernetesResources;

  constructor(scope: Construct, id: string, props: BackupPolicyProps) {
    super(scope, id);
    this.retention = props.retention ?? 7;
    requireIntegerAtLeast(this, 'retention', this.retention, 1, 'keep at least 1 backup');
    const timeZone = props.timeZone ?? 'UTC';
    validateSchedule(this, props.schedule, timeZone);
    this.policyName = props.name ?? Names.resourceName(this, { maxLength: MAX_NAME });
    requireDnsLabel(this, 'name', this.policyName);
    if (!Token.isUnresolved(this.policyName) && this.policyName.length > MAX_NAME) {
      throw new ValidationError(this, 'name', `"${this.policyName}" is longer than ${MAX_NAME} characters`, `shorten it: the runner's Nova tag oscar.io:backup-runner=<name> must fit Nova's 60 characters`);
    }
    requireAtMostOne(this, { site: props.site, cluster: props.cluster });
    if (!props.site && !props.cluster) throw new ValidationError(this, 'site', 'names no site or cluster', 'set site (instance groups, shared volumes) or cluster (persistent volume claims)');
    if (props.cluster) {
      this.kubernetes = this.snapshotClaims(props, props.cluster, timeZone);
      return;
    }
    const site = props.site!;
    const given = KUBERNETES_PROPS.find((p) => props[p] !== undefined);
    if (given) throw new ValidationError(this, given, `${site.targetName} sites have no persistent volume claims`, `drop ${given}, or cover claims with a policy on a cluster`);
    const groups: BackupGroupPlan[] = (props.instanceGroups ?? []).map((g, i) => {
      if (g.site !== site) throw new ValidationError(this, `instanceGroups[${i}]`, `group ${g.node.path} is on another site`, 'cover each site\'s groups with a policy on that site');
      return { prop: `instanceGroups[${i}]`, ...g._handle };
    });
    (props.sharedVolumes ?? []).forEach((v, i) => {
      if (v.site !== site) throw new ValidationError(this, `sharedVolumes[${i}]`, `volume ${v.node.path} is on another site`, 'cover each site\'s volumes with a policy on that site');
    });
    if (groups.length === 0 && (props.sharedVolumes ?? []).length === 0) {
      throw new ValidationError(this, 'instanceGroups', 'covers nothing', 'list the instanceGroups and/or sharedVolumes to back up');
    }
    const result = driverOf(site).backupPolicy(this, {
      name: this.policyName,
      schedule: props.schedule.expression.trim(),
      timeZone,
      retention: this.retention,
      groups,
      sharedVolumes: (props.sharedVolumes ?? []).map((v) => v._handle),
      labels: Labels.resolve(this),
    });
    this.openstack = result.openstack;
    this.vsphere = result.vsphere;
    if (result.runnerUserData !== undefined) {
      this.runner = this.buildRunner(props, result.runnerUserData);
    } else {
      const runnerProp = RUNNER_PROPS.find((p) => props[p] !== undefined);
      if (runnerProp) throw new ValidationError(this, runnerProp, `${site.targetName} sites back up without a runner VM`, `drop ${runnerProp}`);
    }
  }

  private snapshotClaims(props: BackupPolicyProps, cluster: ICluster, timeZone: string): BackupPolicyKubernetesResources {
    const siteProp = (['instanceGroups', 'sharedVolumes', ...RUNNER_PROPS] as const).find((p) => props[p] !== undefined);
    if (siteProp) throw new ValidationError(this, siteProp, 'Kubernetes policies snapshot persistent volume claims only', `drop ${siteProp}, or cover it with a policy on its site`);
    const required = (prop: 'namespace' | 'snapshotDriver' | 'snapshotImage', fix: string): string => {
      const value = props[prop];
      if (value === undefined || value === '') throw new ValidationError(this, prop, 'is required with cluster', fix);
      return value;
    };
    const claims = props.persistentVolumeClaims ?? [];
    if (claims.length === 0) throw new ValidationError(this, 'persistentVolumeClaims', 'covers nothing', 'list the claims to snapshot, e.g. [pvc.metadata.name]');
    return buildVolumeSnapshots(this, {
      name: this.policyName,
      cluster,
      namespace: required('namespace', 'set the namespace of the claims'),
      claims,
      snapshotDriver: required('snapshotDriver', 'name the CSI driver, e.g. cinder.csi.openstack.org'),
      image: required('snapshotImage', 'pass a pinned image with /bin/sh and kubectl'),
      schedule: props.schedule,
      timeZone,
      retention: this.retention,
    });
  }

  private buildRunner(props: BackupPolicyProps, userData: string): InstanceGroup {
    const site = props.site!;
    const target = site.targetName;
    if (!props.runnerNetwork) throw new ValidationError(this, 'runnerNetwork', `${target} backups run on a runner VM, which needs a network`, 'set runnerNetwork to a network that reaches the Keystone, Nova and Cinder APIs');
    if (!props.runnerImage) throw new ValidationError(this, 'runnerImage', `${target} backups run on a runner VM, which needs an image`, 'set runnerImage to a cloud-init image, e.g. Image.fromName(\'ubuntu-24.04\')');
    const sg = new SecurityGroup(this, 'runner-sg', { site, description: `backup runner of ${this.node.path}: API egress only` });
    const apis = Peer.cidr(props.runnerApiCidr ?? '0.0.0.0/0');
    RUNNER_TCP_PORTS.forEach((p) => sg.allowEgress(apis, Port.tcp(p)));
    sg.allowEgress(apis, Port.udp(53));
    const logs = props.runnerLogForwarding;
    logs?.addresses.forEach((a) => sg.allowEgress(Peer.cidr(`${a}/32`), Port.tcp(logs.port ?? 514)));
    return new InstanceGroup(this, 'runner', {
      site,
      name: `${this.policyName}-runner`,
      count: 1,
      antiAffinity: AntiAffinity.NONE,
      size: props.runnerSize ?? Size.of(1, 2, 10),
      image: props.runnerImage,
      zones: props.runnerHostPool?.zone !== undefined && props.runnerZone === undefined ? undefined : [props.runnerZone ?? site.availabilityZones[0]],
      hostPool: props.runnerHostPool,
      networks: [{ network: props.runnerNetwork, securityGroups: [sg] }],
      userData: logs ? AuditLogSink.userDataForwardingTo(logs, userData) : userData,
      labels: { [LabelKeys.BACKUP_RUNNER]: this.policyName },
    });
  }
}
