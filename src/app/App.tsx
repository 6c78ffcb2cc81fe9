// The app's layout: header, link errors, and the current view (Explore: controls and results; Scenarios).
import { ControlsPanel } from './controls/ControlsPanel';
import { ExploreView } from './explore/ExploreView';
import { ScenariosView } from './scenarios/ScenariosView';
import { AppHeader } from './shell/AppHeader';
import { LinkErrorBanner } from './shell/LinkErrorBanner';
import { StatusLine } from './shell/StatusLine';
import { useApp } from './store/StoreContext';

/** The whole app (expects a StoreProvider above it). */
export function App() {
  const view = useApp((state) => state.view);
  return (
    <div className="app">
      <AppHeader />
      <LinkErrorBanner />
      {view === 'explore' ? (
        <>
          <StatusLine />
          <div className="layout">
            <ControlsPanel />
            <ExploreView />
          </div>
        </>
      ) : (
        <ScenariosView />
      )}
    </div>
  );
}
