/**
 * ES5-only versions of the Babel helpers that probe ES2015 built-ins (`typeof Symbol`,
 * `Reflect.construct`, a `Map` cache). On the engine those probes always fail, so the helpers
 * behave the same without them; the output then names no identifier outside ES5 and the
 * engine's globals, which the Triggers UI's validator and a reader of the debug log both prefer.
 * Same names and signatures as Babel's, so the calls Babel emitted stay as they are.
 */
export const ES5_HELPERS: Readonly<Record<string, string>> = {
  _typeof: `function _typeof(o) {
  return typeof o;
}`,
  _toPrimitive: `function _toPrimitive(t, r) {
  if ("object" != typeof t || !t) return t;
  return ("string" === r ? String : Number)(t);
}`,
  _isNativeReflectConstruct: `function _isNativeReflectConstruct() {
  return false;
}`,
  _construct: `function _construct(t, e, r) {
  var o = [null];
  o.push.apply(o, e);
  var p = new (t.bind.apply(t, o))();
  return r && _setPrototypeOf(p, r.prototype), p;
}`,
  _callSuper: `function _callSuper(t, o, e) {
  return o = _getPrototypeOf(o), _possibleConstructorReturn(t, o.apply(t, e));
}`,
  _wrapNativeSuper: `function _wrapNativeSuper(t) {
  if (null === t || !_isNativeFunction(t)) return t;
  if ("function" != typeof t) throw new TypeError("Super expression must either be null or a function");
  function Wrapper() {
    return _construct(t, arguments, _getPrototypeOf(this).constructor);
  }
  Wrapper.prototype = Object.create(t.prototype, {
    constructor: { value: Wrapper, enumerable: false, writable: true, configurable: true },
  });
  return _setPrototypeOf(Wrapper, t);
}`,
};

/** The helper a one-line Babel helper declares ("function _x(…) {…}" → "_x"). */
export function helperName(line: string): string | undefined {
  return /^function (_?[A-Za-z0-9_$]+)\(/.exec(line)?.[1];
}
