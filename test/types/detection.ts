// Compile-only checks of types/detection.d.ts.

const createdAt: number = Detection.startTime + Detection.endTime + Detection.updateTime;
const idText: string = "Detection " + Detection.id + " on appliance " + Detection.applianceId;
const custom: boolean = Detection.isCustom && Detection.isEventCreate;

// @ts-expect-error -- Detection is read-only
Detection.id = 5;
// @ts-expect-error -- Detection is read-only
Detection.status = "closed";
// @ts-expect-error -- arrays are read-only too
Detection.categories.push("sec");
// @ts-expect-error -- the global itself cannot be replaced
Detection = Detection;

// status is a union plus null; unknown values are comparison errors.
const status: DetectionStatus | null = Detection.status;
if (Detection.status === null || Detection.status === "in_progress") debug("open or in progress");
// @ts-expect-error -- not a detection status
if (Detection.status === "bogus") debug("never");
// @ts-expect-error -- null must be handled before using the value as a string
const statusText: string = Detection.status;
// @ts-expect-error -- not a detection status
const badStatus: DetectionStatus = "open";

// The ticket fields may be null.
const assignee: string = Detection.assignee ?? "unassigned";
const ticket: string | null = Detection.ticketId;
// @ts-expect-error -- ticketId may be null
const ticketText: string = Detection.ticketId;
if (Detection.resolution === "action_taken" || Detection.resolution === "no_action_taken") debug("resolved");
// @ts-expect-error -- not a resolution
if (Detection.resolution === "fixed") debug("never");

// riskScore is number | null.
const risk: number = Detection.riskScore === null ? 0 : Detection.riskScore;
// @ts-expect-error -- riskScore may be null
const riskRaw: number = Detection.riskScore;

// Categories are a closed list.
const categories: readonly DetectionCategory[] = Detection.categories;
const isSecurity: boolean = Detection.categories.indexOf("sec.lateral") >= 0;
// @ts-expect-error -- not a category
Detection.categories.indexOf("sec.lateral_movement");

// MITRE entries and participants.
for (let i = 0; i < Detection.mitreCategories.length; i++) {
  const m = Detection.mitreCategories[i];
  debug(m.id + " " + m.name + " " + m.url);
}
for (let i = 0; i < Detection.participants.length; i++) {
  const p = Detection.participants[i];
  const pid: number = p.id;
  if (p.role === "offender") {
    const role: "offender" = p.role;
  } else {
    const role: "victim" = p.role;
  }
  // @ts-expect-error -- roles are offender or victim
  if (p.role === "attacker") debug("never");
  if (p.object instanceof Device) {
    const mac: string = p.object.hwaddr;
  } else if (p.object instanceof IPAddress) {
    const external: boolean = p.object.isExternal;
  } else {
    const app: Application = p.object;
  }
  // @ts-expect-error -- object is a Device, Application or IPAddress until narrowed
  p.object.hwaddr;
}

// Type-specific properties are unknown until checked.
const port = Detection.properties.client_port;
if (typeof port === "number") debug("port " + port);
// @ts-expect-error -- unknown must be narrowed first
const portNumber: number = Detection.properties.client_port;

// Fields that only exist in the REST API are absent.
// @ts-expect-error -- REST-only field
Detection.mitreTechniques;
// @ts-expect-error -- REST-only field
Detection.ticketUrl;

export { createdAt, idText, custom, status, assignee, ticket, risk, categories, isSecurity };
