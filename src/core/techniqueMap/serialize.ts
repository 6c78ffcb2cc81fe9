// The technique map as tidy rows, and as CSV text: one record per evaluated combination, columns in a fixed
// order, numbers in their shortest exact form (non-finite ones as "Infinity" / "NaN"), as the CLI's other
// machine outputs.
import { nonFiniteText } from '../scenario/formatNumber';
import type { TechniqueMap, TechniqueMapPoint } from './techniqueMap';

/** Columns of the map's machine output, in order. */
export const TECHNIQUE_MAP_COLUMNS = [
  'privacyTechnique',
  'verificationTechnique',
  'throughputTokensPerS',
  'stepTimeS',
  'privacyExposureProbabilityFraction',
  'detectionProbabilityFraction',
  'paretoOptimal',
  'onExposureFrontier',
  'onDetectionFrontier',
  'privacyTrustAssumption',
  'verificationTrustAssumption',
  'warnings',
] as const satisfies ReadonlyArray<keyof TechniqueMapPoint>;

function csvCell(value: TechniqueMapPoint[keyof TechniqueMapPoint]): string {
  const text =
    typeof value === 'number'
      ? (nonFiniteText(value) ?? String(value))
      : Array.isArray(value)
        ? value.join('; ')
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The map's evaluated combinations as CSV (header, then one line per combination; lines end in "\n"). */
export function techniqueMapToCsv(map: TechniqueMap): string {
  const lines = [
    TECHNIQUE_MAP_COLUMNS.join(','),
    ...map.points.map((point) => TECHNIQUE_MAP_COLUMNS.map((column) => csvCell(point[column])).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}
