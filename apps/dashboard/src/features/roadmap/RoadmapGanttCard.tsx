import { useMemo, useRef, useState } from 'react';
import { Button, Card, ErrorBanner, Icon } from '@esm-planner/dashboard-ui';
import { GanttChart } from '@esm-planner/dashboard-ui-charts';
import { csvFileName } from '@esm-planner/shared-util-csv';
import { downloadPng, downloadSvg } from '../exports/download-chart';
import { PHASE_LEGEND } from '../rollouts/rollout-timeline';
import {
  ROADMAP_MARKER_LEGEND,
  roadmapGanttRows,
  type RoadmapItem,
} from './roadmap-rows';

export type RoadmapGanttCardProps = {
  organizationName: string;
  items: readonly RoadmapItem[];
  asOf: string;
  /** "Preview" when showing an unsaved what-if. */
  title: string;
  testId?: string;
};

/** Every department's 90 days on one time axis, with SVG and PNG downloads of the chart. */
export function RoadmapGanttCard({
  organizationName,
  items,
  asOf,
  title,
  testId,
}: RoadmapGanttCardProps) {
  const rows = useMemo(() => roadmapGanttRows(items), [items]);
  const frame = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const svg = () =>
    frame.current?.querySelector<SVGSVGElement>('svg.chart__svg') ?? null;
  const stem = csvFileName(organizationName, 'roadmap').replace(/\.csv$/, '');

  return (
    <Card
      as="section"
      title={title}
      testId={testId}
      aside={
        <span className="roadmap-downloads">
          <Button
            size="sm"
            variant="ghost"
            icon={<Icon name="download" size={16} />}
            testId="roadmap-download-svg"
            onClick={() => {
              const node = svg();
              if (node) downloadSvg(node, `${stem}.svg`);
            }}
          >
            SVG
          </Button>
          <Button
            size="sm"
            variant="ghost"
            icon={<Icon name="download" size={16} />}
            testId="roadmap-download-png"
            onClick={() => {
              const node = svg();
              setProblem(null);
              if (node)
                downloadPng(node, `${stem}.png`).catch((error: Error) =>
                  setProblem(error.message),
                );
            }}
          >
            PNG
          </Button>
        </span>
      }
    >
      {problem ? (
        <ErrorBanner title="The image was not saved" messages={[problem]} />
      ) : null}
      <div ref={frame}>
        <GanttChart
          title={`${organizationName} roadmap`}
          description={`Each department’s 90-day plan in roadmap order: saved plans solid, scheduled ones lighter and dashed; go-live on day 61, gates as flags, today ${asOf}.`}
          rows={rows}
          today={asOf}
          rowHeader="Department"
          rowHeight={40}
          legend={[...PHASE_LEGEND, ...ROADMAP_MARKER_LEGEND]}
          testId="roadmap-gantt"
        />
      </div>
    </Card>
  );
}
