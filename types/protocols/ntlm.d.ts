/**
 * The `NTLM` class: NTLM authentication messages. Events: NTLM_MESSAGE.
 */

interface NTLM {
  /** True when the message carries a Message Integrity Code. */
  readonly containsMIC: boolean;
  /** Challenge hash, hex-encoded. */
  readonly challenge: string;
  /** Client domain used in the challenge hash. */
  readonly domain: string;
  /** Bitwise OR of the negotiate flags. */
  readonly flags: number;
  /** Message type, e.g. NTLM_AUTH. */
  readonly msgType: string;
  /** Attribute-value pairs of the NTLMv2 response; the reference does not fix their fields. */
  readonly ntlm2RspAVPairs: readonly { readonly [field: string]: unknown }[];
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** NTLM version of an NTLM_AUTH message; null for other messages. */
  readonly rspVersion: string | null;
  /** Client user name used in the challenge hash. */
  readonly user: string;
  /** Windows version of the client. */
  readonly windowsVersion: string;
  /** Client workstation name. */
  readonly workstation: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 8.2: use {@link NTLM.rspVersion}. */
  readonly ntlmRspVersion: string;
}

declare const NTLM: NTLM;
