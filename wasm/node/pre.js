// Start of the module factory (--pre-js). Node 20 has a global fetch, and Emscripten 3.1.6 then
// fetches the .wasm by its file path, which fails: read it from disk ourselves, unless the caller
// passed its own wasmBinary.
if (!Module['wasmBinary']) {
  Module['wasmBinary'] = require('fs').readFileSync(require('path').join(__dirname, 'parvis_core.wasm'));
}
