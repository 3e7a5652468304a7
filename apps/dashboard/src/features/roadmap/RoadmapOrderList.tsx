import { Button } from '@esm-planner/dashboard-ui';
import { formatDate } from '../formatting/format';
import type { RoadmapDraft } from './RoadmapOrderCard';
import { moveInOrder, startReason, type RoadmapItem } from './roadmap-rows';

/** The departments in the draft's order, each with its start and buttons to move it. */
export function RoadmapOrderList({
  items,
  draft,
  onChange,
}: {
  items: readonly RoadmapItem[];
  draft: RoadmapDraft;
  onChange: (draft: RoadmapDraft) => void;
}) {
  const byId = new Map(items.map((item) => [item.department.id, item]));
  return (
    <ol className="roadmap-order">
      {draft.order.map((id, index) => {
        const item = byId.get(id);
        if (!item) return null;
        return (
          <li
            key={id}
            className="roadmap-order__item"
            data-testid="roadmap-order-item"
          >
            <span className="roadmap-order__name">
              {index + 1}. {item.department.name}
              <span className="muted">
                {' '}
                · starts {formatDate(item.startDate)} ({startReason(item)})
              </span>
            </span>
            <Button
              size="sm"
              variant="ghost"
              ariaLabel={`Move ${item.department.name} up`}
              disabled={index === 0}
              onClick={() =>
                onChange({
                  ...draft,
                  order: moveInOrder(draft.order, index, -1),
                })
              }
            >
              Up
            </Button>
            <Button
              size="sm"
              variant="ghost"
              ariaLabel={`Move ${item.department.name} down`}
              disabled={index === draft.order.length - 1}
              onClick={() =>
                onChange({
                  ...draft,
                  order: moveInOrder(draft.order, index, 1),
                })
              }
            >
              Down
            </Button>
          </li>
        );
      })}
    </ol>
  );
}
