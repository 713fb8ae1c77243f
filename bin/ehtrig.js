#!/usr/bin/env node
// The ehtrig command. It runs the compiled toolkit in lib/ (built by `npm install` in the
// repository through the prepare script, and shipped in the package).
let cli;
try {
  cli = await import("../lib/cli.js");
} catch (err) {
  if (err?.code !== "ERR_MODULE_NOT_FOUND" || !String(err.message).includes("lib/cli.js")) throw err;
  process.stderr.write(
    "ehtrig: the compiled toolkit (lib/) is missing.\n" +
      "  fix: run `npm install` in the ehtrig repository, or `node scripts/package/compile-toolkit.mjs`.\n",
  );
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
