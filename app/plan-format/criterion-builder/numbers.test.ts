import { describe, expect, it } from "vitest";
import { ageBandOf, numberWord, quantities } from "./numbers";

const read = (text: string) =>
  quantities(text).map((q) => [q.kind, q.value, ...(q.upper !== undefined ? [q.upper] : [])]);

describe("Danish number words", () => {
  it("reads the words one to twenty and the tens", () => {
    const words =
      "to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten tyve";
    expect(words.split(" ").map(numberWord)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
    ]);
    expect(["tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"].map(numberWord)).toEqual([
      30, 40, 50, 60, 70, 80, 90,
    ]);
    expect(numberWord("femogtyve")).toBe(25);
    expect(numberWord("enogtredive")).toBe(31);
    expect(numberWord("hundrede")).toBe(100);
  });

  it("leaves the articles en/et alone except before a unit of time", () => {
    expect(numberWord("en")).toBeUndefined();
    expect(read("en opsøgende familierådgiver")).toEqual([]);
    expect(read("inden for et år")).toEqual([["duration", 12]]);
    expect(read("én gang")).toEqual([["count", 1]]);
  });

  it("reads counts written in words and digits", () => {
    expect(read("tolv forløb")).toEqual([["count", 12]]);
    expect(read("to hundrede besøg")).toEqual([["count", 200]]);
    expect(read("1.000 besøg")).toEqual([["count", 1000]]);
    expect(read("2,5 i snit")).toEqual([["count", 2.5]]);
  });

  it("reads shares: percentages, 'hver fjerde', halvdelen, en tredjedel", () => {
    expect(read("33%")).toEqual([["percent", 33]]);
    expect(read("ca. 8 %")).toEqual([["percent", 8]]);
    expect(read("50 procent af beboerne")).toEqual([["percent", 50]]);
    expect(read("hver fjerde")).toEqual([["percent", 25]]);
    expect(read("hver anden")).toEqual([["percent", 50]]);
    expect(read("hver tiende")).toEqual([["percent", 10]]);
    expect(read("halvdelen af deltagerne")).toEqual([["percent", 50]]);
    expect(read("en tredjedel")).toEqual([["percent", 33.3]]);
    expect(read("to tredjedele")).toEqual([["percent", 66.7]]);
    expect(read("tre fjerdedele")).toEqual([["percent", 75]]);
    expect(read("et flertal af beboerne")).toEqual([["percent", 50]]);
  });

  it("tells years, durations and ages from counts", () => {
    expect(read("i 2016")).toEqual([["year", 2016]]);
    expect(read("i perioden 2018-2021")).toEqual([
      ["year", 2018],
      ["year", 2021],
    ]);
    expect(read("inden for to år")).toEqual([["duration", 24]]);
    expect(read("inden for 6 måneder")).toEqual([["duration", 6]]);
    expect(read("efter 3, 6 og 12 måneder")).toEqual([
      ["duration", 3],
      ["duration", 6],
      ["duration", 12],
    ]);
    expect(read("75 sydhavnere over 30 år")).toEqual([
      ["count", 75],
      ["age", 30],
    ]);
    expect(read("unge under 18 år")).toEqual([["age", 0, 17]]);
    expect(read("unge mellem 14 og 18 år")).toEqual([["age", 14, 18]]);
    expect(read("borgere (30+)")).toEqual([["age", 30]]);
    expect(read("når de fylder 15")).toEqual([["age", 15]]);
  });

  it("reads ranges as a lower and an upper bound, and ignores names such as 3B", () => {
    expect(read("2-4 aktiviteter")).toEqual([["count", 2, 4]]);
    expect(read("3B gennemfører")).toEqual([]);
    expect(read("fra 8 om året i 2013 til 4 om året")).toEqual([
      ["count", 8],
      ["year", 2013],
      ["count", 4],
    ]);
  });

  it("finds the age band in an activity title", () => {
    expect(ageBandOf("Ung i Job (14-18 år)")).toEqual({ min: 14, max: 18 });
    expect(ageBandOf("Lommepengejob (13-14 år)")).toEqual({ min: 13, max: 14 });
    expect(ageBandOf("Lektiecafé")).toBeUndefined();
  });
});
