/**
 * The `Application` class: application containers defined by triggers, and custom metrics for
 * them. Get one by calling `Application("name")`; the metric methods exist only on such an
 * instance, never on `Application` itself.
 */
interface Application extends CustomMetrics {
  /** The application's id as shown in the ExtraHop system. */
  readonly id: string;
  /**
   * Creates the application if needed, commits the event's built-in metrics to it (once per
   * event) and adds it to records committed during the event. Allowed only on some protocol
   * events (e.g. HTTP_RESPONSE, DNS_REQUEST/RESPONSE, DB_RESPONSE).
   */
  commit(id?: string): void;
  /** `[object Application <id>]`. */
  toString(): string;
}

interface ApplicationConstructor {
  /** The application with this id, created on first use. */
  (id: string): Application;
  readonly prototype: Application;
}

declare const Application: ApplicationConstructor;
