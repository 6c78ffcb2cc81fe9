// Buttons that save a scenario result as CSV or JSON with the core's serialisers (the CLI's output format).
import type { ScenarioResult } from '../../core/scenario/index';
import { downloadText } from './download';

/** CSV and JSON buttons for `result` (disabled while it is null); files are named `${baseName}.csv|.json`. */
export function ResultFileButtons({
  result,
  baseName,
  testIdPrefix,
}: {
  result: ScenarioResult | null;
  baseName: string;
  testIdPrefix: string;
}) {
  const save = async (format: 'csv' | 'json') => {
    if (!result) return;
    const { resultToCsv, resultToJson } = await import('../../core/scenario/serialize');
    if (format === 'csv') downloadText(`${baseName}.csv`, resultToCsv(result), 'text/csv');
    else downloadText(`${baseName}.json`, resultToJson(result), 'application/json');
  };
  return (
    <span className="result-buttons">
      <button
        type="button"
        disabled={!result}
        onClick={() => void save('csv')}
        data-testid={`${testIdPrefix}-csv`}
      >
        Results as CSV
      </button>
      <button
        type="button"
        disabled={!result}
        onClick={() => void save('json')}
        data-testid={`${testIdPrefix}-json`}
      >
        Results as JSON
      </button>
    </span>
  );
}
