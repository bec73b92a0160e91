/** The policy of one HTML page, allowing exactly these inline scripts (base64 SHA-256 digests). */
export function pagePolicy(scriptHashes: readonly string[]): string;
/** The Content-Security-Policy header for every file the site serves. */
export const headerPolicy: string;
