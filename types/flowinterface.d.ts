/**
 * The `FlowInterface` class: an interface of a NetFlow or sFlow exporter, and custom metrics for
 * it. Instances come from `NetFlow.ingressInterface`/`egressInterface` (and the SFlow
 * equivalents) or `new FlowInterface(id)`. Called on the class itself (`FlowInterface.metricAdd*`)
 * on NETFLOW_RECORD, a metric is recorded on both the ingress and the egress interface.
 */
interface FlowInterface extends CustomMetrics {
  /** Unique id of the interface. */
  readonly id: string;
  /** Interface number the exporter reports. */
  readonly number: number;
}

interface FlowInterfaceConstructor extends CustomMetrics {
  /** The interface with this id; the engine throws when no such interface exists. */
  new (id: string): FlowInterface;
  readonly prototype: FlowInterface;
}

declare const FlowInterface: FlowInterfaceConstructor;
