import type { Status } from "~/measures/status";

/** The colour of each status in charts, the same on the dashboard and in reports. */
export const statusColours: Record<Status, string> = {
  opfyldt: "#358000",
  "paa-vej": "#0059b3",
  bagud: "#d9480f",
  "ikke-opfyldt": "#a0101a",
  "mangler-maal": "#b38600",
  "ingen-data": "#8a8a8a",
};
