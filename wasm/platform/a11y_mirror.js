// The accessibility mirror, page side (an Emscripten --js-library; see a11y_mirror.h): ImGui draws
// on a canvas, which a screen reader cannot read. Each frame the C++ side hands the widgets drawn
// as one compact text; here they are real elements (buttons, tabs, checkboxes, text boxes,
// dialogs, one heading, a polite live region) placed over the canvas at their rectangles,
// transparent and deaf to the mouse (pointer-events: none, shell/parvis.css): the canvas still
// shows and still gets every click. Elements are kept by ImGui id and patched by difference:
// added, removed, moved or renamed only when they change, never rebuilt whole.
//
// Keys stay with ImGui (GLFW listens on window): Tab and the arrows move ImGui's navigation
// focus, and the page's focus follows it; a focused button's own activation on Space or Enter is
// prevented (ImGui already has the key). A screen reader or a switch device that focuses or
// presses an element sends the request back (parvis_a11y_request): ImGui's focus moves there, or
// the widget is pressed (ImGui's own activation, as with the Space key).

var ParvisA11y = {
  $PARVIS_A11Y: {
    root: null, heading: null, nav: null, main: null, notice: null, status: null,
    // Made at init (the library's objects are copied into the module as source text, Maps included):
    items: null,   // Map: ImGui id → { el, role, sig } (sig: what the element shows, to patch only changes)
    groups: null,  // Map: popup or tab bar id → { el, sig }
    statusSeq: -1, navId: 0, following: false,
    stats: { cpp: [], js: [], jsChanged: [], sent: 0, frames: 0 },  // milliseconds per frame; jsChanged: frames whose list changed
    // Roles set as attributes (buttons and tables are their own elements).
    ROLES: { c: 'checkbox', r: 'radio', t: 'tab', o: 'combobox', p: 'option', x: 'textbox' },

    make: function(tag, cls, parent) {
      var el = document.createElement(tag);
      if (cls) el.className = cls;
      if (parent) parent.appendChild(el);
      return el;
    },

    // An element for a widget of role letter `r` (a11y_mirror.cpp role_of).
    create: function(r, id) {
      var A = PARVIS_A11Y;
      var el;
      if (r === 'T') el = A.make('table', 'a11y-item');
      else if (r === 'p' || r === 'x') { el = A.make('div', 'a11y-item'); el.tabIndex = -1; }
      else { el = A.make('button', 'a11y-item'); el.type = 'button'; }
      if (A.ROLES[r]) el.setAttribute('role', A.ROLES[r]);
      if (r === 'x') el.setAttribute('aria-multiline', 'false');
      el.id = 'a11y-' + id;
      el.dataset.imguiId = String(id);
      return el;
    },

    // A chart's table of values (record 'T'): `caption`, then `data`, rows separated by U+001D
    // (the column headers first), cells by U+001C; the first cell of a row heads it.
    fillTable: function(el, caption, data) {
      var A = PARVIS_A11Y;
      while (el.firstChild) el.removeChild(el.firstChild);
      A.make('caption', null, el).textContent = caption;
      var rows = (data || '').split('\u001d');
      var head = A.make('tr', null, A.make('thead', null, el));
      rows[0].split('\u001c').forEach(function(text) { var th = A.make('th', null, head); th.scope = 'col'; th.textContent = text; });
      var body = A.make('tbody', null, el);
      for (var i = 1; i < rows.length; i++) {
        var tr = A.make('tr', null, body);
        rows[i].split('\u001c').forEach(function(text, c) {
          var cell = A.make(c === 0 ? 'th' : 'td', null, tr);
          if (c === 0) cell.scope = 'row';
          cell.textContent = text;
        });
      }
    },

    // The state attribute of each role: aria-checked, aria-selected, aria-current, aria-expanded.
    setState: function(el, r, on) {
      if (r === 'c' || r === 'r') el.setAttribute('aria-checked', on ? 'true' : 'false');
      else if (r === 't' || r === 'p') el.setAttribute('aria-selected', on ? 'true' : 'false');
      else if (r === 'l') { if (on) el.setAttribute('aria-current', 'page'); else el.removeAttribute('aria-current'); }
      else if (r === 'o' || r === 'e') el.setAttribute('aria-expanded', on ? 'true' : 'false');
    },

    group: function(id, kind, name, dialogWord) {
      var A = PARVIS_A11Y;
      var sig = kind + '\u001f' + name;
      var g = A.groups.get(id);
      if (g && g.sig === sig) return g;
      if (!g) {
        var el = A.make('div', 'a11y-group');
        el.id = 'a11y-group-' + id;
        g = { el: el, sig: '' };
        A.groups.set(id, g);
      }
      var el = g.el;
      var role = kind === 'm' || kind === 'p' ? 'dialog' : kind === 'l' ? 'listbox' : 'tablist';
      el.setAttribute('role', role);
      if (kind === 'm') el.setAttribute('aria-modal', 'true'); else el.removeAttribute('aria-modal');
      if (role === 'dialog' || role === 'listbox') el.setAttribute('aria-label', name || dialogWord);
      else el.removeAttribute('aria-label');
      g.sig = sig;
      return g;
    },

    // Puts `wanted` (elements, in order) as the children of `parent`, moving only what is out of place.
    order: function(parent, wanted) {
      for (var i = 0; i < wanted.length; i++) {
        if (parent.children[i] !== wanted[i]) parent.insertBefore(wanted[i], parent.children[i] || null);
      }
      while (parent.children.length > wanted.length) parent.removeChild(parent.lastChild);
    },

    apply: function(text) {
      var A = PARVIS_A11Y;
      var records = text.split('\u001e');
      var head = records[0].split('\u001f');
      if (A.heading.textContent !== head[1]) A.heading.textContent = head[1];
      if (A.nav.getAttribute('aria-label') !== head[2]) A.nav.setAttribute('aria-label', head[2]);
      var dialogWord = head[3];
      if (A.notice.textContent !== head[4]) A.notice.textContent = head[4];
      var seq = Number(head[6]);
      if (seq !== A.statusSeq) { A.statusSeq = seq; A.status.textContent = head[5]; }

      var seenItems = new Set(), seenGroups = new Set();
      var navList = [], mainList = [], groupLists = new Map();
      for (var i = 1; i < records.length; i++) {
        var f = records[i].split('\u001f');
        var r = f[0];
        if (r === 'G') {
          var gid = Number(f[1]);
          var g = A.group(gid, f[2], f[3], dialogWord);
          if (!seenGroups.has(gid)) { seenGroups.add(gid); mainList.push(g.el); groupLists.set(gid, []); }
          continue;
        }
        var id = Number(f[1]), parent = Number(f[2]), state = Number(f[3]);
        var item = A.items.get(id);
        if (item && item.role !== r) { item.el.remove(); A.items.delete(id); item = null; }
        if (!item) { item = { el: A.create(r, id), role: r, sig: '' }; A.items.set(id, item); }
        seenItems.add(id);
        var sig = records[i];
        if (item.sig !== sig) {
          var el = item.el, old = item.sig ? item.sig.split('\u001f') : [];
          if (old[4] !== f[4]) el.style.left = f[4] + 'px';
          if (old[5] !== f[5]) el.style.top = f[5] + 'px';
          if (old[6] !== f[6]) el.style.width = f[6] + 'px';
          if (old[7] !== f[7]) el.style.height = f[7] + 'px';
          if (old[3] !== f[3]) {
            A.setState(el, r, (state & 1) !== 0);
            if (state & 2) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
          }
          if (r === 'T') {
            if (old[8] !== f[8] || old[9] !== f[9]) A.fillTable(el, f[8], f[9]);
          } else if (r === 'x' || r === 'o') {  // text boxes and combo boxes take no name from their content
            if (old[8] !== f[8]) el.setAttribute('aria-label', f[8]);
            if (old[9] !== f[9]) el.textContent = f[9] || '';
          } else if (old[8] !== f[8]) {
            el.textContent = f[8];
          }
          item.sig = sig;
        }
        if (parent && groupLists.has(parent)) groupLists.get(parent).push(item.el);
        else if (r === 'l') navList.push(item.el);
        else mainList.push(item.el);
      }
      A.items.forEach(function(item, id) { if (!seenItems.has(id)) { item.el.remove(); A.items.delete(id); } });
      A.groups.forEach(function(g, id) { if (!seenGroups.has(id)) { g.el.remove(); A.groups.delete(id); } });
      A.order(A.nav, navList);
      A.order(A.main, mainList);
      groupLists.forEach(function(list, gid) { A.order(A.groups.get(gid).el, list); });
    },

    // ImGui's keyboard focus moved: the page's focus follows (without scrolling the page), unless
    // a text box is being typed in (the hidden text field has the focus then).
    follow: function(navId) {
      var A = PARVIS_A11Y;
      if (navId === A.navId) return;
      A.navId = navId;
      if (!navId) return;
      var item = A.items.get(navId);
      var active = document.activeElement;
      if (!item || active === item.el || (active && active.id === 'parvis-text-input')) return;
      A.following = true;
      try { item.el.focus({ preventScroll: true }); } finally { A.following = false; }
    },

    request: function(el, activate) {
      var id = el && el.dataset && el.dataset.imguiId;
      if (!id) return;
      _parvis_a11y_request(Number(id) >>> 0, activate ? 1 : 0);
      _parvis_wake_for_input();
    },

    keep: function(list, v) { list.push(v); if (list.length > 2000) list.splice(0, list.length - 2000); },
  },

  parvis_a11y_init__deps: ['$PARVIS_A11Y'],
  parvis_a11y_init: function() {
    var A = PARVIS_A11Y;
    A.items = new Map();
    A.groups = new Map();
    var root = A.make('div', null, document.body);
    root.id = 'parvis-a11y';
    A.root = root;
    A.heading = A.make('h1', 'a11y-heading', root);
    A.nav = A.make('nav', 'a11y-nav', root);
    A.main = A.make('main', 'a11y-main', root);
    var live = A.make('div', 'a11y-live', root);
    live.setAttribute('aria-live', 'polite');
    A.notice = A.make('p', null, live);
    A.status = A.make('p', null, live);
    // A screen reader moved its focus onto an element: ImGui's focus goes there too.
    root.addEventListener('focusin', function(e) { if (!A.following) A.request(e.target, false); });
    // Pressed by a screen reader or a switch device (a click on the element itself): ImGui presses it.
    root.addEventListener('click', function(e) { e.preventDefault(); A.request(e.target.closest('[data-imgui-id]'), true); });
    // Keys pressed while a mirrored button has the page's focus still go to ImGui (GLFW listens on
    // window) and mean there what they mean without the mirror: Space presses the focused widget,
    // Enter types in a text box or is the screen's own key (the calendar's « créer ici »). The
    // button's native activation on Space or Enter would be a second, different action: a click
    // on whatever ImGui's arrow navigation last reached (« Mois » next to « Semaine », so Enter in
    // the week view switched to the month view before creating the post).
    var keepKeysForImGui = function(e) { if (e.key === ' ' || e.key === 'Enter') e.preventDefault(); };
    root.addEventListener('keydown', keepKeysForImGui);
    root.addEventListener('keyup', keepKeysForImGui);
    // F1 opens the app's « Aide clavier », not the browser's help; Alt+1 … Alt+6 open its screens.
    window.addEventListener('keydown', function(e) {
      if (e.key === 'F1' || (e.altKey && !e.ctrlKey && e.key >= '1' && e.key <= '6')) e.preventDefault();
    }, true);
  },

  parvis_a11y_update__deps: ['$PARVIS_A11Y'],
  parvis_a11y_update: function(ptr, length, navId, cppMs) {
    var A = PARVIS_A11Y;
    var t0 = performance.now();
    if (ptr) { A.apply(UTF8ToString(ptr, length)); A.stats.sent++; }
    A.follow(navId >>> 0);
    A.stats.frames++;
    A.keep(A.stats.cpp, cppMs);
    var dt = performance.now() - t0;
    A.keep(A.stats.js, dt);
    if (ptr) A.keep(A.stats.jsChanged, dt);
  },
};

mergeInto(LibraryManager.library, ParvisA11y);
