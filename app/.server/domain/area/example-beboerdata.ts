import type { BeboerdataTable } from "./beboerdata-workbook";

/**
 * Made-up figures in the layout of Beboerdata for two example plans (the real tables are register
 * data that is not public). They are plausible in size and direction, not the areas' real figures;
 * every file says so in its source line.
 */
const note = "Konstruerede eksempeltal (ikke områdets rigtige tal).";

type Levels = [string, (number | string | null)[]][];
const table = (title: string, indicator: string, rows: Levels): BeboerdataTable => ({
  title,
  indicator,
  rows: rows.map(([level, values]) => ({ level, values })),
});

const staermosegaarden = () => {
  const area = "Afdeling Stærmosegården (Odense Social-Filantropiske Boligselskab)";
  const kommune = "Odense Kommune";
  const landet = "Hele landet";
  return {
    area: `${area}, Odense Kommune`,
    years: [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019],
    note,
    tables: [
      table("Tabel 1: Alle beboere", "Antal beboere", [[area, [905, 898, 890, 884, 870, 866, 863, 858, 851, 847]]]),
      table("Tabel 8: Beboernes beskæftigelse", "Andel 18-64-årige uden for arbejde og uddannelse (%)", [
        [area, [47.2, 46.8, 46.1, 45, 44.2, 43.1, 42, 40.6, 39.5, 38.8]],
        [kommune, [24.1, 24, 23.6, 23.2, 22.8, 22.1, 21.5, 20.9, 20.4, 20.1]],
        [landet, [20.3, 20.1, 19.8, 19.4, 19, 18.5, 18, 17.6, 17.2, 16.9]],
      ]),
      table("Tabel 5: Indvandrere og efterkommere", "Andel indvandrere og efterkommere fra ikke-vestlige lande (%)", [
        [area, [41, 41.8, 42.5, 43.1, 43.9, 44.6, 45.2, 45.5, 45.9, 46.3]],
        [kommune, [9.8, 10, 10.2, 10.5, 10.7, 10.9, 11.1, 11.3, 11.5, 11.6]],
        [landet, [7, 7.2, 7.4, 7.6, 7.9, 8.2, 8.5, 8.7, 8.8, 8.9]],
      ]),
      table(
        "Tabel 19: Kriminalitet",
        "Andel dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer (%)",
        [
          [area, [2.4, 2.3, ".", 2.1, 2, 1.9, 1.8, 1.8, 1.7, 1.6]],
          [kommune, [1.3, 1.3, 1.2, 1.2, 1.1, 1.1, 1.1, 1, 1, 1]],
          [landet, [1.1, 1.1, 1, 1, 0.95, 0.93, 0.9, 0.87, 0.85, 0.8]],
        ],
      ),
      table("Tabel 7: Uddannelse", "Andel 30-59-årige med kun grundskole (%)", [
        [area, [48, 47.6, 47.1, 46.8, 46.2, 45.9, 45.5, 45.1, 44.8, 44.5]],
        [kommune, [24, 23.6, 23.3, 23, 22.6, 22.3, 22, 21.6, 21.3, 21]],
        [landet, [22, 21.7, 21.3, 21, 20.6, 20.3, 20, 19.6, 19.3, 19]],
      ]),
      table("Tabel 10: Indkomst", "Bruttoindkomst for 15-64-årige i procent af regionens (%)", [
        [area, [54.8, 55.2, 55.9, 56.3, 56.1, 57, 57.4, 58, 58.6, 59.1]],
      ]),
      table("Tabel 14: Til- og fraflyttede", "Fraflytningsprocent", [
        [area, [9.1, 8.9, 8.6, 8.3, 8, 7.7, 7.2, 6.9, 6.5, 6.2]],
        [kommune, [3, 2.9, 2.9, 2.8, 2.8, 2.8, 2.7, 2.7, 2.6, 2.6]],
      ]),
    ],
  };
};

const amager = () => {
  const area = "Helhedsplan Urbanplanen og Hørgården";
  const kommune = "Københavns Kommune";
  const landet = "Hele landet";
  return {
    area: `${area}, Københavns Kommune`,
    years: [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020],
    note,
    tables: [
      table("Tabel 1: Alle beboere", "Antal beboere", [
        [area, [5420, 5405, 5390, 5380, 5372, 5360, 5348, 5331, 5320, 5306]],
      ]),
      table("Tabel 8: Beboernes beskæftigelse", "Andel 18-64-årige uden for arbejde og uddannelse (%)", [
        [area, [39.5, 39, 38.4, 37.6, 36.9, 36.1, 35.2, 34.4, 33.7, 33]],
        [kommune, [21, 20.6, 20.1, 19.6, 19.1, 18.6, 18.1, 17.7, 17.3, 17]],
        [landet, [19.8, 19.6, 19.3, 18.9, 18.4, 18, 17.6, 17.1, 16.8, 16.5]],
      ]),
      table("Tabel 5: Indvandrere og efterkommere", "Andel indvandrere og efterkommere fra ikke-vestlige lande (%)", [
        [area, [55, 54.8, 54.5, 54.1, 53.8, 53.4, 53, 52.6, 52.3, 52]],
        [kommune, [14, 14.2, 14.4, 14.7, 14.9, 15.2, 15.4, 15.6, 15.8, 16]],
        [landet, [7.2, 7.4, 7.6, 7.9, 8.2, 8.5, 8.7, 8.8, 8.9, 9.2]],
      ]),
      table(
        "Tabel 19: Kriminalitet",
        "Andel dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer (%)",
        [
          [area, [2.6, 2.5, 2.45, 2.4, 2.3, 2.2, 2.15, 2.05, 2, 1.9]],
          [kommune, [1.3, 1.28, 1.25, 1.2, 1.17, 1.13, 1.1, 1.06, 1.03, 1]],
          [landet, [1.05, 1.03, 1, 0.97, 0.95, 0.93, 0.9, 0.87, 0.85, 0.82]],
        ],
      ),
      table("Tabel 7: Uddannelse", "Andel 30-59-årige med kun grundskole (%)", [
        [area, [47, 46.4, 45.8, 45.1, 44.5, 43.8, 43.1, 42.4, 41.7, 41]],
        [kommune, [20, 19.7, 19.4, 19.1, 18.8, 18.4, 18.1, 17.7, 17.4, 17]],
        [landet, [21, 20.7, 20.3, 20, 19.7, 19.3, 19, 18.7, 18.3, 18]],
      ]),
      table("Tabel 10: Indkomst", "Bruttoindkomst for 15-64-årige i procent af regionens (%)", [
        [area, [57, 57.3, 57.8, 58.2, 58.6, 59, 59.5, 60, 60.4, 61]],
      ]),
    ],
  };
};

/** A broken copy of Stærmosegården's file: a word in a year cell, a row without a level, a row twice. */
const broken = () => {
  const file = staermosegaarden();
  const [residents, work, ...rest] = file.tables;
  const badWork = {
    ...work,
    rows: [
      { ...work.rows[0], values: work.rows[0].values.map((v, i) => (i === 3 ? "ca. 45" : v)) },
      { level: "", values: work.rows[1].values },
      work.rows[2],
      work.rows[2],
    ],
  };
  return { ...file, tables: [residents, badWork, ...rest] };
};

/** The example Beboerdata files by name: staermosegaarden, amager, staermosegaarden-fejl. */
export const exampleBeboerdata = { staermosegaarden, amager, "staermosegaarden-fejl": broken } as const;
