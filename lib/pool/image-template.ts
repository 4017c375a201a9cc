import { ContentLibrary } from '@cdktf/provider-vsphere/lib/content-library';
import { ContentLibraryItem } from '@cdktf/provider-vsphere/lib/content-library-item';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Labels } from '../core/labels';
import { Names } from '../core/names';
import { ImagesImageV2 } from '../providers/openstack/images-image-v2';
import { OpenStackSite } from './openstack/site';
import { ISite, SiteTarget } from './site';
import { Image } from './size';
import { VsphereSite } from './vsphere/site';

/** Properties of an {@link ImageTemplate}. */
export interface ImageTemplateProps {
  /** The site to import the image into. */
  readonly site: ISite;
  /** HTTPS URL of the image (qcow2/raw for Glance; OVF/OVA for a content library). */
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
}

/**
 * An image imported from a URL: a Glance image on OpenStack (private and protected,
 * so other tenants cannot see it and nobody deletes it by accident), or an item in a
 * content library on vSphere. Protected from destroy by default.
 */
export class ImageTemplate extends Construct {
  /** The Glance image (OpenStack). */
  public readonly imageV2?: ImagesImageV2;
  /** The content library (vSphere). */
  public readonly contentLibrary?: ContentLibrary;
  /** The content library item (vSphere). */
  public readonly contentLibraryItem?: ContentLibraryItem;
  /** The image name. */
  public readonly imageName: string;

  constructor(scope: Construct, id: string, props: ImageTemplateProps) {
    super(scope, id);
    if (!/^https:\/\//.test(props.url)) {
      throw new ValidationError(this, 'url', `"${props.url}" is not an https:// URL`, 'serve images over HTTPS so their integrity is protected in transit');
    }
    this.imageName = props.name ?? Names.resourceName(this);
    if (props.site.target === SiteTarget.OPENSTACK) {
      const site = props.site as OpenStackSite;
      this.imageV2 = new ImagesImageV2(this, 'image', {
        provider: site.provider,
        name: this.imageName,
        imageSourceUrl: props.url,
        containerFormat: 'bare',
        diskFormat: props.diskFormat ?? 'qcow2',
        visibility: 'private',
        protected: true,
        minDiskGb: props.minDiskGiB,
        tags: Labels.toOpenStackTags(Labels.resolve(this)),
        lifecycle: { preventDestroy: true },
      });
    } else {
      const site = props.site as VsphereSite;
      this.contentLibrary = new ContentLibrary(this, 'library', {
        provider: site.provider,
        name: `${this.imageName}-library`,
        storageBacking: [site.datastore().id],
      });
      this.contentLibraryItem = new ContentLibraryItem(this, 'item', {
        provider: site.provider,
        name: this.imageName,
        libraryId: this.contentLibrary.id,
        fileUrl: props.url,
        lifecycle: { preventDestroy: true },
      });
    }
  }

  /** The image to boot instance groups from (OpenStack: the Glance image ID). */
  public get image(): Image {
    if (!this.imageV2) {
      throw new ValidationError(this, 'site', 'on vSphere, instance groups clone VM templates, not content library items', 'convert the item to a template and use Image.fromName(templateName)');
    }
    return Image.fromId(this.imageV2.id);
  }
}
