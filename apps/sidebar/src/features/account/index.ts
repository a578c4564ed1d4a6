// The account feature's public entry: the header under the search, and its query keys for writes that change it.
export { AccountHeader } from './components/account-header';
export { summaryKeys } from './api/get-subject-summary';
