/** Salesforce's OAuth runs as full-page navigations of the sidebar's own frame, ending back in the app. */
export function startSalesforceSignIn(): void {
  window.location.assign('/auth/salesforce');
}
