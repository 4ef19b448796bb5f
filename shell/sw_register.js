// Registers Parvis's service worker (sw.js, generated at build time from shell/sw.js.in by
// cmake/service_worker.cmake) and shows « Nouvelle version disponible — Recharger » when a new
// version has been installed in the background. The running version keeps working: the page
// reloads only when the person clicks, and only once the app has written everything to the
// browser's storage (never in the middle of an unsaved edit).
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  var FRENCH = {
    available: 'Nouvelle version disponible',
    reload: 'Recharger',
    saving: 'Enregistrement de vos modifications…',
    unsaved: 'Vos modifications ne sont pas encore enregistrées : la nouvelle version attendra. Réessayez, ou exportez votre espace de travail.',
  };
  var ENGLISH = {
    available: 'New version available',
    reload: 'Reload',
    saving: 'Saving your changes…',
    unsaved: 'Your changes are not saved yet: the new version will wait. Try again, or export your workspace.',
  };
  // The app's language (Paramètres); null before the app runs.
  function appWords() {
    var M = window.Module;
    try { if (M && M._parvis_english) return M._parvis_english() ? ENGLISH : FRENCH; } catch (e) { /* not started */ }
    return null;
  }
  var TEXT = FRENCH;
  var banner = document.getElementById('update-banner');
  var label = document.getElementById('update-text');
  var button = document.getElementById('update-reload');
  var waiting = null;        // the new worker, installed, waiting for this page to let it in
  var reloading = false;     // the person clicked « Recharger »
  var hadController = !!navigator.serviceWorker.controller;

  function show(worker) {
    waiting = worker;
    var known = appWords();
    // Until the app runs, the browser's language; then the app's, once it is known.
    TEXT = known || (/^fr\b/i.test(navigator.language || 'fr') ? FRENCH : ENGLISH);
    if (!known) setTimeout(function retry() {
      if (button.disabled || window.parvisBootError) return;
      if (appWords()) show(waiting); else setTimeout(retry, 500);
    }, 500);
    banner.lang = TEXT === FRENCH ? 'fr' : 'en';
    label.textContent = TEXT.available;
    button.textContent = TEXT.reload;
    button.disabled = false;
    banner.hidden = false;
  }

  // A new version counts only when a previous one runs this page: the very first install is
  // not news to anyone.
  function watch(reg) {
    if (reg.waiting && navigator.serviceWorker.controller) show(reg.waiting);
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) show(worker);
      });
    });
    // A long session (a day of planning) learns of a new version too.
    setInterval(function () { reg.update().catch(function () {}); }, 60 * 60 * 1000);
  }

  // Asks the app to write now and resolves once everything is written (wasm/main.cpp,
  // parvis_save_status: 0 saved, 1 save due or under way, 2 this tab cannot save). Rejects when
  // that does not happen within `ms`, or cannot: the page is then not reloaded.
  function saved(ms) {
    var M = window.Module;
    return new Promise(function (resolve, reject) {
      var status = function () {
        // Before the app runs (or after it stopped on an error) there is nothing more to write.
        try { return M && M._parvis_save_status ? M._parvis_save_status() : 0; } catch (e) { return 0; }
      };
      try { if (status() !== 0) M._parvis_save_now(); } catch (e) { /* status says what is left */ }
      var end = Date.now() + ms;
      (function poll() {
        var s = status();
        if (s === 0) resolve();
        else if (s === 2 || Date.now() > end) reject();
        else setTimeout(poll, 50);
      })();
    });
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    label.textContent = TEXT.saving;
    saved(15000).then(function () {
      reloading = true;
      // The new worker takes over (sw.js: skipWaiting, then clients.claim), which fires
      // `controllerchange` below; when another tab already let it in, reload at once.
      if (waiting && waiting.state === 'installed') waiting.postMessage({ type: 'skip-waiting' });
      else location.reload();
    }, function () {
      label.textContent = TEXT.unsaved;
      button.disabled = false;
    });
  });

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading) { location.reload(); return; }
    // Another tab chose the new version: this one keeps the old one until the person reloads.
    if (hadController) show(null);
    hadController = true;
  });

  // After the page's load, so that the worker's own downloads never slow the app's start. An
  // existing registration is watched at once, even offline (register() then fails: its update
  // check cannot reach the server, and the installed version keeps running).
  window.addEventListener('load', function () {
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (reg) { watch(reg); return; }
      navigator.serviceWorker.register('sw.js').then(watch, function (err) {
        console.warn('Parvis : service worker non enregistré (pas d’usage hors ligne)', err);
      });
    });
  });
})();
