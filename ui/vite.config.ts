import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vitest/config";

// The UI is served by Tauri from ui/dist (no server, no remote content).
export default defineConfig({
  plugins: [svelte()],
  base: "./",
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { outDir: "dist", emptyOutDir: true, target: "safari15" },
  // West of Greenwich, as most communities Tejido serves: a date shown a day early shows here.
  test: { environment: "happy-dom", include: ["src/**/*.test.ts"], env: { TZ: "America/Guatemala" }, setupFiles: ["src/lib/i18n/test-setup.ts"] },
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
});
