#!/usr/bin/env node
// The toolkit is written in TypeScript; tsx loads it without a separate compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../scripts/cli.ts");
process.exitCode = await main(process.argv.slice(2));
