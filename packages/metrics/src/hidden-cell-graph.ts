/**
 * The linear algebra of cell suppression, as a graph.
 *
 * In an additive table the published figures are linear equations over the hidden
 * cells: for each row, the sum of its hidden cells is the row total minus its visible
 * cells; likewise for each column. Take rows and columns as nodes and hidden cells as
 * edges between their row and column. A vector of changes to hidden cells leaves every
 * published figure unchanged exactly when it sums to zero at every node, i.e. it is a
 * combination of cycles, with signs alternating + - + - around each cycle (bipartite
 * cycles are even). So a hidden cell can be recomputed from the totals exactly when it
 * lies on no cycle: when its edge is a *bridge*. One hidden cell in a row is the
 * simplest bridge (the classic leak); two hidden cells in every row and column are not
 * enough on their own (two cycles joined by one edge leave that edge a bridge).
 *
 * Totals that are not published as separate figures are not equations. In a table with
 * one column the row totals are the cells themselves, so rows carry no equation: all
 * rows are merged into one free "ground" node; likewise columns of a one-row table.
 *
 * Counts are also non-negative. A cell on a cycle can be moved by +1 along the cycle
 * only if every cell that moves by -1 is at least 1. As a directed graph: each hidden
 * cell is an arc row→column (it can grow) and, when its value is at least 1, an arc
 * column→row (it can shrink); a cell can grow (shrink) when its column reaches its row
 * (its row reaches its column) without using the cell itself.
 */
export interface TableShape {
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface GraphCell {
  readonly row: number;
  readonly column: number;
}

export function nodeCount(shape: TableShape): number {
  return shape.rowCount + shape.columnCount + 1;
}

export function groundNode(shape: TableShape): number {
  return shape.rowCount + shape.columnCount;
}

/** The graph nodes a cell joins: its row's and its column's (or ground, when that total is not an equation). */
export function endpointsOf(shape: TableShape, cell: GraphCell): readonly [number, number] {
  const ground = groundNode(shape);
  const rowNode = shape.columnCount === 1 ? ground : cell.row;
  const columnNode = shape.rowCount === 1 ? ground : shape.rowCount + cell.column;
  return [rowNode, columnNode];
}

/** Indices of the cells whose edges are bridges: hidden cells the published figures determine. */
export function bridgesOf(shape: TableShape, cells: readonly GraphCell[]): number[] {
  const size = nodeCount(shape);
  const incident: number[][] = Array.from({ length: size }, () => []);
  const ends = cells.map((cell) => endpointsOf(shape, cell));
  ends.forEach(([a, b], edge) => {
    incident[a]?.push(edge);
    if (b !== a) incident[b]?.push(edge);
  });

  // Tarjan's bridge search, iterative so that long tables cannot overflow the stack.
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const bridges: number[] = [];
  let counter = 0;
  for (let start = 0; start < size; start++) {
    if (order[start] !== -1) continue;
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: start, viaEdge: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const edges = incident[frame.node]!;
      if (frame.next < edges.length) {
        const edge = edges[frame.next++]!;
        if (edge === frame.viaEdge) continue;
        const [a, b] = ends[edge]!;
        const other = a === frame.node ? b : a;
        if (other === frame.node) continue; // a self-loop never determines anything
        if (order[other] === -1) {
          order[other] = low[other] = counter++;
          stack.push({ node: other, viaEdge: edge, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node]!, order[other]!);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
          if (low[frame.node]! > order[parent.node]!) bridges.push(frame.viaEdge);
        }
      }
    }
  }
  return bridges.sort((a, b) => a - b);
}

/** The nodes reachable from `start` over the given cells, leaving out one cell. */
export function componentOf(
  shape: TableShape,
  cells: readonly GraphCell[],
  start: number,
  excludedCell: number,
): Set<number> {
  const adjacency = adjacencyOf(shape, cells, (index) => index !== excludedCell);
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.pop()!;
    for (const next of adjacency[node] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * For each hidden cell, whether another table of non-negative counts, consistent with
 * every published figure, has a larger (`canGrow`) or smaller (`canShrink`) value there.
 */
export function movabilityOf(
  shape: TableShape,
  hidden: readonly (GraphCell & { readonly value: number })[],
): { canGrow: boolean; canShrink: boolean }[] {
  return hidden.map((cell, index) => {
    const [rowNode, columnNode] = endpointsOf(shape, cell);
    const others = hidden.filter((_, other) => other !== index);
    const canGrow = reaches(shape, others, columnNode, rowNode);
    const canShrink = cell.value > 0 && reaches(shape, others, rowNode, columnNode);
    return { canGrow, canShrink };
  });
}

/** Directed reachability in the residual graph: row→column always, column→row when the cell is at least 1. */
function reaches(
  shape: TableShape,
  hidden: readonly (GraphCell & { readonly value: number })[],
  from: number,
  to: number,
): boolean {
  if (from === to) return true;
  const arcs: number[][] = Array.from({ length: nodeCount(shape) }, () => []);
  for (const cell of hidden) {
    const [rowNode, columnNode] = endpointsOf(shape, cell);
    arcs[rowNode]!.push(columnNode);
    if (cell.value > 0) arcs[columnNode]!.push(rowNode);
  }
  const seen = new Set<number>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.pop()!;
    for (const next of arcs[node]!) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

function adjacencyOf(
  shape: TableShape,
  cells: readonly GraphCell[],
  include: (index: number) => boolean,
): number[][] {
  const adjacency: number[][] = Array.from({ length: nodeCount(shape) }, () => []);
  cells.forEach((cell, index) => {
    if (!include(index)) return;
    const [a, b] = endpointsOf(shape, cell);
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  });
  return adjacency;
}
