// The app's layout: header (or the presenter bar), link and file errors, notices, and the current view. The
// Explore view is in the main bundle; the others load when first opened.
import { lazy, Suspense } from 'react';
import { ControlsPanel } from './controls/ControlsPanel';
import { ExploreView } from './explore/ExploreView';
import { AppHeader } from './shell/AppHeader';
import { AutosaveErrorBanner } from './shell/AutosaveErrorBanner';
import { ImportErrorBanner } from './shell/ImportErrorBanner';
import { LinkErrorBanner } from './shell/LinkErrorBanner';
import { NoticeLine } from './shell/NoticeLine';
import { PresenterBar } from './shell/PresenterBar';
import { StatusLine } from './shell/StatusLine';
import { useApp } from './store/StoreContext';
import { participantView, type ViewName } from './viewState';

const TechniqueMapView = lazy(() =>
  import('./techniques/TechniqueMapView').then((m) => ({ default: m.TechniqueMapView })),
);
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const ScenariosView = lazy(() =>
  import('./scenarios/ScenariosView').then((m) => ({ default: m.ScenariosView })),
);
const MatrixView = lazy(() => import('./matrix/MatrixView').then((m) => ({ default: m.MatrixView })));
const ClaimsView = lazy(() => import('./claims/ClaimsView').then((m) => ({ default: m.ClaimsView })));
const WorkshopView = lazy(() => import('./workshop/WorkshopView').then((m) => ({ default: m.WorkshopView })));

const LAZY_VIEWS = {
  techniques: TechniqueMapView,
  compare: CompareView,
  scenarios: ScenariosView,
  matrix: MatrixView,
  claims: ClaimsView,
  workshop: WorkshopView,
} as const satisfies Record<Exclude<ViewName, 'explore'>, unknown>;

/** The whole app (expects a StoreProvider above it). */
export function App() {
  const view = useApp((state) => participantView(state.view, state.participant));
  const presenter = useApp((state) => state.presenter);
  const LazyView = view === 'explore' ? null : LAZY_VIEWS[view];
  return (
    <div className={presenter ? 'app presenter' : 'app'} data-view={view}>
      {presenter ? <PresenterBar /> : <AppHeader />}
      <LinkErrorBanner />
      <AutosaveErrorBanner />
      <ImportErrorBanner />
      <NoticeLine />
      {LazyView ? (
        <Suspense fallback={<p className="placeholder">Loading the view…</p>}>
          <LazyView />
        </Suspense>
      ) : (
        <>
          <StatusLine />
          <div className="layout">
            {!presenter && <ControlsPanel />}
            <ExploreView />
          </div>
        </>
      )}
    </div>
  );
}
