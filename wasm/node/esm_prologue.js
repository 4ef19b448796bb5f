// Top of parvis_core.mjs (--extern-pre-js, outside the module factory). Emscripten 3.1.6 writes
// its Node code for CommonJS (require, __dirname), which an ES module lacks: provide both.
import { createRequire } from 'module';
import { dirname } from 'path';
import { fileURLToPath } from 'url';
const require = createRequire(import.meta.url);
const __dirname = dirname(fileURLToPath(import.meta.url));
