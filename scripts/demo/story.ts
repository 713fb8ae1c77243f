/**
 * What happens in the demo: the detections a sensor raises (REST form, as the simulated
 * appliance's simulator-only route takes them), the change that makes one of them worse, and what
 * the analysts do with the tickets. Plain data; run.ts plays it.
 */
import type { IssueResolution, IssueStatus } from "../ticket-server/issues.ts";

const HOUR = 3_600_000;
/** A fixed start, so every run tells the same story (2026-11-02 09:00 UTC). */
const STORY_START = Date.UTC(2026, 10, 2, 9, 0, 0);

const tactic = (id: string, name: string) => ({ id, name, url: `https://attack.mitre.org/tactics/${id}` });
const technique = (id: string, name: string) => ({
  id,
  name,
  url: `https://attack.mitre.org/techniques/${id.replace(".", "/")}`,
  legacy_ids: [id],
});
const device = (id: number, role: "offender" | "victim", hostname: string) => ({
  object_type: "device" as const,
  object_id: id,
  role,
  hostname,
  id: 5000 + id,
  external: false,
});
const ipaddr = (addr: string, role: "offender" | "victim", id: number) => ({
  object_type: "ipaddr" as const,
  object_value: addr,
  role,
  id,
  external: true,
});

/** The detections, in the order the sensor raises them. */
export const DETECTIONS = [
  {
    title: "Network Port Scan",
    type: "port_scan",
    description: "A device probed 1,204 ports on 37 internal hosts in four minutes.",
    categories: ["sec", "sec.recon"],
    risk_score: 30,
    start_time: STORY_START,
    mitre_tactics: [tactic("TA0043", "Reconnaissance")],
    mitre_techniques: [technique("T1046", "Network Service Discovery")],
    participants: [device(101, "offender", "qa-scanner-02"), device(230, "victim", "fileserver-01")],
  },
  {
    title: "LDAP Enumeration of Privileged Groups",
    type: "ldap_privileged_group_enum",
    description: "A workstation queried the membership of Domain Admins and Enterprise Admins.",
    categories: ["sec", "sec.lateral"],
    risk_score: 55,
    start_time: STORY_START + HOUR,
    mitre_tactics: [tactic("TA0007", "Discovery")],
    mitre_techniques: [technique("T1069.002", "Domain Groups")],
    participants: [device(144, "offender", "wks-finance-17"), device(12, "victim", "dc-01")],
  },
  {
    title: "Data Exfiltration to Cloud Storage",
    type: "data_exfil_cloud",
    description: "A database server sent 3.2 GB to an external cloud storage service outside business hours.",
    categories: ["sec", "sec.exfil"],
    risk_score: 82,
    start_time: STORY_START + 2 * HOUR,
    mitre_tactics: [tactic("TA0010", "Exfiltration")],
    mitre_techniques: [technique("T1567.002", "Exfiltration to Cloud Storage")],
    participants: [device(77, "offender", "db-orders-01"), ipaddr("203.0.113.45", "victim", 9001)],
  },
  {
    title: "Ransomware Activity over SMB",
    type: "ransomware_smb",
    description: "A client renamed 840 files on a share to an unknown extension and wrote a ransom note.",
    categories: ["sec", "sec.ransomware", "sec.action"],
    risk_score: 95,
    start_time: STORY_START + 3 * HOUR,
    mitre_tactics: [tactic("TA0040", "Impact")],
    mitre_techniques: [technique("T1486", "Data Encrypted for Impact")],
    participants: [device(188, "offender", "wks-hr-04"), device(230, "victim", "fileserver-01")],
  },
  {
    title: "DNS Tunnel",
    type: "dns_tunnel",
    description: "A host sent long, high-entropy DNS queries to a single rarely seen domain.",
    categories: ["sec", "sec.command"],
    risk_score: 68,
    start_time: STORY_START + 4 * HOUR,
    mitre_tactics: [tactic("TA0011", "Command and Control")],
    mitre_techniques: [technique("T1071.004", "DNS")],
    participants: [device(203, "offender", "kiosk-lobby-1"), ipaddr("198.51.100.9", "victim", 9002)],
  },
  {
    title: "Weak Cipher Suite",
    type: "weak_cipher_suite",
    description: "A server negotiated TLS sessions with an RC4 cipher suite.",
    categories: ["sec", "sec.hardening"],
    risk_score: null,
    start_time: STORY_START + 5 * HOUR,
    mitre_tactics: [],
    mitre_techniques: [],
    participants: [device(61, "victim", "legacy-erp")],
  },
];

/**
 * After the first sync, the exfiltration gets worse: higher risk, a second destination. The trigger
 * comments on its ticket instead of opening a new one.
 */
export const ESCALATION = {
  detection: 3,
  change: {
    risk_score: 91,
    participants: [...DETECTIONS[2]!.participants, ipaddr("203.0.113.77", "victim", 9003)],
  },
};

/** What the analysts do with the tickets, by detection (the nth detection raised). */
export const TRIAGE: {
  detection: number;
  assignee: string;
  status: IssueStatus;
  resolution?: IssueResolution;
}[] = [
  { detection: 1, assignee: "alice", status: "Done", resolution: "Won't Do" },
  { detection: 3, assignee: "bob", status: "In Progress" },
  { detection: 4, assignee: "carol", status: "Done", resolution: "Done" },
  { detection: 5, assignee: "dave", status: "In Progress" },
];
