import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserContext } from '@/hooks/use-user-context';
import { useZoomStatus } from '@/hooks/use-zoom-status';
import { useSession } from '@/hooks/use-session';
import { useLinkZoomContext } from '../hooks/use-link-zoom-context';
import { useZoomAuthorize } from '../hooks/use-zoom-authorize';
import './zoom-connection.css';

/** Who this sidebar is linked to in Zoom; a guest can authorize the app here. */
export function ZoomConnection() {
  const { t } = useTranslation();
  const inZoom = useZoomStatus().data?.inZoom === true;
  const session = useSession();
  const user = useUserContext(inZoom);
  const authorize = useZoomAuthorize();
  const guestNoteId = useId();
  useLinkZoomContext(inZoom, session.data);

  if (session.isPending) return <p className="zoom-connection zoom-connection--muted">{t('zoom.checking')}</p>;
  if (session.isError) return <p className="zoom-connection zoom-connection--muted">{t('zoom.sessionFailed')}</p>;
  const zoom = session.data.zoom;
  if (!zoom) return <p className="zoom-connection zoom-connection--muted">{t('zoom.notConnected')}</p>;
  if (zoom.userId !== null) {
    return <p className="zoom-connection zoom-connection--linked">{user.data ? t('zoom.connectedAs', { name: user.data.screenName }) : t('zoom.connected')}</p>;
  }
  return (
    <div className="zoom-connection zoom-connection--guest">
      <p id={guestNoteId}>{t('zoom.guest')}</p>
      {inZoom && (
        <button
          type="button"
          className="zoom-connection__authorize"
          aria-describedby={guestNoteId}
          disabled={authorize.isPending}
          onClick={() => authorize.mutate()}
        >
          {authorize.isPending ? t('zoom.authorizing') : t('zoom.authorize')}
        </button>
      )}
      {authorize.isError && <p role="alert">{t('zoom.authorizeFailed')}</p>}
    </div>
  );
}
