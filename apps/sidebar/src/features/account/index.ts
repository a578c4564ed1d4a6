// The account feature's public entry: the header under the search.
export { AccountHeader } from './components/account-header';
