import { type PlanFile, type PlanFileInput, planFileSchema } from "../plan";

/** A small plan with one of everything the builder looks up, for the unit tests. */
export const fixtureInput: PlanFileInput = {
  formatVersion: 1,
  slug: "testplan",
  kind: "helhedsplan",
  title: "Testplan",
  owner: { name: "Boligselskabet" },
  period: { start: "2015-05-01", end: "2019-04-30" },
  municipality: "Odense Kommune",
  areas: [
    {
      key: "omraadet",
      name: "Området",
      statistics: [
        {
          key: "fraflytning",
          label: "Fraflytningsprocent",
          value: 8,
          unit: "percent",
          period: "2014H1",
          comparison: { area: "Odense Kommune", value: 2.8 },
          source: "Odense Kommunes monitoreringssystem",
        },
      ],
    },
  ],
  focusAreas: [
    {
      key: "fa-job",
      title: "Uddannelse og beskæftigelse",
      activities: [
        {
          key: "jobmuligheder",
          title: "Styrkede jobmuligheder",
          attendance: { mode: "both" },
          activities: [
            {
              key: "mentorer",
              title: "Mentorforløb",
              courseTypes: [
                {
                  key: "mentorforloeb",
                  name: "Frivilligt mentorforløb",
                  category: "mentoring",
                  stages: [
                    { key: "matchet", name: "Mentor og mentee matchet" },
                    { key: "i-gang", name: "Forløb i gang" },
                  ],
                  outcomes: [
                    { key: "gennemfoert", name: "Gennemført" },
                    { key: "afbrudt", name: "Afbrudt" },
                  ],
                },
              ],
            },
            {
              key: "praktik",
              title: "Vejledning og praktik",
              courseTypes: [
                {
                  key: "smaa-skridt",
                  name: "Små skridt-forløb",
                  category: "jobPathway",
                  stages: [
                    { key: "kontakt", name: "Visiteret" },
                    { key: "praktik", name: "Praktik (kortere eller længerevarende)" },
                  ],
                  outcomes: [
                    { key: "beskaeftigelse", name: "Beskæftigelse" },
                    { key: "uddannelse", name: "Uddannelse/efteruddannelse" },
                    { key: "frafald", name: "Faldet fra" },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: "ips",
          title: "IPS",
          courseTypes: [
            {
              key: "ips-forloeb",
              name: "IPS-forløb",
              category: "jobPathway",
              stages: [{ key: "visitation", name: "Visiteret til IPS" }],
              outcomes: [
                { key: "job", name: "Ordinært job" },
                { key: "fleksjob", name: "Fleksjob" },
                { key: "uddannelse", name: "Uddannelse" },
                { key: "frafald", name: "Afsluttet uden job eller uddannelse" },
              ],
            },
          ],
        },
        {
          key: "ung-i-job",
          title: "Ung i Job (14-18 år)",
          courseTypes: [
            {
              key: "ung-i-job",
              name: "Ung i Job-forløb",
              category: "leisureJob",
              stages: [{ key: "henvist", name: "Henvist" }],
              outcomes: [{ key: "fritidsjob", name: "Fritidsjob" }],
              followUpMonths: [3, 6, 12],
            },
          ],
        },
      ],
    },
    {
      key: "fa-tryghed",
      title: "Tryghed og naboskab",
      activities: [
        {
          key: "tryghed",
          title: "Tryghedsfremmende aktiviteter",
          attendance: { mode: "headcount" },
        },
        { key: "beboerblad", title: "Beboerbladet" },
        { key: "familieraadgivning", title: "Familierådgivning" },
        { key: "frivillige", title: "Frivillignetværk", attendance: { mode: "named" } },
      ],
    },
  ],
  milestones: [
    {
      key: "raadgiver-ansat",
      title: "Ansættelse af en familierådgiver",
      due: "2015Q4",
      activity: "familieraadgivning",
    },
  ],
  logbook: {
    eventTypes: [
      { key: "tryghedsfremmende-aktivitet", name: "Tryghedsfremmende aktivitet (fx lysfest)" },
      { key: "beboerblad", name: "Beboerblad (udgivelse)" },
      { key: "arrangement", name: "Arrangement" },
      { key: "oplaeg", name: "Oplæg" },
      { key: "afdelingsmoede", name: "Afdelingsmøde" },
    ],
    targetGroupTags: [{ key: "socialt-isoleret", name: "Socialt isoleret" }],
    contactTopics: [{ key: "oekonomi", name: "Økonomi og gæld" }],
    receivingBodies: [
      { key: "familieraadgivere", name: "Odense Kommune – kommunens familierådgivere" },
      { key: "jobcenter", name: "Odense Kommunes jobcenter" },
      { key: "skole", name: "Skole" },
    ],
    assessmentTypes: [{ key: "styrket-netvaerk", name: "Styrket socialt netværk" }],
    volunteerRoles: [
      { key: "mentor", name: "Frivillig mentor" },
      { key: "beboerhuset", name: "Frivillig i beboerhuset" },
    ],
  },
};

export const fixturePlan: PlanFile = planFileSchema.parse(fixtureInput);

/** The same plan running in calendar years (1 January to 31 December). */
export const calendarPlan: PlanFile = planFileSchema.parse({
  ...fixtureInput,
  period: { start: "2016-01-01", end: "2019-12-31" },
});
