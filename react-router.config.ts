import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "app",
  ssr: true,
  // Middleware lets the root route check CSRF and the session once for every request.
  future: { v8_middleware: true },
} satisfies Config;
