// Frames on demand, the browser side (an Emscripten --js-library; see platform.h « Frames »):
// every input wakes the frame loop, and one timer wakes it when the app has something due.
//
// The listeners are on window in the capture phase, so that they run before GLFW's own (which
// update ImGui's input state) and whatever element has the focus: the hidden text field, the
// canvas, or the page itself. Text typed, pasted or composed arrives as platform events, which
// wake the loop on the C++ side.

var ParvisFrames = {
  $PARVIS_FRAMES: { timer: null },

  parvis_frames_listen__deps: ['$PARVIS_FRAMES'],
  parvis_frames_listen: function() {
    var wake = function() { _parvis_wake_for_input(); };
    ['keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove',
     'wheel', 'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'resize', 'compositionupdate']
      .forEach(function(type) { window.addEventListener(type, wake, { capture: true, passive: true }); });
    document.addEventListener('visibilitychange', function() { if (document.visibilityState === 'visible') wake(); });
    // devicePixelRatio changes (page zoom, a move to another screen) without a resize on some systems.
    if (window.matchMedia) {
      var watchRatio = function() {
        var query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
        var changed = function() { query.removeEventListener('change', changed); wake(); watchRatio(); };
        query.addEventListener('change', changed);
      };
      watchRatio();
    }
  },

  // One timer at a time: the newest due time replaces the previous one; a negative one only
  // cancels it.
  parvis_frames_wake_in__deps: ['$PARVIS_FRAMES'],
  parvis_frames_wake_in: function(ms) {
    if (PARVIS_FRAMES.timer !== null) clearTimeout(PARVIS_FRAMES.timer);
    PARVIS_FRAMES.timer = null;
    if (ms < 0) return;
    PARVIS_FRAMES.timer = setTimeout(function() { PARVIS_FRAMES.timer = null; _parvis_wake(); }, Math.max(0, Math.ceil(ms)));
  },
};

mergeInto(LibraryManager.library, ParvisFrames);
