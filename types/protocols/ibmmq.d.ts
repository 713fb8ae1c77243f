/**
 * The `IBMMQ` class: IBM MQ wire-protocol messages. Events: IBMMQ_REQUEST and IBMMQ_RESPONSE.
 */

interface IBMMQ extends RequestResponseCounters {
  /** Channel name. */
  readonly channel: string;
  /** Conversation id. */
  readonly conversationId: number;
  /** Correlation id. */
  readonly correlationId: string;
  /** Error text for the code on the wire. */
  readonly error: string;
  /** Request or response method name. */
  readonly method: string;
  /** Message data (MQPUT, MQPUT1, MQGET_REPLY, ASYNC_MSG_V7, MESSAGE_DATA). */
  readonly msg: Buffer;
  /** Message format. */
  readonly msgFormat: string;
  /** Message id. */
  readonly msgId: string;
  /** Error text on the PCF channel. */
  readonly pcfError: string;
  /** Method name on the PCF channel. */
  readonly pcfMethod: string;
  /** Warning text on the PCF channel. */
  readonly pcfWarning: string;
  /** Application that put the message. */
  readonly putAppName: string;
  /** Local queue name; null when no open message was seen. */
  readonly queue: string | null;
  /** Local queue manager; null when the connection start was not seen. */
  readonly queueMgr: string | null;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** Queue name resolved by the reply messages. */
  readonly resolvedQueue: string;
  /** Queue manager resolved by the reply messages. */
  readonly resolvedQueueMgr: string;
  /** Strings of the rules and formatting header; empty without one. */
  readonly rfh: readonly string[];
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** Total message length in bytes. */
  readonly totalMsgLength: number;
  /** Warning text for the code on the wire. */
  readonly warning: string;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
  /** @deprecated since 5.2: use `IBMMQ.msgId`. */
  readonly messageID: string;
  /** @deprecated since 5.2: use {@link IBMMQ.totalMsgLength}. */
  readonly msgSize: number;
  /** @deprecated since 5.0, without replacement. */
  readonly objectHandle: string;
  /** @deprecated since 5.2: use {@link IBMMQ.msg}. */
  readonly payload: Buffer;
}

declare const IBMMQ: IBMMQ;
