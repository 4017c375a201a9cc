// The provider packages are optional peers: an OpenStack-only user need not install the
// Kubernetes bindings (145 MB). Blocks load a peer's modules on first use, and a missing
// peer is an error that names the package and version to install.

/** @internal A module of an optional peer package, loaded on first use. */
export function peer<T>(pkg: string, mod: string): T {
  try {
    return require(`${pkg}/${mod}`) as T;
  } catch (e: any) {
    if (e?.code === 'MODULE_NOT_FOUND' && String(e.message).includes(`'${pkg}/${mod}'`)) {
      // package.json is two levels above both lib/core/private and dist/core/private.
      const version = (require('../../../package.json').peerDependencies ?? {})[pkg] ?? 'latest';
      throw new Error(`oscar-blueprints: this construct needs the optional peer package ${pkg}, which is not installed. Fix: npm install ${pkg}@${version}`);
    }
    throw e;
  }
}
