// Registry of privacy techniques: one module per technique, selected by params.privacy.technique.
import { noEffect } from '../engine/noEffect';
import type { EffectContext, TechniqueEffect } from '../engine/types';

/** A privacy technique's cost and guarantees for one step of the configured job. */
export function privacyEffect(context: EffectContext): TechniqueEffect {
  switch (context.params.privacy.technique) {
    case 'none':
      return noEffect({ dataHiddenFrom: 'nobody' });
  }
}
