/** A Zoom user's OAuth tokens as the product keeps them (plaintext only in memory). */
export interface ZoomTokenSet {
  accessToken: string;
  refreshToken: string;
  accessExpiresAt: Date;
  /** Space-separated, as Zoom grants them. */
  scopes: string;
}
