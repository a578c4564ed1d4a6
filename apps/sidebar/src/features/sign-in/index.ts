import { lazy } from 'react';

// The sign-in feature's public entry: what other features and app/ may import from it.
// Lazy: a signed-in user's first screen needs neither the sign-in steps nor Welcome.
export const SignInScreen = lazy(() => import('./components/sign-in-screen').then((m) => ({ default: m.SignInScreen })));
export const WelcomeStep = lazy(() => import('./components/welcome-step').then((m) => ({ default: m.WelcomeStep })));
export { useSignOut } from './hooks/use-sign-out';
