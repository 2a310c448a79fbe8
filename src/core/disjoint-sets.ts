// Disjoint sets (union-find) over 0..n-1, with path halving; a union keeps the lower root, so each
// set's root is its lowest member: groups then come out in a stable order whatever the unions' order.
export class DisjointSets {
  private readonly parent: number[] = [];
  constructor(n: number) {
    for (let i = 0; i < n; i++) this.parent.push(i);
  }

  /** The root (lowest member) of i's set. */
  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of a and b; returns the root kept, or -1 when they were one set already. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return -1;
    const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[gone] = keep;
    return keep;
  }
}
