import type { BuildOptions } from "esbuild";

export const ENTRIES: Record<string, string>;
export function esbuildOptions(outdir: string): BuildOptions;
export function compileToolkit(options?: { types?: boolean }): Promise<void>;
export function isStale(): boolean;
