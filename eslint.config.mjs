import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    "out/**",
    "public/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "e2e-artifacts/**",
    "bench-results/**",
  ]),
]);
