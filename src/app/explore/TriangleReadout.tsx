// The triangle readout: performance, verifiability and privacy figures of the current point, each with the
// model's track record in its error area (linking to the table of model error), its category labels (whom you
// must trust, who sees the data) and any warnings. A configuration that cannot run is greyed out with the reason.
import { useApp } from '../store/StoreContext';
import { MODEL_ERROR_TABLE_ID, showModelErrorRow } from './ModelErrorTable';
import { TrianglePicture } from './TrianglePicture';
import { categoryLabels, cornerFigures, TRIANGLE_CORNERS } from './triangleReadout';

const CORNER_TITLES = {
  performance: 'Performance',
  verifiability: 'Verifiability',
  privacy: 'Privacy',
} as const;

/** Three cards, one per corner, plus labels and warnings. */
export function TriangleReadout() {
  const point = useApp((state) => state.point);
  const params = useApp((state) => state.computedParams);
  if (!point) return <p className="placeholder">Computing…</p>;
  const labels = categoryLabels(point);
  const otherWarnings = point.warnings.filter((warning) => !point.infeasibleReasons.includes(warning));
  return (
    <section
      className={point.feasible ? 'readout' : 'readout infeasible'}
      aria-label="Triangle readout"
      data-testid="triangle-readout"
      data-feasible={point.feasible ? 'true' : 'false'}
    >
      {!point.feasible && (
        <p className="infeasible-note" role="alert" data-testid="infeasible-note">
          This configuration cannot run: {point.infeasibleReasons.join('; ')}. The figures below describe a
          run that cannot happen; the charts leave it out.
        </p>
      )}
      {otherWarnings.length > 0 && (
        <ul className="warnings" role="status">
          {otherWarnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <TrianglePicture metrics={point.metrics} />
      <div className="corners">
        {TRIANGLE_CORNERS.map((corner) => {
          const figures = cornerFigures(point, corner, params);
          return (
            <article key={corner} className={`corner corner-${corner}`} data-corner={corner}>
              <h3>{CORNER_TITLES[corner]}</h3>
              {figures.length === 0 ? (
                <p className="muted">No {corner} figures for this configuration.</p>
              ) : (
                <dl>
                  {figures.map((figure) => (
                    <div key={figure.metric} className="figure" title={figure.description}>
                      <dt>{figure.label}</dt>
                      <dd data-metric={figure.metric}>
                        {figure.text}
                        {figure.bandText && <span className="band"> (P10–P90 {figure.bandText})</span>}
                        {figure.modelError?.bandText && (
                          <span className="band model-band">
                            {' '}
                            (with model error {figure.modelError.bandText})
                          </span>
                        )}
                      </dd>
                      {figure.modelError && (
                        <dd
                          className="track-record"
                          data-testid="track-record"
                          data-area={figure.modelError.area}
                        >
                          Model: {figure.modelError.trackRecord}{' '}
                          <a
                            href={`#${MODEL_ERROR_TABLE_ID}-${figure.modelError.area}`}
                            onClick={(event) => {
                              event.preventDefault();
                              showModelErrorRow(figure.modelError?.area ?? '');
                            }}
                          >
                            (table)
                          </a>
                        </dd>
                      )}
                    </div>
                  ))}
                </dl>
              )}
            </article>
          );
        })}
      </div>
      {labels.length > 0 && (
        <dl className="labels">
          {labels.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
