import { formatDate } from "~/format/format";
import type { RetentionRule } from "../domain/persons/retention-rules";
import { h2, list, p, type ReportDocument } from "./document";

const categoryText: Record<RetentionRule["category"], string> = {
  identifying: "Identifikationsoplysninger (initialer, navn, kontaktoplysninger, CPR-nummer)",
  sensitive: "Følsomme oplysninger (helbred, misbrug, etnicitet – art. 9)",
  notes: "Fritekstnoter om personen",
  person: "Hele personen (anonymisering; registreringer tælles fortsat med under en anonym kode)",
};
const triggerText: Record<RetentionRule["trigger"], string> = {
  lastActivity: "efter personens seneste registrering",
  courseEnd: "efter personens sidste forløb er afsluttet",
  planEnd: "efter planens afslutning",
};

/**
 * The record of processing (fortegnelse, GDPR art. 30) for one organisation, generated from what
 * Helhed stores and the organisation's own retention rules.
 */
export function processingRecord(
  org: { name: string; personNamesEnabled: boolean; cprEnabled: boolean; cprLegalBasis: string | null },
  rules: RetentionRule[],
  plans: string[],
  today: string,
): ReportDocument {
  return {
    title: `Fortegnelse over behandling af personoplysninger`,
    subtitle: `${org.name} – Helhed (boligsociale indsatser)`,
    byline: `Dannet ${formatDate(today)} ud fra Helheds opsætning`,
    blocks: [
      h2("Formål"),
      p(
        "Planlægning, gennemførelse, dokumentation og opfølgning på boligsociale indsatser (helhedsplaner, tryghedsplaner og projekter), herunder opgørelse af målopfyldelse over for styregrupper og bevillingsgivere. Opgørelser uden for organisationen indeholder kun tal, hvor små antal er skjult.",
      ),
      h2("Planer"),
      plans.length ? list(plans) : p("Ingen planer."),
      h2("Kategorier af registrerede"),
      list([
        "Deltagere i aktiviteter (beboere og andre, herunder børn)",
        "Husstande (som tællegruppe)",
        "Frivillige",
        "Medarbejdere og samarbejdspartneres medarbejdere (brugerkonti)",
      ]),
      h2("Kategorier af personoplysninger"),
      list([
        "Pseudonym kode, initialer, fødselsår, køn, afdeling, husstand, målgrupper, om personen bor i området",
        `Navn og kontaktoplysninger: ${org.personNamesEnabled ? "slået til – kun med registreret samtykke" : "slået fra"}`,
        `CPR-nummer: ${org.cprEnabled ? `slået til (hjemmel: ${org.cprLegalBasis ?? "ikke angivet"})` : "slået fra"}`,
        "Følsomme oplysninger (helbred, misbrug, etnicitet) og fritekstnoter: kun for medarbejdere med særlig adgang; krypteret",
        "Deltagelse i arrangementer, forløb med trin og udfald, henvendelser, henvisninger, vurderinger, frivillige timer",
        "Brugerkonti: navn, e-mail, roller, log ind-historik; revisionslog over alle skrivninger og opslag i personregistreringer",
      ]),
      h2("Modtagere"),
      p(
        "Samarbejdspartnere i planen ser kun de aktiviteter, deres organisation er ansvarlig for. Styregrupper og porteføljelæsere ser kun samlede tal. Bevillingsgivere modtager rapporter, hvor antal personer under 5 er skjult.",
      ),
      h2("Slettefrister"),
      list(rules.map((r) => `${categoryText[r.category]}: slettes ${r.months} måneder ${triggerText[r.trigger]}`)),
      p(
        "Reglerne anvendes automatisk én gang i døgnet. En person kan til enhver tid få indsigt (udtræk i JSON og PDF) eller blive slettet efter anmodning; samlede tal bevares.",
      ),
      h2("Sikkerhed"),
      list([
        "Adgangsstyring efter rolle og aktivitet; begrundelse kræves for opslag uden for egne aktiviteter",
        "Totrinsbekræftelse eller organisationens SSO; sessioner udløber efter inaktivitet og maksimal varighed",
        "Kryptering af følsomme felter med en nøgle, der opbevares uden for databasen",
        "Revisionslog, der ikke kan ændres (hash-kædet), og adgangsrapport pr. person",
      ]),
    ],
  };
}
