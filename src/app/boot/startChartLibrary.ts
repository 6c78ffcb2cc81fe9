// Starts loading the chart library as soon as the app's code has arrived, before that code runs: boot.tsx
// imports this module first, and modules run in import order, so the library's download overlaps the running of
// React and the app's modules instead of following them.
import { loadPlotly } from '../charts/plotlyBundle';

void loadPlotly();
