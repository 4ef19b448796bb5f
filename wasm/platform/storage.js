// IndexedDB storage of Parvis workspaces (an Emscripten --js-library, see wasm/CMakeLists.txt).
//
// Layout of the database « parvis » (version 1):
//   store "workspaces":  { id, name, latest, updated_at }            key: id
//   store "generations": { ws, gen, text, length, hash, saved_at }    key: [ws, gen]
//   store "settings":    { key: "app", value: {...} }                 key: key
// Each save writes a new generation and the workspace record in ONE transaction, with strict
// durability where the browser offers it; the save is reported only on the transaction's
// `complete` event. The last KEEP_GENERATIONS generations are kept: on load the app tries them
// newest first, so a torn or unreadable write falls back to the previous good one.
//
// Results go back to the C++ side as JSON events (parvis_platform_event), drained each frame.

var ParvisStorage = {
  $PARVIS_DB: {
    db: null,
    KEEP_GENERATIONS: 5,
    simulatedFailure: null,  // test hook: "quota" | "unavailable" | "failed"
    channel: null,           // BroadcastChannel: tells the other tabs what this one saved

    emit: function(event) {
      var text = JSON.stringify(event);
      var len = lengthBytesUTF8(text) + 1;
      var ptr = _malloc(len);
      if (!ptr) { console.error('parvis: mémoire insuffisante pour un événement'); return; }
      stringToUTF8(text, ptr, len);
      _parvis_platform_event(ptr);
      _free(ptr);
    },

    // FNV-1a over the UTF-16 code units: detects a torn or altered generation on load.
    hash: function(text) {
      var h = 0x811c9dc5;
      for (var i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h >>> 0;
    },

    errorCode: function(error) {
      var name = error && error.name ? error.name : '';
      if (name === 'QuotaExceededError') return 'quota';
      if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
      if (name === 'VersionError' || name === 'AbortError') return 'blocked';
      return 'failed';
    },

    tx: function(stores, mode) {
      try {
        return PARVIS_DB.db.transaction(stores, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      } catch (e) {
        // Browsers without the options argument.
        return PARVIS_DB.db.transaction(stores, mode);
      }
    },
  },

  parvis_storage_open__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_open: function() {
    var fail = function(code, message) {
      PARVIS_DB.emit({ type: 'storage_ready', ok: false, code: code, message: String(message || '') });
    };
    if (typeof indexedDB === 'undefined' || !indexedDB) { fail('unavailable', 'indexedDB absent'); return; }
    var request;
    try { request = indexedDB.open('parvis', 1); } catch (e) { fail('unavailable', e); return; }
    request.onupgradeneeded = function() {
      var db = request.result;
      if (!db.objectStoreNames.contains('workspaces')) db.createObjectStore('workspaces', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('generations')) db.createObjectStore('generations', { keyPath: ['ws', 'gen'] });
      if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings', { keyPath: 'key' });
    };
    request.onblocked = function() { fail('blocked', 'blocked'); };
    request.onerror = function() { fail(PARVIS_DB.errorCode(request.error), request.error); };
    request.onsuccess = function() {
      PARVIS_DB.db = request.result;
      // Another tab of Parvis on the same workspace: the app must know, or the last save wins.
      if (typeof BroadcastChannel !== 'undefined' && !PARVIS_DB.channel) {
        PARVIS_DB.channel = new BroadcastChannel('parvis-storage');
        PARVIS_DB.channel.onmessage = function(m) {
          if (m.data && m.data.type === 'saved') PARVIS_DB.emit({ type: 'external_save', id: m.data.id, generation: m.data.generation });
        };
      }
      PARVIS_DB.db.onversionchange = function() { PARVIS_DB.db.close(); };
      var tx = PARVIS_DB.tx(['workspaces', 'settings'], 'readonly');
      var list = [], settings = null;
      tx.objectStore('workspaces').openCursor().onsuccess = function(e) {
        var c = e.target.result;
        if (c) { list.push({ id: c.value.id, name: c.value.name, updated_at: c.value.updated_at, latest: c.value.latest }); c.continue(); }
      };
      tx.objectStore('settings').get('app').onsuccess = function(e) { settings = e.target.result ? e.target.result.value : null; };
      tx.oncomplete = function() {
        PARVIS_DB.emit({ type: 'storage_ready', ok: true, workspaces: list, settings: settings });
      };
      tx.onerror = function() { fail(PARVIS_DB.errorCode(tx.error), tx.error); };
    };
  },

  parvis_storage_save__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_save: function(request_id, id_ptr, name_ptr, text_ptr) {
    var id = UTF8ToString(id_ptr), name = UTF8ToString(name_ptr), text = UTF8ToString(text_ptr);
    var failed = function(code, message) {
      PARVIS_DB.emit({ type: 'save_failed', request: request_id, id: id, code: code, message: String(message || '') });
    };
    if (PARVIS_DB.simulatedFailure) { failed(PARVIS_DB.simulatedFailure, 'simulated'); return; }
    if (!PARVIS_DB.db) { failed('unavailable', 'no database'); return; }
    var tx;
    try { tx = PARVIS_DB.tx(['workspaces', 'generations'], 'readwrite'); } catch (e) { failed(PARVIS_DB.errorCode(e), e); return; }
    var workspaces = tx.objectStore('workspaces'), generations = tx.objectStore('generations');
    var gen = 0;
    workspaces.get(id).onsuccess = function(e) {
      var previous = e.target.result;
      gen = previous ? previous.latest + 1 : 1;
      var now = new Date().toISOString();
      generations.put({ ws: id, gen: gen, text: text, length: text.length, hash: PARVIS_DB.hash(text), saved_at: now });
      workspaces.put({ id: id, name: name, latest: gen, updated_at: now });
      var oldest = gen - PARVIS_DB.KEEP_GENERATIONS;
      if (oldest >= 1) generations.delete(IDBKeyRange.bound([id, 0], [id, oldest]));
    };
    tx.oncomplete = function() {
      PARVIS_DB.emit({ type: 'saved', request: request_id, id: id, generation: gen });
      if (PARVIS_DB.channel) PARVIS_DB.channel.postMessage({ type: 'saved', id: id, generation: gen });
    };
    tx.onabort = function() { failed(PARVIS_DB.errorCode(tx.error), tx.error); };
  },

  parvis_storage_load__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_load: function(request_id, id_ptr) {
    var id = UTF8ToString(id_ptr);
    if (!PARVIS_DB.db) { PARVIS_DB.emit({ type: 'loaded', request: request_id, id: id, texts: [], ok: false, code: 'unavailable' }); return; }
    var tx = PARVIS_DB.tx(['generations'], 'readonly');
    var texts = [];
    var range = IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
    tx.objectStore('generations').openCursor(range, 'prev').onsuccess = function(e) {
      var c = e.target.result;
      if (!c) return;
      var g = c.value;
      // A generation whose length or hash does not match was torn or altered: skip it.
      if (typeof g.text === 'string' && g.text.length === g.length && PARVIS_DB.hash(g.text) === g.hash) texts.push(g.text);
      c.continue();
    };
    tx.oncomplete = function() { PARVIS_DB.emit({ type: 'loaded', request: request_id, id: id, texts: texts, ok: true }); };
    tx.onerror = function() { PARVIS_DB.emit({ type: 'loaded', request: request_id, id: id, texts: [], ok: false, code: PARVIS_DB.errorCode(tx.error) }); };
  },

  parvis_storage_remove__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_remove: function(request_id, id_ptr) {
    var id = UTF8ToString(id_ptr);
    if (!PARVIS_DB.db) { PARVIS_DB.emit({ type: 'removed', request: request_id, id: id, ok: false, code: 'unavailable' }); return; }
    var tx = PARVIS_DB.tx(['workspaces', 'generations'], 'readwrite');
    tx.objectStore('workspaces').delete(id);
    tx.objectStore('generations').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    tx.oncomplete = function() { PARVIS_DB.emit({ type: 'removed', request: request_id, id: id, ok: true }); };
    tx.onabort = function() { PARVIS_DB.emit({ type: 'removed', request: request_id, id: id, ok: false, code: PARVIS_DB.errorCode(tx.error) }); };
  },

  parvis_storage_save_settings__deps: ['$PARVIS_DB'],
  parvis_storage_save_settings: function(json_ptr) {
    var value = JSON.parse(UTF8ToString(json_ptr));
    if (!PARVIS_DB.db || PARVIS_DB.simulatedFailure) return;  // settings are a convenience; the workspace save reports errors
    try { PARVIS_DB.tx(['settings'], 'readwrite').objectStore('settings').put({ key: 'app', value: value }); } catch (e) {}
  },

  // Asks the browser not to evict our data under storage pressure; reports whether granted.
  parvis_storage_request_persist__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_request_persist: function() {
    if (!navigator.storage || !navigator.storage.persist) { PARVIS_DB.emit({ type: 'persist', granted: false, supported: false }); return; }
    navigator.storage.persisted().then(function(already) {
      return already ? true : navigator.storage.persist();
    }).then(function(granted) {
      PARVIS_DB.emit({ type: 'persist', granted: !!granted, supported: true });
    }, function() { PARVIS_DB.emit({ type: 'persist', granted: false, supported: true }); });
  },
};

autoAddDeps(ParvisStorage, '$PARVIS_DB');
mergeInto(LibraryManager.library, ParvisStorage);
