// Regions a node group can sit in, and the measured round trip between each pair. Each round trip is the
// monthly 95th-percentile figure Microsoft publishes for its backbone (Azure network round-trip latency
// statistics, 30 days ending 2026-07-30): one Azure region stands for each area. Where the table gives both
// directions of a pair, the two are averaged (they differ by a few milliseconds at most).

/** Where Microsoft's figures come from, quoted beside every region. */
export const REGION_RTT_SOURCE =
  'Microsoft Learn, "Azure network round-trip latency statistics" (P95 over the 30 days ending 2026-07-30)';

/** A region: an id for files and links, a label for people, and the Azure region standing for it. */
export interface Region {
  id: string;
  label: string;
  /** The Azure region whose round trips are used. */
  azureRegion: string;
}

/** The regions, in the order pickers show them. */
export const REGIONS = [
  { id: 'us-west', label: 'US West (Washington)', azureRegion: 'West US 2' },
  { id: 'us-central', label: 'US Central (Iowa)', azureRegion: 'Central US' },
  { id: 'us-east', label: 'US East (Virginia)', azureRegion: 'East US' },
  { id: 'south-america', label: 'South America (Sao Paulo)', azureRegion: 'Brazil South' },
  { id: 'uk', label: 'UK (London)', azureRegion: 'UK South' },
  { id: 'eu-west', label: 'Europe West (Netherlands)', azureRegion: 'West Europe' },
  { id: 'eu-central', label: 'Europe Central (Frankfurt)', azureRegion: 'Germany West Central' },
  { id: 'india', label: 'India (Pune)', azureRegion: 'Central India' },
  { id: 'asia-southeast', label: 'Asia Southeast (Singapore)', azureRegion: 'Southeast Asia' },
  { id: 'asia-east', label: 'Asia East (Tokyo)', azureRegion: 'Japan East' },
  { id: 'australia', label: 'Australia (Sydney)', azureRegion: 'Australia East' },
] as const satisfies readonly Region[];

/** A region id. */
export type RegionId = (typeof REGIONS)[number]['id'];

/** The region ids, in picker order. */
export const REGION_IDS: readonly RegionId[] = REGIONS.map((region) => region.id);

/**
 * Round trip between two nodes of one region, ms: the nearest pairs of Azure regions inside one geography are
 * 10-15 ms apart (UK South - UK West 10, East US - East US 2 11, Japan East - Japan West 14-15), which stands
 * for nodes in different buildings of one metropolitan area or country.
 */
export const INTRA_REGION_RTT_MS = 11;

/** Round trips between regions, ms, one entry per unordered pair (source: REGION_RTT_SOURCE). */
const PAIR_RTT_MS: Readonly<Record<string, number>> = {
  'us-west|us-central': 41,
  'us-west|us-east': 76,
  'us-west|south-america': 179,
  'us-west|uk': 145,
  'us-west|eu-west': 150,
  'us-west|eu-central': 160,
  'us-west|india': 218,
  'us-west|asia-southeast': 165,
  'us-west|asia-east': 103,
  'us-west|australia': 180,
  'us-central|us-east': 35,
  'us-central|south-america': 155,
  'us-central|uk': 115,
  'us-central|eu-west': 116,
  'us-central|eu-central': 125,
  'us-central|india': 246,
  'us-central|asia-southeast': 201,
  'us-central|asia-east': 140,
  'us-central|australia': 178,
  'us-east|south-america': 120,
  'us-east|uk': 80,
  'us-east|eu-west': 90,
  'us-east|eu-central': 97,
  'us-east|india': 216,
  'us-east|asia-southeast': 229,
  'us-east|asia-east': 165,
  'us-east|australia': 207,
  'south-america|uk': 184,
  'south-america|eu-west': 190,
  'south-america|eu-central': 200,
  'south-america|india': 320,
  'south-america|asia-southeast': 337,
  'south-america|asia-east': 270,
  'south-america|australia': 298,
  'uk|eu-west': 13,
  'uk|eu-central': 20,
  'uk|india': 151,
  'uk|asia-southeast': 183,
  'uk|asia-east': 236,
  'uk|australia': 277,
  'eu-west|eu-central': 14,
  'eu-west|india': 153,
  'eu-west|asia-southeast': 181,
  'eu-west|asia-east': 241,
  'eu-west|australia': 282,
  'eu-central|india': 151,
  'eu-central|asia-southeast': 179,
  'eu-central|asia-east': 248,
  'eu-central|australia': 291,
  'india|asia-southeast': 58,
  'india|asia-east': 129,
  'india|australia': 152,
  'asia-southeast|asia-east': 74,
  'asia-southeast|australia': 98,
  'asia-east|australia': 105,
};

const ORDER = new Map<string, number>(REGION_IDS.map((id, index) => [id, index]));

/** The round trip between two regions, ms; two nodes of one region pay `intraRegionRttMs`. */
export function regionRttMs(
  first: RegionId,
  second: RegionId,
  intraRegionRttMs = INTRA_REGION_RTT_MS,
): number {
  if (first === second) return intraRegionRttMs;
  const [a, b] = (ORDER.get(first) ?? 0) < (ORDER.get(second) ?? 0) ? [first, second] : [second, first];
  const rtt = PAIR_RTT_MS[`${a}|${b}`];
  if (rtt === undefined) throw new Error(`no round trip recorded between regions ${a} and ${b}`);
  return rtt;
}

/** The label people read for a region id. */
export function regionLabel(id: RegionId): string {
  return REGIONS.find((region) => region.id === id)?.label ?? id;
}
