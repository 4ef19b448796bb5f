// Parvis loader: checks what the app needs (WebAssembly, WebGL2), shows progress while the
// module downloads, and a clear French message when something is missing or fails. The app's
// own glue lives in wasm/platform/*.js.
(function () {
  'use strict';
  // Start-up milestones (ms since navigation), read by tests/e2e/bench.mjs.
  var times = window.parvisTimes = { boot: performance.now() };
  var overlay = document.getElementById('overlay');
  var text = document.getElementById('overlay-text');
  var detail = document.getElementById('overlay-detail');
  var progress = document.getElementById('overlay-progress');

  function fail(message, more) {
    overlay.className = 'error';
    text.textContent = message;
    detail.textContent = more || '';
    window.parvisBootError = message;
  }

  var MESSAGES = {
    wasm: 'Votre navigateur ne prend pas en charge WebAssembly, nécessaire à Parvis. Utilisez une version récente de Firefox, Chrome, Edge ou Safari.',
    webgl2: 'Votre navigateur ou votre carte graphique ne permet pas WebGL 2, nécessaire à l’affichage de Parvis. Mettez à jour le navigateur, ou activez l’accélération graphique dans ses paramètres.',
    load: 'Parvis n’a pas pu se charger. Vérifiez la connexion au serveur qui héberge l’application puis rechargez la page. Vos données, enregistrées dans ce navigateur, ne sont pas touchées.',
    crash: 'Parvis s’est arrêté sur une erreur inattendue. Rechargez la page : vos données sont enregistrées dans ce navigateur (au plus la dernière seconde de saisie peut manquer).',
    file: 'Parvis doit être ouvert depuis un serveur web (par exemple http://127.0.0.1:8080), pas directement comme fichier : le navigateur y bloque le chargement de l’application.',
  };

  if (location.protocol === 'file:') { fail(MESSAGES.file); return; }
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') { fail(MESSAGES.wasm); return; }
  // The app's WebGL2 context is created here, while the module downloads and compiles: creating
  // it can take a few hundred milliseconds, and the app's own request (same canvas, same
  // attributes as wasm/main.cpp asks GLFW for) then returns this context at once. It also tells
  // us early, in French, when WebGL2 is missing.
  var canvas = document.getElementById('canvas');
  var gl = null;
  try {
    gl = canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false, premultipliedAlpha: true, preserveDrawingBuffer: false });
  } catch (e) { gl = null; }
  if (!gl) { fail(MESSAGES.webgl2); return; }
  window.Module = {
    canvas: canvas,
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    setStatus: function (s) {
      if (!s) return;
      var m = s.match(/\((\d+(\.\d+)?)\/(\d+)\)/);
      if (m) { progress.value = 100 * parseInt(m[1], 10) / parseInt(m[3], 10); detail.textContent = 'Téléchargement…'; }
    },
    monitorRunDependencies: function () {},
    onRuntimeInitialized: function () { times.runtime = performance.now(); },
    onAppReady: function () { overlay.className = 'hidden'; canvas.focus(); },
    onFatalError: function (what) { fail(MESSAGES[what] || MESSAGES.crash); },
    onAbort: function (what) { fail(MESSAGES.crash, String(what || '')); },
    onContextLost: function () {
      overlay.className = '';
      text.textContent = 'L’affichage graphique a été interrompu ; Parvis le rétablit…';
      detail.textContent = 'Vos données ne sont pas touchées.';
    },
    onContextRestored: function () {
      if (window.Module._parvis_gl_restored) window.Module._parvis_gl_restored();
      overlay.className = 'hidden';
    },
  };
  window.addEventListener('error', function (e) {
    if (e && e.target && e.target.tagName === 'SCRIPT') fail(MESSAGES.load, e.target.src);
  }, true);

  var script = document.createElement('script');
  script.src = 'parvis.js';
  script.async = true;
  script.onerror = function () { fail(MESSAGES.load, 'parvis.js'); };
  document.body.appendChild(script);
})();
