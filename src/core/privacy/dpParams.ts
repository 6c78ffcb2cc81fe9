// Parameters of DP-SGD (group `dp`): the privacy budget, the clipping implementation and the utility inputs.
import { choiceParam, numberParam } from '../params/spec';

/** DP-SGD implementations, by how they clip per-example gradients. */
export const DP_IMPLEMENTATIONS = ['opacus', 'ghost-clipping', 'book-keeping', 'jax-vectorised'] as const;

/** One DP-SGD implementation. */
export type DpImplementation = (typeof DP_IMPLEMENTATIONS)[number];

/** Parameters of DP-SGD (group `dp`). */
export const DP_PARAMS = {
  epsilonLogRatio: numberParam({
    label: 'Privacy budget ε',
    unit: 'ln ratio',
    default: 8,
    min: 0.01,
    max: 100,
    scale: 'log',
    description:
      'ε of (ε, δ)-DP: the bound on the natural log of how much one record can change the probability of any output. Smaller is more private.',
    source: 'De et al. 2022 (arXiv 2204.13650) report results at ε = 1 to 8; ε = 8 is their headline setting',
  }),
  deltaFraction: numberParam({
    label: 'Privacy failure probability δ',
    unit: 'fraction',
    default: 1e-5,
    min: 1e-12,
    max: 0.1,
    scale: 'log',
    description:
      'δ of (ε, δ)-DP: the probability that the ε bound does not hold; usually below 1 / dataset size.',
    source: 'De et al. 2022: δ = 1e-5 on CIFAR-10',
  }),
  implementation: choiceParam({
    label: 'DP-SGD implementation',
    options: DP_IMPLEMENTATIONS,
    default: 'ghost-clipping',
    description:
      'How per-example gradients are clipped: Opacus hooks (2.6-8x slower, measured), ghost clipping (ghost norms, then a second back-propagation), book-keeping (one back-propagation, norms kept), or JAX vectorised per-example gradients (about 1.2x, measured). Ghost clipping and book-keeping are priced from the model’s weight matrices.',
    source:
      'Opacus (Yousefpour et al. 2021, arXiv 2109.12298); Li et al. 2021 (arXiv 2110.05679); Bu et al. 2023 (arXiv 2210.00038); Subramani et al. 2021 (arXiv 2010.09063)',
  }),
  baselineImplementation: choiceParam({
    label: 'Compare against implementation',
    options: ['none', ...DP_IMPLEMENTATIONS],
    default: 'none',
    description:
      'A second implementation on the same job; reports how many times faster the chosen one trains (dpSpeedupOverBaselineRatio).',
    source: 'the same implementations',
  }),
  startingPoint: choiceParam({
    label: 'Model starting point',
    options: ['from-scratch', 'pretrained'] as const,
    default: 'pretrained',
    description:
      'Training from scratch under DP loses far more accuracy than fine-tuning a large pretrained model.',
    source: 'De et al. 2022 (CIFAR-10 from scratch); Li et al. 2021 (RoBERTa-Large fine-tuning)',
  }),
  nonPrivateAccuracyFraction: numberParam({
    label: 'Accuracy without DP',
    unit: 'fraction',
    default: 0.9,
    min: 0,
    max: 1,
    description:
      'Accuracy the same training reaches without DP; the private accuracy reported is this minus the DP loss.',
    source: 'assumption: set it to the task; MNLI with RoBERTa-Large reaches 0.902 (Li et al. 2021)',
  }),
} as const;
