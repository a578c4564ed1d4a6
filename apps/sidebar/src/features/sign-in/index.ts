// The sign-in feature's public entry: what other features and app/ may import from it.
export { SignInScreen } from './components/sign-in-screen';
export { WelcomeStep } from './components/welcome-step';
export { useSignOut } from './hooks/use-sign-out';
