// The device's secrets (an Emscripten --js-library): access tokens, OAuth clients and the sign-in
// in progress, in their OWN IndexedDB database « parvis-connections », apart from the workspaces
// (database « parvis », storage.js), so that a token can never ride along with a workspace's
// save, export, generations or undo history. A workspace moving to another device leaves its
// tokens here: accounts are connected again there.
//
// Layout of « parvis-connections » (version 1):
//   store "records": { key, value }   key: "client|BASE|REDIRECT", "account|WORKSPACE|ACCOUNT",
//                                     "pending" (the sign-in waiting for its redirect)
// All records are read once at start (secrets_ready); each write or deletion reports
// secret_saved when its transaction completed. Nothing is written to the console.

var ParvisSecrets = {
  $PARVIS_SECRETS: { db: null },

  parvis_secrets_open__deps: ['$PARVIS_SECRETS', '$PARVIS_DB'],
  parvis_secrets_open: function() {
    var fail = function(code) { PARVIS_DB.emit({ type: 'secrets_ready', ok: false, code: code }); };
    if (typeof indexedDB === 'undefined' || !indexedDB) { fail('unavailable'); return; }
    var request;
    try { request = indexedDB.open('parvis-connections', 1); } catch (e) { fail('unavailable'); return; }
    request.onupgradeneeded = function() {
      var db = request.result;
      if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'key' });
    };
    request.onblocked = function() { fail('blocked'); };
    request.onerror = function() { fail(PARVIS_DB.errorCode(request.error)); };
    request.onsuccess = function() {
      var db = request.result;
      PARVIS_SECRETS.db = db;
      db.onversionchange = function() { db.close(); };
      var records = {};
      var tx = db.transaction(['records'], 'readonly');
      tx.objectStore('records').openCursor().onsuccess = function(e) {
        var c = e.target.result;
        if (c) { records[c.value.key] = c.value.value; c.continue(); }
      };
      tx.oncomplete = function() { PARVIS_DB.emit({ type: 'secrets_ready', ok: true, records: records }); };
      tx.onerror = function() { fail(PARVIS_DB.errorCode(tx.error)); };
    };
  },

  // value_ptr: a JSON text, or null to delete the record.
  parvis_secrets_write__deps: ['$PARVIS_SECRETS', '$PARVIS_DB'],
  parvis_secrets_write: function(request_id, key_ptr, value_ptr) {
    var key = UTF8ToString(key_ptr);
    var done = function(ok, code) { PARVIS_DB.emit({ type: 'secret_saved', request: request_id, ok: ok, code: code || '', id: key }); };
    if (!PARVIS_SECRETS.db) { done(false, 'unavailable'); return; }
    var tx;
    try { tx = PARVIS_SECRETS.db.transaction(['records'], 'readwrite'); } catch (e) { done(false, PARVIS_DB.errorCode(e)); return; }
    var store = tx.objectStore('records');
    if (value_ptr) store.put({ key: key, value: JSON.parse(UTF8ToString(value_ptr)) });
    else store.delete(key);
    tx.oncomplete = function() { done(true); };
    tx.onabort = function() { done(false, PARVIS_DB.errorCode(tx.error)); };
  },
};

autoAddDeps(ParvisSecrets, '$PARVIS_SECRETS');
mergeInto(LibraryManager.library, ParvisSecrets);
