// DOT -> SVG with Graphviz compiled to WebAssembly (@hpcc-js/wasm-graphviz): no system
// binary and no browser needed. The package is ESM-only; Node 22.12+ loads it with require().
let loaded: Promise<{ dot(src: string): string }> | undefined;

export async function renderSvg(dot: string): Promise<string> {
  if (!loaded) {
    const { Graphviz } = require('@hpcc-js/wasm-graphviz') as { Graphviz: { load(): Promise<{ dot(src: string): string }> } };
    loaded = Graphviz.load();
  }
  return (await loaded).dot(dot);
}
