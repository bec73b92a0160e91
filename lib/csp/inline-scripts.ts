import { createHash } from "node:crypto";

/**
 * SHA-256 (base64) of each inline script's text, exactly as a browser hashes it for a CSP
 * `'sha256-…'` source: the raw characters between the tags, nothing decoded.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = "", body = ""] of html.matchAll(
    /<script\b([^>]*)>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\bsrc\s*=/i.test(attrs) || body === "") continue;
    hashes.push(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return hashes;
}

const metaPattern = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

/**
 * The page with a `<meta>` policy built by `policyFor` from its inline scripts' hashes, placed right
 * after `<meta charset>` (which must stay first) so that it covers every script after it. A page's
 * earlier policy tag is replaced, so running this twice changes nothing.
 */
export function withPolicyMeta(html: string, policyFor: (hashes: string[]) => string): string {
  const withoutOld = html.replace(metaPattern, "");
  const policy = policyFor(inlineScriptHashes(withoutOld)).replaceAll('"', "&quot;");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(withoutOld))
    throw new Error('no <meta charset="utf-8"> to put the policy after');
  return withoutOld.replace(charset, (tag) => `${tag}${meta}`);
}
