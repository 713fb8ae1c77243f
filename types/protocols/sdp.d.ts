/**
 * The `SDP` class: Session Description Protocol content of a SIP message.
 */

/** One entry of `SDP.mediaDescriptions`. */
interface SDPMediaDescription {
  readonly attributes: readonly string[];
  readonly bandwidth: readonly string[];
  readonly connectionInfo: string;
  readonly description: string;
  readonly encryptionKey: string;
  readonly mediaTitle: string;
}

/** The shape of `SDP.sessionDescription`. */
interface SDPSessionDescription {
  readonly attributes: readonly string[];
  readonly bandwidth: readonly string[];
  readonly connectionInfo: string;
  readonly email: string;
  readonly encryptionKey: string;
  readonly origin: string;
  readonly phoneNumber: string;
  readonly sessionInfo: string;
  readonly sessionName: string;
  readonly timezoneAdjustments: string;
  readonly uri: string;
  readonly version: string;
}

/** One entry of `SDP.timeDescriptions`. */
interface SDPTimeDescription {
  readonly repeatTime: string;
  readonly time: string;
}

interface SDP {
  /** Media descriptions. */
  readonly mediaDescriptions: readonly SDPMediaDescription[];
  /** Session-level description. */
  readonly sessionDescription: SDPSessionDescription;
  /** Time descriptions. */
  readonly timeDescriptions: readonly SDPTimeDescription[];
}

declare const SDP: SDP;
