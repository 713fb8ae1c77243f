// Packages the compiler uses that ship no type declarations.
declare module "@babel/preset-env" {
  const preset: import("@babel/core").PluginItem;
  export default preset;
}
