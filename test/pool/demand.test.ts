import { InstanceGroup, Size } from '../../lib';

// One demand calculation for every quota check: each sizing form, boot and data volumes.
describe('InstanceGroup.demandOf', () => {
  test('Size.of counts vCPUs and memory per member', () => {
    expect(InstanceGroup.demandOf({ count: 3, size: Size.of(4, 8) })).toEqual({ instances: 3, vcpus: 12, memoryGiB: 24, volumes: 0, storageGiB: 0 });
  });

  test('a data-plane size counts like its capacity', () => {
    expect(InstanceGroup.demandOf({ count: 2, size: Size.of(8, 16, 40).withDataPlane() })).toEqual({ instances: 2, vcpus: 16, memoryGiB: 32, volumes: 0, storageGiB: 0 });
  });

  test('Size.bareMetal counts the node (Nova charges the flavor\'s vCPUs and RAM)', () => {
    expect(InstanceGroup.demandOf({ count: 2, size: Size.bareMetal('gold', 64, 512, 960) })).toEqual({ instances: 2, vcpus: 128, memoryGiB: 1024, volumes: 0, storageGiB: 0 });
  });

  test('Size.flavor leaves vCPUs and memory unknown, but still counts instances and volumes', () => {
    expect(InstanceGroup.demandOf({ count: 2, size: Size.flavor('m1.large'), volumes: [{ name: 'data', sizeGiB: 50 }] }))
      .toEqual({ instances: 2, vcpus: undefined, memoryGiB: undefined, volumes: 2, storageGiB: 100 });
  });

  test('boot and data volumes count one volume and their GiB per member', () => {
    const demand = InstanceGroup.demandOf({ count: 3, size: Size.of(2, 4), bootVolumeGiB: 20, volumes: [{ name: 'a', sizeGiB: 10 }, { name: 'b', sizeGiB: 5 }] });
    expect(demand).toEqual({ instances: 3, vcpus: 6, memoryGiB: 12, volumes: 9, storageGiB: 105 });
  });

  test('the default count is 2', () => {
    expect(InstanceGroup.demandOf({ size: Size.of(1, 2) }).instances).toBe(2);
  });
});

describe('InstanceGroup.totalDemand', () => {
  test('sums the parts; an amount unknown in any part is unknown in the total', () => {
    const a = InstanceGroup.demandOf({ count: 2, size: Size.of(2, 4), bootVolumeGiB: 10 });
    const b = InstanceGroup.demandOf({ count: 1, size: Size.flavor('x') });
    expect(InstanceGroup.totalDemand([a, b])).toEqual({ instances: 3, vcpus: undefined, memoryGiB: undefined, volumes: 2, storageGiB: 20 });
    expect(InstanceGroup.totalDemand([a, a])).toEqual({ instances: 4, vcpus: 8, memoryGiB: 16, volumes: 4, storageGiB: 40 });
  });
});
