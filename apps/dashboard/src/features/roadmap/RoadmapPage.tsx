import { useState, type ComponentProps } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { RoadmapPageDocument } from '@esm-planner/dashboard-data-access-graphql';
import { EmptyState, ErrorBanner, PageHeader } from '@esm-planner/dashboard-ui';
import { usePageTitle } from '../../app/routing/usePageTitle';
import { canWriteRoadmap } from '../access/roles';
import { UnsavedChangesGuard } from '../forms/UnsavedChangesGuard';
import { organizationPageState } from '../organizations/organization-page-state';
import { ItStabilityCard } from './ItStabilityCard';
import { RoadmapGanttCard } from './RoadmapGanttCard';
import { RoadmapOrderCard, type RoadmapDraft } from './RoadmapOrderCard';
import { RoadmapScheduleTable } from './RoadmapScheduleTable';
import { RoadmapSettingsForm } from './RoadmapSettingsForm';
import { draftOrSaved, useRoadmapDraft } from './useRoadmapDraft';
import '../rollouts/rollouts.css';
import './roadmap.css';

/** `/organizations/:organizationId/roadmap`: the expansion roadmap, IT stability, and the what-if of another order. */
export function RoadmapPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RoadmapPageDocument, {
    variables: { organizationId },
  });
  const [settingsDirty, setSettingsDirty] = useState(false);
  const organization = data?.organization;
  const roadmap = data?.roadmap;
  const editing = useRoadmapDraft(organizationId, roadmap, refetch);
  usePageTitle('Roadmap', organization?.name);

  const fallback = organizationPageState({
    hasData: Boolean(data),
    hasOrganization: Boolean(organization),
    loading,
    error,
    refetch,
    loadingLabel: 'Loading the roadmap…',
    errorTitle: 'The roadmap could not be loaded',
  });
  if (fallback || !organization) return fallback;
  if (!roadmap)
    return (
      <EmptyState
        title="No roadmap"
        description="The organisation has no roadmap to show."
      />
    );

  const canWrite = canWriteRoadmap(organization.myRole);
  const current = draftOrSaved(editing.draft, roadmap);
  const shown = editing.previewed ?? roadmap;
  const isPreview = shown !== roadmap;

  return (
    <>
      <RoadmapHeader
        organizationName={organization.name}
        unsaved={(editing.changed && canWrite) || settingsDirty}
      />
      <div className="rollout-page">
        {editing.saveProblems.length > 0 ? (
          <ErrorBanner
            title="The order was not saved"
            messages={editing.saveProblems}
          />
        ) : null}
        <RoadmapGanttCard
          organizationName={organization.name}
          items={shown.items}
          asOf={shown.asOf}
          title={isPreview ? 'Schedule — preview, not saved' : 'Schedule'}
          testId="roadmap-schedule"
        />
        <RoadmapOrderRow
          items={shown.items}
          current={current}
          canSave={canWrite}
          editing={editing}
          stability={roadmap.itStability}
          organizationName={organization.name}
        />
        <RoadmapScheduleTable
          organization={organization}
          items={shown.items}
          isPreview={isPreview}
        />
        {canWrite ? (
          <RoadmapSettingsForm
            settings={roadmap.settings}
            currency={organization.currency}
            onSaved={() => void refetch()}
            onDirtyChange={setSettingsDirty}
          />
        ) : null}
      </div>
    </>
  );
}

/** The order and capacity card beside IT's stability. */
function RoadmapOrderRow({
  items,
  current,
  canSave,
  editing,
  stability,
  organizationName,
}: {
  items: ComponentProps<typeof RoadmapOrderCard>['items'];
  current: RoadmapDraft;
  canSave: boolean;
  editing: ReturnType<typeof useRoadmapDraft>;
  stability: ComponentProps<typeof ItStabilityCard>['stability'];
  organizationName: string;
}) {
  return (
    <div className="rollout-page__top">
      <RoadmapOrderCard
        items={items}
        draft={current}
        canSave={canSave}
        {...editing.orderCard}
        onSave={() => void editing.save(current)}
      />
      <ItStabilityCard
        stability={stability}
        organizationName={organizationName}
      />
    </div>
  );
}

function RoadmapHeader({
  organizationName,
  unsaved,
}: {
  organizationName: string;
  /** Whether leaving would lose an order or settings not saved. */
  unsaved: boolean;
}) {
  return (
    <>
      <PageHeader
        eyebrow={organizationName}
        title="Roadmap"
        description="When each department runs its 90 days: IT first, HR second, then by priority, never more rollouts at once than the CoE can carry, and no department before IT is stable."
      />
      <UnsavedChangesGuard when={unsaved} what="your changes to the roadmap" />
    </>
  );
}
