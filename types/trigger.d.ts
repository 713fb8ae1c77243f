/** The `Trigger` class: facts about the running trigger itself. */
interface Trigger {
  /**
   * True when "Enable debug log" is checked for this trigger, i.e. when `debug()` output is kept.
   */
  readonly isDebugEnabled: boolean;
}

declare const Trigger: Trigger;
