// Every unit-test file gets a temporary folder of its own, removed when the file ends.
// cdktf's Testing.app() makes an outdir in os.tmpdir() per call and never removes it
// (about 2,500 per full run), and several suites write synth and terraform folders there.
// Setting TMPDIR here would not reach them: a test file's process.env is jest's copy,
// while the os module is the worker's own, so its tmpdir() answers for the file's duration.
// The end-to-end suites keep the system folder: their clouds' state folders hold
// sockets, whose paths must stay short.
import { mkdtempSync, rmSync } from 'fs';
// The module object itself (a namespace import is a frozen copy of its bindings).
import os = require('os');
import * as path from 'path';

const testPath = expect.getState().testPath ?? '';
if (!testPath.includes(`${path.sep}test${path.sep}e2e${path.sep}`)) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oscar-jest-'));
  const tmpdir = jest.spyOn(os, 'tmpdir').mockReturnValue(dir);
  afterAll(() => {
    tmpdir.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });
}
