import OAuth2Strategy from 'passport-oauth2';
import type { Config, SalesforceConfig } from '../../config.ts';
import { createSessionStateStore } from '../zoom-install/session-state-store.ts';
import { exchangeCode, fetchEmail } from './identity-provider.ts';

/** What a successful Salesforce sign-in hands the callback: the IdP's word for who the user is. */
export interface SalesforceIdentity {
  email: string;
}

type TokenCallback = (error: Error | null, accessToken?: string, refreshToken?: string, results?: unknown) => void;

export const salesforceCallbackUrl = (config: Config) => new URL('/auth/salesforce/callback', config.PUBLIC_URL).href;

// A login must never accept a callback it did not start: that would sign the browser in as someone else.
const stateStore = createSessionStateStore({ key: 'salesforceSignIn', allowMissingState: false });

/** "Sign in with Salesforce" as a passport-oauth2 strategy: state + PKCE (S256) in our session. */
class SalesforceStrategy extends OAuth2Strategy {
  constructor(config: Config, salesforce: SalesforceConfig) {
    super(
      {
        authorizationURL: salesforce.authorizeUrl,
        tokenURL: salesforce.tokenUrl,
        clientID: salesforce.clientId,
        clientSecret: salesforce.clientSecret,
        callbackURL: salesforceCallbackUrl(config),
        pkce: true,
        state: true,
        store: stateStore,
        skipUserProfile: true,
      },
      (accessToken: string, _refreshToken: string, _results: unknown, _profile: unknown, done: OAuth2Strategy.VerifyCallback) => {
        fetchEmail(salesforce, accessToken).then(
          (email) => done(null, { email } satisfies SalesforceIdentity),
          (error: unknown) => done(error),
        );
      },
    );
    // The oauth library always posts the secret in the form; the IdP may want HTTP Basic instead.
    const redeem = (code: string, params: { redirect_uri: string; code_verifier?: string }, callback: TokenCallback) => {
      exchangeCode(salesforce, { code, redirectUri: params.redirect_uri, codeVerifier: params.code_verifier }).then(
        (accessToken) => callback(null, accessToken, undefined, {}),
        (error: Error) => callback(error),
      );
    };
    this._oauth2.getOAuthAccessToken = redeem as unknown as typeof this._oauth2.getOAuthAccessToken;
  }
}

export const createSalesforceStrategy = (config: Config, salesforce: SalesforceConfig): OAuth2Strategy => new SalesforceStrategy(config, salesforce);
