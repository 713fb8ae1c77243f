/**
 * The nodes of a parsed script by type, collected by the gate's one walk (scope.ts), so that each
 * check looks up the nodes it judges instead of walking the whole tree again (a walk costs as
 * much as the parse). Nodes come in walk order, children first.
 */
import type { Node, Program } from "acorn";

type AnyNode = Node & Record<string, any>;

export class NodeIndex {
  private readonly byType = new Map<string, AnyNode[]>();
  private readonly all: readonly AnyNode[];
  private readonly body: readonly Node[];

  /** @param nodes every node of the program, children first (kept, not copied) */
  constructor(program: Program, nodes: readonly Node[]) {
    this.body = program.body as Node[];
    this.all = nodes as readonly AnyNode[];
    for (const node of nodes) {
      const list = this.byType.get(node.type);
      if (list) list.push(node as AnyNode);
      else this.byType.set(node.type, [node as AnyNode]);
    }
  }

  /** Every node of the type; with `statements`, only those inside one of these top-level statements. */
  of(type: string, statements?: ReadonlySet<Node>): AnyNode[] {
    const all = this.byType.get(type) ?? [];
    return statements ? all.filter((n) => statements.has(this.topLevel(n))) : all;
  }

  /** Nodes of any of the types, in walk order (as one walk with a visitor for each type). */
  ofTypes(types: readonly string[], statements?: ReadonlySet<Node>): AnyNode[] {
    const wanted = new Set(types);
    return this.all.filter((n) => wanted.has(n.type) && (!statements || statements.has(this.topLevel(n))));
  }

  /** The top-level statement a node sits in (binary search on positions). */
  topLevel(node: Node): Node {
    let lo = 0;
    let hi = this.body.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.body[mid]!.start <= node.start) lo = mid;
      else hi = mid - 1;
    }
    return this.body[lo]!;
  }
}
