/**
 * `ehtrig bundle`: build, then write dist/bundle.json (ExtraHop bundle format); --upload sends it
 * (POST /bundles).
 */
import { relative } from "node:path";
import type { Command } from "commander";
import { buildProject, loadProject } from "../../build/index.ts";
import { diagnostic, EhtrigError, hasErrors } from "../../build/diagnostics.ts";
import type { CliContext } from "../cli.ts";
import { writeBundle } from "../bundle/write-bundle.ts";
import { printJson } from "../report.ts";
import type { ApplianceChoice } from "../rest/appliances.ts";
import schema from "../rest/schemas/bundle-created.schema.json" with { type: "json" };
import { addApplianceOptions, connect } from "./appliance-options.ts";

interface BundleOpts extends ApplianceChoice {
  name?: string;
  comment?: string;
  created?: string;
  upload?: boolean;
  json?: boolean;
}

export function register(program: Command, ctx: CliContext): void {
  addApplianceOptions(
    program
      .command("bundle")
      .description("build, then write dist/bundle.json, for upload in the UI or POST /bundles")
      .option("--name <name>", "bundle name (default: the project folder name)")
      .option("--comment <text>", "bundle comment")
      .option(
        "--created <epoch>",
        "creation time in epoch seconds, or 'now' (default SOURCE_DATE_EPOCH or 0)",
      )
      .option("--upload", "also upload it to the appliance (POST /bundles)")
      .option("--json", "print the result as JSON"),
  ).action(async (opts: BundleOpts) => {
    const io = ctx.io;
    const project = loadProject(io.cwd);
    let created: number | undefined;
    if (opts.created === "now") created = Math.floor(Date.now() / 1000);
    else if (opts.created !== undefined) {
      if (!/^\d+$/.test(opts.created))
        throw new EhtrigError([diagnostic("EH602", "--created takes epoch seconds or 'now'")], 2);
      created = Number(opts.created);
    }
    // Built here, as deploy does: a bundle made from a dist/ older than the sources would ship
    // code nobody reviewed. The build cache makes this cheap when nothing changed.
    const build = await buildProject(project);
    if (!build.ok || hasErrors(build.diagnostics)) {
      throw new EhtrigError([
        ...build.diagnostics,
        diagnostic("EH770", "the project does not build; no bundle was written", {
          hint: "Fix the build problems above; a bundle only ships a project that builds and verifies.",
        }),
      ]);
    }
    const { file, bundle } = writeBundle(project, {
      name: opts.name,
      comment: opts.comment,
      created,
      env: io.env,
    });
    let uploaded: number | null | undefined;
    if (opts.upload) {
      const { client, appliance } = connect(opts, io, project);
      try {
        const answer = await client.request<{ id?: number } | null>("POST", "/bundles", {
          body: bundle,
          schema,
        });
        const fromLocation = /\/bundles\/(\d+)/.exec(String(answer.headers.location ?? ""));
        uploaded = answer.body?.id ?? (fromLocation ? Number(fromLocation[1]) : null);
        if (!opts.json)
          io.out(`uploaded to ${appliance.name}${uploaded !== null ? ` as bundle ${uploaded}` : ""}`);
      } finally {
        client.close();
      }
    }
    if (opts.json) printJson(io, { file, triggers: bundle.Trigger.map((t) => t.name), uploaded });
    else io.out(`wrote ${relative(io.cwd, file)}: ${bundle.Trigger.length} trigger(s)`);
  });
}
