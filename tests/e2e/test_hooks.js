// Test-only hooks, added to the page by the harness (harness.mjs, installTestHooks) once the app
// is ready; never shipped (tests/e2e/shipped_hooks.test.mjs proves a plain page has none of them).
// They act only through what a page offers anyone — the DOM and the browser's own APIs — never
// through a door of the app:
// - importText(name, text, purpose): hands a file to the app's file input, as the picker does
//   (purpose as in parvis_browser_pick_file: "" for a workspace backup);
// - simulateStorageFailure(code): makes IndexedDB itself fail ("quota": writes throw
//   QuotaExceededError, "failed": UnknownError, "unavailable": no transaction can start; null:
//   back to normal), so that the app's real error paths run.
(() => {
  'use strict';
  if (!window.parvis || window.parvis.importText) return;

  const failure = window.__parvisStorageFailure = window.__parvisStorageFailure || { code: null };
  if (!IDBObjectStore.prototype.put.__parvisTest) {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (failure.code === 'quota') throw new DOMException('Quota dépassé (simulé)', 'QuotaExceededError');
      if (failure.code === 'failed') throw new DOMException('Échec simulé', 'UnknownError');
      return put.apply(this, args);
    };
    IDBObjectStore.prototype.put.__parvisTest = true;
    const transaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (...args) {
      if (failure.code === 'unavailable') throw new DOMException('Stockage indisponible (simulé)', 'InvalidStateError');
      return transaction.apply(this, args);
    };
  }

  const importText = (name, text, purpose) => {
    const input = document.getElementById('parvis-file-input');
    if (!input) throw new Error('parvis-file-input absent : l’application ne l’a pas créé');
    input.dataset.purpose = purpose || '';
    const files = new DataTransfer();
    files.items.add(new File([text], name));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  };
  const simulateStorageFailure = (code) => { failure.code = code || null; };

  window.parvis = Object.freeze(Object.assign(Object.create(null), window.parvis, { importText, simulateStorageFailure }));
})();
