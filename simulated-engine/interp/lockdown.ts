/**
 * What JS-Interpreter has that the trigger's vm context does not: browser-style timers, `window`
 * and `self`, and code generation from strings (eval, the Function constructor). Removed before
 * the artifact runs, so that a trigger leaning on them fails on both engines alike, with the
 * vm context's EvalError message.
 */
import { CODE_GENERATION_MESSAGE } from "../runtime/context.ts";

export const LOCKDOWN_SHIM = `(function (G) {
  var names = ["setTimeout", "setInterval", "clearTimeout", "clearInterval", "window", "self"];
  for (var i = 0; i < names.length; i++) delete G[names[i]];
  var proto = Function.prototype;
  function refuse() { throw new EvalError(${JSON.stringify(CODE_GENERATION_MESSAGE)}); }
  // A stand-in Function keeps the prototype, so instanceof Function still holds.
  var Fn = function Function() { refuse(); };
  Fn.prototype = proto;
  Object.defineProperty(proto, "constructor", { value: Fn, writable: true, configurable: true });
  Object.defineProperty(G, "Function", { value: Fn, writable: true, configurable: true });
  Object.defineProperty(G, "eval", { value: function eval() { refuse(); }, writable: true, configurable: true });
})(this);`;
