/**
 * The iteration protocol, declared for arrays and strings only. The engine runs ES5, and trigger
 * code is checked with `lib: ["es5"]`; the build's TypeScript 7 still accepts for-of, spread and
 * array destructuring over arrays and strings (the compiler lowers them to ES5). TypeScript 5.x,
 * which editors bundle, refuses them unless `Symbol.iterator` is declared (TS2488), so the editor
 * and the build would disagree. These declarations make both accept the same code.
 *
 * `Symbol` is declared as a bare holder of `iterator`: it cannot be called, and the verifier
 * refuses any `Symbol` left in the final script (the engine has none).
 */

interface SymbolConstructor {
  /** The well-known symbol of the iteration protocol; for the type-checker only. */
  readonly iterator: unique symbol;
}

declare var Symbol: SymbolConstructor;

interface IteratorYieldResult<TYield> {
  done?: false;
  value: TYield;
}

interface IteratorReturnResult<TReturn> {
  done: true;
  value: TReturn;
}

type IteratorResult<T, TReturn = any> = IteratorYieldResult<T> | IteratorReturnResult<TReturn>;

interface Iterator<T, TReturn = any, TNext = any> {
  next(...[value]: [] | [TNext]): IteratorResult<T, TReturn>;
}

interface Iterable<T, TReturn = any, TNext = any> {
  [Symbol.iterator](): Iterator<T, TReturn, TNext>;
}

interface IterableIterator<T, TReturn = any, TNext = any> extends Iterator<T, TReturn, TNext> {
  [Symbol.iterator](): IterableIterator<T, TReturn, TNext>;
}

interface Array<T> {
  [Symbol.iterator](): IterableIterator<T>;
}

interface ReadonlyArray<T> {
  [Symbol.iterator](): IterableIterator<T>;
}

interface String {
  [Symbol.iterator](): IterableIterator<string>;
}

interface IArguments {
  [Symbol.iterator](): IterableIterator<any>;
}
