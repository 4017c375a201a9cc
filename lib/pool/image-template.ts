import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { ImageTemplateResult } from './private/plan';
import { driverOf } from './private/site-support';
import { ISite } from './site';
import { CpuArchitecture, Image } from './size';
import { ImageTemplateOpenStackResources, ImageTemplateVsphereResources } from './target-resources';

/** Properties of an {@link ImageTemplate}. */
export interface ImageTemplateProps {
  /** The site to import the image into. */
  readonly site: ISite;
  /** HTTPS URL of the image (qcow2/raw for Glance, OVF/OVA for a content library). */
  readonly url: string;
  /**
   * Disk format (Glance).
   * @default 'qcow2'
   */
  readonly diskFormat?: string;
  /**
   * Image name.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Minimum disk in GiB instances of this image need (Glance).
   * @default - none
   */
  readonly minDiskGiB?: number;
  /**
   * The CPU architecture the image is built for: Glance `hw_architecture` (Nova's image
   * properties filter then places its instances on hosts of that architecture), and the
   * architecture of `template.image`. vSphere content library items carry no architecture.
   * @default - undeclared
   */
  readonly cpuArchitecture?: CpuArchitecture;
}

/**
 * An image imported from a URL: a Glance image on OpenStack (private and protected,
 * so other tenants cannot see it and nobody deletes it by accident), or an item in a
 * content library on vSphere. Protected from destroy by default.
 */
export class ImageTemplate extends Construct {
  /**
   * The L1 resources created on an OpenStack site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly openstack?: ImageTemplateOpenStackResources;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: ImageTemplateVsphereResources;
  /** The image name. */
  public readonly imageName: string;
  private readonly site: ISite;
  private readonly built: ImageTemplateResult;

  constructor(scope: Construct, id: string, props: ImageTemplateProps) {
    super(scope, id);
    if (!/^https:\/\//.test(props.url)) {
      throw new ValidationError(this, 'url', `"${props.url}" is not an https:// URL`, 'serve images over HTTPS so their integrity is protected in transit');
    }
    this.imageName = props.name ?? Names.resourceName(this);
    this.site = props.site;
    this.built = driverOf(props.site).imageTemplate(this, {
      name: this.imageName,
      url: props.url,
      diskFormat: props.diskFormat ?? 'qcow2',
      minDiskGiB: props.minDiskGiB,
      architecture: props.cpuArchitecture,
      labels: Labels.resolve(this),
    });
    this.openstack = this.built.openstack;
    this.vsphere = this.built.vsphere;
  }

  /** The image to boot instance groups from (OpenStack: the Glance image ID). */
  public get image(): Image {
    if (!this.built.bootImage) {
      throw new ValidationError(this, 'site', `on ${this.site.targetName}, instance groups cannot boot from an imported image as is (vSphere clones VM templates, not content library items)`, 'convert the item to a template and use Image.fromName(templateName)');
    }
    return this.built.bootImage;
  }
}
