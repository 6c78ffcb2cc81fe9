// Catalog entries of the mixed-network metrics (spread into the metric catalog for labels and units).
import type { MetricDefinition } from '../metrics/types';

/** Metrics a network of several node groups adds, by name (docs/model/mixed-networks.md). */
export const TOPOLOGY_METRICS: Readonly<Record<string, MetricDefinition>> = {
  nodeGroupCount: {
    label: 'Node groups',
    unit: 'count',
    description: 'Groups of distinct nodes (device, region or link) after identical groups are merged.',
    better: 'neither',
    corner: 'performance',
  },
  regionCount: {
    label: 'Regions',
    unit: 'count',
    description: 'Regions the node groups sit in; each pair pays its measured round trip.',
    better: 'neither',
    corner: 'performance',
  },
};
