import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryLoading } from '../components/ui/query-state';
import { Tabs, type TabItem } from '../components/ui/tabs';
import { TimelineTab } from '@/features/timeline';
import { withCompleteCatalog } from '@/lib/i18n';

// Timeline is the first screen; the other tabs load on first visit to keep the initial bundle small.
const InsightsTab = lazy(() => withCompleteCatalog(import('../features/insights/components/insights-tab')).then((module) => ({ default: module.InsightsTab })));
const PeopleTab = lazy(() => withCompleteCatalog(import('../features/people/components/people-tab')).then((module) => ({ default: module.PeopleTab })));
const ScorecardTab = lazy(() =>
  withCompleteCatalog(import('../features/scorecard/components/scorecard-tab')).then((module) => ({ default: module.ScorecardTab })),
);
const AttributesTab = lazy(() =>
  withCompleteCatalog(import('../features/attributes/components/attributes-tab')).then((module) => ({ default: module.AttributesTab })),
);
const CtasTab = lazy(() => withCompleteCatalog(import('../features/ctas/components/ctas-tab')).then((module) => ({ default: module.CtasTab })));

interface SidebarTabsProps {
  /** The tenant's "New 360 experience" flag: Scorecard and Attributes need it. */
  new360Experience: boolean;
}

export function SidebarTabs({ new360Experience }: SidebarTabsProps) {
  const { t } = useTranslation();
  const items: TabItem[] = [
    { id: 'timeline', label: t('tabs.timeline'), panel: <TimelineTab /> },
    { id: 'people', label: t('tabs.people'), panel: <PeopleTab /> },
  ];
  if (new360Experience) {
    items.push(
      { id: 'scorecard', label: t('tabs.scorecard'), panel: <ScorecardTab /> },
      { id: 'attributes', label: t('tabs.attributes'), panel: <AttributesTab /> },
    );
  }
  // CTAs need no New 360 experience: they are Cockpit's, not the 360's.
  items.push({ id: 'ctas', label: t('ctas.tab'), panel: <CtasTab /> });
  // After Gainsight's four tabs, so their order stays as users know it.
  items.push({ id: 'summary', label: t('tabs.summary'), panel: <InsightsTab /> });
  return (
    <>
      <Tabs items={items} label={t('tabs.label')} fallback={<QueryLoading label={t('tabs.loading')} className="tab-page" />} />
      {!new360Experience && (
        <p role="note" className="sidebar__note">
          {t('tabs.new360Required')}
        </p>
      )}
    </>
  );
}
