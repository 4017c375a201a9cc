// Every example keeps the addresses it pins out of its subnets' allocation pools: Neutron
// gives pool addresses to whichever port asks first, so a pinned port can lose its address
// to a DHCP port or a VIP (IpAddressAlreadyAllocated). A pinned address inside a declared
// pool is a synth warning (lib/pool/private/pinned-addresses.ts); this keeps examples clean.
import { AnnotationMetadataEntryType, Testing } from 'cdktf';
import { EXAMPLES } from '../../examples';

test.each(EXAMPLES.map((e) => [e.id, e] as const))('%s pins no address inside a declared allocation pool', (id, example) => {
  const stack = example.create(Testing.app(), id);
  const warnings = stack.node.findAll().flatMap((c) => c.node.metadata)
    .filter((m) => m.type === AnnotationMetadataEntryType.WARN && String(m.data).includes('inside the allocation pools'));
  expect(warnings.map((m) => m.data)).toEqual([]);
});
