// Packages the compiler uses that ship no type declarations.
declare module "@babel/preset-env" {
  const preset: import("@babel/core").PluginItem;
  export default preset;
}

declare module "@babel/helpers" {
  /** Names of every helper Babel can inline (without the leading underscore). */
  export const list: string[];
  /** The helpers a helper calls (names without the leading underscore). */
  export function getDependencies(name: string): string[];
}
