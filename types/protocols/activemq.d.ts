/**
 * The `ActiveMQ` class: A JMS message carried over ActiveMQ (OpenWire). Events: ACTIVEMQ_MESSAGE.
 */

/** The shape of `ActiveMQ.exceptionResponse`. */
interface ActiveMQExceptionResponse {
  readonly message: string;
  readonly class: string;
}

interface ActiveMQ extends SenderReceiverCounters {
  /** JMSCorrelationID of the message. */
  readonly correlationId: string;
  /** The JMSException of an ExceptionResponse command, otherwise null. */
  readonly exceptionResponse: ActiveMQExceptionResponse | null;
  /** JMSExpiration of the message. */
  readonly expiration: number;
  /** Message body; a TEXT_MESSAGE body is UTF-8 text. */
  readonly msg: Buffer;
  /** Message format, e.g. `TEXT_MESSAGE` or `BYTES_MESSAGE`. */
  readonly msgFormat: string;
  /** JMSMessageID of the message. */
  readonly msgId: string;
  /** True when the delivery mode is PERSISTENT. */
  readonly persistent: boolean;
  /** JMSPriority, 0 (lowest) to 9 (highest). */
  readonly priority: number;
  /** Application properties attached to the message. */
  readonly properties: { readonly [name: string]: boolean | number | string };
  /** JMSDestination of the message. */
  readonly queue: string;
  /** True when the receiving side of the flow is a broker. */
  readonly receiverIsBroker: boolean;
  /**
   * The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or
   * pass it to the global `commitRecord()`.
   */
  readonly record: ProtocolRecord;
  /** How often the message was redelivered. */
  readonly redeliveryCount: number;
  /** JMSReplyTo of the message, as text. */
  readonly replyTo: string;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** True when the sending side of the flow is a broker. */
  readonly senderIsBroker: boolean;
  /** JMSTimestamp: when the message was handed to the provider. */
  readonly timestamp: number;
  /** Size of the message in bytes. */
  readonly totalMsgLength: number;
  /**
   * Sends the built-in record of this transaction to the recordstore; a record is committed once
   * however often this is called.
   */
  commitRecord(): void;
}

declare const ActiveMQ: ActiveMQ;
