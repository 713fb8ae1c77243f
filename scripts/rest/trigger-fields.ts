/**
 * The trigger fields ehtrig writes to an appliance, under their REST names (extrahop-api.md §5.1):
 * what deploy sends and compares, and what a bundle entry holds (in its own spelling, see
 * scripts/bundle/format.ts). `apply_all` is left to the appliance's UI.
 */
export interface TriggerFields {
  name: string;
  author: string;
  description: string;
  debug: boolean;
  disabled: boolean;
  events: string[];
  hints: Record<string, unknown>;
  script: string;
}
