/**
 * The `MSMQ` class: Microsoft Message Queuing messages. Events: MSMQ_MESSAGE.
 */

interface MSMQ extends SenderReceiverCounters {
  /** Administration queue. */
  readonly adminQueue: string;
  /** Correlation id set by the application. */
  readonly correlationId: Buffer;
  /** Destination broker. */
  readonly dstQueueMgr: string;
  /** True when the traffic was encrypted. */
  readonly isEncrypted: boolean;
  /** Label of the message. */
  readonly label: string;
  /** Message class, e.g. MQMSG_CLASS_NORMAL. */
  readonly msgClass: string;
  /** Message id. */
  readonly msgId: number;
  /** Body of the message. */
  readonly payload: Buffer;
  /** Priority from 0 to 7. */
  readonly priority: number;
  /** Destination queue. */
  readonly queue: string;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Response queue. */
  readonly responseQueue: string;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** Source broker. */
  readonly srcQueueMgr: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const MSMQ: MSMQ;
