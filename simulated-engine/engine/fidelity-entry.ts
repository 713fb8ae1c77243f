/**
 * Each engine module says how faithfully it models its engine object; `ehtrig fidelity` turns
 * these entries into docs/fidelity.md. A difference from the sensor that is not listed here is
 * a bug.
 */
export type FidelityStatus = "simulated" | "recorded" | "fixture" | "absent";

export interface FidelityEntry {
  /** Global or member name as trigger code writes it, e.g. "Remote.HTTP" or "commitDetection". */
  name: string;
  status: FidelityStatus;
  /** Known differences from the sensor, one sentence each. */
  differences: string[];
}
