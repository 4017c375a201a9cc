import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireIntegerAtLeast, requirePositive } from '../core/private/validate';

/** Telecom data-plane tuning of a size (mapped to Nova flavor extra specs). */
export interface DataPlaneOptions {
  /**
   * Pin each vCPU to a dedicated host core (`hw:cpu_policy=dedicated`).
   * @default true
   */
  readonly cpuPinning?: boolean;
  /**
   * Huge page size backing guest memory (`hw:mem_page_size`), e.g. `1GB`, `2MB`, `large`.
   * @default '1GB'
   */
  readonly hugepageSize?: string;
  /**
   * Guest NUMA nodes (`hw:numa_nodes`).
   * @default 1
   */
  readonly numaNodes?: number;
}

/**
 * How big an instance is, written once for every target: `Size.of(vcpus, memoryGiB,
 * diskGiB)` becomes a Nova flavor (created once per site) on OpenStack and
 * `num_cpus`/`memory`/disk size on vSphere. Changing an instance group's size is a
 * resize in place on both targets (Nova resize; vSphere CPU/memory change).
 */
export class Size {
  /** A size by capacity. */
  public static of(vcpus: number, memoryGiB: number, diskGiB?: number): Size {
    return new Size(vcpus, memoryGiB, diskGiB, undefined, undefined, {});
  }

  /** An existing OpenStack flavor, by name (OpenStack only: vSphere needs capacities). */
  public static flavor(name: string): Size {
    return new Size(undefined, undefined, undefined, name, undefined, {});
  }

  /**
   * Bare metal: a flavor that requests one node of an Ironic custom resource class
   * (`resources:CUSTOM_<CLASS>=1`) with the standard resources zeroed, so Placement
   * schedules whole nodes. The capacities describe the node. OpenStack only.
   */
  public static bareMetal(resourceClass: string, vcpus: number, memoryGiB: number, diskGiB: number): Size {
    const cls = `CUSTOM_${resourceClass.toUpperCase().replace(/^CUSTOM_/, '').replace(/[^A-Z0-9_]/g, '_')}`;
    return new Size(vcpus, memoryGiB, diskGiB, undefined, cls, {
      [`resources:${cls}`]: '1',
      'resources:VCPU': '0',
      'resources:MEMORY_MB': '0',
      'resources:DISK_GB': '0',
    });
  }

  private constructor(
    /** vCPUs, for sizes by capacity. */
    public readonly vcpus: number | undefined,
    /** Memory in GiB, for sizes by capacity. */
    public readonly memoryGiB: number | undefined,
    /** Root disk in GiB. Undefined keeps the image's or template's. */
    public readonly diskGiB: number | undefined,
    /** The existing flavor's name, for `Size.flavor`. */
    public readonly flavorName: string | undefined,
    /** The Ironic resource class, for `Size.bareMetal`. */
    public readonly bareMetalClass: string | undefined,
    /** Nova flavor extra specs. */
    public readonly extraSpecs: { [key: string]: string },
  ) {}

  /** True for sizes tuned for packet processing. */
  public get isDataPlane(): boolean {
    return this.extraSpecs['hw:cpu_policy'] === 'dedicated' || this.extraSpecs['hw:mem_page_size'] !== undefined;
  }

  /** This size with data-plane tuning (CPU pinning, huge pages, NUMA). */
  public withDataPlane(options: DataPlaneOptions = {}): Size {
    const specs: { [key: string]: string } = { ...this.extraSpecs };
    if (options.cpuPinning ?? true) specs['hw:cpu_policy'] = 'dedicated';
    specs['hw:mem_page_size'] = options.hugepageSize ?? '1GB';
    specs['hw:numa_nodes'] = String(options.numaNodes ?? 1);
    return new Size(this.vcpus, this.memoryGiB, this.diskGiB, this.flavorName, this.bareMetalClass, specs);
  }

  /** A stable flavor name for a created flavor, e.g. `c4-m8-d40` or `c8-m16-d0-dp`. */
  public get generatedFlavorName(): string {
    const mem = String(this.memoryGiB).replace('.', 'p');
    const base = `c${this.vcpus}-m${mem}-d${this.diskGiB ?? 0}`;
    if (this.bareMetalClass) return `bm-${this.bareMetalClass.replace(/^CUSTOM_/, '').toLowerCase().replace(/_/g, '-')}`;
    if (!this.isDataPlane) return base;
    const numa = this.extraSpecs['hw:numa_nodes'];
    const pages = (this.extraSpecs['hw:mem_page_size'] ?? '').toLowerCase();
    return `${base}-dp${this.extraSpecs['hw:cpu_policy'] === 'dedicated' ? '-pin' : ''}-${pages}-numa${numa}`;
  }

  /** Throws (naming `scope` and `prop`) for non-positive capacities. */
  public validate(scope: IConstruct, prop: string): void {
    if (this.flavorName !== undefined) {
      if (this.flavorName.trim() === '') throw new ValidationError(scope, prop, 'names an empty flavor', 'pass the flavor name');
      return;
    }
    requireIntegerAtLeast(scope, `${prop}.vcpus`, this.vcpus!, 1, `give ${prop} at least 1 vCPU`);
    requirePositive(scope, `${prop}.memoryGiB`, this.memoryGiB!);
    if (this.diskGiB !== undefined) requireIntegerAtLeast(scope, `${prop}.diskGiB`, this.diskGiB, 1, 'give a disk of at least 1 GiB, or leave it out to keep the image\'s');
    const numa = Number(this.extraSpecs['hw:numa_nodes'] ?? 1);
    if (!Number.isInteger(numa) || numa < 1 || numa > this.vcpus!) {
      throw new ValidationError(scope, `${prop}.numaNodes`, `${numa} NUMA nodes do not fit ${this.vcpus} vCPUs`, 'use between 1 and the vCPU count');
    }
  }
}

/** The image or template instances boot from. */
export class Image {
  /** By name: a Glance image on OpenStack, a template VM on vSphere. */
  public static fromName(name: string): Image {
    return new Image(name, undefined);
  }

  /** By ID: a Glance image UUID on OpenStack, a template UUID on vSphere. */
  public static fromId(id: string): Image {
    return new Image(undefined, id);
  }

  private constructor(
    /** The image or template name. */
    public readonly name?: string,
    /** The image or template ID. */
    public readonly id?: string,
  ) {}
}
