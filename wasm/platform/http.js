// The one generic HTTP bridge of Parvis (an Emscripten --js-library): fetch with a timeout through
// AbortController, a text or binary body, and the answer (status, headers, body bytes) handed back
// to C++ as an `http_response` event through parvis_http_response. Nothing here knows a network:
// core/connect builds every request and reads every answer.
//
// Bounds: the body is read in chunks and the read is abandoned past `max_bytes` (code
// "too_large"), so a server cannot make the page hold more; the timeout covers the whole
// exchange, body included. A request that gets no answer reports status 0 with a code:
// "offline" (the browser knows it is offline), "network" (refused, cut, CORS) or "timeout".
// Nothing is written to the console: headers and bodies may hold tokens.

var ParvisHttp = {
  $PARVIS_HTTP: {
    deliver: function(request, status, code, headers, bytes) {
      var strings = [code || '', JSON.stringify(headers || [])];
      var ptrs = strings.map(function(s) {
        var len = lengthBytesUTF8(s) + 1, p = _malloc(len);
        if (p) stringToUTF8(s, p, len);
        return p;
      });
      var n = bytes ? bytes.length : 0;
      var body = _malloc(n + 1);
      if (!body || !ptrs[0] || !ptrs[1]) {
        ptrs.forEach(function(p) { if (p) _free(p); });
        if (body) _free(body);
        return;
      }
      if (n) HEAPU8.set(bytes, body);
      HEAPU8[body + n] = 0;
      _parvis_http_response(request, status, ptrs[0], ptrs[1], body, n);
      _free(body); _free(ptrs[1]); _free(ptrs[0]);
    },
  },

  parvis_http_send__deps: ['$PARVIS_HTTP', 'malloc', 'free'],
  parvis_http_send: function(request, method_ptr, url_ptr, headers_ptr, body_ptr, body_len, timeout_ms, max_bytes) {
    var method = UTF8ToString(method_ptr), url = UTF8ToString(url_ptr);
    var headers = JSON.parse(UTF8ToString(headers_ptr));
    // A copy: the C++ buffer is freed when this function returns.
    var body = body_len > 0 ? HEAPU8.slice(body_ptr, body_ptr + body_len) : undefined;
    var controller = typeof AbortController !== 'undefined' ? new AbortController() : null;
    var timedOut = false;
    var timer = setTimeout(function() { timedOut = true; if (controller) controller.abort(); }, Math.max(1, timeout_ms));
    var done = false;
    var finish = function(status, code, list, bytes) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      PARVIS_HTTP.deliver(request, status, code, list, bytes);
    };
    var failed = function() {
      finish(0, timedOut ? 'timeout' : (navigator.onLine === false ? 'offline' : 'network'), [], null);
    };
    var init = { method: method, headers: headers, body: body, redirect: 'manual', credentials: 'omit', cache: 'no-store' };
    if (controller) init.signal = controller.signal;
    var response;
    try { response = fetch(url, init); } catch (e) { failed(); return; }
    response.then(function(r) {
      var list = [];
      r.headers.forEach(function(value, name) { list.push([name, value]); });
      var declared = Number(r.headers.get('content-length') || 0);
      if (declared > max_bytes) { if (controller) controller.abort(); finish(r.status, 'too_large', list, null); return; }
      if (!r.body || !r.body.getReader) {
        return r.arrayBuffer().then(function(buf) {
          if (buf.byteLength > max_bytes) finish(r.status, 'too_large', list, null);
          else finish(r.status, '', list, new Uint8Array(buf));
        });
      }
      var reader = r.body.getReader(), chunks = [], total = 0;
      var pump = function() {
        return reader.read().then(function(part) {
          if (part.done) {
            var all = new Uint8Array(total), at = 0;
            chunks.forEach(function(c) { all.set(c, at); at += c.length; });
            finish(r.status, '', list, all);
            return;
          }
          total += part.value.length;
          if (total > max_bytes) { reader.cancel(); finish(r.status, 'too_large', list, null); return; }
          chunks.push(part.value);
          return pump();
        });
      };
      return pump();
    }).catch(failed);
  },

  // The browser's own idea of the network, for the queue (navigator.onLine).
  parvis_http_online: function() { return navigator.onLine === false ? 0 : 1; },
};

autoAddDeps(ParvisHttp, '$PARVIS_HTTP');
mergeInto(LibraryManager.library, ParvisHttp);
