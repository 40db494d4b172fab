/**
 * Danish words people build passwords from (seasons, months, days, places, names, pets, teams,
 * everyday words), folded like the check folds a password (æ → ae, ø → o, å → a). zxcvbn's common
 * list is English; these make "Sommer2024!!" as weak as "Summer2024!!".
 */
export const danishWords = `
sommer vinter foraar efteraar jul julen paaske nytaar sommerferie vinterferie ferie
januar februar marts april maj juni juli august september oktober november december
mandag tirsdag onsdag torsdag fredag lordag sondag weekend
kodeord adgangskode password hemmelig hemmelighed login logind bruger velkommen hej hejsa
danmark dansk danske kobenhavn koebenhavn aarhus arhus odense aalborg alborg esbjerg randers kolding horsens
vejle roskilde herning silkeborg naestved fredericia viborg koge holstebro taastrup slagelse hillerod
sonderborg svendborg hjorring holbaek frederikshavn norresundby ringsted haderslev skive nykobing
valby amager norrebro vesterbro osterbro frederiksberg sydhavnen vollsmose gellerup tingbjerg mjolnerparken
bispehaven tasinge aldersro urbanplanen husum brondby ishoj albertslund hvidovre glostrup greve
staermosegaarden staermose lejerbo fsb kab boligselskab boligforening afdeling beboer beboerne kommune
helhed helhedsplan boligsocial indsats projekt tryghed tryg landsbyggefonden
mor far mormor morfar farmor farfar soster bror baby skat skatter elskede elsker kaerlighed kaereste
hund kat hest fisk kanin mis missekat fido bamse snoopy
fodbold haandbold fck brondby agf ob aab fcm landshold
peter jens lars henrik soren niels anders michael thomas martin jesper morten christian rasmus mads
mette anne kirsten hanne susanne lene marianne camilla louise julie sofie emma ida freja anna laura
mohammed ali ahmed fatima aisha omar hassan yusuf
rodgrod flode kaffe kage smor ost ol vin snaps hygge
solskin blomst blomster rose sommerfugl regnbue stjerne maane sol hav strand skov
computer arbejde kontor skole universitet mail telefon
`
  .trim()
  .split(/\s+/);
