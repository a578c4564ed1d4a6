import type { SessionView } from '@c360/contracts';
import type { ParseKeys } from 'i18next';
import { lazy, type ComponentType } from 'react';
import { withCompleteCatalog } from '@/lib/i18n';

type Gainsight = NonNullable<SessionView['gainsight']>;

/** A full-height screen opened from the ⋯ menu in place of the tabs (meeting logs, admin settings, reports). */
export interface MenuScreen {
  id: string;
  /** i18n key of its menu item. */
  labelKey: ParseKeys;
  isAllowed: (gainsight: Gainsight) => boolean;
  Screen: ComponentType<{ onClose: () => void }>;
}

const isAdmin = (gainsight: Gainsight) => gainsight.permissions.administer?.allowed === true;
// The attribute layout is the Attributes tab's, which only the New 360 experience has (the BFF refuses it too).
const isNew360Admin = (gainsight: Gainsight) => isAdmin(gainsight) && gainsight.domain.new360;
const mayWriteTimeline = (gainsight: Gainsight) => gainsight.permissions.writeTimeline?.allowed === true;
const mayViewReports = (gainsight: Gainsight) => gainsight.permissions.viewReports?.allowed === true;

// Lazy: none of them is on the first screen.
const ZoomAccessScreen = lazy(() =>
  withCompleteCatalog(import('../features/admin/components/zoom-access-screen')).then((m) => ({ default: m.ZoomAccessScreen })),
);
const AttributeLayoutScreen = lazy(() =>
  withCompleteCatalog(import('../features/attributes/components/attribute-layout-screen')).then((m) => ({ default: m.AttributeLayoutScreen })),
);
const MeetingLogSettingsScreen = lazy(() =>
  withCompleteCatalog(import('../features/settings/components/meeting-log-settings-screen')).then((m) => ({ default: m.MeetingLogSettingsScreen })),
);
const MeetingLogsScreen = lazy(() =>
  withCompleteCatalog(import('../features/meeting-log/components/meeting-logs-screen')).then((m) => ({ default: m.MeetingLogsScreen })),
);
const ApiKeysScreen = lazy(() => withCompleteCatalog(import('../features/api-keys/components/api-keys-screen')).then((m) => ({ default: m.ApiKeysScreen })));
const ImportScreen = lazy(() => withCompleteCatalog(import('../features/imports/components/import-screen')).then((m) => ({ default: m.ImportScreen })));
const ExportScreen = lazy(() => withCompleteCatalog(import('../features/export/components/export-screen')).then((m) => ({ default: m.ExportScreen })));
const ReportsScreen = lazy(() => withCompleteCatalog(import('../features/reports/components/reports-screen')).then((m) => ({ default: m.ReportsScreen })));

export const MENU_SCREENS: readonly MenuScreen[] = [
  // Every user who may log the meetings they host may have logs waiting.
  { id: 'meeting-logs', labelKey: 'meetingLog.logs.menu', isAllowed: mayWriteTimeline, Screen: MeetingLogsScreen },
  { id: 'zoom-access', labelKey: 'menu.zoomAccess', isAllowed: isAdmin, Screen: ZoomAccessScreen },
  { id: 'attribute-layout', labelKey: 'menu.attributeLayout', isAllowed: isNew360Admin, Screen: AttributeLayoutScreen },
  { id: 'meeting-log-settings', labelKey: 'meetingLog.settings.menu', isAllowed: isAdmin, Screen: MeetingLogSettingsScreen },
  { id: 'api-keys', labelKey: 'menu.apiKeys', isAllowed: isAdmin, Screen: ApiKeysScreen },
  { id: 'import', labelKey: 'menu.import', isAllowed: isAdmin, Screen: ImportScreen },
  { id: 'export', labelKey: 'menu.export', isAllowed: isAdmin, Screen: ExportScreen },
  { id: 'reports', labelKey: 'reports.menu', isAllowed: mayViewReports, Screen: ReportsScreen },
];

export const allowedScreens = (gainsight: Gainsight | null): readonly MenuScreen[] =>
  gainsight ? MENU_SCREENS.filter((screen) => screen.isAllowed(gainsight)) : [];
