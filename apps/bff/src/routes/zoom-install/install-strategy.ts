import type { PrismaClient } from '@c360/c360/store';
import OAuth2Strategy from 'passport-oauth2';
import type { Config } from '../../config.ts';
import { completeInstall } from '../../zoom/install-user.ts';
import { exchangeCode, type ZoomTokens } from '../../zoom/oauth-client.ts';
import { sessionStateStore } from './session-state-store.ts';

/** What a successful install hands the callback. */
export interface InstalledUser {
  zoomUserId: string;
  accessToken: string;
}

type TokenCallback = (error: Error | null, accessToken?: string, refreshToken?: string, results?: ZoomTokens) => void;

export const installCallbackUrl = (config: Config) => new URL('/zoom/callback', config.PUBLIC_URL).href;

/** The Marketplace install as a passport-oauth2 strategy: state + PKCE (S256) in our session. */
class ZoomInstallStrategy extends OAuth2Strategy {
  constructor(config: Config, prisma: PrismaClient) {
    super(
      {
        authorizationURL: `${config.ZOOM_HOST}/oauth/authorize`,
        tokenURL: `${config.ZOOM_HOST}/oauth/token`,
        clientID: config.ZOOM_CLIENT_ID,
        clientSecret: config.ZOOM_CLIENT_SECRET,
        callbackURL: installCallbackUrl(config),
        pkce: true,
        state: true,
        store: sessionStateStore,
        skipUserProfile: true,
      },
      (accessToken: string, _refreshToken: string, tokens: ZoomTokens, _profile: unknown, done: OAuth2Strategy.VerifyCallback) => {
        completeInstall({ config, prisma }, tokens).then(
          ({ zoomUserId }) => done(null, { zoomUserId, accessToken } satisfies InstalledUser),
          (error: unknown) => done(error),
        );
      },
    );
    // The oauth library posts the client secret in the form; Zoom wants HTTP Basic. Redeem codes with
    // the same exchangeCode in-client OAuth uses.
    const redeem = (code: string, params: { redirect_uri: string; code_verifier?: string }, callback: TokenCallback) => {
      exchangeCode(config, { code, redirectUri: params.redirect_uri, codeVerifier: params.code_verifier }).then(
        (tokens) => callback(null, tokens.accessToken, tokens.refreshToken, tokens),
        (error: Error) => callback(error),
      );
    };
    this._oauth2.getOAuthAccessToken = redeem as unknown as typeof this._oauth2.getOAuthAccessToken;
  }
}

export const createInstallStrategy = (config: Config, prisma: PrismaClient): OAuth2Strategy => new ZoomInstallStrategy(config, prisma);
