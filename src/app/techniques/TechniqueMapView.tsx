// The Technique map view: for the current job and network, every privacy x verification combination the
// rules allow, as a chart of throughput against data exposure and against the chance a cheat is caught, with
// each panel's frontier, and a table beside it. Clicking a point (or "Use" in the table) applies it.
import '../views.css';
import { useMemo } from 'react';
import { humaniseMessage } from '../../core/names/humanise';
import { setParam } from '../../core/params/table';
import { PlotlyChart } from '../charts/PlotlyChart';
import { plottable, techniqueMapFigure, VERIFICATION_COLOURS } from '../charts/techniqueMapFigure';
import { useChartTheme } from '../charts/useChartTheme';
import { privacyName, techniqueKey, techniqueRows, verificationName } from '../series/techniqueSeries';
import { useApp } from '../store/StoreContext';
import { TechniqueTable } from './TechniqueTable';

/** The colour key of the verification techniques (the shapes are in the chart's legend). */
function ColourKey({ techniques }: { techniques: readonly string[] }) {
  return (
    <ul className="colour-key" aria-label="Marker colour: verification technique">
      {techniques.map((technique) => (
        <li key={technique}>
          <span
            className="swatch"
            style={{ background: VERIFICATION_COLOURS[technique as keyof typeof VERIFICATION_COLOURS] }}
          />
          {verificationName(technique)}
        </li>
      ))}
    </ul>
  );
}

/** The map of the current configuration. */
export function TechniqueMapView() {
  const params = useApp((state) => state.params);
  const result = useApp((state) => state.techniqueResult);
  const error = useApp((state) => state.techniqueError);
  const importParams = useApp((state) => state.importParams);
  const showNotice = useApp((state) => state.showNotice);
  const theme = useChartTheme();
  const rows = useMemo(() => (result ? techniqueRows(result.map.points) : []), [result]);
  const figure = useMemo(() => techniqueMapFigure(rows, theme), [rows, theme]);
  const currentKey = params.privacy.addDifferentialPrivacy
    ? ''
    : techniqueKey({
        privacyTechnique: params.privacy.technique,
        verificationTechnique: params.verification.technique,
      });
  const apply = (key: string) => {
    const [privacy = '', verification = ''] = key.split('|');
    const chosen = [
      ['privacy.technique', privacy],
      ['privacy.addDifferentialPrivacy', false],
      ['verification.technique', verification],
    ] as const;
    const next = chosen.reduce((changed, [path, value]) => setParam(changed, path, value), params);
    // Locked and hidden techniques stay as the workshop set them; the notice then says which.
    const kept = importParams(next, 'The technique map');
    if (kept === '') showNotice(`Now using ${privacyName(privacy)} with ${verificationName(verification)}.`);
  };
  const fresh = result !== null && result.params === params;
  const unplotted = rows.length - plottable(rows).length;
  const verifications = [...new Set(rows.map((row) => row.point.verificationTechnique))];
  return (
    <main className="technique-view" aria-label="Technique map" data-testid="technique-view">
      <h2 className="view-title">Technique map: what each privacy and verification choice costs this job</h2>
      <p className="muted">
        Every combination of a privacy technique and a verification technique that the current job, model,
        hardware and network allow, each on its own (DP-SGD layered on another technique is left off). Click a
        point, or “Use” in the table, to make it the current configuration.
      </p>
      {error && <p role="alert">The map could not be computed: {humaniseMessage(error)}</p>}
      {!result && !error && <p className="placeholder">Computing every combination…</p>}
      {result && (
        <div className="technique-layout" data-fresh={fresh ? 'true' : 'false'}>
          <div>
            <PlotlyChart
              figure={figure}
              label="Throughput against data exposure and against the chance a cheat is caught, for every combination"
              testId="technique-chart"
              exportName="technique-map"
              onPointClick={apply}
              htmlLegend
            />
            <ColourKey techniques={verifications} />
            {unplotted > 0 && (
              <p className="muted">{unplotted} combinations reach no throughput and are only in the table.</p>
            )}
          </div>
          <div className="technique-side">
            <TechniqueTable rows={rows} currentKey={currentKey} onApply={apply} />
            {result.map.refused.length > 0 && (
              <details data-testid="technique-refused">
                <summary>Not possible for this job ({result.map.refused.length})</summary>
                <ul>
                  {result.map.refused.map((item) => (
                    <li key={techniqueKey(item)}>
                      {privacyName(item.privacyTechnique)} + {verificationName(item.verificationTechnique)}:{' '}
                      {item.reasons.map(humaniseMessage).join(' ')}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </div>
      )}
    </main>
  );
}
