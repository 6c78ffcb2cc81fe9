// Groups of identical nodes in one region on identical links are one group: merging them first makes a split
// group price exactly as the whole one.
import type { NodeGroup } from './groups';

const sameNodes = (a: NodeGroup, b: NodeGroup): boolean =>
  a.region === b.region &&
  a.params.network.uploadMbps === b.params.network.uploadMbps &&
  a.params.network.downloadMbps === b.params.network.downloadMbps &&
  JSON.stringify(a.params.hardware) === JSON.stringify(b.params.hardware);

/** The groups with identical ones merged into the first of them (the base group stays first). */
export function mergeIdenticalGroups(groups: readonly NodeGroup[]): NodeGroup[] {
  const merged: NodeGroup[] = [];
  for (const group of groups) {
    const index = merged.findIndex((other) => sameNodes(other, group));
    const into = merged[index];
    if (!into) {
      merged.push(group);
      continue;
    }
    const nodeCount = into.nodeCount + group.nodeCount;
    merged[index] = {
      ...into,
      nodeCount,
      label: into.label.replace(/^\d+ x /, `${nodeCount} x `),
      params: { ...into.params, network: { ...into.params.network, nodeCount } },
    };
  }
  return merged;
}
