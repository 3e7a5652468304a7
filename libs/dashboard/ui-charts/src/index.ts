import './lib/charts.css';

export * from './lib/bar-chart/BarChart';
export * from './lib/bar-chart/bar-chart.model';
export * from './lib/line-chart/LineChart';
export * from './lib/line-chart/line-chart.model';
export * from './lib/pareto-chart/ParetoChart';
export * from './lib/pareto-chart/pareto-chart.model';
export * from './lib/stacked-bar-chart/StackedBarChart';
export * from './lib/stacked-bar-chart/stacked-bar-chart.model';
export * from './lib/shared/chart-colors';
export * from './lib/shared/chart-format';
export type { LegendItem } from './lib/shared/ChartLegend';
export * from './lib/gantt-chart/GanttChart';
export * from './lib/gantt-chart/gantt-chart.model';
