// The app's number formatting: the one readable format of the core (src/core/format/readable.ts), under the
// names the views use, so the readout, tables, reports and the CLI's table write every number the same way.
import { formatDurationText, formatPercentText, formatQuantity, formatSi } from '../../core/format/readable';

/** Three significant figures with an SI prefix from 1,000 up (586000 -> "586k"), exponents below 0.01. */
export const formatSignificant = formatSi;

/** A fraction (0..1) as percent, e.g. 0.4331 -> "43.3%". */
export const formatPercent = formatPercentText;

/** Seconds in the largest unit that keeps the number readable, e.g. 93600 -> "1.08 days". */
export const formatDuration = formatDurationText;

/** A value with its unit as a readout shows it; "flag" metrics (0 or 1) read as no or yes. */
export const formatWithUnit = formatQuantity;
