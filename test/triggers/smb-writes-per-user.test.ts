/** smb-writes-per-user: SMB writes counted per user, executables recorded; compiled trigger, both engines. */
import { describe, expect, it } from "vitest";
import { cifsTransaction, compareEngines, flowFixture, loadTrigger, type EventStep } from "ehtrig/testing";

const smb = loadTrigger("smb-writes-per-user");
const flow = flowFixture({ client: { ipaddr: "10.0.5.23" }, server: { ipaddr: "10.0.3.5", port: 445 } });

describe("smb-writes-per-user", () => {
  it("counts each write and its bytes per user on the file server", () => {
    const run = smb.fire("CIFS_REQUEST", {
      CIFS: cifsTransaction({ user: "EXAMPLE\\jdoe", reqSize: 4_096 }),
      Flow: flow,
    });
    expect(run).not.toHaveThrown();
    expect(run.metrics).toEqual([
      {
        owner: "Device server-0a00010a",
        method: "metricAddDetailCount",
        name: "smb-writes-by-user",
        key: "EXAMPLE\\jdoe",
        value: 1,
        dropped: false,
      },
      {
        owner: "Device server-0a00010a",
        method: "metricAddDetailCount",
        name: "smb-write-bytes-by-user",
        key: "EXAMPLE\\jdoe",
        value: 4_096,
        dropped: false,
      },
    ]);
    expect(run.records).toEqual([]);
  });

  it("records an executable written to a share", () => {
    const run = smb.fire("CIFS_REQUEST", {
      CIFS: cifsTransaction({
        user: "EXAMPLE\\svc_backup",
        filename: "Update.PS1",
        resource: "\\\\fs01\\it\\Update.PS1",
        share: "\\\\fs01\\it",
        reqSize: 2_200,
      }),
      Flow: flow,
    });
    expect(run).toHaveCommittedRecord("smb_executable_write", {
      user: "EXAMPLE\\svc_backup",
      share: "\\\\fs01\\it",
      file: "\\\\fs01\\it\\Update.PS1",
      bytes: 2_200,
      writer: "10.0.5.23",
      fileServer: "10.0.3.5",
    });
  });

  it("leaves reads alone and names anonymous writers", () => {
    const read = smb.fire("CIFS_REQUEST", {
      CIFS: cifsTransaction({ method: "SMB2_READ", isCommandWrite: false, isCommandRead: true }),
      Flow: flow,
    });
    expect(read.metrics).toEqual([]);
    const anonymous = smb.fire("CIFS_REQUEST", { CIFS: cifsTransaction({ user: "" }), Flow: flow });
    expect(anonymous.metrics.map((m) => m.key)).toEqual(["(anonymous)", "(anonymous)"]);
  });

  it("runs the same on both engines", () => {
    const steps: EventStep[] = [
      ["CIFS_REQUEST", { CIFS: cifsTransaction(), Flow: flow }],
      ["CIFS_REQUEST", { CIFS: cifsTransaction({ filename: "payload.exe" }), Flow: flow }],
    ];
    expect(compareEngines("smb-writes-per-user", steps).differences).toEqual([]);
  });
});
