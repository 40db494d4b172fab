import { fileURLToPath } from "node:url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

const path = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [reactRouter()],
  resolve: {
    alias: [
      { find: /^~\//, replacement: `${path("./app")}/` },
      // dkfds only exports its JS; its stylesheet and fonts are reached by path.
      { find: /^dkfds\/dist\/(.*)$/, replacement: `${path("./node_modules/dkfds/dist")}/$1` },
    ],
  },
  build: { chunkSizeWarningLimit: 800 },
});
