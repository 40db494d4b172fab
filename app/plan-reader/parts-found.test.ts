import { describe, expect, it } from "vitest";
import type { Activity } from "~/plan-format/activity";
import { blocksFromText } from "./blocks";
import { blocksFromHtml } from "./html-blocks";
import { readPlan } from "./read-plan";
import { announcedSubs } from "./sub-parts";

// Plans written for this test in the ways Danish plans mark their parts without numbered headings
// (none of them one of the seeds): bold names, title lines, a count of sub-activities, a focus area
// named only in the text, an overview table, and an application about one project.

const tree = (list: Activity[]): unknown[] =>
  list.map((a) => (a.activities.length ? [a.title, tree(a.activities)] : a.title));
const outlineOf = (text: string) => {
  const reading = readPlan(blocksFromText(text), "plan.txt");
  return { reading, tree: reading.plan.focusAreas.map((f) => [f.title, tree(f.activities)]) };
};

describe("finding focus areas and activities a plan marks without headings", () => {
  it("a bold name opening a line, and title lines above their text, are sub-activities of low confidence", () => {
    const { reading, tree: t } = outlineOf(
      [
        "Helhedsplan for Vestergården 2022-2025",
        "Indsatsområde 1: Fællesskab og trivsel",
        "Aktivitet: Sociale netværk",
        "Aktiviteten har tre dele, som alle bygger på frivillige kræfter fra afdelingerne.",
        "En **Madklub** der skal:",
        "- samle beboerne om et ugentligt måltid",
        "**Strikkecafé**",
        "Strikkecaféen mødes hver tirsdag i beboerhuset og er åben for alle beboere i området.",
        "Gårdfester",
        "Om sommeren holdes der gårdfester i alle fire gårde, og beboerne planlægger dem selv.",
        "Formål: At flere beboere kender deres naboer.",
        "Succeskriterier:",
        "- 60 beboere deltager i aktiviteterne om året",
      ].join("\n"),
    );
    expect(t).toEqual([["Fællesskab og trivsel", [["Sociale netværk", ["Madklub", "Strikkecafé", "Gårdfester"]]]]]);
    const sub = reading.items.find((i) => i.value === "Gårdfester");
    expect(sub?.confidence).toBe("low");
    // the labelled fields after the sub-activities belong to the activity again
    expect(reading.plan.focusAreas[0].activities[0].purposes).toEqual(["At flere beboere kender deres naboer."]);
    expect(reading.criteria.map((c) => c.ownerPath)).toEqual(["focusAreas.0.activities.0"]);
  });

  it("a Word paragraph in bold is read as a bold name", () => {
    const blocks = blocksFromHtml(
      "<h1>1. Indsatsområder</h1><h2>1.1 Beskæftigelse</h2><h3>1.1.1 Jobcafé</h3><p><strong>CV-værksted</strong></p><p>Her får beboerne hjælp til at skrive et CV og en ansøgning.</p>",
    );
    const plan = readPlan(blocks, "plan.docx").plan;
    expect(plan.focusAreas[0].activities[0].activities.map((a) => a.title)).toEqual(["CV-værksted"]);
  });

  it("'består af tre underaktiviteter:' names them, also when the names run together", () => {
    expect(
      announcedSubs(
        "Indsatsen består af tre underaktiviteter: Åben rådgivning Besøg i hjemmet Budgetkursus for unge Rådgivningen er åben hver dag",
      ),
    ).toEqual(["Åben rådgivning", "Besøg i hjemmet", "Budgetkursus for unge"]);
    expect(announcedSubs("Aktiviteten omfatter to delaktiviteter:", ["Fodbold for piger", "Dans"])).toEqual([
      "Fodbold for piger",
      "Dans",
    ]);
    expect(announcedSubs("Aktiviteten består af flere dele.")).toEqual([]);
  });

  it("a focus area named only in the text, and activities only in the overview table, are proposed", () => {
    const { reading, tree: t } = outlineOf(
      [
        "Tryghedsplan for Søndermarken 2024",
        "Planen har to indsatsområder og omfatter desuden indsatsområdet ”Samarbejde på tværs”, som går på tværs af de andre.",
        "Indsats- område\tAktivitet\t2024\t2025",
        "1\tGadeplansarbejde\t300.000\t300.000",
        "1\tNatteravne\t20.000\t?",
        "2\tLektiehjælp\t80.000\t80.000",
        "-\tNetværksmøder\t5.000\t5.000",
        "I alt\t\t405.000\t385.000",
        "Indsatsområde 1: Tryghed",
        "Aktivitet: Gadeplansarbejde",
        "Medarbejderne er på gaden tre aftener om ugen.",
        "Indsatsområde 2: Uddannelse",
        "Aktivitet: Lektiehjælp",
        "Lektiehjælpen er åben to dage om ugen.",
      ].join("\n"),
    );
    expect(t).toEqual([
      ["Tryghed", ["Gadeplansarbejde", "Natteravne"]],
      ["Uddannelse", ["Lektiehjælp"]],
      ["Samarbejde på tværs", ["Netværksmøder"]],
    ]);
    for (const name of ["Natteravne", "Netværksmøder", "Samarbejde på tværs"])
      expect(reading.items.find((i) => i.value === name)?.confidence).toBe("low");
  });

  it("an application about one project: the project it names, under the theme it speaks of", () => {
    const { reading, tree: t } = outlineOf(
      [
        "Ansøgning om støtte til Fritidsklubben Nord",
        "Fritidsklubben har i fem år hjulpet unge i området med fritidsjob og praktik.",
        "Vi har startet et forløb kaldet ”Jobklar” for unge ledige, hvor de får en mentor og kommer i praktik i lokale virksomheder.",
        "Flere unge er kommet i job, og flere er kommet i uddannelse end før.",
      ].join("\n"),
    );
    expect(t).toEqual([["Beskæftigelse", ["Jobklar"]]]);
    expect(reading.items.find((i) => i.value === "Jobklar")?.confidence).toBe("low");
  });

  it("an activity named after two things, each with a paragraph of its own, has them as sub-activities", () => {
    const text = (first: string) =>
      [
        "Helhedsplan 2021-2024",
        "1. Indsatsområder",
        "1.1 Fællesskab",
        "1.1.1 Madklub og Gårdfester",
        `${first} holdes hver torsdag i beboerhuset, hvor beboerne laver mad sammen og spiser sammen bagefter.`,
        "Gårdfester holdes om sommeren i alle fire gårde, og beboerne planlægger dem selv med hjælp fra os.",
      ].join("\n");
    expect(outlineOf(text("Madklub")).tree).toEqual([
      ["Fællesskab", [["Madklub og Gårdfester", ["Madklub", "Gårdfester"]]]],
    ]);
    // one half without its own paragraph: no sub-activities
    expect(outlineOf(text("Fællesspisningen")).tree).toEqual([["Fællesskab", ["Madklub og Gårdfester"]]]);
  });

  it("a plan with numbered headings proposes no sub-activities from its labels or sentences", () => {
    const { tree: t } = outlineOf(
      [
        "Helhedsplan 2021-2024",
        "1. Indsatsområder",
        "1.1 Sundhed",
        "1.1.1 Motion for kvinder",
        "Holdene træner to gange om ugen i hallen.",
        "Tabel 2",
        "Tabellen viser, hvor mange kvinder der deltog i holdene i 2020 og 2021, fordelt på afdelingerne i området.",
        "Målgruppe",
        "Kvinder over 30 år i afdelingerne, som ikke dyrker motion i forvejen.",
        "Succeskriterier",
        "40 kvinder deltager i et motionshold om året.",
      ].join("\n"),
    );
    expect(t).toEqual([["Sundhed", ["Motion for kvinder"]]]);
  });
});
