// jest's default order (slowest and failed first, from its cache), with the OpenStack
// end-to-end suite last: its cloud is 61 processes and 11 GB, and started next to the other
// suites it slows them and trips its own 90 s resource timeouts. Last, it overlaps only the
// tail of the run on the other worker. (Plain JS: jest requires the sequencer untransformed.)
const Sequencer = require('@jest/test-sequencer').default;

const LAST = /[\\/]test[\\/]e2e[\\/]openstack\.e2e\.test\.ts$/;

class OpenStackLast extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter((t) => !LAST.test(t.path)), ...sorted.filter((t) => LAST.test(t.path))];
  }
}

module.exports = OpenStackLast;
