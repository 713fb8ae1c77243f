/**
 * The `FlowNetwork` class: a NetFlow or sFlow exporter, and custom metrics for it. Instances come
 * from `NetFlow.network`/`SFlow.network` or `new FlowNetwork(id)`. Called on the class itself
 * (`FlowNetwork.metricAdd*`) on NETFLOW_RECORD, a metric is recorded on the record's exporter.
 */
interface FlowNetwork extends CustomMetrics {
  /** Unique id of the exporter. */
  readonly id: string;
  /** Address of the exporter's management interface. */
  readonly ipaddr: IPAddress;
}

interface FlowNetworkConstructor extends CustomMetrics {
  /** The exporter with this id; the engine throws when no such exporter exists. */
  new (id: string): FlowNetwork;
  readonly prototype: FlowNetwork;
}

declare const FlowNetwork: FlowNetworkConstructor;
