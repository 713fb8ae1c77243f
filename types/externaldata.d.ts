/**
 * The `ExternalData` class: data posted to the REST API's `POST /triggers/externaldata`, on
 * EXTERNAL_DATA.
 */
interface ExternalData {
  /** The posted data. */
  readonly body: string;
  /** The type the sender gave the data; the trigger's external-types option filters on it. */
  readonly type: string;
}

declare const ExternalData: ExternalData;
