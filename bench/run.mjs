// `npm run bench`: builds the app, then runs bench/main.ts through Vite's module runner (so the benchmark can
// import the TypeScript domain code directly). Names given after it run only those measurements.
import { execSync } from "node:child_process";
import { runnerImport } from "vite";

execSync("npx vite build --logLevel warn", { stdio: "inherit" });
const { module } = await runnerImport(new URL("./main.ts", import.meta.url).pathname);
await module.main(process.argv.slice(2));
