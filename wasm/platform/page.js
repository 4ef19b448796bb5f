// The page's own address and the browser's randomness (an Emscripten --js-library), for signing
// in to a platform with OAuth: the redirect URI is this page, the platform sends the user back
// with ?code=&state=, which the app reads at start and then removes from the address bar
// (history.replaceState) so that a reload or a bookmark never carries a used code.

var ParvisPage = {
  $PARVIS_PAGE: {
    // A JS string returned to C++ in a malloc'ed buffer the caller frees.
    give: function(s) {
      var len = lengthBytesUTF8(s) + 1, p = _malloc(len);
      if (p) stringToUTF8(s, p, len);
      return p;
    },
  },

  parvis_page_address__deps: ['$PARVIS_PAGE', 'malloc'],
  parvis_page_address: function() { return PARVIS_PAGE.give(location.origin + location.pathname); },

  parvis_page_query__deps: ['$PARVIS_PAGE', 'malloc'],
  parvis_page_query: function() { return PARVIS_PAGE.give(location.search || ''); },

  parvis_page_replace_query: function(query_ptr) {
    var q = UTF8ToString(query_ptr);
    try { history.replaceState(history.state, '', location.pathname + (q ? '?' + q : '') + location.hash); } catch (e) {}
  },

  parvis_page_navigate: function(url_ptr) { location.assign(UTF8ToString(url_ptr)); },

  parvis_page_open: function(url_ptr) { window.open(UTF8ToString(url_ptr), '_blank', 'noopener'); },

  // A link for another program (mailto:): clicked as a link in the page, so the browser hands it
  // to the mail program and the page stays (location.assign could count as leaving it).
  parvis_page_open_link: function(url_ptr) {
    var a = document.createElement('a');
    a.href = UTF8ToString(url_ptr);
    a.rel = 'noopener';
    document.body.appendChild(a); a.click(); a.remove();
  },

  // Cryptographic randomness (PKCE verifiers, OAuth states): crypto.getRandomValues.
  parvis_page_random: function(out_ptr, length) {
    crypto.getRandomValues(HEAPU8.subarray(out_ptr, out_ptr + length));
  },

  // The network coming back: queued requests are sent again at once.
  parvis_page_watch_online__deps: ['$PARVIS_DB'],
  parvis_page_watch_online: function() {
    window.addEventListener('online', function() { PARVIS_DB.emit({ type: 'online' }); });
  },
};

autoAddDeps(ParvisPage, '$PARVIS_PAGE');
mergeInto(LibraryManager.library, ParvisPage);
