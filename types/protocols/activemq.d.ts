/**
 * The `ActiveMQ` class: A JMS message carried over ActiveMQ (OpenWire). Events: ACTIVEMQ_MESSAGE.
 */

/** The shape of `ActiveMQ.exceptionResponse`. */
interface ActiveMQExceptionResponse {
  readonly message: string;
  readonly class: string;
}

interface ActiveMQ {
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
  /** L4 bytes sent by the receiver. */
  readonly receiverBytes: number;
  /** True when the receiving side of the flow is a broker. */
  readonly receiverIsBroker: boolean;
  /** L2 bytes sent by the receiver, link-layer headers included. */
  readonly receiverL2Bytes: number;
  /** Packets sent by the receiver. */
  readonly receiverPkts: number;
  /** Retransmission timeouts of the receiver. */
  readonly receiverRTO: number;
  /** Zero-window advertisements sent by the receiver. */
  readonly receiverZeroWnd: number;
  /** The built-in record of this transaction. Add your own fields to it before `commitRecord()`, or pass it to the global `commitRecord()`. */
  readonly record: ProtocolRecord;
  /** How often the message was redelivered. */
  readonly redeliveryCount: number;
  /** JMSReplyTo of the message, as text. */
  readonly replyTo: string;
  /** Median round-trip time in milliseconds; NaN without samples. */
  readonly roundTripTime: number;
  /** L4 bytes sent by the sender. */
  readonly senderBytes: number;
  /** True when the sending side of the flow is a broker. */
  readonly senderIsBroker: boolean;
  /** L2 bytes sent by the sender, link-layer headers included. */
  readonly senderL2Bytes: number;
  /** Packets sent by the sender. */
  readonly senderPkts: number;
  /** Retransmission timeouts of the sender. */
  readonly senderRTO: number;
  /** Zero-window advertisements sent by the sender. */
  readonly senderZeroWnd: number;
  /** JMSTimestamp: when the message was handed to the provider. */
  readonly timestamp: number;
  /** Size of the message in bytes. */
  readonly totalMsgLength: number;
  /** Sends the built-in record of this transaction to the recordstore; a record is committed once however often this is called. */
  commitRecord(): void;
}

declare const ActiveMQ: ActiveMQ;
