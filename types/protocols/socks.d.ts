/**
 * The `SOCKS` class: SOCKS proxy negotiation. Events: SOCKS_REQUEST and SOCKS_RESPONSE.
 */

interface SOCKS {
  /** Result of authentication (0 for success). */
  readonly authResult: number;
  /** Authentication method agreed. */
  readonly authType: number;
  /** Command code the client asks for. */
  readonly command: number;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`. Readable on SOCKS_RESPONSE only; the engine throws
   * elsewhere.
   */
  readonly record: ProtocolRecord;
  /** Address the client asks for. */
  readonly requestAddress: IPAddress;
  /** Port the client asks for. */
  readonly requestPort: number;
  /** Address the server answers with. */
  readonly responseAddress: IPAddress;
  /** Port the server answers with. */
  readonly responsePort: number;
  /** Status code of the server. */
  readonly result: number;
  /** User name the client authenticates with. */
  readonly username: string;
  /** SOCKS version. */
  readonly version: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const SOCKS: SOCKS;
