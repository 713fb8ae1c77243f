/**
 * Detection status and resolution: the REST API values and the labels people copy from the
 * ExtraHop UI (older firmware shows "Closed with Action Taken" where the API has status closed
 * plus resolution action_taken). The one place that maps between them.
 */

export const STATUS_VALUES = ["new", "in_progress", "closed", "acknowledged"] as const;
export const RESOLUTION_VALUES = ["action_taken", "no_action_taken"] as const;

export type Status = (typeof STATUS_VALUES)[number];
export type Resolution = (typeof RESOLUTION_VALUES)[number];

/** UI label (compared case-insensitively, spaces collapsed) → API status and implied resolution. */
const UI_LABELS: Record<string, { status: Status; resolution?: Resolution }> = {
  new: { status: "new" },
  "in progress": { status: "in_progress" },
  acknowledged: { status: "acknowledged" },
  closed: { status: "closed" },
  "closed with action taken": { status: "closed", resolution: "action_taken" },
  "closed with no action taken": { status: "closed", resolution: "no_action_taken" },
};

/** UI resolution wording, for rows that carry the resolution separately. */
const RESOLUTION_LABELS: Record<string, Resolution> = {
  "action taken": "action_taken",
  "no action taken": "no_action_taken",
};

function key(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The API status (and resolution a label implies), or undefined when the text is neither. */
export function parseStatus(text: string): { status: Status; resolution?: Resolution } | undefined {
  if ((STATUS_VALUES as readonly string[]).includes(text)) return { status: text as Status };
  return UI_LABELS[key(text)];
}

export function parseResolution(text: string): Resolution | undefined {
  if ((RESOLUTION_VALUES as readonly string[]).includes(text)) return text as Resolution;
  return RESOLUTION_LABELS[key(text)];
}

/** For messages: what a status cell may hold. */
export const STATUS_HELP =
  `${STATUS_VALUES.join(", ")}, or a UI label (New, In Progress, Acknowledged, Closed, ` +
  `Closed with Action Taken, Closed with No Action Taken)`;
