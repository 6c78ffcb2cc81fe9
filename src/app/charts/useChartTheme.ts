// The chart theme for the current mode: large type in presenter mode.
import { useApp } from '../store/StoreContext';
import { CHART_THEMES, type ChartTheme } from './theme';

/** The theme charts should use now. */
export function useChartTheme(): ChartTheme {
  const presenter = useApp((state) => state.presenter);
  return presenter ? CHART_THEMES.presenter : CHART_THEMES.normal;
}
