import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./build/serviceWorkerPlugin.ts";
import { CONTENT_SECURITY_POLICY } from "./csp.config.ts";

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: { port: 5173, strictPort: false },
  // The dev server injects inline scripts (React Refresh), so only the built app is held to the CSP.
  preview: { port: 4173, strictPort: true, headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY } },
  build: {
    target: "es2022",
    sourcemap: true,
    // The code every page needs in one file rather than a dozen small ones shared with lazy chunks: on a slow
    // intranet (150 ms round trip, six connections) each wave of requests costs a round trip (issue #20).
    // 填表说明's text stays lazy.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "core",
              test: (id: string) =>
                /node_modules[\\/](react|react-dom|scheduler|react-hook-form|zod|idb-keyval)[\\/]|[\\/]src[\\/](template|report|checks|grid)[\\/]/.test(
                  id,
                ) && !id.includes("tableGuidance"),
            },
          ],
        },
      },
    },
  },
});
