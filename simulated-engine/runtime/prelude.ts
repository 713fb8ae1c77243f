/**
 * ES5 code run once inside a fresh vm context, before the trigger. It returns helpers the
 * harness calls from outside and leaves no global behind: the accessors of event-scoped globals
 * (they throw when the running event does not provide the object, as on the sensor), the
 * per-fire switch of those objects, and builders of read-only snapshots in the context's realm.
 */
export const PRELUDE = `(function (global) {
  var current = {};
  // The interpreter engine cannot call a user toString from String(x); it passes a hook.
  var markParticipant = global.__ehtrig_mark;
  var defineProperty = Object.defineProperty, keys = Object.keys, parse = JSON.parse;
  // The interpreter engine has no Object.freeze; non-writable properties on a non-extensible
  // object give the same guarantees there.
  var freeze = Object.freeze || function (o) {
    var k = keys(o);
    for (var i = 0; i < k.length; i++)
      if ("value" in Object.getOwnPropertyDescriptor(o, k[i])) defineProperty(o, k[i], { writable: false, configurable: false });
    Object.preventExtensions(o);
    return o;
  };
  // Detection participants are Device, Application or IPAddress objects on the sensor; their
  // fixtures are data ({kind, id | addr}) that print the way those objects print.
  function participantString() {
    if (this.kind === "ipaddr") return String(this.addr);
    return "[object " + (this.kind === "device" ? "Device" : "Application") + " " + this.id + "]";
  }
  function deepFreeze(v) {
    if (v !== null && typeof v === "object") {
      if (v.kind === "device" || v.kind === "application" || v.kind === "ipaddr")
      {
        defineProperty(v, "toString", { value: participantString });
        if (markParticipant) markParticipant(v);
      }
      var k = keys(v);
      for (var i = 0; i < k.length; i++) deepFreeze(v[k[i]]);
      freeze(v);
    }
    return v;
  }
  function readOnlyProperty(obj, className, name, value) {
    defineProperty(obj, name, {
      enumerable: true,
      get: function () { return value; },
      set: function () { throw new TypeError(className + "." + name + " is read-only"); }
    });
  }
  // A member the reference limits to other events: reading it throws, as on the sensor.
  function unavailableProperty(obj, name, message) {
    defineProperty(obj, name, { enumerable: false, get: function () { throw new Error(message); } });
  }
  return {
    scope: function (name, message, eventScoped) {
      defineProperty(global, name, {
        configurable: false,
        enumerable: false,
        get: function () {
          var v = current[name];
          if (v === undefined) throw new ReferenceError(eventScoped ? name + " is not available on " + global.event + " events (" + message + ")" : message);
          return v;
        }
      });
    },
    setEvent: function (name, provided) {
      current = provided;
      global.event = name;
    },
    // Globals a run created by assigning undeclared names do not survive into the next run:
    // state between events belongs in the Session table or cache().
    forget: function (names) {
      for (var i = 0; i < names.length; i++) delete global[names[i]];
    },
    readOnly: function (className, json, unavailableJson) {
      var data = parse(json), obj = {}, names = keys(data);
      var unavailable = unavailableJson ? parse(unavailableJson) : {}, gone = keys(unavailable);
      for (var i = 0; i < names.length; i++)
        if (!unavailable.hasOwnProperty(names[i])) readOnlyProperty(obj, className, names[i], deepFreeze(data[names[i]]));
      for (var j = 0; j < gone.length; j++) unavailableProperty(obj, gone[j], unavailable[gone[j]]);
      return freeze(obj);
    },
    Object: Object,
    Function: Function,
    Array: Array,
    Error: Error,
    TypeError: TypeError,
    ReferenceError: ReferenceError,
    RangeError: RangeError,
    now: Date.now
  };
})(this)`;
