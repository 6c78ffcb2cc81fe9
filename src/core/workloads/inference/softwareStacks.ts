// Per-message software cost of distributed inference stacks: what a hop costs beyond the wire (serialising the
// hidden state, the RPC framework, waking the receiving thread, and work the client does between hops). Chains
// of consumer devices are dominated by it, so each stack that runs pipeline or tensor-parallel inference has its
// own cited or fitted figure, paid once per hop on the critical path of a step.
import { MS_PER_S } from '../../units';

/** A software stack and its cost per hop. */
export interface SoftwareStack {
  id: string;
  label: string;
  /** Seconds of software work per one-way message on the critical path of a step. */
  hopSoftwareS: number;
  /** Where the figure comes from; fitted figures name the one case they were fitted from. */
  source: string;
}

/**
 * Petals over hivemind (libp2p streams, Protocol Buffers, asyncio in Python): 74 ms per hop. Fitted: the
 * petals-bloom-176b case's 1 Gbit/s, < 5 ms row (1.71 steps/s) less the model's server and wire time,
 * spread over its 4 hops (src/core/calibration/fittedConstants.ts). It absorbs the client's own per-step work
 * (embeddings and BLOOM's 250,880-token output layer on the client), which Petals does between hops.
 */
export const PETALS_HOP_SOFTWARE_S = 0.074;

/**
 * distributed-llama (raw TCP sockets, C++ threads): no software cost per message beyond the round trip. Its
 * sockets use TCP_NODELAY and its reads spin on a non-blocking socket instead of sleeping (src/socket.cpp at
 * v0.1.0-v0.3.1, src/nn/nn-network.cpp at aec85b9), so a message pays the kernel path a flood ping also pays.
 * The 70B VM case bounds it: its 2-VM transfer (25.0 ms per token) is already below what its 320 round trips
 * at the 0.072 ms same-zone flood-ping round trip plus the bytes give (27.9 ms), so nothing is left to fit.
 */
export const DISTRIBUTED_LLAMA_HOP_SOFTWARE_S = 0;

/**
 * exo (Python asyncio, gRPC between nodes, MLX on each): 12.2 ms per hop. Fitted: the exo-8x-m4pro-deepseek-llama
 * case's Llama 3.3 70B row (3.89 tokens/s on 8 Mac minis, 9 hops) less the model's weight reads and wire time
 * (src/core/calibration/fittedConstants.ts).
 */
export const EXO_HOP_SOFTWARE_S = 0.0122;

/**
 * llama.cpp RPC (a custom binary protocol over TCP, one synchronous command per call): 3.4 ms per hop.
 * Derived from ggml-org/llama.cpp pull request 6829 (G. Gerganov, 2024-05-10): TinyLlama 1.1B F16 decoded at
 * 60 tokens/s with the RPC server on the same host and 42 tokens/s with it on another host over gigabit LAN,
 * i.e. 7.1 ms more per token for one remote round trip (2 hops), less about 0.3 ms of LAN round trip.
 */
export const LLAMA_CPP_RPC_HOP_SOFTWARE_S = (1 / 42 - 1 / 60 - 0.0003) / 2;

/** Every stack a user can choose, by id. */
export const SOFTWARE_STACKS = {
  petals: {
    id: 'petals',
    label: 'Petals (hivemind, libp2p)',
    hopSoftwareS: PETALS_HOP_SOFTWARE_S,
    source: 'fitted: petals-bloom-176b, 1 Gbit/s row',
  },
  'distributed-llama': {
    id: 'distributed-llama',
    label: 'distributed-llama (raw TCP sockets)',
    hopSoftwareS: DISTRIBUTED_LLAMA_HOP_SOFTWARE_S,
    source: 'none beyond the round trip: spinning non-blocking reads with TCP_NODELAY (src/socket.cpp)',
  },
  exo: {
    id: 'exo',
    label: 'exo (gRPC, MLX)',
    hopSoftwareS: EXO_HOP_SOFTWARE_S,
    source: 'fitted: exo-8x-m4pro-deepseek-llama, Llama 3.3 70B row',
  },
  'llama-cpp-rpc': {
    id: 'llama-cpp-rpc',
    label: 'llama.cpp RPC',
    hopSoftwareS: LLAMA_CPP_RPC_HOP_SOFTWARE_S,
    source: 'ggml-org/llama.cpp pull request 6829: 60 vs 42 tokens/s, local vs remote RPC server',
  },
  none: { id: 'none', label: 'none (wire only)', hopSoftwareS: 0, source: 'no software cost' },
} as const satisfies Record<string, SoftwareStack>;

/** `inference.softwareStack` options: auto picks the stack that made the placement known. */
export const SOFTWARE_STACK_IDS = [
  'auto',
  'petals',
  'distributed-llama',
  'exo',
  'llama-cpp-rpc',
  'none',
  'custom',
] as const;
export type SoftwareStackId = (typeof SOFTWARE_STACK_IDS)[number];

/** The stack `auto` means for each placement that sends messages. */
export const AUTO_STACK_BY_PLACEMENT = { pipeline: 'petals', tensor: 'distributed-llama' } as const;

/** What the inference group needs to price a hop. */
export interface HopSoftwareInputs {
  softwareStack: SoftwareStackId;
  customHopSoftwareMs: number;
}

/** Seconds of software cost per hop for the chosen stack and placement. */
export function hopSoftwareS(
  inference: HopSoftwareInputs,
  placement: keyof typeof AUTO_STACK_BY_PLACEMENT,
): number {
  const id = inference.softwareStack;
  if (id === 'custom') return inference.customHopSoftwareMs / MS_PER_S;
  const stack = id === 'auto' ? AUTO_STACK_BY_PLACEMENT[placement] : id;
  return SOFTWARE_STACKS[stack].hopSoftwareS;
}

/** Label of the chosen stack, for the breakdown. */
export function softwareStackLabel(
  inference: HopSoftwareInputs,
  placement: keyof typeof AUTO_STACK_BY_PLACEMENT,
): string {
  const id = inference.softwareStack;
  if (id === 'custom') return 'custom stack';
  return SOFTWARE_STACKS[id === 'auto' ? AUTO_STACK_BY_PLACEMENT[placement] : id].label;
}
