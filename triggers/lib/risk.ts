/** Maps ExtraHop risk scores (1–99, or null for detections without one) to ticket priorities. */

export type Priority = "Highest" | "High" | "Medium" | "Low";

/** Thresholds follow the detection card's colours: red from 80, orange from 60, yellow from 30. */
export function priorityFromRisk(riskScore: number | null): Priority {
  if (riskScore === null) return "Low";
  if (riskScore >= 80) return "Highest";
  if (riskScore >= 60) return "High";
  if (riskScore >= 30) return "Medium";
  return "Low";
}

/** Syslog severity for the same score: high-risk detections should page someone. */
export function severityFromRisk(riskScore: number | null): "crit" | "error" | "warn" | "notice" {
  if (riskScore === null) return "notice";
  if (riskScore >= 80) return "crit";
  if (riskScore >= 60) return "error";
  if (riskScore >= 30) return "warn";
  return "notice";
}
