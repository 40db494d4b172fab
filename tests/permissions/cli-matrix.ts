import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Role } from "~/.server/db/schema/accounts";
import { activityWork, type MatrixFixture, type Relation } from "./route-matrix";

// The command line's side of the permission matrix (the routes are in route-matrix.ts).

/** The CLI commands acting for a user, with the expected exit code per role and relation. */
export const cliMatrix: {
  command: string;
  args: (f: MatrixFixture, rel: Relation) => string[];
  expect: (role: Role, rel: Relation) => number;
}[] = [
  { command: "plans list", args: () => ["plans", "list", "--json"], expect: () => 0 },
  {
    command: "plan export",
    args: (f, rel) => ["plan", "export", f.plan[rel]],
    expect: (role, rel) => (rel === "own" && (role === "administrator" || role === "planManager") ? 0 : 1),
  },
  // Before "plan import": replacing the plan drops the staff member's activity assignment.
  {
    command: "log template",
    args: (f, rel) => [
      "log",
      "template",
      f.plan[rel],
      "--out",
      join(tmpdir(), `helhed-matrix-skabelon-${process.pid}.xlsx`),
    ],
    expect: (role, rel) => (activityWork(role, rel) === 200 ? 0 : 1),
  },
  {
    command: "log export",
    args: (f, rel) => [
      "log",
      "export",
      f.plan[rel],
      "--out",
      join(tmpdir(), `helhed-matrix-eksport-${process.pid}.xlsx`),
    ],
    expect: (role, rel) => (activityWork(role, rel) === 200 ? 0 : 1),
  },
  {
    command: "log import",
    // An empty template (written by the test): checked through the policy, nothing to write.
    args: (f, rel) => ["log", "import", f.plan[rel], "__fixture__:logbog-skabelon", "--dry-run"],
    expect: (role, rel) => (activityWork(role, rel) === 200 ? 0 : 1),
  },
  {
    command: "plan import",
    args: (f, rel) => ["plan", "import", `__fixture__:${f.plan[rel]}`, "--replace"],
    expect: (role, rel) => (rel === "own" && (role === "administrator" || role === "planManager") ? 0 : 1),
  },
  {
    command: "attainment",
    args: (f, rel) => ["attainment", f.plan[rel], "--period", "plan", "--json"],
    // Aggregates for everyone related to the plan but partner staff; another organisation's plan is not found.
    expect: (role, rel) => (rel === "other" || role === "partnerStaff" ? 1 : 0),
  },
];

/** Commands for the server's operator (no user, no policy) and without data. */
export const operatorCommands = [
  "serve",
  "db migrate",
  "demo",
  "user add",
  "retention run",
  "plan validate",
  "plan read",
  "audit verify",
];
