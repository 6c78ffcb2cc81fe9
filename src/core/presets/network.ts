// Network presets: round trips, bandwidths and link efficiency per network class, from NVLink inside one
// node to home broadband, with sources. Bandwidths are per node; WAN classes share the same typical port
// rate so that they differ only in distance (round trip), as the sources give no per-class bandwidth.

import type { NETWORK_PARAMS } from '../params/groups';
import type { GroupValues } from '../params/spec';
import type { Preset } from './types';

type NetworkValues = Partial<GroupValues<typeof NETWORK_PARAMS>>;

/**
 * Largest TCP goodput over Ethernet with a 1500-byte MTU: 1448 payload bytes (after IP and TCP headers with
 * timestamps) per 1538 bytes on the wire (with preamble, frame header, FCS and inter-frame gap).
 * Source: IEEE 802.3 framing and RFC 7323 timestamps; arithmetic 1448 / 1538.
 */
export const TCP_ETHERNET_GOODPUT_FRACTION = 1448 / 1538;
/** Round trip per 1000 km of fibre path: light in fibre travels 2e8 m/s (Epoch AI 2030 report), 10 ms. */
const RTT_MS_PER_1000_KM = 10;
/** Typical public-internet port of a rented GPU node, Mbit/s (assumption: 1 Gbit/s ports are the common tier). */
const WAN_PORT_MBPS = 1000;

const wan = (rttMs: number) => ({
  rttMs,
  uploadMbps: WAN_PORT_MBPS,
  downloadMbps: WAN_PORT_MBPS,
  linkEfficiencyFraction: TCP_ETHERNET_GOODPUT_FRACTION,
});

/** Network classes a user can pick; nodeCount and jitter keep their values. */
export const NETWORK_PRESETS = {
  'same-node': {
    id: 'same-node',
    label: 'Same node (NVLink)',
    values: { rttMs: 0.002, uploadMbps: 3_600_000, downloadMbps: 3_600_000, linkEfficiencyFraction: 0.8 },
    source:
      'NVIDIA H100 NVLink: 900 GB/s total, 450 GB/s each way = 3.6 Tbit/s (hardware-reference case); round trip of a few microseconds and 80% achievable are assumptions',
  },
  datacentre: {
    id: 'datacentre',
    label: 'Datacentre (InfiniBand)',
    values: { rttMs: 0.01, uploadMbps: 400_000, downloadMbps: 400_000, linkEfficiencyFraction: 0.9 },
    source:
      'InfiniBand NDR: 400 Gbit/s per port (one port per node assumed; DGX H100 nodes have eight); about 10 microseconds round trip across a fat tree and 90% achievable are assumptions',
  },
  'cloud-lan': {
    id: 'cloud-lan',
    label: 'Cloud LAN (same zone)',
    values: {
      rttMs: 0.072,
      uploadMbps: 10_000,
      downloadMbps: 10_000,
      linkEfficiencyFraction: TCP_ETHERNET_GOODPUT_FRACTION,
    },
    source:
      'Round trip: 0.072 ms mean flood ping between two VMs in one Google Cloud zone (tech.zarmory.com, "Quick test for GCP inter-zone networking", 2017); 10 Gbit/s per VM is an assumption (typical mid-size cloud VM tier)',
  },
  region: {
    id: 'region',
    label: 'Region (about 1,000 km)',
    values: wan(RTT_MS_PER_1000_KM),
    source:
      'Round trip: 1,000 km of fibre at 2e8 m/s there and back = 10 ms (Epoch AI 2030 report light speed in fibre); 1 Gbit/s port is an assumption; TCP goodput over 1500-byte Ethernet',
  },
  continent: {
    id: 'continent',
    label: 'Continent (US coast to coast)',
    values: wan(65),
    source:
      'Round trip: US coast to coast about 65 ms (docs/model/performance.md, presets); 1 Gbit/s port is an assumption',
  },
  intercontinental: {
    id: 'intercontinental',
    label: 'Intercontinental (transatlantic)',
    values: wan(75),
    source:
      'Round trip: transatlantic about 75 ms (docs/model/performance.md, presets); 1 Gbit/s port is an assumption',
  },
  global: {
    id: 'global',
    label: 'Global (transpacific)',
    values: wan(130),
    source:
      'Round trip: transpacific 100-165 ms (docs/model/performance.md, presets), midpoint 130 ms; 1 Gbit/s port is an assumption',
  },
  'home-broadband': {
    id: 'home-broadband',
    label: 'Home broadband',
    values: {
      rttMs: 30,
      uploadMbps: 60,
      downloadMbps: 300,
      linkEfficiencyFraction: TCP_ETHERNET_GOODPUT_FRACTION,
    },
    source:
      "Upload 60 Mbit/s: the typical home upload in Epoch AI's decentralized-training analysis; download 300 Mbit/s and a 30 ms round trip to peers in the same country are assumptions (typical cable or fibre plan)",
  },
} as const satisfies Record<string, Preset<NetworkValues>>;
