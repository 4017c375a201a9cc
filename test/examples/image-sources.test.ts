// Examples take image sources from configuration (cdktf context), never from an
// Internet download at apply time: an apply must not depend on a public mirror.
import { App, Testing } from 'cdktf';
import { EXAMPLES } from '../../examples';
import { GovernmentCloudOpenStackStack } from '../../examples/government-cloud-openstack/main';

/** URLs an apply would download from: Glance imports and content-library items. */
function downloads(synthesized: string): string[] {
  const resource = JSON.parse(synthesized).resource ?? {};
  return [
    ...Object.values<any>(resource.openstack_images_image_v2 ?? {}).map((r) => r.image_source_url),
    ...Object.values<any>(resource.vsphere_content_library_item ?? {}).map((r) => r.file_url),
  ].filter((u) => u !== undefined);
}

test.each(EXAMPLES.map((e) => [e.id, e] as const))('%s downloads no image by default', (id, example) => {
  expect(downloads(Testing.synth(example.create(Testing.app(), id)))).toEqual([]);
});

test('government-cloud-openstack: an existing image by name by default, an import from the configured mirror on request', () => {
  const byName = JSON.parse(Testing.synth(new GovernmentCloudOpenStackStack(Testing.app(), 'gov')));
  const instances = Object.values<any>(byName.resource.openstack_compute_instance_v2);
  expect(new Set(instances.map((i) => i.image_name))).toEqual(new Set(['kylin-v10-sp3', 'squid-6']));

  const app = new App({ outdir: Testing.app().outdir, context: { kylinImage: 'kylin-v10-sp4', kylinImageUrl: 'https://mirror.gov.internal/kylin.qcow2' } });
  // One import per site: the primary region and the backup centre each get their own image.
  expect(downloads(Testing.synth(new GovernmentCloudOpenStackStack(app, 'gov')))).toEqual(['https://mirror.gov.internal/kylin.qcow2', 'https://mirror.gov.internal/kylin.qcow2']);
});
