// The JS side of parvis_core.mjs (linked with --post-js: it runs inside Emscripten's module
// factory, so HEAPU8, _malloc and the exported C functions are in scope). When the runtime starts
// it lists the C++ export table (node_api.cpp, kExports) and defines one method per entry on the
// module object: core.name(...args) → the parsed JSON result, an Error for {"error": …}. countX
// alone reads its result as integers from the heap (no JSON: it is the hot path).
// Arguments travel as UTF-8 through one input buffer kept between calls (TextEncoder.encodeInto,
// no allocation per call); the result is decoded from the heap in place.

addOnInit(function () {
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();
  var maxArgs = _parvis_max_args();
  var lengthsAddress = _parvis_arg_lengths();
  var capacity = 0;
  var input = 0;

  function reserve(bytes) {
    if (bytes <= capacity) return;
    if (input) _free(input);
    capacity = Math.max(bytes, 2 * capacity, 4096);
    input = _malloc(capacity);
    if (!input) throw new Error('parvis_core : mémoire insuffisante pour ' + bytes + ' octets');
  }

  function call(index, name, args) {
    if (args.length > maxArgs) throw new Error('parvis_core.' + name + ' : au plus ' + maxArgs + ' arguments');
    var strings = [];
    var worst = 0;
    for (var i = 0; i < args.length; i++) {
      var s = args[i] === undefined || args[i] === null ? '' : String(args[i]);
      strings.push(s);
      worst += 3 * s.length;  // a UTF-16 unit never takes more than 3 UTF-8 bytes
    }
    reserve(worst + 1);
    var offset = 0;
    for (var i = 0; i < strings.length; i++) {
      // HEAPU8 is read at each call: the heap may have grown (and been replaced) meanwhile.
      var written = encoder.encodeInto(strings[i], HEAPU8.subarray(input + offset, input + capacity)).written;
      HEAP32[(lengthsAddress >> 2) + i] = written;
      offset += written;
    }
    var result = _parvis_call(index, input, strings.length);
    var json = JSON.parse(decoder.decode(HEAPU8.subarray(result, result + _parvis_result_length())));
    if (json && typeof json.error === 'string') throw new Error(json.error);
    return json;
  }

  // countX(text) has its own entry point (node_api.cpp, "countX, without JSON"): the fields come
  // back as integers in the heap, in the order of count_x_field there.
  Module.countX = function (text) {
    var s = text === undefined || text === null ? '' : String(text);
    reserve(3 * s.length + 1);
    var length = encoder.encodeInto(s, HEAPU8.subarray(input, input + capacity)).written;
    var f = _parvis_count_x(input, length) >> 2;
    return {
      weightedLength: HEAP32[f], valid: HEAP32[f + 1] !== 0, permillage: HEAP32[f + 2],
      validRangeStart: HEAP32[f + 3], validRangeEnd: HEAP32[f + 4],
      displayRangeStart: HEAP32[f + 5], displayRangeEnd: HEAP32[f + 6],
      links: HEAP32[f + 7], validBytesEnd: HEAP32[f + 8],
    };
  };

  var count = _parvis_export_count();
  for (var index = 0; index < count; index++) {
    (function (index, name) {
      Module[name] = function () { return call(index, name, arguments); };
    })(index, UTF8ToString(_parvis_export_name(index)));
  }
});
