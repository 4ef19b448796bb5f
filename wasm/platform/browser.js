// Browser glue of Parvis (an Emscripten --js-library): canvas size, hidden text field bridge,
// clipboard, file download and upload, page visibility, WebGL context loss, the person's display
// preferences (media queries), and the test hook.
// Events go back to C++ as JSON through parvis_platform_event (see storage.js for `emit`).
//
// Why a hidden text field: Emscripten's GLFW only reports characters from `keypress`, which
// never fires for dead keys (ê), AltGr on some systems, IME composition or paste. A focused
// <textarea> receives all of them as `input` / `compositionend` / `paste` events like any web
// text field; we forward the text and clear the field. Keys (arrows, Backspace, shortcuts) still
// reach ImGui through GLFW's keydown listener on window.

var ParvisBrowser = {
  $PARVIS_UI: {
    textarea: null,
    composing: false,
    preferences: null,  // the MediaQueryLists of parvis_browser_display_preferences
    forward: function(text) {
      if (!text) return;
      PARVIS_DB.emit({ type: 'text', text: text });
    },
  },

  parvis_browser_init__deps: ['$PARVIS_UI', '$PARVIS_DB', '$GLFW', 'malloc', 'free'],
  parvis_browser_init: function() {
    var ta = document.getElementById('parvis-text-input');
    if (!ta) {
      ta = document.createElement('textarea');
      ta.id = 'parvis-text-input';
      ta.setAttribute('autocomplete', 'off');
      ta.setAttribute('autocorrect', 'off');
      ta.setAttribute('autocapitalize', 'off');
      ta.setAttribute('spellcheck', 'false');
      ta.setAttribute('aria-hidden', 'true');
      ta.tabIndex = -1;  // focused by the app only (an aria-hidden element must not be a tab stop)
      ta.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2em;opacity:0;border:0;padding:0;margin:0;resize:none;overflow:hidden;z-index:-1;font-size:16px;';
      document.body.appendChild(ta);
    }
    PARVIS_UI.textarea = ta;
    ta.addEventListener('compositionstart', function() { PARVIS_UI.composing = true; });
    ta.addEventListener('compositionend', function(e) {
      PARVIS_UI.composing = false;
      PARVIS_UI.forward(e.data || ta.value);
      ta.value = '';
    });
    ta.addEventListener('input', function(e) {
      if (PARVIS_UI.composing || e.isComposing) return;
      var kind = e.inputType || 'insertText';
      // Line breaks, deletions and history are keys handled by ImGui; paste arrives through
      // the `paste` event and ImGui's Ctrl+V.
      if (kind === 'insertText' || kind === 'insertReplacementText' || kind === 'insertCompositionText') {
        PARVIS_UI.forward(e.data != null ? e.data : ta.value);
      }
      ta.value = '';
    });
    // Paste: hand the system clipboard's text to ImGui, whose Ctrl+V handling (next frame) then
    // inserts it as one edit, with newlines, as a paste should be.
    ta.addEventListener('paste', function(e) {
      e.preventDefault();
      var text = (e.clipboardData || window.clipboardData).getData('text/plain') || '';
      PARVIS_DB.emit({ type: 'clipboard', text: text });
    });
    // Zoom shortcuts belong to the app (font size), not to the browser's page zoom.
    window.addEventListener('keydown', function(e) {
      if (!(e.ctrlKey || e.metaKey)) return;
      var step = (e.key === '+' || e.key === '=') ? 1 : (e.key === '-' || e.key === '_') ? -1 : (e.key === '0') ? 0 : null;
      if (step === null) return;
      e.preventDefault();
      PARVIS_DB.emit({ type: 'zoom', step: step });
    }, true);
    // Emscripten's GLFW lets go of every held key on `blur`, which it listens to on window in the
    // capture phase: it then hears the blur of any element, not only the page's. The page's focus
    // moves inside the page (to the hidden text field, to the accessibility mirror's elements as
    // ImGui's focus moves): Shift held for Shift+Tab was let go after the first Tab, Alt held for
    // Alt+2 as soon as the screen's first control took the focus. Keys still reach window from any
    // element of the page; only a page that loses the focus misses their release (the hidden text
    // field lets go of them itself, parvis_browser_text_input).
    window.removeEventListener('blur', GLFW.onBlur, true);
    window.addEventListener('blur', function(e) { if (e.target === window) GLFW.onBlur(e); }, true);
    // Hidden pages get no animation frames: the save must start right here, in the event.
    document.addEventListener('visibilitychange', function() {
      if (document.visibilityState === 'hidden') _parvis_save_now();
    });
    window.addEventListener('pagehide', function() { _parvis_save_now(); });
    var canvas = Module['canvas'];
    // Mouse wheel: Emscripten's GLFW hands ImGui the event's raw deltaY (pixels, positive
    // downwards) where GLFW means notches, positive upwards: turning the wheel down scrolled up,
    // by whole screens. Here, before GLFW sees it (window, capture phase), the event becomes
    // notches: 100 px, 3 lines or a fifth of a page each, as browsers count a notch.
    window.addEventListener('wheel', function(e) {
      if (e.target !== canvas) return;
      e.preventDefault();
      e.stopPropagation();
      var unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 0.2 : 100;
      _parvis_wheel(-e.deltaX / unit, -e.deltaY / unit);
    }, { capture: true, passive: false });
    canvas.addEventListener('webglcontextlost', function(e) {
      e.preventDefault();  // allows the browser to restore it
      if (Module['onContextLost']) Module['onContextLost']();
    });
    canvas.addEventListener('webglcontextrestored', function() {
      PARVIS_DB.emit({ type: 'context_restored' });
      if (Module['onContextRestored']) Module['onContextRestored']();
    });
    canvas.addEventListener('contextmenu', function(e) { e.preventDefault(); });
  },

  // Sizes the canvas backing store to CSS size × devicePixelRatio (sharp text on HiDPI) and
  // returns [css width, css height, ratio] through the pointer.
  parvis_browser_canvas_metrics: function(out_ptr) {
    var canvas = Module['canvas'];
    var dpr = window.devicePixelRatio || 1;
    var w = canvas.clientWidth || window.innerWidth, h = canvas.clientHeight || window.innerHeight;
    var pw = Math.max(1, Math.round(w * dpr)), ph = Math.max(1, Math.round(h * dpr));
    if (canvas.width !== pw) canvas.width = pw;
    if (canvas.height !== ph) canvas.height = ph;
    HEAPF32[(out_ptr >> 2) + 0] = w;
    HEAPF32[(out_ptr >> 2) + 1] = h;
    HEAPF32[(out_ptr >> 2) + 2] = dpr;
  },

  // Focus the hidden field while ImGui wants text (so that the system keyboard, IME and paste
  // target it), placed at the caret so that IME candidate windows appear next to the text.
  // Taking the focus, it lets go of the keys held for ImGui: the Enter that opened the text box,
  // still held, would be repeated into it by ImGui (line breaks) after the repeat delay.
  parvis_browser_text_input__deps: ['$PARVIS_UI', '$GLFW'],
  parvis_browser_text_input: function(active, x, y) {
    var ta = PARVIS_UI.textarea;
    if (!ta) return;
    if (active) {
      ta.style.left = Math.max(0, x) + 'px';
      ta.style.top = Math.max(0, y) + 'px';
      if (document.activeElement !== ta) { ta.focus({ preventScroll: true }); GLFW.onBlur(); }
    } else if (document.activeElement === ta) {
      ta.blur();
      ta.value = '';
    }
  },

  parvis_browser_clipboard_write: function(text_ptr) {
    var text = UTF8ToString(text_ptr);
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(function(err) { console.warn('parvis: presse-papiers refusé', err); });
    }
  },

  // Offers `content` as a file download, entirely in the browser (no server).
  parvis_browser_download: function(name_ptr, mime_ptr, content_ptr, length) {
    // The bytes as they are (a .zip is binary; a text is already UTF-8).
    var blob = new Blob([HEAPU8.slice(content_ptr, content_ptr + length)], { type: UTF8ToString(mime_ptr) });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url; a.download = UTF8ToString(name_ptr);
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function() { URL.revokeObjectURL(url); }, 10000);
  },

  // Opens the file picker; the chosen file's bytes come back as an `imported_file` event carrying
  // `purpose` (what the file is for: "" for a workspace backup, "ics", "planning", "meta"…), so
  // that one picker serves every import. Files over `max_bytes` are refused before reading, so a
  // huge file cannot exhaust memory.
  parvis_browser_pick_file__deps: ['$PARVIS_DB', '$PARVIS_FILES'],
  parvis_browser_pick_file: function(accept_ptr, max_bytes, purpose_ptr) {
    var input = PARVIS_FILES.input();
    input.accept = UTF8ToString(accept_ptr);
    input.dataset.maxBytes = String(max_bytes);
    input.dataset.purpose = UTF8ToString(purpose_ptr);
    input.click();
  },

  // Hands a file's bytes to C++ (parvis_imported_file); false when memory is short.
  $PARVIS_FILES: {
    // The page's one file input, made at start (the browser tests hand it files the way the
    // picker does: tests/e2e/test_hooks.js). What it is for is in its data attributes.
    input: function() {
      var input = document.getElementById('parvis-file-input');
      if (input) return input;
      input = document.createElement('input');
      input.type = 'file'; input.id = 'parvis-file-input'; input.style.display = 'none';
      input.dataset.purpose = ''; input.dataset.maxBytes = String(64 * 1024 * 1024);
      document.body.appendChild(input);
      input.addEventListener('change', function() {
        var file = input.files && input.files[0];
        var purpose = input.dataset.purpose || '';
        var maxBytes = Number(input.dataset.maxBytes);
        input.value = '';
        if (!file) return;
        if (file.size > maxBytes) {
          PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'file_too_large', name: file.name, size: file.size, purpose: purpose });
          return;
        }
        // Read bytes, not text: invalid UTF-8 must reach the validator as it is, not be
        // silently replaced by U+FFFD (and a Windows-1252 spreadsheet must stay Windows-1252).
        file.arrayBuffer().then(function(buffer) {
          if (!PARVIS_FILES.deliver(file.name, new Uint8Array(buffer), purpose))
            PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'file_too_large', name: file.name, size: file.size, purpose: purpose });
        }, function(err) {
          PARVIS_DB.emit({ type: 'imported_file', ok: false, code: 'io_cannot_open', name: file.name, purpose: purpose });
        });
      });
      return input;
    },
    deliver: function(name, bytes, purpose) {
      var ptr = _malloc(bytes.length + 1);
      if (!ptr) return false;
      HEAPU8.set(bytes, ptr);
      HEAPU8[ptr + bytes.length] = 0;
      var nameLen = lengthBytesUTF8(name) + 1, namePtr = _malloc(nameLen);
      stringToUTF8(name, namePtr, nameLen);
      var purposeLen = lengthBytesUTF8(purpose || '') + 1, purposePtr = _malloc(purposeLen);
      stringToUTF8(purpose || '', purposePtr, purposeLen);
      _parvis_imported_file(namePtr, ptr, bytes.length, purposePtr);
      _free(purposePtr); _free(namePtr); _free(ptr);
      return true;
    },
  },

  parvis_browser_set_title: function(title_ptr) { document.title = UTF8ToString(title_ptr); },

  // The person's display preferences (media queries), as bits: 1 prefers-color-scheme: dark,
  // 2 prefers-contrast: more or forced-colors: active (Windows' contrast themes), 4
  // prefers-reduced-motion: reduce. The first call installs change listeners that draw a frame,
  // so that the app follows a change of the system's setting while it runs.
  parvis_browser_display_preferences__deps: ['$PARVIS_UI'],
  parvis_browser_display_preferences: function() {
    if (!window.matchMedia) return 0;
    var lists = PARVIS_UI.preferences;
    if (!lists) {
      lists = PARVIS_UI.preferences = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)',
        '(prefers-reduced-motion: reduce)'].map(function(q) { return window.matchMedia(q); });
      lists.forEach(function(l) { if (l.addEventListener) l.addEventListener('change', function() { _parvis_wake(); }); });
    }
    return (lists[0].matches ? 1 : 0) | (lists[1].matches || lists[2].matches ? 2 : 0) | (lists[3].matches ? 4 : 0);
  },

  // window.parvis: what the browser tests read, and nothing else. Read-only: the frame counter,
  // the snapshot of the last frame, the undo history's text. Whatever changes the data (a file
  // handed to the picker, a storage made to fail) lives in tests/e2e/test_hooks.js, which the
  // test harness adds to the page: it is not shipped (tests/e2e/shipped_hooks.test.mjs).
  parvis_browser_install_hook__deps: ['$PARVIS_FILES', '$PARVIS_A11Y'],
  parvis_browser_install_hook: function() {
    PARVIS_FILES.input();
    // Reading the state asks for fresh frames (they are drawn on demand: frames.js), so that a
    // test waiting on the snapshot or the frame counter sees the app move on. quiet() reads
    // without waking: the idle benchmark and test watch the app stay still.
    var hook = {
      snapshot: function() { _parvis_wake(); return JSON.parse(UTF8ToString(_parvis_snapshot_json())); },
      frame: function() { _parvis_wake(); return _parvis_frame(); },
      quiet: function() { return { frame: _parvis_frame(), paused: !!_parvis_frames_paused() }; },
      historyText: function() { return UTF8ToString(_parvis_history_text()); },
      // The accessibility mirror's cost (platform/a11y_mirror.js): per frame, C++ and page
      // milliseconds of the last frames (at most 2,000), frames counted, lists sent.
      a11yStats: function() {
        var s = PARVIS_A11Y.stats;
        return { cpp: s.cpp.slice(), js: s.js.slice(), jsChanged: s.jsChanged.slice(), frames: s.frames, sent: s.sent,
                 elements: PARVIS_A11Y.items.size };
      },
    };
    window.parvis = Object.freeze(Object.assign(Object.create(null), window.parvis || {}, hook));
    if (Module['onAppReady']) Module['onAppReady']();
  },
};

autoAddDeps(ParvisBrowser, '$PARVIS_UI');
mergeInto(LibraryManager.library, ParvisBrowser);
