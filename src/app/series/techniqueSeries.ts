// The technique map's points as people read them: display names, formatted numbers and the trust each
// combination rests on. No model maths: the core's techniqueMap() computed every number.
import { optionName } from '../../core/names/optionNames';
import type { TechniqueMapPoint } from '../../core/techniqueMap/techniqueMap';
import { formatDuration, formatPercent, formatWithUnit } from '../format/formatNumber';

/** One row of the map's table. */
export interface TechniqueRow {
  /** "privacy|verification": the point's key in the chart and the table. */
  key: string;
  point: TechniqueMapPoint;
  privacyName: string;
  verificationName: string;
  throughputText: string;
  stepTimeText: string;
  exposureText: string;
  detectionText: string;
  /** Whom one trusts, for privacy and for correct results. */
  trustText: string;
}

/** The key of a combination. */
export const techniqueKey = (point: Pick<TechniqueMapPoint, 'privacyTechnique' | 'verificationTechnique'>) =>
  `${point.privacyTechnique}|${point.verificationTechnique}`;

/** Display name of a privacy technique. */
export const privacyName = (id: string): string => optionName('privacy.technique', id);
/** Display name of a verification technique. */
export const verificationName = (id: string): string => optionName('verification.technique', id);

/** Table rows of the map's points, fastest first. */
export function techniqueRows(points: readonly TechniqueMapPoint[]): TechniqueRow[] {
  return [...points]
    .sort((a, b) => b.throughputTokensPerS - a.throughputTokensPerS)
    .map((point) => ({
      key: techniqueKey(point),
      point,
      privacyName: privacyName(point.privacyTechnique),
      verificationName: verificationName(point.verificationTechnique),
      throughputText: formatWithUnit(point.throughputTokensPerS, 'tokens/s'),
      stepTimeText: formatDuration(point.stepTimeS),
      exposureText: formatPercent(point.privacyExposureProbabilityFraction),
      detectionText: formatPercent(point.detectionProbabilityFraction),
      trustText: `Privacy: ${point.privacyTrustAssumption}. Results: ${point.verificationTrustAssumption}.`,
    }));
}
