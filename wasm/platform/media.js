// Images of posts in the browser (an Emscripten --js-library): their bytes as Blobs in an
// IndexedDB database of their own, « parvis-media », never inside the workspace JSON (a photo
// would make every autosave megabytes long), and their thumbnails decoded by the browser.
//
// Layout of « parvis-media » (version 1):
//   store "blobs": { hash, mime, size, blob, stored_at }    key: hash (SHA-256 of the bytes, hex)
// A blob is written once and never changed: its name is its content. Blobs no longer used by any
// post stay (an undo brings the image back); they are the browser's to evict with the site data.
//
// Also here: images dropped onto the page or pasted (Ctrl+V of a copied image), handed to the
// app as picked files with purpose "media_drop" / "media_paste" (browser.js PARVIS_FILES).
//
// Results go back as events: media_stored, media_thumbnail (with the thumbnail's RGBA pixels,
// through parvis_media_thumbnail), media_bytes (through parvis_media_bytes).

var ParvisMedia = {
  $PARVIS_MEDIA: {
    db: null,
    opening: null,      // callbacks waiting for the database
    THUMB_SIDE: 160,    // thumbnail's longer side, in pixels (drawn at up to 80 CSS px on HiDPI)
    MAX_BYTES: 20 * 1024 * 1024,  // as media::kMaxImageBytes

    // fn(db) once the database is open, or fail(code).
    withDb: function(fn, fail) {
      if (PARVIS_MEDIA.db) { fn(PARVIS_MEDIA.db); return; }
      if (PARVIS_MEDIA.opening) { PARVIS_MEDIA.opening.push([fn, fail]); return; }
      if (typeof indexedDB === 'undefined' || !indexedDB) { fail('unavailable'); return; }
      PARVIS_MEDIA.opening = [[fn, fail]];
      var settle = function(db, code) {
        var waiting = PARVIS_MEDIA.opening; PARVIS_MEDIA.opening = null;
        waiting.forEach(function(w) { if (db) w[0](db); else w[1](code); });
      };
      var request;
      try { request = indexedDB.open('parvis-media', 1); } catch (e) { settle(null, 'unavailable'); return; }
      request.onupgradeneeded = function() {
        var db = request.result;
        if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs', { keyPath: 'hash' });
      };
      request.onblocked = function() { settle(null, 'blocked'); };
      request.onerror = function() { settle(null, PARVIS_DB.errorCode(request.error)); };
      request.onsuccess = function() {
        var db = request.result;
        // Site data cleared or a newer Parvis upgrading: let go, the next request opens it again.
        db.onversionchange = function() { try { db.close(); } catch (e) {} if (PARVIS_MEDIA.db === db) PARVIS_MEDIA.db = null; };
        db.onclose = function() { if (PARVIS_MEDIA.db === db) PARVIS_MEDIA.db = null; };
        PARVIS_MEDIA.db = db;
        settle(db, null);
      };
    },

    tx: function(db, mode) {
      if (mode === 'readwrite') {
        try { return db.transaction(['blobs'], mode, { durability: 'strict' }); } catch (e) {
          if (e && e.name === 'InvalidStateError') throw e;
        }
      }
      return db.transaction(['blobs'], mode);
    },

    // Decodes `blob` with the browser's own decoders; then(width, height, thumbW, thumbH, rgba)
    // or fail('undecodable').
    decode: function(blob, then, fail) {
      if (typeof createImageBitmap !== 'function') { fail('undecodable'); return; }
      createImageBitmap(blob).then(function(bitmap) {
        var w = bitmap.width, h = bitmap.height;
        var scale = Math.min(1, PARVIS_MEDIA.THUMB_SIDE / Math.max(w, h, 1));
        var tw = Math.max(1, Math.round(w * scale)), th = Math.max(1, Math.round(h * scale));
        var canvas = document.createElement('canvas');
        canvas.width = tw; canvas.height = th;
        var ctx = canvas.getContext('2d');
        ctx.imageSmoothingQuality = 'high';
        ctx.drawImage(bitmap, 0, 0, tw, th);
        if (bitmap.close) bitmap.close();
        var pixels = ctx.getImageData(0, 0, tw, th).data;
        then(w, h, tw, th, pixels);
      }, function() { fail('undecodable'); });
    },

    // Hands a thumbnail (or why there is none) to C++.
    thumbnail: function(hash, ok, code, w, h, tw, th, pixels) {
      var len = pixels ? pixels.length : 0;
      var ptr = len ? _malloc(len) : 0;
      if (len && !ptr) { ok = false; code = 'failed'; len = 0; }
      if (ptr) HEAPU8.set(pixels, ptr);
      var hashLen = lengthBytesUTF8(hash) + 1, hashPtr = _malloc(hashLen);
      stringToUTF8(hash, hashPtr, hashLen);
      var codeLen = lengthBytesUTF8(code || '') + 1, codePtr = _malloc(codeLen);
      stringToUTF8(code || '', codePtr, codeLen);
      _parvis_media_thumbnail(hashPtr, ok ? 1 : 0, codePtr, w, h, tw, th, ptr, len);
      _free(codePtr); _free(hashPtr); if (ptr) _free(ptr);
    },

    // Image files dropped or pasted: each handed to the app like a picked file.
    deliverImages: function(files, purpose) {
      var taken = 0;
      for (var i = 0; i < files.length && taken < 10; ++i) {
        var file = files[i];
        if (!file || !/^image\//.test(file.type || '')) continue;
        ++taken;
        (function(file) {
          if (file.size > PARVIS_MEDIA.MAX_BYTES) {
            PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'file_too_large', name: file.name, size: file.size, purpose: purpose });
            return;
          }
          file.arrayBuffer().then(function(buffer) {
            if (!PARVIS_FILES.deliver(file.name || 'image', new Uint8Array(buffer), purpose))
              PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'file_too_large', name: file.name, size: file.size, purpose: purpose });
          }, function() {
            PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'io_cannot_open', name: file.name, purpose: purpose });
          });
        })(file);
      }
      return taken;
    },
  },

  // Drop onto the page and paste of an image: listeners on the window, installed at start.
  parvis_media_init__deps: ['$PARVIS_MEDIA', '$PARVIS_FILES', '$PARVIS_DB'],
  parvis_media_init: function() {
    var hasFiles = function(e) {
      var types = e.dataTransfer && e.dataTransfer.types;
      return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
    };
    window.addEventListener('dragover', function(e) {
      if (!hasFiles(e)) return;
      e.preventDefault();  // without it the browser opens the file in place of Parvis
      e.dataTransfer.dropEffect = 'copy';
    });
    window.addEventListener('drop', function(e) {
      if (!hasFiles(e)) return;
      e.preventDefault();
      PARVIS_MEDIA.deliverImages(e.dataTransfer.files, 'media_drop');
    });
    // A copied image (a screenshot, « Copier l’image »): taken as an image when the clipboard has
    // no text, so that pasting words into a text box stays a text paste. Capture phase: before
    // the hidden text field's own paste handler (browser.js).
    window.addEventListener('paste', function(e) {
      var data = e.clipboardData;
      if (!data || !data.files || data.files.length === 0) return;
      if ((data.getData('text/plain') || '') !== '') return;
      if (PARVIS_MEDIA.deliverImages(data.files, 'media_paste') > 0) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }, true);
  },

  // Stores an image's bytes under its hash, once the browser has decoded it (an image it cannot
  // read is refused: code "undecodable") → media_thumbnail, then media_stored.
  parvis_media_store__deps: ['$PARVIS_MEDIA', '$PARVIS_DB', 'malloc', 'free'],
  parvis_media_store: function(request_id, hash_ptr, mime_ptr, bytes_ptr, length) {
    var hash = UTF8ToString(hash_ptr), mime = UTF8ToString(mime_ptr);
    var blob = new Blob([HEAPU8.slice(bytes_ptr, bytes_ptr + length)], { type: mime });
    var done = function(ok, code, w, h) {
      PARVIS_DB.emit({ type: 'media_stored', request: request_id, id: hash, ok: ok, code: code || '', width: w || 0, height: h || 0 });
    };
    PARVIS_MEDIA.decode(blob, function(w, h, tw, th, pixels) {
      PARVIS_MEDIA.thumbnail(hash, true, '', w, h, tw, th, pixels);
      PARVIS_MEDIA.withDb(function(db) {
        var tx;
        try {
          tx = PARVIS_MEDIA.tx(db, 'readwrite');
          tx.objectStore('blobs').put({ hash: hash, mime: mime, size: blob.size, blob: blob, stored_at: new Date().toISOString() });
        } catch (e) { if (tx) try { tx.abort(); } catch (x) {} done(false, PARVIS_DB.errorCode(e)); return; }
        tx.oncomplete = function() { done(true, '', w, h); };
        tx.onabort = function() { done(false, PARVIS_DB.errorCode(tx.error)); };
      }, function(code) { done(false, code); });
    }, function(code) { done(false, code); });
  },

  // The thumbnail of a stored image → media_thumbnail (code "missing" when this device has no
  // such image: a workspace imported from JSON alone, or site data cleared).
  parvis_media_thumbnail_request__deps: ['$PARVIS_MEDIA', '$PARVIS_DB', 'malloc', 'free'],
  parvis_media_thumbnail_request: function(hash_ptr) {
    var hash = UTF8ToString(hash_ptr);
    var fail = function(code) { PARVIS_MEDIA.thumbnail(hash, false, code, 0, 0, 0, 0, null); };
    PARVIS_MEDIA.withDb(function(db) {
      var tx, record = null;
      try {
        tx = PARVIS_MEDIA.tx(db, 'readonly');
        tx.objectStore('blobs').get(hash).onsuccess = function(e) { record = e.target.result || null; };
      } catch (e) { fail(PARVIS_DB.errorCode(e)); return; }
      tx.oncomplete = function() {
        if (!record || !record.blob) { fail('missing'); return; }
        PARVIS_MEDIA.decode(record.blob, function(w, h, tw, th, pixels) {
          PARVIS_MEDIA.thumbnail(hash, true, '', w, h, tw, th, pixels);
        }, fail);
      };
      tx.onabort = function() { fail(PARVIS_DB.errorCode(tx.error)); };
    }, fail);
  },

  // The bytes of a stored image (for the backup .zip) → media_bytes through parvis_media_bytes.
  parvis_media_read__deps: ['$PARVIS_MEDIA', '$PARVIS_DB', 'malloc', 'free'],
  parvis_media_read: function(request_id, hash_ptr) {
    var hash = UTF8ToString(hash_ptr);
    var send = function(code, mime, bytes) {
      var len = bytes ? bytes.length : 0;
      var ptr = _malloc(len + 1);
      if (!ptr) { code = 'failed'; len = 0; ptr = _malloc(1); }
      if (len) HEAPU8.set(bytes, ptr);
      var strings = [hash, code || '', mime || ''].map(function(s) {
        var n = lengthBytesUTF8(s) + 1, p = _malloc(n); stringToUTF8(s, p, n); return p;
      });
      _parvis_media_bytes(request_id, strings[0], strings[1], strings[2], ptr, len);
      strings.forEach(function(p) { _free(p); });
      _free(ptr);
    };
    PARVIS_MEDIA.withDb(function(db) {
      var tx, record = null;
      try {
        tx = PARVIS_MEDIA.tx(db, 'readonly');
        tx.objectStore('blobs').get(hash).onsuccess = function(e) { record = e.target.result || null; };
      } catch (e) { send(PARVIS_DB.errorCode(e)); return; }
      tx.oncomplete = function() {
        if (!record || !record.blob) { send('missing'); return; }
        record.blob.arrayBuffer().then(function(buffer) { send('', record.mime, new Uint8Array(buffer)); },
                                       function() { send('failed'); });
      };
      tx.onabort = function() { send(PARVIS_DB.errorCode(tx.error)); };
    }, function(code) { send(code); });
  },
};

autoAddDeps(ParvisMedia, '$PARVIS_MEDIA');
mergeInto(LibraryManager.library, ParvisMedia);
