import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { serviceWorkerPlugin } from "./build/serviceWorkerPlugin.ts";
import { CONTENT_SECURITY_POLICY } from "./csp.config.ts";

export default defineConfig({
  plugins: [react(), serviceWorkerPlugin()],
  server: { port: 5173, strictPort: false },
  // The dev server injects inline scripts (React Refresh), so only the built app is held to the CSP.
  preview: { port: 4173, strictPort: true, headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY } },
  build: { target: "es2022", sourcemap: true },
});
