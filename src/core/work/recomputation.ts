// The activation-recomputation choices of a training job (kept import-free so the parameter table can list
// them without importing the work description).

/**
 * What a training step keeps for its backward pass (Korthikanti et al. 2022, "Reducing activation
 * recomputation in large transformer models", arXiv 2205.05198, section 5):
 * - `none`: every activation the backward pass reads;
 * - `selective`: all but the attention scores (their softmax, dropout and score-times-value inputs), which the
 *   backward pass recomputes;
 * - `full`: only each transformer layer's input; the backward pass re-runs the layer's forward.
 */
export const ACTIVATION_RECOMPUTATION_MODES = ['none', 'selective', 'full'] as const;
export type ActivationRecomputation = (typeof ACTIVATION_RECOMPUTATION_MODES)[number];
