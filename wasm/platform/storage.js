// IndexedDB storage of Parvis workspaces (an Emscripten --js-library, see wasm/CMakeLists.txt).
//
// Layout of the database « parvis » (version 1):
//   store "workspaces":  { id, name, latest, writer, updated_at }     key: id
//   store "generations": { ws, gen, text, length, hash, saved_at }    key: [ws, gen]
//   store "settings":    { key: "app", value: {...} }                 key: key
//
// Crash consistency:
// - Each save writes a new generation and the workspace record in ONE readwrite transaction,
//   with strict durability where the browser offers it; it is reported (« Enregistré ») only on
//   the transaction's `complete` event. A kill before that leaves the previous generation whole.
// - A save is a compare-and-swap: it carries the generation its text derives from (`base`), and
//   the transaction reads the record's `latest` first. Another tab's newer write is never
//   overwritten: the save is aborted and reported as `conflict`. This tab's own earlier write
//   (still unacknowledged when the page hides) does not count as a conflict: `writer` says who.
// - The last KEEP_GENERATIONS generations are kept. A load returns ONE generation, the newest
//   whose length and hash match (a torn or altered one is skipped); when the app cannot read it,
//   it asks for the one before (`before`).
// - Nothing here throws into WebAssembly: every failure (versionchange, close, quota, abort)
//   comes back as an event with a code, which the app shows in French.
//
// Results go back to the C++ side as JSON events (parvis_platform_event), drained each frame.

var ParvisStorage = {
  $PARVIS_DB: {
    db: null,
    closed: false,           // the browser closed the database (versionchange, storage cleared)
    KEEP_GENERATIONS: 5,
    channel: null,           // BroadcastChannel: tells the other tabs what this one saved
    // This page's identity as a writer (see the compare-and-swap above), drawn at open: this
    // object literal is written into parvis.js at build time, so it cannot be drawn here.
    tab: null,

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
      if (PARVIS_DB.closed) return 'closed';
      if (name === 'QuotaExceededError') return 'quota';
      if (name === 'InvalidStateError' || name === 'SecurityError') return 'unavailable';
      if (name === 'VersionError' || name === 'AbortError') return 'blocked';
      return 'failed';
    },

    // A transaction, or throws (closed database, unknown store): callers catch.
    tx: function(stores, mode) {
      if (PARVIS_DB.closed) { var e = new Error('closed'); e.name = 'InvalidStateError'; throw e; }
      if (!PARVIS_DB.db) { var u = new Error('no database'); u.name = 'InvalidStateError'; throw u; }
      if (mode === 'readwrite') {
        try {
          return PARVIS_DB.db.transaction(stores, mode, { durability: 'strict' });
        } catch (e) {
          if (e && e.name === 'InvalidStateError') throw e;
          // Browsers without the options argument: TypeError. Fall through.
        }
      }
      return PARVIS_DB.db.transaction(stores, mode);
    },

    // The database went away under us: said once, then every request reports `closed`.
    lost: function() {
      if (PARVIS_DB.closed) return;
      PARVIS_DB.closed = true;
      try { if (PARVIS_DB.db) PARVIS_DB.db.close(); } catch (e) {}
      PARVIS_DB.emit({ type: 'storage_closed', code: 'closed' });
    },
  },

  parvis_storage_open__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_open: function() {
    var fail = function(code, message) {
      PARVIS_DB.emit({ type: 'storage_ready', ok: false, code: code, message: String(message || '') });
    };
    PARVIS_DB.tab = Date.now().toString(36) + '-' + Math.random().toString(36).slice(2);
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
      // A newer Parvis in another tab upgrades the database, or the user clears the site's data:
      // let go of it (or the other tab stays blocked) and tell the app, which keeps its data open.
      PARVIS_DB.db.onversionchange = function() { PARVIS_DB.lost(); };
      PARVIS_DB.db.onclose = function() { PARVIS_DB.lost(); };
      var tx, list = [], settings = null;
      try { tx = PARVIS_DB.tx(['workspaces', 'settings'], 'readonly'); } catch (e) { fail(PARVIS_DB.errorCode(e), e); return; }
      tx.objectStore('workspaces').openCursor().onsuccess = function(e) {
        var c = e.target.result;
        if (c) { list.push({ id: c.value.id, name: c.value.name, updated_at: c.value.updated_at, latest: c.value.latest }); c.continue(); }
      };
      tx.objectStore('settings').get('app').onsuccess = function(e) { settings = e.target.result ? e.target.result.value : null; };
      tx.oncomplete = function() {
        PARVIS_DB.emit({ type: 'storage_ready', ok: true, workspaces: list, settings: settings });
      };
      tx.onabort = function() { fail(PARVIS_DB.errorCode(tx.error), tx.error); };
    };
  },

  // Writes `text` as the next generation of workspace `id`, if the stored latest generation is
  // still `base` (see the compare-and-swap at the top) → saved {generation} | save_failed {code}.
  parvis_storage_save__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_save: function(request_id, id_ptr, name_ptr, text_ptr, base) {
    var id = UTF8ToString(id_ptr), name = UTF8ToString(name_ptr), text = UTF8ToString(text_ptr);
    var failed = function(code, message, extra) {
      var event = { type: 'save_failed', request: request_id, id: id, code: code, message: String(message || '') };
      if (extra) for (var k in extra) event[k] = extra[k];
      PARVIS_DB.emit(event);
    };
    var tx;
    try { tx = PARVIS_DB.tx(['workspaces', 'generations'], 'readwrite'); } catch (e) { failed(PARVIS_DB.errorCode(e), e); return; }
    var workspaces = tx.objectStore('workspaces'), generations = tx.objectStore('generations');
    var gen = 0, cause = null, conflict = null;
    var stop = function(error) { cause = error; try { tx.abort(); } catch (e) {} };
    try {
      workspaces.get(id).onsuccess = function(e) {
        try {
          var previous = e.target.result;
          var current = previous ? previous.latest : 0;
          var ours = !!previous && !!PARVIS_DB.tab && previous.writer === PARVIS_DB.tab && current >= base;
          if (current !== base && !ours) { conflict = { latest: current }; stop(null); return; }
          gen = current + 1;
          var now = new Date().toISOString();
          generations.put({ ws: id, gen: gen, text: text, length: text.length, hash: PARVIS_DB.hash(text), saved_at: now });
          workspaces.put({ id: id, name: name, latest: gen, writer: PARVIS_DB.tab, updated_at: now });
          var oldest = gen - PARVIS_DB.KEEP_GENERATIONS;
          if (oldest >= 1) generations.delete(IDBKeyRange.bound([id, 0], [id, oldest]));
        } catch (err) { stop(err); }  // a put refused at once (quota, data): the whole save aborts
      };
    } catch (e) { stop(e); }
    tx.oncomplete = function() {
      PARVIS_DB.emit({ type: 'saved', request: request_id, id: id, generation: gen });
      if (PARVIS_DB.channel) PARVIS_DB.channel.postMessage({ type: 'saved', id: id, generation: gen });
    };
    tx.onabort = function() {
      if (conflict) failed('conflict', 'another tab saved generation ' + conflict.latest, { generation: conflict.latest });
      else failed(PARVIS_DB.errorCode(cause || tx.error), cause || tx.error);
    };
  },

  // The newest good generation of workspace `id` older than `before` (0: the newest of all) →
  // loaded { text, generation, latest, skipped } or { found: false } when none is left.
  parvis_storage_load__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_load: function(request_id, id_ptr, before) {
    var id = UTF8ToString(id_ptr);
    var fail = function(e) { PARVIS_DB.emit({ type: 'loaded', request: request_id, id: id, ok: false, code: PARVIS_DB.errorCode(e) }); };
    var tx;
    try { tx = PARVIS_DB.tx(['workspaces', 'generations'], 'readonly'); } catch (e) { fail(e); return; }
    var found = null, skipped = 0, latest = 0;
    try {
      tx.objectStore('workspaces').get(id).onsuccess = function(e) { latest = e.target.result ? e.target.result.latest : 0; };
      var upper = before > 0 ? before - 1 : Number.MAX_SAFE_INTEGER;
      var range = IDBKeyRange.bound([id, 0], [id, upper]);
      tx.objectStore('generations').openCursor(range, 'prev').onsuccess = function(e) {
        var c = e.target.result;
        if (!c) return;
        var g = c.value;
        // A generation whose length or hash does not match was torn or altered: skip it.
        if (typeof g.text === 'string' && g.text.length === g.length && PARVIS_DB.hash(g.text) === g.hash) {
          found = g;
          return;  // one generation only: the app asks for the previous one if it cannot read it
        }
        ++skipped;
        c.continue();
      };
    } catch (e) { fail(e); return; }
    tx.oncomplete = function() {
      var event = { type: 'loaded', request: request_id, id: id, ok: true, found: !!found, skipped: skipped, latest: latest };
      if (found) { event.text = found.text; event.generation = found.gen; }
      PARVIS_DB.emit(event);
    };
    tx.onabort = function() { fail(tx.error); };
  },

  parvis_storage_remove__deps: ['$PARVIS_DB', 'malloc', 'free'],
  parvis_storage_remove: function(request_id, id_ptr) {
    var id = UTF8ToString(id_ptr);
    var done = function(ok, error) {
      var event = { type: 'removed', request: request_id, id: id, ok: ok };
      if (!ok) event.code = PARVIS_DB.errorCode(error);
      PARVIS_DB.emit(event);
    };
    var tx;
    try {
      tx = PARVIS_DB.tx(['workspaces', 'generations'], 'readwrite');
      tx.objectStore('workspaces').delete(id);
      tx.objectStore('generations').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    } catch (e) { if (tx) try { tx.abort(); } catch (x) {} done(false, e); return; }
    tx.oncomplete = function() { done(true); };
    tx.onabort = function() { done(false, tx.error); };
  },

  parvis_storage_save_settings__deps: ['$PARVIS_DB'],
  parvis_storage_save_settings: function(json_ptr) {
    // Settings are a convenience; the workspace save reports the errors.
    try {
      var value = JSON.parse(UTF8ToString(json_ptr));
      var tx = PARVIS_DB.tx(['settings'], 'readwrite');
      tx.objectStore('settings').put({ key: 'app', value: value });
    } catch (e) {}
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
