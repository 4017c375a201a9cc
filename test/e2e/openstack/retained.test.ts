// The e2e harness releases exactly the boot volumes a configuration keeps on destroy;
// this pins how it counts them from the synthesized JSON (no cloud needed).
import { retainedBootVolumes } from './checks';

const bootFromImage = (size: number, keep: boolean) => ({
  boot_index: 0, source_type: 'image', destination_type: 'volume', volume_size: size, delete_on_termination: !keep,
});

describe('retainedBootVolumes', () => {
  test('counts one volume per for_each member, count index or single instance that keeps its boot volume', () => {
    const json = {
      resource: {
        openstack_compute_instance_v2: {
          app: { for_each: { a: {}, b: {}, c: {} }, block_device: [bootFromImage(40, true)] },
          db: { count: 2, block_device: [bootFromImage(100, true)] },
          one: { block_device: [bootFromImage(20, true)] },
          ephemeral: { for_each: { x: {} }, block_device: [bootFromImage(60, false)] },
          image: { for_each: { y: {} }, image_name: 'cirros' },
        },
      },
    };
    expect(retainedBootVolumes(json)).toEqual([20, 40, 40, 40, 100, 100]);
  });

  test('a volume attached by UUID is the user\'s, not one Nova created and kept', () => {
    const json = { resource: { openstack_compute_instance_v2: { vm: { block_device: [{ ...bootFromImage(10, true), source_type: 'volume' }] } } } };
    expect(retainedBootVolumes(json)).toEqual([]);
  });

  test('refuses to guess when the member set is not a literal', () => {
    const json = { resource: { openstack_compute_instance_v2: { vm: { for_each: '${local.members}', block_device: [bootFromImage(10, true)] } } } };
    expect(() => retainedBootVolumes(json)).toThrow(/vm: for_each is "\$\{local.members\}", not a literal map/);
  });
});
