/**
 * SMB/CIFS writes per user: every write counts, per user, on the file server (count and bytes as
 * detail metrics). A write of an executable file (.exe, .dll, .ps1, .bat, .vbs, .scr) to a share
 * also goes to the recordstore as an `smb_executable_write` record, as such writes are how
 * malware spreads over file shares.
 */
export const trigger = {
  name: "SMB writes per user",
  events: ["CIFS_REQUEST"],
  description: "Counts SMB writes and bytes written per user; records executable files written to shares.",
} satisfies TriggerConfig;

const EXECUTABLE = /\.(exe|dll|ps1|bat|vbs|scr)$/i;

if (CIFS.isCommandWrite) {
  const user = CIFS.user || "(anonymous)";
  const server = Flow.server.device;
  server.metricAddDetailCount("smb-writes-by-user", user, 1);
  server.metricAddDetailCount("smb-write-bytes-by-user", user, CIFS.reqSize);
  if (EXECUTABLE.test(CIFS.filename)) {
    commitRecord("smb_executable_write", {
      user,
      share: CIFS.share,
      file: CIFS.resource || CIFS.filename,
      bytes: CIFS.reqSize,
      writer: Flow.client.ipaddr.toString(),
      fileServer: Flow.server.ipaddr.toString(),
    });
  }
}
