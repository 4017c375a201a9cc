import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { Names } from '../core/names';
import { requireDnsLabel } from '../core/private/validate';
import { IInstanceGroup } from './instance-group-props';
import { driverOf } from './private/site-support';
import { ImageTemplateVsphereResources } from './target-resources';

/** Properties of an {@link InstanceExport}. */
export interface InstanceExportProps {
  /** The group of the member to export. */
  readonly group: IInstanceGroup;
  /** The member's key, e.g. `app-001`. */
  readonly member: string;
  /**
   * The template name: the content library item's, and `<name>-library` for its library.
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * What the template is.
   * @default - none
   */
  readonly description?: string;
}

/**
 * One member of an instance group exported to a template, protected from destroy.
 *
 * - **vSphere**: the VM is cloned into a new content library as an OVF template
 *   (`vsphere_content_library_item.source_uuid`). Terraform exports once, when it creates
 *   the item: every attribute forces a new item, so a fresh export is a new name.
 *   Instance groups clone VM templates by name, not library items: deploy the OVF
 *   template to a VM template first.
 * - **OpenStack**: provider 3.4.0 cannot snapshot a server into Glance (Nova createImage
 *   has no resource, and no resource uploads a volume to an image): an error naming the
 *   target. The closest real path is an `ImageTemplate` imported from a URL where the
 *   image captured out of band (`openstack server image create`) is published.
 */
export class InstanceExport extends Construct {
  /** The template name. */
  public readonly templateName: string;
  /**
   * The L1 resources created on a vSphere site (the escape hatch).
   * @default - undefined on other targets
   */
  public readonly vsphere?: ImageTemplateVsphereResources;

  constructor(scope: Construct, id: string, props: InstanceExportProps) {
    super(scope, id);
    if (!props.group.memberNames.includes(props.member)) {
      throw new ValidationError(this, 'member', `"${props.member}" is not a member of ${props.group.node.path} (members: ${props.group.memberNames.join(', ')})`, 'name one of the members');
    }
    this.templateName = props.name ?? Names.resourceName(this, { maxLength: 55 });
    requireDnsLabel(this, 'name', this.templateName);
    const built = driverOf(props.group.site).exportInstance(this, {
      name: this.templateName,
      member: props.member,
      description: props.description,
      instances: props.group._handle.instances,
    });
    this.vsphere = built.vsphere;
  }
}
