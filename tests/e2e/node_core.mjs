// Loads the core's Node module (build/wasm/node/parvis_core.mjs, target parvis_node_core of the
// wasm preset) for the differential test and the X benchmark. PARVIS_NODE_CORE overrides the path.
// A missing module is an error with the command that builds it, never a silent skip.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const nodeCorePath = process.env.PARVIS_NODE_CORE ||
  path.resolve(here, '../../build/wasm/node/parvis_core.mjs');

export async function loadParvisCore() {
  if (!existsSync(nodeCorePath)) {
    throw new Error(`Module Node du cœur introuvable : ${nodeCorePath}\n` +
      'Construisez-le avec : cmake --preset wasm && cmake --build build/wasm --target parvis_node_core ' +
      '(il fait partie de la construction wasm normale, scripts/build.sh wasm).');
  }
  const { default: createParvisCore } = await import(pathToFileURL(nodeCorePath).href);
  return createParvisCore();
}
