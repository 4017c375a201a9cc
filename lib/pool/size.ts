import { IConstruct } from 'constructs';
import { ValidationError } from '../core/errors';
import { requireIntegerAtLeast, requirePositive } from '../core/private/validate';

/** A CPU instruction set: hosts, images and sizes of one architecture belong together. */
export enum CpuArchitecture {
  /** x86-64 (Intel, AMD, Hygon). */
  X86_64 = 'x86_64',
  /** 64-bit ARM (e.g. Kunpeng, Phytium). */
  AARCH64 = 'aarch64',
}

/** Scale guards of one flavor (digest G8). */
const MAX_VCPUS = 128;
const MAX_MEMORY_GIB = 4096;
const MAX_DISK_GIB = 65536;

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
    return new Size(vcpus, memoryGiB, diskGiB, undefined, undefined, {}, undefined);
  }

  /** An existing OpenStack flavor, by name (OpenStack only: vSphere needs capacities). */
  public static flavor(name: string): Size {
    return new Size(undefined, undefined, undefined, name, undefined, {}, undefined);
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
    }, undefined);
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
    /** The CPU architecture members need, when declared. */
    public readonly architecture: CpuArchitecture | undefined,
  ) {}

  /**
   * This size on one CPU architecture: the flavor requires the host trait
   * `HW_ARCH_<ARCH>` (Placement), so members land only on hosts of that architecture.
   */
  public withArchitecture(architecture: CpuArchitecture): Size {
    const specs: { [key: string]: string } = { ...this.extraSpecs };
    for (const a of Object.values(CpuArchitecture)) delete specs[archTrait(a)];
    specs[archTrait(architecture)] = 'required';
    return new Size(this.vcpus, this.memoryGiB, this.diskGiB, this.flavorName, this.bareMetalClass, specs, architecture);
  }

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
    return new Size(this.vcpus, this.memoryGiB, this.diskGiB, this.flavorName, this.bareMetalClass, specs, this.architecture);
  }

  /** A stable flavor name for a created flavor, e.g. `c4-m8-d40` or `c8-m16-d0-dp`. */
  public get generatedFlavorName(): string {
    const arch = this.architecture === undefined ? '' : `-${this.architecture.replace('_', '-')}`;
    return `${this.baseFlavorName}${arch}`;
  }

  private get baseFlavorName(): string {
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
    if (this.bareMetalClass === undefined) {
      const over = this.vcpus! > MAX_VCPUS ? `${this.vcpus} vCPUs (max ${MAX_VCPUS})` : this.memoryGiB! > MAX_MEMORY_GIB ? `${this.memoryGiB} GiB of memory (max ${MAX_MEMORY_GIB})`
        : (this.diskGiB ?? 0) > MAX_DISK_GIB ? `${this.diskGiB} GiB of disk (max ${MAX_DISK_GIB})` : undefined;
      if (over) throw new ValidationError(scope, prop, `a VM size of ${over} exceeds the platform's scale guard (digest G8)`, 'split the workload over more members, or use Size.bareMetal for whole hosts');
    }
    const numa = Number(this.extraSpecs['hw:numa_nodes'] ?? 1);
    if (!Number.isInteger(numa) || numa < 1 || numa > this.vcpus!) {
      throw new ValidationError(scope, `${prop}.numaNodes`, `${numa} NUMA nodes do not fit ${this.vcpus} vCPUs`, 'use between 1 and the vCPU count');
    }
  }
}

/** The Placement trait of a CPU architecture (os-traits `HW_ARCH_*`). */
function archTrait(architecture: CpuArchitecture): string {
  return `trait:HW_ARCH_${architecture.toUpperCase()}`;
}

/** The image or template instances boot from. */
export class Image {
  /** By name: a Glance image on OpenStack, a template VM on vSphere. */
  public static fromName(name: string): Image {
    return new Image(name, undefined, undefined);
  }

  /** By ID: a Glance image UUID on OpenStack, a template UUID on vSphere. */
  public static fromId(id: string): Image {
    return new Image(undefined, id, undefined);
  }

  private constructor(
    /** The image or template name. */
    public readonly name?: string,
    /** The image or template ID. */
    public readonly id?: string,
    /** The CPU architecture the image is built for (Glance `hw_architecture`), when declared. */
    public readonly architecture?: CpuArchitecture,
  ) {}

  /**
   * This image, declared as built for one CPU architecture. Instance groups check it
   * against their size and host pool; `ImageTemplate` writes it as `hw_architecture`.
   */
  public withArchitecture(architecture: CpuArchitecture): Image {
    return new Image(this.name, this.id, architecture);
  }
}
