// Preload for test/package/optional-peers.test.ts: makes the listed packages unresolvable,
// exactly as if they were not installed (MODULE_NOT_FOUND from Node's resolver).
const Module = require('module');
const blocked = (process.env.OSCAR_BLOCK_PEERS || '').split(',').filter(Boolean);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (blocked.some((p) => request === p || request.startsWith(`${p}/`))) {
    const err = new Error(`Cannot find module '${request}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return resolve.call(this, request, ...rest);
};
