/**
 * Strongly connected components of a directed graph (iterative Tarjan, so a
 * long chain cannot overflow the stack). Returns, for every vertex, the index
 * of its component; vertices on a directed cycle share a component with at
 * least one other vertex.
 */
export function stronglyConnected(vertices: readonly string[], successors: (v: string) => readonly string[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  for (const root of vertices) {
    if (indexOf.has(root)) continue;
    const work: { id: string; next: readonly string[]; at: number }[] = [{ id: root, next: successors(root), at: 0 }];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.next.length) {
        const next = frame.next[frame.at++]!;
        if (!indexOf.has(next)) {
          indexOf.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, next: successors(next), at: 0 });
        } else if (onStack.has(next)) low.set(frame.id, Math.min(low.get(frame.id)!, indexOf.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === indexOf.get(frame.id)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.id);
        components++;
      }
    }
  }
  return component;
}

/** Vertices that lie on a directed cycle: members of a component of two or more. */
export function cyclicVertices(component: ReadonlyMap<string, number>): Set<string> {
  const size = new Map<number, number>();
  for (const c of component.values()) size.set(c, (size.get(c) ?? 0) + 1);
  return new Set([...component].filter(([, c]) => size.get(c)! > 1).map(([v]) => v));
}
