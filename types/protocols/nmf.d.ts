/**
 * The `NMF` class: .NET Message Framing records. Events: NMF_RECORD.
 */

interface NMF {
  /** Payload of the message. */
  readonly envelope: Buffer;
  /** Size of the record as seen on the wire (compressed size if compressed). */
  readonly wireSize: number;
  /** Communication mode code. */
  readonly mode: number;
  /** URI later messages go to. */
  readonly via: string;
  /** NMF version. */
  readonly version: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const NMF: NMF;
