// The Scenarios view: run any bundled or uploaded scenario in the worker and see whether its claim holds.
import { JobProgress } from '../shell/JobProgress';
import { ScenarioDetail } from './ScenarioDetail';
import { ScenarioList } from './ScenarioList';
import { ScenarioUpload } from './ScenarioUpload';

/** List on the left, the open scenario on the right. */
export function ScenariosView() {
  return (
    <div className="layout scenarios">
      <aside className="controls" aria-label="Scenario files">
        <ScenarioList />
        <ScenarioUpload />
      </aside>
      <main className="explore" aria-label="Scenario">
        <JobProgress job="scenario" />
        <ScenarioDetail />
      </main>
    </div>
  );
}
