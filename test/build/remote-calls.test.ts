/**
 * Issue 11, item 7: ODS calls the engine would refuse are build errors when written literally —
 * a target ehtrig.config.json does not declare or declares with another type, a restricted
 * header — and the declared names are a typed union for the type-check.
 */
import { describe, expect, it } from "vitest";
import { RESTRICTED_HTTP_HEADERS } from "../../build/engine/remote-http.ts";
import { buildProject } from "../../build/pipeline.ts";
import { tempProject, triggerSource } from "../support/project.ts";

// CONFIG declares "ticket-server" (http) and "siem" (syslog).
async function check(body: string) {
  const t = tempProject({ "triggers/r.ts": triggerSource("R", ["DETECTION_UPDATE"], body) });
  const r = await buildProject(t.project, { write: false });
  return r.diagnostics.map((d) => `${d.code}:${d.location?.line} ${d.message}`);
}

describe("ODS targets at build time (EH513)", () => {
  it("a target name the config does not declare", async () => {
    expect(await check('Remote.HTTP("tickets").post({ path: "/x", payload: "{}" });')).toEqual([
      'EH513:2 Remote.HTTP: no Open Data Stream target named "tickets" in ehtrig.config.json (declared: ticket-server, siem)',
    ]);
  });

  it("a declared target of another type", async () => {
    expect(await check('Remote.Syslog("ticket-server").info("x");')).toEqual([
      'EH513:2 Remote.Syslog: target "ticket-server" is a http target, not syslog',
    ]);
  });

  it("the default target, when the config has none", async () => {
    expect(await check('Remote.Syslog.info("x");')).toEqual([
      'EH513:2 Remote.Syslog: no Open Data Stream target named "default" in ehtrig.config.json (declared: ticket-server, siem)',
    ]);
  });

  it("declared targets of the right type, and names computed at run time, pass", async () => {
    expect(
      await check(
        'Remote.HTTP("ticket-server").post({ path: "/x", payload: "{}" });\nRemote.Syslog("siem").info("x");\nconst n = "si" + "em";\nRemote.Syslog(n).info("y");',
      ),
    ).toEqual([]);
  });

  it("the declared names are a typed union in the type-check (Remote.DeclaredTargets)", async () => {
    const body =
      'const ok: Remote.DeclaredTargets["http"] = "ticket-server";\nconst bad: Remote.DeclaredTargets["syslog"] = "ticket-server";\ndebug(ok + bad);';
    expect(await check(body)).toEqual([
      "EH300:3 TS2322: Type '\"ticket-server\"' is not assignable to type '\"siem\"'.",
    ]);
  });
});

describe("restricted Remote.HTTP headers at build time (EH514)", () => {
  it.each(RESTRICTED_HTTP_HEADERS)("%s written literally", async (header) => {
    const body = `Remote.HTTP("ticket-server").post({ path: "/x", payload: "{}", headers: { ${JSON.stringify(header.toLowerCase())}: "v", Accept: "a" } });`;
    expect(await check(body)).toEqual([
      `EH514:2 the ${header.toLowerCase()} header is restricted: Remote.HTTP refuses it from a trigger`,
    ]);
  });

  it("also through a variable holding the target, and in request()", async () => {
    const body =
      'const t = Remote.HTTP("ticket-server");\nt.request("PUT", { path: "/x", headers: { Authorization: "Bearer x" } });';
    expect(await check(body)).toEqual([
      "EH514:3 the Authorization header is restricted: Remote.HTTP refuses it from a trigger",
    ]);
  });
});
