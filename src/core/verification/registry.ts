// Registry of verification techniques: one module per technique, selected by params.verification.technique.
import { noEffect } from '../engine/noEffect';
import type { EffectContext, TechniqueEffect } from '../engine/types';

/** A verification technique's cost, detection probability and trust assumption for one step. */
export function verificationEffect(context: EffectContext): TechniqueEffect {
  switch (context.params.verification.technique) {
    case 'none':
      return noEffect({ trustAssumption: 'the node itself' });
  }
}
