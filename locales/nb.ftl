# flowthrough, norsk bokmål. Ordvalg fra Webex-artikkelen på norsk (seed 003): Kontrollhub,
# brukertilstander Aktiv, Bekreftet, Ikke bekreftet, Inaktiv, Forsinket krav.

## The header
language = Språk
skip-to-content = Gå til innholdet
nav-consoles = Konsoller
nav-partner = Partnerhub
nav-control = Kontrollhub
nav-mailbox = Postkasse
nav-workspace = Arbeidsområde
boot-loading = Konsollen lastes inn…
page-loading = Siden lastes inn…
page-unavailable = Siden kunne ikke lastes inn
page-unavailable-why = Denne delen av appen kom ikke frem: tilkoblingen kan være nede, eller en ny versjon er kommet siden fanen ble åpnet. Arbeidsområdet ditt er trygt i denne nettleseren. Prøv igjen, eller last inn siden på nytt.
page-try-again = Prøv igjen
theme = Tema
theme-system = System
theme-light = Lyst
theme-dark = Mørkt
theme-hc-light = Høy kontrast, lyst
theme-hc-dark = Høy kontrast, mørkt
clock = Sandkasseklokke
clock-time = Simulert tid
clock-sandbox-time = Sandkassetid
clock-1h = +1 t
clock-1h-name = still klokken 1 time frem
clock-1d = +1 dag
clock-1d-name = still klokken 1 dag frem
clock-14d = +14 dager
clock-14d-name = still klokken 14 dager frem
clock-advanced = Klokken er stilt { $by } frem.
clock-advanced-changes = { $count ->
    [one] Klokken er stilt { $by } frem: { $count } automatisk endring, se revisjonsloggen.
   *[other] Klokken er stilt { $by } frem: { $count } automatiske endringer, se revisjonsloggen.
}
duration-hour = 1 time
duration-day = 1 dag
duration-14-days = 14 dager

## The start page
home-lead = En lokal konsoll for flow-through-klargjøring av Webex for BroadWorks med ikke-klarerte e-postadresser. Kjør, øv på og feilsøk flytene i nettleseren; alt blir værende i denne nettleseren.
demo-load = Last inn demo-arbeidsområdet
demo-hint = Tre kunder med brukere i alle statuser, klare for feilsøking.
demo-loaded = Demo-arbeidsområdet er lastet inn.
demo-failed = Demoen kunne ikke bygges: { $error }
demo-replace-title = Erstatte arbeidsområdet ditt?
demo-replace-text = Demoen erstatter alt i denne nettleserens arbeidsområde: maler, kunder, brukere, e-post og revisjonsloggen.
demo-replace = Erstatt med demoen
cancel = Avbryt
close = Lukk
save = Lagre
home-partner = For tjenesteleverandørens administrator: kundemaler, innstillinger for brukerbekreftelse og visningen Brukerstatus for å prøve igjen, slette, endre pakke eller kopiere feiltekst.
home-control = For kundens administrator: brukertilstander (Aktiv, Bekreftet, Ikke bekreftet, Inaktiv, Forsinket krav), domener, krav, katalogsynkronisering og aktiverings-e-poster.
portal-name = Brukeraktiveringsportal
home-portal = Der sluttbrukere skriver inn og bekrefter e-postadressen sin. Hver mal har sin egen aktiveringskobling:
home-portal-none = ingen ennå: opprett en mal i Partnerhub, eller last inn demoen.
home-mailbox = All e-post systemet sendte eller holdt tilbake, med fungerende koblinger: slik spiller du sluttbrukeren.

## Partner Hub: templates
breadcrumb = Navigasjonssti
crumb-settings = Innstillinger
crumb-calling = BroadWorks-samtaler
templates = Maler
templates-lead = Maler for kunderegistrering. Under Brukerbekreftelse må alternativet Ikke-klarerte e-postadresser være valgt og Delingskobling peke på aktiveringskoblingen for at brukere skal kunne klargjøre seg selv.
col-template = Mal
col-package = Pakke
user-verification = Brukerbekreftelse
activation-link = Aktiveringskobling
user-status = Brukerstatus
templates-none = Ingen maler ennå. Opprett en nedenfor.
template-ready = Ikke-klarerte e-postadresser, klar for selvaktivering
template-trusted = Klarerte e-postadresser
show-user-status = Vis brukerstatus
view-templates = Vis maler
template-create-title = Opprett en mal
template-name = Malnavn
untrusted-emails = Ikke-klarerte e-postadresser
template-create = Opprett mal
template-not-found = Finner ikke malen
template-gone = Den kan ha blitt fjernet. Gå tilbake til malene:
provisioning-id = Klargjørings-ID
template-settings = Malinnstillinger
user-authentication = Brukerautentisering
untrusted-hint = Brukere må skrive inn og bekrefte e-postadressen sin i Brukeraktiveringsportalen. La feltet stå tomt når e-postadressene fra BroadWorks er klarert.
share-link = Delingskobling
activation-link-label = Aktiveringskobling:
copy-activation-link = Kopier aktiveringskoblingen
activation-link-copied = Aktiveringskoblingen er kopiert.
use-as-share-link = Bruk som delingskobling
template-problem-suffix = Brukere kan ikke klargjøre seg selv før dette er rettet.
template-saved = Malen er lagret.

## Partner Hub: User Status
user-status-lead = { $template }: brukere og klargjøringsstatusen deres. For brukere med feil eller ventende krav, bruk de tre prikkene til høyre.
users-by-status = Brukere etter status
filter-all = Alle
state-diagram-subscribers = Tilstandsdiagram: hvordan abonnenter går mellom statuser
subscriber-statuses = Abonnentstatuser
search = Søk
user-status-search-placeholder = BroadWorks-ID, navn, e-post eller feil
exclude-provisioned = Utelat klargjorte brukere
export = Eksporter
col-broadworks-id = BroadWorks-ID
col-name = Navn
col-package-type = Pakketype
col-status = Status
col-email = E-post
col-error = Feil
col-last-status-change = Siste statusendring
col-actions = Handlinger
actions-for = Handlinger for { $who }
user-status-empty = Ingen brukere ennå. Brukere vises her når BroadWorks klargjør dem: legg dem til på en kundes side i kundelisten, eller last inn demo-arbeidsområdet fra startsiden.
user-status-no-match = Ingen brukere samsvarer. Tøm søket, velg Alle eller slå av Utelat klargjorte brukere.
exported-users = { $count ->
    [one] Eksporterte { $count } bruker til { $file }.
   *[other] Eksporterte { $count } brukere til { $file }.
}
why-stuck = Hvorfor sitter brukeren fast?
why-not-stuck = Ingenting sitter fast: brukeren er klargjort.
error-text-copied = Feilteksten er kopiert til utklippstavlen.
retry-title = Prøv aktivering på nytt
retry-text = Registrer { $who } på nytt med en gyldig e-postadresse. De samme kontrollene kjøres som i portalen.
email-address = E-postadresse
onboard = Registrer
delete-title = Slett bruker
delete-question = Slette Webex-brukeren til { $who }?
delete-text = Webex-kontoen og ventende e-post fjernes. BroadWorks-abonnenten blir værende: når du har endret konfigurasjonen (for eksempel malens innstillinger for brukerbekreftelse), kan brukeren prøve registreringen på nytt i Brukeraktiveringsportalen.
deleted = Brukeren er slettet. BroadWorks-abonnenten finnes fortsatt og kan registreres på nytt.
package-title = Endre pakketype
package-text = Endre pakken til { $who }. En klargjort bruker oppdateres i Webex.
package-type = Pakketype
package-changed = Pakken er endret til { $package }.
open-template-verification = Åpne malens innstillinger for brukerbekreftelse
open-control-hub = Åpne Kontrollhub
why-title = Hvorfor sitter { $who } fast?
why-cause = Årsak
why-remedy = Hva som løser det
stuck-because = Sitter fast fordi
stuck-any = Hvilken som helst årsak, eller ikke fast

## Statuses and states
status-pending_email_input = Venter på e-postadresse
status-pending_email_validation = Venter på e-postbekreftelse
status-pending_user_migration = Venter på brukermigrering
status-provisioning = Klargjøres
status-provisioned = Klargjort
status-updating = Oppdateres
status-error = Feil
state-active = Aktiv
state-verified = Bekreftet
state-not-verified = Ikke bekreftet
state-inactive = Inaktiv
state-delayed-claim = Forsinket krav
action-retry-activation = Prøv aktivering på nytt
action-delete-user = Slett bruker
action-change-package = Endre pakketype
action-copy-error-text = Kopier feiltekst

## User Activation Portal
portal-unavailable = Aktivering er ikke tilgjengelig
portal-unknown-link = Denne aktiveringskoblingen hører ikke til noen mal hos en tjenesteleverandør.
portal-contact-provider = Kontakt tjenesteleverandøren din; de må fullføre oppsettet av kontoen din.
portal-activate = Aktiver Webex
portal-sign-in-text = Logg på med BroadWorks-bruker-ID-en og passordet ditt.
portal-user-id = BroadWorks-bruker-ID
portal-password = Passord
portal-sign-in = Logg på
portal-account-gone = Kontoen din er ikke lenger tilgjengelig. Kontakt tjenesteleverandøren din.
portal-check-inbox = Sjekk innboksen din
portal-sent-to = Vi sendte en bekreftelses-e-post til { $email }. Åpne koblingen i den innen 24 timer for å fullføre.
portal-mailbox-hint = I flowthrough kommer e-post i postkassen:
portal-other-email = Bruk en annen e-postadresse
portal-confirm-move = Bekreft flyttingen av kontoen din
portal-confirm-move-text = Du har allerede en gratis Webex-konto med denne e-postadressen. Vi har sendt deg en e-post der du godtar at den flyttes til bedriftens organisasjon.
portal-done = Alt er klart
portal-done-text = Webex-kontoen din er klar. Last ned Webex-appen og logg på med e-postadressen din.
portal-failed = Vi kunne ikke aktivere kontoen din
portal-admin-notified = Administratoren din er varslet og fullfører aktiveringen.
portal-enter-email = Skriv inn e-postadressen din
portal-check-try-again = Kontroller adressen og bruk Prøv igjen.
portal-try-again = Prøv igjen
portal-continue = Fortsett
portal-language = Sidens språk
failure-invalid-email = E-postadressen er ikke gyldig.
failure-email-in-other-org = E-postadressen tilhører allerede en bruker i en annen organisasjon.
failure-email-in-use = E-postadressen tilhører allerede en annen bruker i denne organisasjonen.
failure-domain-claimed = Det er gjort krav på e-postdomenet av en annen organisasjon.
failure-broadworks-id-in-use = BroadWorks-bruker-ID-en er allerede knyttet til en eksisterende bruker
failure-template-not-configured = Kundemalen er ikke satt opp for selvaktivering med ikke-klarerte e-postadresser.
failure-line = Feil { $code }: { $text }
failure-line-detail = Feil { $code }: { $text } ({ $detail })
setup-untrusted-emails-off = Alternativet Ikke-klarerte e-postadresser er ikke valgt i malens innstillinger for brukerbekreftelse.
setup-share-link-elsewhere = Feltet Delingskobling peker ikke på malens aktiveringskobling.

## Partner Hub: customers
customer-list = Kundeliste
customer-list-lead = Kunder for Webex for BroadWorks (BroadWorks-bedrifter) og malen hver av dem registreres med.
customers = Kunder
col-customer = Kunde
col-enterprise-id = Bedrifts-ID
col-webex-org = Webex-organisasjon
customers-none = Ingen kunder ennå. Opprett en mal, og legg deretter til en kunde nedenfor.
org-created-on-first-user = Opprettes når den første brukeren registreres
customer-add-title = Legg til en kunde
customer-name = Kundenavn
enterprise-id = BroadWorks-bedrifts-ID
choose-template = Velg en mal
customer-choose-template-first = Velg en mal først; opprett en under Vis maler hvis det ikke finnes noen.
customer-add = Legg til kunde
customer-not-found = Finner ikke kunden
back-to-customer-list = Tilbake til kundelisten
subscribers-caption = Abonnenter (BroadWorks-brukere)
portal-password-label = Portalpassord
subscribers-none = Ingen abonnenter ennå. Klargjør en nedenfor, eller importer en CSV-fil med BroadWorks-brukere.
customer-subscribers-no-match = Ingen abonnenter samsvarer. Tøm søket for å se alle.
portal-passwords-hint = Portalpassordene er øvingsdata, vist slik at du kan spille sluttbrukeren i Brukeraktiveringsportalen.
provisioned-one = { $name } er klargjort fra BroadWorks.
provision-one-title = Klargjør en abonnent
provision-one-hint = Slik flow-through-klargjøringen fra BroadWorks ville sendt den. E-postadressen brukes bare når malen klarerer e-postadresser.
template-package = Malens pakke
broadworks-email = BroadWorks-e-post (valgfritt)
provision-one = Klargjør abonnent
provisioned-many = { $count ->
    [one] { $count } abonnent klargjort fra { $file }.
   *[other] { $count } abonnenter klargjort fra { $file }.
}
import-title = Importer BroadWorks-brukere (CSV)
import-hint = Kolonner: BroadWorks User ID, Name (eller First Name og Last Name), Password; valgfritt Email og Package. Du ser resultatet for hver rad før noe tas i bruk.
csv-file = CSV-fil
import-preview = { $rows ->
    [one] { $rows } rad: { $valid } klare, { $bad } med feil.
   *[other] { $rows } rader: { $valid } klare, { $bad } med feil.
}
import-errors-caption = Rader med feil (importeres ikke)
col-line = Linje
col-what-to-fix = Hva som må rettes
import-apply = { $count ->
    [one] Klargjør { $count } abonnent
   *[other] Klargjør { $count } abonnenter
}
customer-saved = Kunden er lagret.
customer-edit = Rediger kunde
customer-edit-hint = Brukere registreres med kundens mal; å flytte kunden endrer hva ventende brukere ser i portalen.
customer-save = Lagre kunde

## Control Hub: organizations and users
tab-users = Brukere
tab-domains = Domener
tab-claims = Gjør krav på brukere
tab-sync = Katalogsynkronisering
tab-sites = Områdekobling
tab-settings = Organisasjonsinnstillinger
organizations = Organisasjoner
organization = Organisasjon
org-not-found = Finner ikke organisasjonen
back-to-orgs = Tilbake til organisasjonene
org-kind-customer = Kunde av Webex for BroadWorks
org-kind-paid = Betalt
org-kind-free = Gratis (forbruker)
orgs-lead = Kundeorganisasjoner opprettet av klargjøring i Partnerhub, og andre du oppretter, inkludert gratis organisasjoner (forbruker) å gjøre krav på brukere fra.
audit-log = Revisjonslogg
what-happens-next = Hva som skjer videre
col-kind = Type
orgs-none = Ingen organisasjoner ennå. Registrer en bruker i Partnerhub, eller opprett en nedenfor.
org-create-title = Opprett en organisasjon
org-name = Organisasjonsnavn
org-free = Gratis organisasjon (forbruker)
org-create = Opprett organisasjon
why-not-stuck-active = Ingenting sitter fast: brukeren er Aktiv.
managed-by-sync = administreres av katalogsynkronisering
days-left = { $days ->
    [one] { $days } av 14 dager igjen
   *[other] { $days } av 14 dager igjen
}
users-by-state = Brukere etter tilstand
search-users = Søk etter brukere
name-or-email = Navn eller e-post
state-diagram-users = Tilstandsdiagram: hvordan brukere går mellom tilstander
user-states = Brukertilstander
users-none = Ingen brukere her. Legg til brukere nedenfor, gjør krav på dem fra en annen organisasjon, eller synkroniser en katalog.
col-state = Tilstand
col-why-state = Hvorfor denne tilstanden
sync-on-hint = Katalogsynkronisering er på: brukere den administrerer, kan ikke endres her.
open-partner-hub = Åpne Partnerhub
users-added = { $count ->
    [one] { $count } bruker er lagt til.
   *[other] { $count } brukere er lagt til.
}
users-added-csv = { $count ->
    [one] { $count } bruker er lagt til fra CSV-filen.
   *[other] { $count } brukere er lagt til fra CSV-filen.
}
add-users = Legg til brukere
email-addresses = E-postadresser
one-per-line = én per linje
add-users-hint = Brukere med et e-postdomene som er bekreftet her, starter som Bekreftet; andre starter som Ikke bekreftet. En aktiverings-e-post sendes automatisk med mindre det er slått av i Organisasjonsinnstillinger.
add-users-csv = Legg til brukere fra en CSV-fil
add-users-csv-hint = Kolonner: Email (eller "User ID/Email (Required)"), valgfritt Name eller First Name og Last Name.
users-csv-file = CSV-fil med brukere
add-n-users = { $count ->
    [one] Legg til { $count } bruker
   *[other] Legg til { $count } brukere
}
choice-recorded = Valget er registrert: { $choice }.
choice-title = Hva skjer med de tidligere dataene dine?
choice-text = En ny organisasjon har gjort krav på { $email }. { $days } av 14 dager igjen til å velge; hvis ingenting velges, flyttes samtalene automatisk.
decide-later = Bestem senere
signed-up = { $email } har registrert seg.
sign-up-title = Registrer en gratis konto (som en person)
sign-up-hint = Personer blir med i gratis organisasjoner ved å registrere seg selv. En betalt organisasjon kan deretter gjøre krav på kontoene deres, eller de kan flyttes til en kunde av Webex for BroadWorks.
has-verified = Har bekreftet e-postadressen sin
sign-up = Registrer
bulk-skipped = { $count } hoppet over: { $why }
bulk-done = { $count ->
    [one] { $action }: utført for { $count } bruker.
   *[other] { $action }: utført for { $count } brukere.
}
selected-users = Valgte brukere
n-selected = { $count } valgt
bulk-not-for = Ikke for { $count }: { $why }
clear-selection = Fjern markeringen
user-action-ResendInvitation = Send invitasjonen på nytt
user-action-Deactivate = Deaktiver
user-action-Reactivate = Aktiver på nytt
user-action-Delete = Slett
user-action-CompleteEmailVerification = Som brukeren: fullfør e-postbekreftelsen
user-action-SignIn = Som brukeren: logg på for første gang
user-action-ChooseDataHandling = Som brukeren: velg hva som skjer med tidligere data
user-action-done-ResendInvitation = Invitasjonen er sendt.
user-action-done-Deactivate = Brukeren er deaktivert.
user-action-done-Reactivate = Brukeren er aktivert på nytt.
user-action-done-Delete = Brukeren er slettet.
user-action-done-CompleteEmailVerification = E-postadressen er bekreftet.
user-action-done-SignIn = Brukeren har logget på.
user-action-done-ChooseDataHandling = Valget er registrert.
source-Manual = Lagt til manuelt
source-Csv = CSV-import
source-DirectorySync = Katalogsynkronisering
source-SiteLinking = Områdekobling
source-Claimed = Krav gjort
source-BroadWorks = BroadWorks
source-SelfSignUp = Egenregistrering
choice-MoveConversations = Flytt samtalene mine
choice-ChangeOldAccountEmail = Behold den gamle kontoen med en annen e-postadresse
choice-DeleteOldAccount = Slett den gamle kontoen
meaning-Active = Den ideelle tilstanden under normal bruk: brukeren er en del av organisasjonen og bruker, eller er klar til å bruke, samarbeidstjenestene sine. Ingen flere administrative handlinger er nødvendig.
meaning-Verified = En god tilstand under foretrukne onboarding-flyter: brukerens identitet er validert, og brukeren er klar til å bruke tjenestene sine, men har ennå ikke logget på.
meaning-NotVerified = Brukeren er en del av organisasjonen, men identiteten er ennå ikke validert. De kan fortsatt bekrefte identiteten sin når de får tilgang til Webex for første gang; de kan ikke bruke tjenestene sine hvis de sitter fast i denne tilstanden.
meaning-Inactive = Deaktivert av en administrator eller av Active Directory-synkronisering. En ny bruker kan ikke opprettes i denne tilstanden.
meaning-DelayedClaim = Brukeren er gjort krav på i organisasjonen, men har ennå ikke valgt hvordan dataene skal håndteres fra den forrige organisasjonen. Det er en 14-dagers periode for å bestemme seg før standardhandlingen finner sted.
reason-AddedDomainNotVerified = Lagt til mens e-postdomenet ikke er bekreftet i organisasjonen.
reason-ConvertedNotVerified = Konvertert fra en annen organisasjon som Ikke bekreftet, og e-postdomenet er ikke bekreftet her.
reason-CompletedEmailVerification = Fullførte e-postbekreftelsen.
reason-AddedDomainVerified = E-postdomenet ble bekreftet, og deretter ble brukeren lagt til (ikke ved katalogsynkronisering).
reason-AddedBySiteLinking = Lagt til i organisasjonen gjennom områdekobling.
reason-ConvertedVerified = Konvertert fra en annen organisasjon som Bekreftet.
reason-ConvertedNotVerifiedDomainVerified = E-postdomenet ble bekreftet, og deretter ble brukeren konvertert fra en annen organisasjon som Ikke bekreftet.
reason-FirstSignIn = Logget på Webex for første gang.
reason-SyncedDomainVerified = E-postdomenet ble bekreftet, og deretter ble brukeren synkronisert fra Active Directory.
reason-SyncedDomainNotVerified = Synkronisert fra Active Directory mens e-postdomenet ikke er bekreftet.
reason-ConvertedActive = Konvertert fra en annen organisasjon som Aktiv.
reason-DeactivatedByAdmin = Deaktivert av en administrator.
reason-DeactivatedBySync = Deaktivert av Active Directory-synkronisering.
reason-ClaimedDelayed = Krav gjort fra en annen organisasjon med forsinkelse; har 14 dager på å velge hva som skjer med dataene.
reason-Reactivated = Aktivert på nytt: tilbake i tilstanden før deaktiveringen.
reason-SelfActivatedInPortal = Bekreftet e-postadressen sin i Brukeraktiveringsportalen.

## Control Hub: domains, claims, sync, sites, settings, audit log
domain-added = Domenet er lagt til. Publiser TXT-posten i DNS, og bekreft deretter.
domains-lead = Bekreft et domene for å bevise at du eier det (en TXT-post i DNS). Brukere du deretter legger til med det domenet, starter som Bekreftet, og brukere fra katalogsynkronisering starter som Aktiv. Gjør krav på et bekreftet domene slik at brukerne ikke kan bli med i andre organisasjoner på andre måter.
col-domain = Domene
col-txt = TXT-post i DNS
col-domain-users = Brukere med dette domenet
domains-none = Ingen domener ennå. Legg til et nedenfor.
domain-status-Unverified = Ikke bekreftet
domain-status-Verified = Bekreftet
domain-status-Claimed = Krav gjort
record-published = Merket som publisert
record-not-published = Ikke publisert ennå
domain-users = { $here } her, { $elsewhere } i andre organisasjoner
txt-copied = TXT-verdien er kopiert.
copy-txt = Kopier TXT-verdien
domain-action-MarkPublished = Merk posten som publisert
domain-action-Verify = Bekreft
domain-action-Claim = Gjør krav
domain-action-done-MarkPublished = Merket som publisert.
domain-action-done-Verify = Domenet er bekreftet.
domain-action-done-Claim = Det er gjort krav på domenet.
remove-domain = Fjern { $domain }
domain-removed = Domenet er fjernet.
remove = Fjern
domain-add-title = Legg til et domene
domain-name = Domenenavn
domain-add = Legg til domene
users-claimed = { $count ->
    [one] Det er gjort krav på { $count } bruker.
   *[other] Det er gjort krav på { $count } brukere.
}
claims-free-org = En gratis organisasjon kan ikke gjøre krav på brukere. Gjør krav på dem til en betalt organisasjon.
claims-lead = Å gjøre krav på (konvertere) henter brukere fra gratis Webex-organisasjoner inn i denne. Hver bruker varsles: varsler om flytting fra en gratis til en betalt plan sendes alltid.
claims-find = Finn brukere i gratis organisasjoner
claims-caption = Brukere du kan gjøre krav på
select = Velg
select-who = Velg { $who }
claims-none = Ingen brukere i gratis organisasjoner å gjøre krav på.
claim-how = Hvordan kravet fullføres
claim-immediately = Umiddelbart
claim-delayed = Forsinket krav: brukeren har 14 dager på å velge hva som skjer med dataene; deretter kjøres «{ $default }» som standard
claim-selected = Gjør krav på { $count } valgte
claims-pending = Forsinkede krav som pågår
none = Ingen.
claim-pending-then = (til { $until }); deretter flyttes samtalene automatisk, og brukeren blir { $state }.
sync-fix-rows = Rett disse radene, og synkroniser på nytt.
sync-complete = Synkroniseringen er fullført: { $created } opprettet, { $changed } tilstandsendringer.
sync-not-applied = Ikke brukt:
sync-lead = Med katalogsynkronisering administrerer katalogen brukerne: nye katalogbrukere opprettes (Aktiv når domenet er bekreftet), deaktiverte eller fjernede brukere deaktiveres, og synkroniserte brukere kan ikke endres manuelt her.
sync-title = Synkroniser katalogen
sync-hint = Lim inn eller last opp katalogens fullstendige brukerliste som CSV: mail (e-post), displayName, enabled (true eller false). Brukere som mangler i listen, deaktiveres.
sync-export = Katalogeksport
or-choose-file = Eller velg en fil
sync-now = Synkroniser nå
site-linked = Området er koblet.
site-users-added = Områdets brukere er lagt til: de starter som Bekreftet.
sites-lead = Koble et Webex Meetings-område til denne organisasjonen. Brukere du legger til fra et koblet område, starter som Bekreftet.
linked-sites = Koblede områder
sites-none = Ingen koblede områder ennå.
site-link-title = Koble et område
site-url = Områdets URL
site-link = Koble område
site-users-title = Legg til brukere fra et koblet område
site = Område
site-users-emails = E-postadressene til områdets brukere
site-users-add = Legg til områdets brukere
auto-emails = Automatiske aktiverings-e-poster
auto-emails-on = Automatiske aktiverings-e-poster er på.
auto-emails-off = Automatiske aktiverings-e-poster er av.
auto-emails-hint = Webex sender e-post automatisk når lisenser tilordnes brukere. På som standard: hver nye bruker får en aktiverings-e-post.
auto-emails-off-warning = Nye brukere får ingen e-post; send i stedet aktiverings-e-poster enkeltvis eller samlet. E-post du skriver selv, har ikke de riktige koblingene for e-postbekreftelse eller logikken for å opprette passord, så det anbefales sterkt å la innstillingen være på.
auto-emails-scope = Bare e-post til nylisensierte og inaktive brukere holdes tilbake. Brukere som konverteres fra en gratis til en betalt plan, varsles alltid om konverteringen, uansett denne innstillingen.
converted-to-paid = Konvertert til en betalt plan; alle brukere er varslet.
convert-to-paid = Konverter til en betalt plan
reminders-sent = { $count ->
    [one] { $count } påminnelse er sendt.
   *[other] { $count } påminnelser er sendt.
}
activation-emails-sent = { $count ->
    [one] { $count } aktiverings-e-post er sendt.
   *[other] { $count } aktiverings-e-poster er sendt.
}
not-activated = Brukere som ikke har aktivert
not-activated-hint = Brukere som er Ikke bekreftet eller Bekreftet og ennå ikke har logget på. Når automatisk e-post er av, holdes også påminnelser tilbake: følg opp disse brukerne her. E-post du sender herfra, sendes alltid.
send-activation-selected = Send aktiverings-e-post til valgte
send-reminder-selected = Send påminnelse til valgte
send-reminders-all = Send påminnelser til alle
select-all = Velg alle
col-last-invited = Sist invitert
send = Send
everyone-activated = Alle har aktivert.
send-activation-to = Send aktiverings-e-post til { $who }
send-activation = Send aktiverings-e-post
eml-downloaded = activation-email.eml er lastet ned: åpne den i e-postprogrammet for å sende den.
composer-title = Skriv din egen aktiverings-e-post
composer-hint = Hvis du slår av automatiske aktiverings-e-poster, må du ta med disse opplysningene i e-posten du sender.
composer-checklist = Hva e-posten skal inneholde
subject = Emne
still-missing = Mangler fortsatt:
recipients-none = Mottakere: ingen (alle har aktivert); legg til adresser i e-postprogrammet.
recipients = { $count ->
    [one] Mottakere: den { $count } brukeren som ikke har aktivert.
   *[other] Mottakere: de { $count } brukerne som ikke har aktivert.
}
download-eml = Last ned .eml
open-in-mail = Åpne i e-postprogrammet
replay-to = Spill av til oppføring { $seq }
and-more = og { $count } til
audit-still-reading = Revisjonsloggen leses fortsatt; prøv igjen om et øyeblikk.
audit-exported = Revisjonsloggen er eksportert.
audit-lead = Hver endring, nyeste først: når, hvem, hvilken kommando og hva som skjedde med hvem. Automatiske overganger (forsinkede krav, påminnelser) vises som systemets.
filter = Filtrer
audit-filter-placeholder = aktør, kommando, bruker, e-post
export-csv = Eksporter CSV
undo-hint = Ctrl+Z (Cmd+Z) gjør det samme der du ikke skriver
undo-what = Angre: { $command }
undo = Angre
audit-empty = Ingenting er logget ennå.
audit-no-match = Ingen oppføringer samsvarer med filteret.
col-time = Tid
col-actor = Aktør
col-command = Kommando
col-what-happened = Hva som skjedde

## Mailbox, workspace, timeline, links, notices
mailbox-lead = Det finnes ingen e-postserver: all e-post systemet sender eller holder tilbake, havner her. Åpne en kobling for å opptre som mottakeren.
reading-mailbox = Leser postkassen fra nettleserens lagring…
reading-audit-log = Leser revisjonsloggen fra nettleserens lagring…
filter-recipient = Filtrer etter mottaker
mailbox-empty = Ingen e-post ennå. Den vises når brukere registreres, inviteres eller får påminnelser.
mail-sent = Sendt
mail-suppressed = Holdt tilbake
mail-to = Til { $to }
open-link = Åpne koblingen
unreadable = Det lagrede arbeidsområdet ditt kunne ikke leses.
unreadable-kept = Det er beholdt nøyaktig slik det var, og ingenting lagres over det før du velger.
download-unreadable = Last ned de uleselige dataene
start-fresh = Start et nytt arbeidsområde
export-this-workspace = Eksporter dette arbeidsområdet
copy-title = Kopier denne teksten
copy-text = Nettleseren tillot ikke kopiering til utklippstavlen. Teksten er merket nedenfor: trykk Ctrl+C (eller ⌘C) for å kopiere den.
copy-aria = Tekst som skal kopieres
done = Ferdig
not-found = Finner ikke siden
not-found-at = Det finnes ingen side på
go-to = Gå til:
start-page = startsiden
not-found-email = Hvis du fulgte en kobling fra en e-post, åpner du den nyeste i postkassen:
link-go-back = Gå tilbake til aktiveringssiden og bruk Prøv igjen, eller kontakt tjenesteleverandøren din.
link-verified-ready = E-postadressen din er bekreftet, og Webex-kontoen din er klar.
link-moved = Webex-kontoen din er flyttet til { $org }. Samtalene og kontaktene dine ble med.
link-verified = E-postadressen din er bekreftet.
link-done = Ferdig.
link-next-step = Neste trinn: last ned Webex-appen og logg på med e-postadressen din.
link-signed-in = Logget på. Velkommen til Webex!
link-sign-in = Logg på Webex
link-unusable = Denne koblingen kan ikke brukes
back-to-mailbox = Tilbake til postkassen
workspace-summary = { $templates } maler, { $customers } kunder, { $subscribers } abonnenter, { $orgs } organisasjoner, { $users } brukere, { $emails } e-poster, { $entries } oppføringer i revisjonsloggen
large-loaded = { $count ->
    [one] Demo-arbeidsområdet med { $count } abonnent er lastet inn.
   *[other] Demo-arbeidsområdet med { $count } abonnenter er lastet inn.
}
workspace-imported = Arbeidsområdet er importert.
workspace-exported = Arbeidsområdet er eksportert.
workspace-lead = Alt flowthrough vet, ligger i denne nettleseren. Eksporter for å beholde en kopi eller flytte til en annen nettleser; importer en kopi for å fortsette derfra.
this-workspace = Dette arbeidsområdet
stored-indexeddb = Lagres i nettleserens IndexedDB fordi det er for stort for localStorage; de siste endringene bruker { $kb } kB av localStorage til neste fullstendige lagring.
stored-local = Lagret størrelse: { $kb } kB av nettleserens omtrent 10 MB localStorage for dette nettstedet.
export-workspace = Eksporter arbeidsområdet
start-empty = Start et nytt, tomt arbeidsområde
large-title = Store demo-arbeidsområder
large-hint = En mal med tusenvis av brukere i ulike statuser, generert fra et fast frø, for å prøve visningen Brukerstatus i stor skala. Åpne en i minnet for å se deg rundt uten å røre arbeidsområdet ditt, eller last den inn som arbeidsområdet ditt for å beholde den (opptil omtrent 57 000 abonnenter lagres i localStorage, flere i nettleserens IndexedDB; 100 000 abonnenter tar noen sekunder å generere).
n-subscribers = { $count ->
    [one] { $count } abonnent
   *[other] { $count } abonnenter
}
in-memory = (i minnet)
large-load = { $count ->
    [one] Last inn { $count } abonnent som arbeidsområdet mitt
   *[other] Last inn { $count } abonnenter som arbeidsområdet mitt
}
import-workspace = Importer et arbeidsområde
workspace-file = Arbeidsområdefil (.flowthrough, eller .json fra tidligere versjoner)
import-failed = Denne filen kan ikke importeres:
nothing-changed = Ingenting er endret.
import-valid = Filen er et gyldig arbeidsområde:
import-replaces = Importen erstatter alt i denne nettleserens arbeidsområde. Eksporter det nåværende først hvis du vil beholde det.
replace-my-workspace = Erstatt arbeidsområdet mitt
large-replace-title = Erstatte arbeidsområdet ditt med en demo?
large-replace-text = { $count ->
    [one] Arbeidsområdet ditt erstattes av et generert med { $count } abonnent: malene, kundene, brukerne, e-postene og revisjonsloggen du har nå, fjernes. Eksporter det først for å beholde en kopi.
   *[other] Arbeidsområdet ditt erstattes av et generert med { $count } abonnenter: malene, kundene, brukerne, e-postene og revisjonsloggen du har nå, fjernes. Eksporter det først for å beholde en kopi.
}
reset-title = Starte et nytt arbeidsområde?
reset-text = Alt i denne nettleserens arbeidsområde fjernes: maler, kunder, brukere, e-post og revisjonsloggen. Eksporter det først for å beholde en kopi.
reset-done = Nytt, tomt arbeidsområde.
start-over = Start på nytt
ran-due = { $count ->
    [one] Kjørte det som var forfalt: { $count } endring.
   *[other] Kjørte det som var forfalt: { $count } endringer.
}
clock-advanced-to = { $count ->
    [one] Klokken er stilt frem til { $at }: { $count } automatisk endring, se revisjonsloggen.
   *[other] Klokken er stilt frem til { $at }: { $count } automatiske endringer, se revisjonsloggen.
}
timeline-lead = De automatiske endringene sandkasseklokken vil gjøre, de nærmeste først: forsinkede krav som avsluttes med standardhandlingen, brukere som slettes etter 30 dager som Inaktiv, påminnelsesinvitasjoner og koblinger som utløper. Still klokken frem til en oppføring for å se den skje.
timeline-empty = Ingenting er planlagt. Forsinkede krav, deaktiveringer, invitasjoner og portalkoblinger legger oppføringer her.
n-changes = { $count ->
    [one] { $count } endring
   *[other] { $count } endringer
}
advance-here = Still frem hit
advance-clock-to = Still klokken frem til { $at }
and-more-later = og { $count } til senere
undo-nothing = Ingenting å angre: revisjonsloggen er tom.
undo-failed = Kan ikke angre: { $error }
undo-mails = { $count ->
    [one] E-posten som ble sendt, er borte fra postkassen; en ekte e-post ville allerede vært levert.
   *[other] De { $count } e-postene som ble sendt, er borte fra postkassen; ekte e-poster ville allerede vært levert.
}
undone = Angret: { $command } av { $actor }.

## Replay
replay = Avspilling
replay-lead = Arbeidsområdet slik det var etter en oppføring i revisjonsloggen, gjenoppbygd fra loggen med de samme reglene. Skrivebeskyttet: ingenting her lagres.
replay-reading = Leser historikken…
replay-failed = Loggen kan ikke spilles av: { $error }
replay-steps = Avspillingstrinn
previous-entry = Forrige oppføring
next-entry = Neste oppføring
entry-of = Oppføring { $seq } av { $total }
back-to-audit = Tilbake til revisjonsloggen
replay-before-first = Før den første oppføringen: et tomt arbeidsområde.
replay-entry = { $at }: { $command } av { $actor }
replay-changed = Hva den endret
replay-then = Arbeidsområdet da
replay-counts = { $templates } maler, { $customers } kunder, { $orgs } organisasjoner, { $emails } e-poster sendt eller holdt tilbake
replay-subscribers = Abonnenter:
replay-users = Brukere:
replay-none = ingen

## Emails (in the recipient's language)
mail-kind-EmailVerification = E-postbekreftelse
mail-kind-MoveAccount = Flytt konto
mail-kind-Activation = Aktivering
mail-kind-Reminder = Påminnelse
mail-kind-Reactivation = Ny aktivering
mail-kind-PaidConversion = Konvertering fra gratis til betalt
mail-kind-ClaimNotice = Varsel om krav
mail-kind-Welcome = Velkommen
mail-kind-AdminAlert = Varsel til administratoren
mail-verify-subject = Bekreft e-postadressen din for Webex
mail-verify-body = 
    Bekreft at dette er e-postadressen din for å fullføre aktiveringen av Webex.

    Åpne koblingen innen 24 timer. Hvis du ikke har bedt om dette, kan du se bort fra e-posten.
mail-move-subject = Flytt Webex-kontoen din til bedriften
mail-move-body = 
    Du har allerede en gratis Webex-konto med denne e-postadressen. Tjenesteleverandøren din vil flytte den til bedriftens Webex-organisasjon.

    Åpne koblingen for å godta flyttingen. Den er gyldig i 7 dager.
mail-activation-subject = Aktiver Webex-kontoen din hos { $org }
mail-activation-body = { $org } har lagt deg til i Webex. Åpne koblingen for å bekrefte e-postadressen din, og logg deretter på Webex-appen. Koblingen er gyldig i 7 dager.
mail-reminder-subject = Påminnelse: aktiver Webex-kontoen din hos { $org }
mail-reminder-body = Du har ikke aktivert Webex-kontoen din hos { $org } ennå. Åpne koblingen for å bekrefte e-postadressen din, og logg deretter på Webex-appen. Koblingen er gyldig i 7 dager.
mail-reactivated-subject = Webex-kontoen din er aktiv igjen
mail-reactivated-body = Administratoren din har aktivert Webex-kontoen din på nytt. Logg på Webex-appen for å fortsette.
mail-paid-subject = Webex-kontoen din er nå en del av { $org }
mail-paid-delayed-body = 
    Webex-kontoen din flyttes fra en gratis plan til den betalte planen til { $org }.

    Du har 14 dager på å velge hva som skjer med dataene i gratiskontoen: flytte samtalene, beholde den gamle kontoen med en annen e-postadresse, eller slette den. Hvis du ikke gjør noe, flyttes samtalene automatisk etter 14 dager.
mail-paid-body = Webex-kontoen din er flyttet fra en gratis plan til den betalte planen til { $org }. Logg på Webex-appen som vanlig.
mail-welcome-subject = Webex-kontoen din er klar
mail-welcome-body = 
    E-postadressen din er bekreftet, og Webex-kontoen din er klar.

    Neste trinn: last ned Webex-appen og logg på med denne e-postadressen.
mail-alert-subject = Handling kreves: { $bwid } kunne ikke selvaktivere
mail-alert-body = 
    Brukeren { $bwid } mislyktes to ganger med å klargjøre seg selv i Brukeraktiveringsportalen.

    { $error }

    Åpne Partnerhub → Innstillinger → BroadWorks-samtaler → Vis maler → Vis brukerstatus for å prøve aktivering på nytt, slette brukeren eller endre konfigurasjonen.
opening-large = Et stort arbeidsområde tar noen sekunder å åpne; siden vises så snart det er lest.

## Stuck because (the diagnosis's kinds)
stuck-awaiting-email = Har ikke skrevet inn noen e-postadresse
stuck-awaiting-verification = Har ikke åpnet bekreftelseskoblingen
stuck-link-expired = Koblingen er utløpt
stuck-awaiting-move-consent = Har ikke godtatt at kontoen flyttes
stuck-template-not-configured = Malen er ikke satt opp
stuck-failed = Registreringen mislyktes
stuck-locked = Portalen er låst etter to feil
stuck-no-activation-email = Ingen aktiverings-e-post sendt (automatisk e-post av)
stuck-awaiting-activation = Har ikke åpnet aktiverings-e-posten
stuck-not-signed-in = Bekreftet, har ikke logget på ennå
stuck-deactivated = Deaktivert av en administrator
stuck-deactivated-by-sync = Deaktivert av katalogsynkronisering
stuck-delayed-claim = I et forsinket krav

## Tables, pages and bulk actions
pages = Sider
showing = Viser { $start }–{ $end } av { $total }
previous-page = Forrige side
next-page = Neste side
page-of = Side { $page } av { $pages }
select-all-page = Velg alle på denne siden
bulk-delete-question = { $count ->
    [one] Slette Webex-brukeren til { $count } valgt abonnent?
   *[other] Slette Webex-brukerne til { $count } valgte abonnenter?
}
bulk-delete = { $count ->
    [one] Slett { $count } bruker
   *[other] Slett { $count } brukere
}

## Why is this user stuck (the core's diagnoses) and durations
dur-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dager
}
dur-hours = { $count ->
    [one] { $count } time
   *[other] { $count } timer
}
dur-minutes = { $count ->
    [one] { $count } minutt
   *[other] { $count } minutter
}
diag-awaiting-email = Brukeren har ikke skrevet inn noen e-postadresse i Brukeraktiveringsportalen ennå.
diag-awaiting-email-remedy = Send malens aktiveringskobling (delingskoblingen) til brukeren, eller registrer brukeren nå med Prøv aktivering på nytt og e-postadressen.
diag-verify-link-expired = Bekreftelseskoblingen som ble sendt til { $email }, utløp { $expired } uten å ha blitt åpnet.
diag-verify-link-expired-remedy = Brukeren skriver inn e-postadressen på nytt i portalen (en ny kobling sendes), eller Prøv aktivering på nytt registrerer brukeren med den nå.
diag-awaiting-verification = En bekreftelses-e-post ble sendt til { $email } { $sent }; brukeren har ikke åpnet koblingen. Den utløper om { $left }.
diag-awaiting-verification-remedy = Brukeren åpner koblingen i den e-posten. Hvis den ikke kom frem, kan brukeren skrive inn adressen på nytt i portalen, eller Prøv aktivering på nytt registrerer brukeren nå.
diag-no-verify-link = Ingen gyldig bekreftelseskobling er sendt for { $email }.
diag-no-verify-link-remedy = Brukeren skriver inn e-postadressen på nytt i portalen, eller Prøv aktivering på nytt registrerer brukeren nå.
diag-move-consent = { $email } har allerede en gratis Webex-konto; brukeren har ennå ikke godtatt at den flyttes til organisasjonen.
diag-move-consent-expired = { $email } har allerede en gratis Webex-konto; brukeren har ennå ikke godtatt at den flyttes til organisasjonen. Samtykkekoblingen utløp { $expired }.
diag-move-consent-valid = { $email } har allerede en gratis Webex-konto; brukeren har ennå ikke godtatt at den flyttes til organisasjonen. Samtykkekoblingen er gyldig til { $until }.
diag-move-consent-remedy = Brukeren åpner samtykke-e-posten og godtar. Bruk Prøv aktivering på nytt med en annen adresse for å bruke den i stedet.
diag-template-not-configured = Kundens mal er ikke satt opp for selvaktivering: { $detail }
diag-template-not-configured-remedy = Velg Ikke-klarerte e-postadresser i malens innstillinger for brukerbekreftelse og la delingskoblingen peke på aktiveringskoblingen; bruk deretter Prøv aktivering på nytt.
diag-invalid-email = E-postadressen som ble skrevet inn, er ikke gyldig ({ $detail }).
diag-invalid-email-remedy = Prøv aktivering på nytt med en gyldig adresse, eller la brukeren skrive inn en i portalen.
diag-email-in-other-org = { $detail } tilhører en bruker i en annen organisasjon og kan derfor ikke brukes her.
diag-email-in-other-org-remedy = Gjør krav på den brukeren til kundens organisasjon i Kontrollhub (hvis det er en gratis konto), eller be organisasjonen fjerne den; eller Prøv aktivering på nytt med en annen adresse.
diag-email-in-use = { $detail } tilhører allerede en annen bruker i kundens egen organisasjon.
diag-email-in-use-remedy = Prøv aktivering på nytt med brukerens egen adresse, eller slett den andre brukeren i Kontrollhub hvis den er en rest.
diag-domain-claimed = En annen organisasjon har gjort krav på domenet { $detail }, så adressene der kan ikke bli med i denne.
diag-domain-claimed-remedy = Prøv aktivering på nytt med en adresse i et annet domene, eller la den andre organisasjonen frigi domenet.
diag-broadworks-id-in-use = BroadWorks-bruker-ID-en { $detail } er allerede knyttet til en annen Webex-bruker.
diag-broadworks-id-in-use-remedy = Slett bruker fjerner Webex-brukeren som er knyttet til denne abonnenten, og starter registreringen på nytt; slett den andre Webex-brukeren i Kontrollhub hvis den er en rest.
diag-locked = To forsøk i portalen mislyktes, så portalen venter på administratoren. Det siste: { $last }
diag-not-signed-in = Brukerens identitet er bekreftet, men brukeren har ikke logget på Webex ennå.
diag-not-signed-in-remedy = Brukeren logger på Webex-appen med e-postadressen sin. Send invitasjonen på nytt sender aktiverings-e-posten igjen.
diag-notes-none = {""}
diag-notes-reminder = {" "}En automatisk påminnelse sendes { $reminder }.
diag-notes-domain = {" "}Domenet { $domain } er ikke bekreftet i organisasjonen, så brukeren må bekrefte e-postadressen selv (brukere som legges til etter at det er bekreftet, starter som Bekreftet).
diag-notes-reminder-domain = {" "}En automatisk påminnelse sendes { $reminder }. Domenet { $domain } er ikke bekreftet i organisasjonen, så brukeren må bekrefte e-postadressen selv (brukere som legges til etter at det er bekreftet, starter som Bekreftet).
diag-no-activation-email = Automatiske aktiverings-e-poster er slått av for denne organisasjonen, så ingen aktiverings-e-post ble sendt: brukeren forblir Ikke bekreftet til en sendes.{ $notes }
diag-no-activation-email-remedy = Send aktiverings-e-posten manuelt (Send invitasjonen på nytt), eller slå på automatiske aktiverings-e-poster i Organisasjonsinnstillinger.
diag-activation-link-expired = Aktiveringskoblingen som ble sendt { $sent }, utløp { $expired } uten å ha blitt åpnet.
diag-activation-link-expired-remedy = Send invitasjonen på nytt sender en ny kobling. Brukeren kan også bekrefte seg ved første pålogging.
diag-awaiting-activation = Aktiverings-e-posten ble sendt { $sent }; brukeren har ikke åpnet koblingen ennå (gyldig til { $until }).{ $notes }
diag-awaiting-activation-remedy = Brukeren åpner aktiverings-e-posten eller bekrefter seg ved første pålogging. Send invitasjonen på nytt sender den igjen.
diag-no-activation-link = Ingen aktiveringskobling er sendt til brukeren.{ $notes }
diag-no-activation-link-remedy = Send invitasjonen på nytt sender aktiverings-e-posten. Brukeren kan også bekrefte seg ved første pålogging.
diag-deactivated-by-sync = Katalogsynkroniseringen deaktiverte brukeren (deaktivert eller mangler i katalogen); katalogsynkroniseringen administrerer brukeren, så den kan ikke endres her.
diag-deactivated-by-sync-remedy = Aktiver brukeren i katalogen; neste synkronisering aktiverer brukeren på nytt.
diag-deactivated = En administrator deaktiverte brukeren.
diag-deactivated-deleted-on = En administrator deaktiverte brukeren. Hvis brukeren ikke aktiveres på nytt, slettes den { $deleted }.
diag-deactivated-remedy = Aktiver på nytt setter brukeren tilbake i tilstanden den hadde.
diag-delayed-claim = Det ble gjort krav på brukeren fra { $from }, og brukeren har { $days } av 14 dager igjen til å velge hva som skjer med dataene der. { $deadline } kjøres standardhandlingen: samtalene blir med.
diag-delayed-claim-remedy = Brukeren velger i Webex-appen (her: menyens handling for å velge data), eller standardhandlingen kjøres ved fristen.

## What happens next (the core's timeline)
due-claim-default = { $who }: det forsinkede kravet avsluttes; samtalene blir med (standard)
due-deletion = { $who }: slettes etter 30 dager som Inaktiv
due-reminder = { $who }: automatisk påminnelsesinvitasjon
due-reminder-suppressed = { $who }: automatisk påminnelsesinvitasjon (holdt tilbake: automatisk e-post er av)
due-verify-link-expires = { $who }: koblingen for e-postbekreftelse utløper
due-move-link-expires = { $who }: samtykkekoblingen for å flytte kontoen utløper
due-activation-link-expires = { $who }: aktiveringskoblingen utløper

## The state diagrams' arrows
arrow-user-verifies = bekrefter e-postadressen (aktiveringskoblingen eller ved første pålogging), eller krav når domenet er bekreftet
arrow-user-signs-in = logger på for første gang
arrow-user-deactivated = deaktiveres av en administrator eller katalogsynkronisering
arrow-user-reactivated = aktiveres på nytt (tilbake til tilstanden før)
arrow-user-claimed-delayed = krav med forsinkelse
arrow-user-chooses-data = velger hva som skjer med dataene, eller standard etter 14 dager
arrow-sub-enters-email = skriver inn en e-postadresse i portalen
arrow-sub-enters-free-email = skriver inn e-postadressen til en gratis Webex-konto
arrow-sub-onboarded = registreres med en e-postadresse (klarert, eller Prøv aktivering på nytt)
arrow-sub-check-fails = en registreringskontroll mislykkes
arrow-sub-opens-link = åpner bekreftelseskoblingen
arrow-sub-delete-starts-over = Slett bruker starter på nytt
arrow-sub-agrees-move = godtar flyttingen av kontoen, eller Prøv aktivering på nytt
arrow-sub-enters-other-email = skriver inn en annen e-postadresse i portalen
arrow-sub-enters-email-again = skriver inn en e-postadresse i portalen på nytt
arrow-sub-retry = Prøv aktivering på nytt
arrow-sub-created = Webex-brukeren opprettes eller flyttes
arrow-sub-change-package = Endre pakketype
arrow-sub-package-changed = pakken endres
diagram-node = { $state }: { $count }. Vis dem i tabellen.

## The audit log (the core's events)
event-template-created = Malen { $name } ({ $id }) ble opprettet
event-template-updated = Malen { $name } ({ $id }) ble oppdatert
event-customer-created = Kunden { $name } ({ $id }) ble opprettet
event-customer-updated = Kunden { $name } ({ $id }) ble oppdatert; mal { $template }
event-subscriber-received = Abonnenten { $bwid } ({ $id }) ble mottatt via flow-through-klargjøring
event-status-changed = { $id }: status { $from } → { $to }
event-onboarding-failed = { $id }: registreringen mislyktes (forsøk { $attempt }): feil { $code } { $text }
event-package-changed = { $id }: pakke { $from } → { $to }
event-subscriber-user-deleted = { $id }: Webex-brukeren ble slettet; abonnenten er beholdt
event-org-created = Organisasjonen { $name } ({ $id }) ble opprettet
event-org-converted = { $id } ble konvertert fra en gratis til en betalt plan
event-setting-on = { $id }: { $setting } ble slått på
event-setting-off = { $id }: { $setting } ble slått av
event-domain-added = { $id }: domenet { $domain } ble lagt til
event-domain-published = { $id }: TXT-posten i DNS for { $domain } ble publisert
event-domain-verified = { $id }: domenet { $domain } ble bekreftet
event-domain-claimed = { $id }: det ble gjort krav på domenet { $domain }
event-domain-removed = { $id }: domenet { $domain } ble fjernet
event-site-linked = { $id }: området { $site } ble koblet
event-user-created = Brukeren { $email } ({ $id }) ble opprettet i { $org } som { $state }
event-state-changed = { $id }: { $from } → { $to } ({ $reason })
event-user-moved = { $id } ble flyttet fra { $from } til { $to }
event-user-deleted = Brukeren { $email } ({ $id }) ble slettet
event-user-signed-in = { $id } logget på
event-claim-resolved = { $id }: kravet ble fullført: { $choice }
event-claim-resolved-default = { $id }: kravet ble fullført: { $choice } (standardhandling etter 14 dager)
event-sync-rejected = Katalogoppføringen { $email } ble avvist: { $reason }
event-mail-sent = { $kind }: e-post til { $to } sendt ({ $id })
event-mail-suppressed = { $kind }: e-post til { $to } holdt tilbake ({ $id })
event-link-used = Kobling brukt: { $purpose }
link-purpose-activation = kontoaktivering
link-purpose-verification = bekreftelse av e-post
link-purpose-move = flytting av konto
event-clock-advanced = Sandkasseklokken ble stilt { $by } frem (nå { $ahead } foran virkelig tid)

## Commands (the audit log's Command column, undo)
command-CreateTemplate = Opprett mal
command-UpdateTemplate = Rediger mal
command-CreateCustomer = Opprett kunde
command-UpdateCustomer = Rediger kunde
command-ProvisionSubscribers = Flow-through-klargjøring
command-SubmitEmail = Send inn e-post i portalen
command-OpenLink = Åpne kobling fra e-post
command-RetryActivation = Prøv aktivering på nytt
command-DeleteSubscriberUser = Slett bruker
command-ChangePackage = Endre pakketype
command-CreateOrg = Opprett organisasjon
command-AddDomain = Legg til domene
command-PublishDomainRecord = Publiser DNS-post
command-VerifyDomain = Bekreft domene
command-ClaimDomain = Gjør krav på domene
command-RemoveDomain = Fjern domene
command-AddUsers = Legg til brukere
command-LinkSite = Koble område
command-AddSiteUsers = Legg til områdebrukere
command-SetDirectorySync = Angi katalogsynkronisering
command-SyncDirectory = Katalogsynkronisering
command-ClaimUsers = Gjør krav på brukere
command-ChooseDataHandling = Velg datahåndtering
command-CompleteEmailVerification = Fullfør e-postbekreftelse
command-SignIn = Logg på
command-Deactivate = Deaktiver
command-Reactivate = Aktiver på nytt
command-DeleteUser = Slett bruker
command-SendActivationEmails = Send aktiverings-e-poster
command-SendReminders = Send påminnelser
command-SetAutomaticActivationEmails = Automatiske aktiverings-e-poster
command-ConvertToPaid = Konverter til betalt plan
command-SignUpFree = Gratis registrering
command-Tick = Planlagte oppgaver
command-AdvanceClock = Still sandkasseklokken frem

## Who did it (the audit log's Actor column)
actor-partner-admin = Partneradministrator
actor-customer-admin = Kundeadministrator
actor-end-user = Sluttbruker
actor-end-user-who = Sluttbruker { $who }
actor-provisioning = BroadWorks-klargjøring
actor-directory-sync = Katalogsynkronisering
actor-system = System

## Refusals: why the core refused a command
error-required = { $field } må fylles ut.
error-too-long = { $field } kan være på høyst { $max } tegn.
error-email-empty = Skriv inn en e-postadresse, for eksempel ann@example.com.
error-email-too-long = E-postadressen er lengre enn 254 tegn; bruk en kortere adresse.
error-email-non-ascii = Internasjonaliserte e-postadresser støttes ikke; bruk ASCII-formen av adressen (for et domene xn---formen).
error-email-whitespace = En e-postadresse kan ikke inneholde mellomrom.
error-email-missing-at = En e-postadresse trenger en @ mellom navnet og domenet, for eksempel ann@example.com.
error-email-domain-dot = Domenet etter @ trenger et punktum, for eksempel example.com.
error-email-invalid = Det er ikke en gyldig e-postadresse: { $what }. Kontroller den og prøv igjen.
error-no-template = Malen { $id } finnes ikke; den kan ha blitt fjernet i en annen fane. Last inn siden på nytt.
error-no-customer = Kunden { $id } finnes ikke; last inn siden på nytt.
error-no-subscriber = Abonnenten { $id } finnes ikke; last inn siden på nytt.
error-no-org = Organisasjonen { $id } finnes ikke; last inn siden på nytt.
error-no-user = Brukeren { $id } finnes ikke; last inn siden på nytt.
error-no-domain = Domenet { $domain } er ikke lagt til i denne organisasjonen; legg det til først.
error-duplicate = { $what } «{ $name }» finnes allerede; velg et annet.
error-bad-row = Rad { $row }: { $message } Ingenting ble brukt; rett raden og prøv igjen.
error-listed-twice = { $who } står oppført to ganger.
error-already-provisioned = Abonnenten { $who } er allerede klargjort for denne kunden.
error-sentence = { $sentence }
error-bad-credentials = BroadWorks-bruker-ID-en eller passordet er feil. Kontroller dem og logg på igjen.
error-portal-unavailable = Selvaktivering er ikke tilgjengelig for kontoen din: { $why } Kontakt tjenesteleverandøren din.
error-portal-locked = Aktiveringen din trenger administratoren: administratoren er varslet og fullfører den for deg.
error-not-awaiting-email = Kontoen er allerede { $what }; det er ingenting å skrive inn her.
error-link-unknown = Koblingen er ikke gyldig. Åpne koblingen i den nyeste e-posten, eller start på nytt fra aktiveringssiden.
error-link-expired = Koblingen er utløpt. Start på nytt fra aktiveringssiden for å få en ny.
error-link-used = Koblingen er allerede brukt. Hvis kontoen din ikke er aktiv ennå, start på nytt fra aktiveringssiden.
error-link-superseded = En nyere e-post er sendt for denne kontoen; bruk koblingen i den nyeste e-posten.
error-managed-by-sync = { $who } administreres av katalogsynkronisering; endre brukeren i katalogen i stedet.
error-email-in-other-org = { $who } tilhører allerede en bruker i en annen organisasjon; gjør krav på brukeren i stedet for å legge den til.
error-email-in-org = { $who } er allerede en bruker i denne organisasjonen.
error-domain-claimed-elsewhere = En annen organisasjon har gjort krav på domenet til { $who }; brukerne i den organisasjonen kan ikke legges til her.
error-not-claimable = { $who } tilhører en betalt organisasjon; bare brukere i gratis organisasjoner (forbruker) kan gjøres krav på. Be administratoren for den organisasjonen om å fjerne brukeren.
error-sync-off = Katalogsynkronisering er av for denne organisasjonen; slå den på først.
error-site-not-linked = Området { $site } er ikke koblet til denne organisasjonen; koble det først.
error-batch-too-large = En omgang kan inneholde høyst { $max } rader; del opp filen.

## The core's own sentences and field names, by their English words (says-…)
says-a-customer-with-enterprise-id = En kunde med bedrifts-ID-en
says-a-free-organization-cannot-claim-users-claim-the = En gratis organisasjon kan ikke gjøre krav på brukere; gjør krav på dem til en betalt organisasjon.
says-a-template-named = En mal med navnet
says-an-organization-named = En organisasjon med navnet
says-another-organization-has-claimed-this-domain-a-d = En annen organisasjon har gjort krav på dette domenet; et domene kan bare gjøres krav på av én organisasjon.
says-another-organization-has-claimed-this-domain-it = En annen organisasjon har gjort krav på dette domenet; det kan ikke bekreftes her.
says-automatic-activation-emails-are-already-set-that = Automatiske aktiverings-e-poster er allerede satt slik.
says-broadworks-enterprise-id = BroadWorks-bedrifts-ID
says-broadworks-user-id = BroadWorks-bruker-ID
says-choose-at-least-one-user-to-claim = Velg minst én bruker å gjøre krav på.
says-choose-at-least-one-user = Velg minst én bruker.
says-choose-what-happens-to-your-previous-account-s-d = Velg først hva som skjer med dataene i den forrige kontoen din.
says-customer-name = Kundenavn
says-directory-sync-is-already-set-that-way = Katalogsynkroniseringen er allerede satt slik.
says-directory-sync-is-for-paid-organizations = Katalogsynkronisering er for betalte organisasjoner.
says-enter-the-site-as-a-host-name-for-example-acme-w = Skriv inn området som et vertsnavn, for eksempel acme.webex.com.
says-free-organizations-cannot-add-domains = Gratis organisasjoner kan ikke legge til domener.
says-inactive-users-and-users-already-in-a-claim-cann = Inaktive brukere og brukere som allerede er i et krav, kan ikke gjøres krav på.
says-name = Navn
says-only-a-not-verified-user-completes-email-verific = Bare en bruker som er Ikke bekreftet, fullfører e-postbekreftelsen.
says-only-a-free-organization-can-be-converted-to-a-p = Bare en gratis organisasjon kan konverteres til en betalt plan.
says-only-a-user-in-delayed-claim-chooses-what-happen = Bare en bruker i Forsinket krav velger hva som skjer med tidligere data.
says-only-an-inactive-user-can-be-reactivated = Bare en Inaktiv bruker kan aktiveres på nytt.
says-organization-name = Organisasjonsnavn
says-portal-password = Portalpassord
says-publish-the-txt-record-in-your-dns-first-then-ve = Publiser TXT-posten i DNS først, og bekreft deretter. DNS-endringer kan ta opptil 72 timer å bli synlige.
says-self-sign-up-is-for-free-organizations = Egenregistrering er for gratis organisasjoner.
says-share-link = Delingskobling
says-site-url = Områdets URL
says-sites-link-to-paid-organizations = Områder kobles til betalte organisasjoner.
says-template-name = Malnavn
says-the-share-link-field-does-not-point-to-this-temp = Feltet Delingskobling peker ikke på malens aktiveringskobling.
says-the-txt-record-is-already-marked-as-published = TXT-posten er allerede merket som publisert.
says-the-untrusted-emails-option-is-not-checked-in-th = Alternativet Ikke-klarerte e-postadresser er ikke valgt i malens innstillinger for brukerbekreftelse.
says-the-domain = Domenet
says-the-domain-is-already-claimed = Det er allerede gjort krav på domenet.
says-the-domain-is-already-verified = Domenet er allerede bekreftet.
says-the-sandbox-clock-moves-forward-by-1-second-to-3 = Sandkasseklokken stilles frem 1 sekund til 366 dager.
says-the-site = Området
says-the-user-already-has-that-package = Brukeren har allerede den pakken.
says-the-user-is-already-inactive = Brukeren er allerede Inaktiv.
says-the-user-must-first-choose-what-happens-to-the-d = Brukeren må først velge hva som skjer med dataene i den forrige kontoen.
says-there-are-no-subscribers-to-provision = Det finnes ingen abonnenter å klargjøre.
says-there-are-no-users-to-add = Det finnes ingen brukere å legge til.
says-this-account-is-deactivated-contact-your-adminis = Kontoen er deaktivert. Kontakt administratoren din.
says-this-account-is-deactivated-the-user-cannot-sign = Kontoen er deaktivert; brukeren kan ikke logge på før en administrator aktiverer den på nytt.
says-this-activation-link-does-not-belong-to-any-temp = Denne aktiveringskoblingen hører ikke til noen mal.
says-this-user-has-no-error = Brukeren har ingen feil.
says-this-user-is-already-provisioned-retry-activatio = Brukeren er allerede klargjort; Prøv aktivering på nytt er for brukere med feil eller ventende krav.
says-users-join-free-organizations-by-signing-up-add = Brukere blir med i gratis organisasjoner ved å registrere seg; legg til brukere i en betalt organisasjon.
says-verify-the-domain-before-claiming-it = Bekreft domenet før du gjør krav på det.
says-being-provisioned = under klargjøring
says-provisioned-sign-in-to-the-webex-app = klargjort: logg på Webex-appen

## More of the core's own sentences (CSV files, directory sync, suppressed emails, email addresses)
says-an-email-address-cannot-contain-spaces = En e-postadresse kan ikke inneholde mellomrom.
says-a-broadworks-user-id-cannot-contain-spaces = En BroadWorks-bruker-ID kan ikke inneholde mellomrom.
says-an-email-address-needs-an-between-the-name-and-t = En e-postadresse trenger en @ mellom navnet og domenet, for eksempel ann@example.com.
says-automatic-activation-emails-are-off-for-this-org = Automatiske aktiverings-e-poster er slått av for denne organisasjonen.
says-belongs-to-a-user-in-another-organization-claim = Tilhører en bruker i en annen organisasjon; gjør krav på brukeren først.
says-disabled-in-the-directory-and-not-yet-a-user-not = Deaktivert i katalogen og ennå ikke en bruker; ikke opprettet (en ny bruker kan ikke være Inaktiv).
says-enter-an-email-address-for-example-ann-example-c = Skriv inn en e-postadresse, for eksempel ann@example.com.
says-internationalized-email-addresses-are-not-suppor = Internasjonaliserte e-postadresser støttes ikke; bruk ASCII-formen av adressen (for et domene xn---formen).
says-listed-twice-the-first-entry-was-used = Oppført to ganger; den første oppføringen ble brukt.
says-that-email-address-is-longer-than-254-characters = E-postadressen er lengre enn 254 tegn; bruk en kortere adresse.
says-the-domain-after-needs-a-dot-for-example-example = Domenet etter @ trenger et punktum, for eksempel example.com.
says-the-domain-is-claimed-by-another-organization = En annen organisasjon har gjort krav på domenet.
csv-file-no-header = Filen har ingen overskriftsrad.
csv-file-empty = Filen er tom. Velg en CSV-fil med en overskriftsrad og minst én bruker.
csv-file-no-bwid-column = Overskriften mangler kolonnen "BroadWorks User ID". Legg den til og prøv igjen.
csv-file-no-email-column = Overskriften mangler kolonnen "Email". Legg den til og prøv igjen.
csv-file-no-password-column = Overskriften mangler kolonnen "Password" (passordet til Brukeraktiveringsportalen). Legg den til og prøv igjen.
csv-file-invalid = Filen er ikke gyldig CSV (linje { $line }). Lagre den som CSV (kommadelt) og prøv igjen.
csv-file-too-many = Filen har mer enn { $max } brukere; del den opp i mindre filer.

## The composer's checklist marks, and an invitation refused for a user's state
checklist-done = (ferdig)
checklist-missing = (mangler)
error-not-invitable = { $who } er { $state }; bare brukere som ikke har aktivert (Ikke bekreftet eller Bekreftet), får invitasjoner.

## A CSV row's problems (the core's import)
csv-bwid-empty = BroadWorks User ID er tom.
csv-bwid-spaces = BroadWorks User ID kan ikke inneholde mellomrom.
csv-duplicate = { $value } finnes tidligere i filen.
csv-name-empty = Name er tom (oppgi Name, eller First Name og Last Name).
csv-password-empty = Password er tom.
csv-email = Email: { $problem }
csv-package = Package "{ $value }" er ikke en av Softphone, Basic, Standard, Premium.
csv-enabled = Enabled "{ $value }" er ikke true eller false.

## What the core says when stored or imported data cannot be read (DecodeError, ReplayError)
decode-not-flowthrough = Dette er ikke data fra flowthrough. Velg en fil som er eksportert fra siden Arbeidsområde.
decode-newer = Dataene ble skrevet av en nyere flowthrough (formatversjon { $found }; denne leser opptil { $supported }). Åpne dem med den nyere versjonen, eller eksporter dem og start på nytt.
decode-truncated = Dataene er avkortet ({ $found } av { $expected } byte): de ble ikke lagret eller kopiert helt. Bruk en fullstendig kopi.
decode-damaged = Dataene er skadet (kontrollsummen stemmer ikke): noen byte ble endret etter at de ble skrevet. Bruk en annen kopi.
decode-wrong-part = Dataene er { $found }, ikke { $expected }.
part-State = et arbeidsområdes tilstand
part-Change = en lagret endring
part-Audit = en del av revisjonsloggen
part-Mail = en del av postkassen
part-Export = en eksport av et arbeidsområde
decode-not-json = Dataene er ikke gyldig JSON ({ $technical }); de kan være avkortet eller ikke være et arbeidsområde fra flowthrough.
decode-corrupt = Dataene i arbeidsområdet er skadet: { $technical }.
replay-error = Loggoppføring { $seq } kunne ikke spilles av: { $reason }
replay-error-sequence = oppføring { $next } var ventet som neste
replay-error-diverged = den gir ikke samme resultat her; de lagrede dataene er inkonsistente
replay-error-unread = Den eldre historikken leses fortsatt; prøv igjen om et øyeblikk.
history-fill = lagringen inneholder { $found } eldre elementer der { $expected } var ventet

## Storage, files and the app's own notices (src/storage.rs, src/browser.rs, src/store.rs)
storage-disabled = Denne nettleseren lar ikke siden lagre data (lagring er slått av eller blokkert). Endringer varer bare til fanen lukkes.
storage-read-refused = Nettleseren nektet å lese lagrede data.
storage-not-packed = den lagrede teksten er ikke pakkede data fra flowthrough
storage-not-text = det lagrede arbeidsområdet er ikke gyldig tekst
storage-state-unreadable = Det lagrede arbeidsområdet kan ikke leses: { $reason }.
storage-idb-missing = Arbeidsområdet skulle ligge i nettleserens IndexedDB, men det er ikke der (nettstedets data kan være delvis slettet).
storage-migration-unavailable = Denne nettleseren har et arbeidsområde lagret av forrige versjon, og delen av appen som leser det, kunne ikke hentes (tilkoblingen kan være nede). Ingenting ble endret: last inn siden på nytt for å prøve igjen.
storage-idb-refused = Nettleseren nektet å lese arbeidsområdet fra IndexedDB ({ $technical }). Last inn siden på nytt for å prøve igjen.
storage-idb-unreadable = Arbeidsområdet som ligger i IndexedDB, kan ikke leses: { $reason }
storage-change-missing = Lagret endring { $n } mangler i lagringen, så de nyeste endringene kan ikke leses.
storage-change-refused = Lagret endring { $n } kan ikke tas i bruk: { $reason }.
storage-change-damaged = Lagret endring { $n } er skadet: { $reason }
storage-write-failed = Nettleseren kunne ikke lagre endringene dine: lagringen for dette nettstedet er full eller blokkert (dette krever { $kb } kB). Det sist lagrede arbeidsområdet ditt er uendret. Eksporter arbeidsområdet fra siden Arbeidsområde for å beholde arbeidet ditt, eller frigjør plass ved å starte på nytt med et mindre arbeidsområde.
storage-write-failed-because = Nettleseren kunne ikke lagre endringene dine: lagringen for dette nettstedet er full eller blokkert (dette krever { $kb } kB). Det sist lagrede arbeidsområdet ditt er uendret. Eksporter arbeidsområdet fra siden Arbeidsområde for å beholde arbeidet ditt, eller frigjør plass ved å starte på nytt med et mindre arbeidsområde. ({ $technical })
storage-cannot-move = En del av den lagrede historikken ({ $key }) kan ikke leses, så arbeidsområdet kan ikke flyttes til IndexedDB.
storage-segment-unreadable = Et lagret segment ({ $key }) kan ikke leses.
storage-audit-unreadable = En del av revisjonsloggen kan ikke leses: { $reason }
storage-audit-short = Revisjonsloggen i lagringen har { $found } av sine { $count } oppføringer.
storage-mail-unreadable = En del av postkassen kan ikke leses: { $reason }
storage-mail-short = Postkassen i lagringen har { $found } av sine { $count } e-poster.
history-unreadable = Den lagrede historikken kan ikke leses: { $reason }
busy-opening = Åpner arbeidsområdet fra nettleserens lagring…
busy-saving = Lagrer arbeidsområdet i nettleserens lagring…
says-the-workspace-is-still-being-opened-try-again-in = Arbeidsområdet åpnes fortsatt; prøv igjen om et øyeblikk.
says-the-workspace-is-still-being-saved-try-again-in = Arbeidsområdet lagres fortsatt; prøv igjen om et øyeblikk.
says-the-page-is-closing = Siden lukkes.
updated-from-other-tab = Oppdatert med endringer gjort i en annen fane.
file-not-created = Nettleseren kunne ikke opprette filen { $file }.
file-not-read = Filen { $file } kunne ikke leses. Velg den på nytt.
file-not-text = Filen { $file } kunne ikke leses som tekst. Lagre den som UTF-8-tekst og velg den på nytt.

## The activation email composer (seed 004): its checklist, fields and the email it writes
composer-item-goals = Bedriftens mål og plan for utrullingen
composer-item-value = Verdien og formålet med Webex-appen
composer-item-room = Kobling til det personlige møterommet (hvis kjøpt med Webex Meetings)
composer-item-support = Interne støttekoblinger
composer-item-training = Koblinger til internt opplæringsinnhold
composer-item-portal = Kobling til sluttbrukerportalen
composer-item-steps = Aktiveringstrinn (logg på med SSO)
composer-field-goals = Bedriftens mål og plan for utrullingen
composer-field-value = Verdien og formålet med Webex-appen
composer-field-room = Kobling til personlig møterom (hvis du har kjøpt Webex Meetings)
composer-field-support = Interne støttekoblinger
composer-field-training = Koblinger til internt opplæringsinnhold
composer-field-portal = Kobling til sluttbrukerportalen
composer-field-steps = Hvordan brukere aktiverer kontoen sin
composer-email-language = Språket i e-posten
composer-draft-subject = Velkommen til Webex hos { $org }: aktiver kontoen din
composer-draft-steps = Åpne Webex-appen og logg på bedriftens side for enkel pålogging (SSO) med påloggingsinformasjonen fra bedriften. Du blir da logget på Webex-appen automatisk.
composer-greeting = Hei!
composer-section-goals = Hvorfor vi går over til Webex
composer-section-value = Hva Webex-appen gjør for deg
composer-section-room = Ditt personlige møterom
composer-section-steps = Slik aktiverer du kontoen din
composer-section-portal = Innstillingene dine (sluttbrukerportalen)
composer-section-support = Trenger du hjelp?
composer-section-training = Opplæring
composer-closing =
    Takk!
    IT-avdelingen
composer-from-name = Webex-administrator

## Delte arbeidsområder
share-title = Delt arbeidsområde
share-lead = Del dette arbeidsområdet med kolleger eller en klasse via en NATS-server: alle ser hver endring i løpet av et øyeblikk, og kan jobbe videre når serveren ikke kan nås. Administratorer endrer arbeidsområdet; kursdeltakere følger det.
share-invited = Du er invitert til et delt arbeidsområde: skriv inn brukernavn og passord, og velg Bli med.
share-server = Server
share-workspace = Navnet på det delte arbeidsområdet
share-user = Brukernavn
share-password = Passord
share-name = Navnet ditt (vises for de andre)
share-remember = Lagre passordet i denne nettleseren
share-join-replaces = Når du blir med, erstattes denne nettleserens arbeidsområde med det delte. Eksporter det først hvis du vil beholde en kopi.
share-this = Del dette arbeidsområdet
share-join = Bli med i et delt arbeidsområde
share-reconnect = Koble til igjen
share-leave = Forlat
share-leave-hint = Når du forlater, beholdes en kopi av arbeidsområdet her, som nettleserens eget.
share-in = Delt arbeidsområde { $workspace } på { $server }. Du er { $name }, { $role }.
share-role-admin = administrator
share-role-trainee = kursdeltaker (bare lesing)
share-you = deg
share-people = Hvem som er her
share-join-link = Invitasjonslenke (uten passord)
share-copy-link = Kopier lenke
share-link-copied = Invitasjonslenken er kopiert.
share-connecting = Delt: kobler til …
share-online = Delt: tilkoblet
share-offline = Delt: frakoblet
share-disconnected = Delt: ikke tilkoblet
share-waiting = { $count ->
    [one] 1 endring venter
   *[other] { $count } endringer venter
}
share-alone = ingen andre her
share-here = her: { $names }
share-reports = { $count ->
    [one] 1 endring ble ikke utført
   *[other] { $count } endringer ble ikke utført
}
share-reports-title = Ikke utført
share-dismiss = Lukk
share-by = av { $name }
share-sent = { $count ->
    [one] Tilkoblet igjen: den ventende endringen din er sendt.
   *[other] Tilkoblet igjen: de { $count } ventende endringene dine er sendt.
}
share-joined = Du ble med i det delte arbeidsområdet.
share-shared = Arbeidsområdet er nå delt. Gi invitasjonslenken til de andre.
share-left = Du forlot det delte arbeidsområdet; nettleseren beholder sin egen kopi.
share-trainee-banner = Du ble med som kursdeltaker: du følger hver endring, men kan ikke gjøre noen.
share-error-fields = Fyll inn serveren, navnet på det delte arbeidsområdet, brukernavnet og passordet ditt.
share-error-name = Navnet på et delt arbeidsområde er 1 til 40 bokstaver, sifre, bindestreker eller understreker.
share-error-unreachable = Ingen server svarer på den adressen. Sjekk adressen (ws:// eller wss://) og at serveren kjører. ({ $detail })
share-error-credentials = Brukernavnet eller passordet er feil. Sjekk dem og prøv igjen.
share-error-denied = Serveren avviste: brukeren din har ikke lov til dette i dette arbeidsområdet. Spør serverens administrator. ({ $detail })
share-error-conflict = En annen endring kom først; din blir utført oppå den.
share-error-missing = Det finnes ikke noe delt arbeidsområde med det navnet på serveren. Sjekk navnet, eller del dette arbeidsområdet under det.
share-error-exists = Det finnes allerede et delt arbeidsområde med det navnet. Bli med i det, eller velg et annet navn.
share-error-offline = Serveren kan ikke nås akkurat nå; endringene dine venter her og sendes når den er tilbake.
share-error-unloaded = Delingsklienten kunne ikke lastes: { $detail }. Last inn siden på nytt og prøv igjen.
share-error-failed = Serveren rapporterte et problem: { $detail }
share-record-failed = Opplysningene om det delte arbeidsområdet kunne ikke lagres i nettleseren: { $detail }
share-record-unreadable = Nettleserens opplysninger om det delte arbeidsområdet kan ikke leses ({ $reason }). Arbeidsområdet ditt er urørt; bli med i det delte arbeidsområdet igjen.
share-snapshot-unreadable = Det delte arbeidsområdet på serveren kan ikke leses: { $reason }
share-history-offline = Den eldre historikken for dette delte arbeidsområdet ligger på serveren: koble til igjen for å lese den.
undo-shared = Angre finnes ikke i et delt arbeidsområde: alles endringer utgjør én logg. Gjør den motsatte endringen i stedet.
sync-refused = Endringen din ({ $command }) ble ikke utført: { $reason } { $author } gjorde en endring først ({ $other }, { $at }).
sync-refused-alone = Endringen din ({ $command }) ble ikke utført: { $reason }
sync-malformed = Oppføring { $seq } i den delte loggen er ingen flowthrough-endring og ble hoppet over: { $reason }
says-this-shared-workspace-is-read-only-for-you-you-j = Dette delte arbeidsområdet er skrivebeskyttet for deg: du ble med som kursdeltaker.

## Lessons
nav-lessons = Leksjoner
lessons-title = Leksjoner
lessons-lead = Øv på en klargjøringsflyt på din egen kopi av et arbeidsområde: hvert trinn sier hva du skal gjøre, og hvert kontrollpunkt hakes av i det øyeblikket reglene ser at det er nådd. Ditt eget arbeidsområde blir aldri rørt.
lessons-built-in = Innebygde leksjoner
lessons-mine = Dine leksjoner
lessons-mine-none = Ingen ennå. Ta opp en nedenfor, eller åpne en leksjonsfil en instruktør har sendt deg.
lesson-size = { $steps ->
    [one] 1 trinn
   *[other] { $steps } trinn
}, { $count ->
    [one] 1 kontrollpunkt
   *[other] { $count } kontrollpunkter
}
lesson-start = Begynn å øve
lesson-download = Last ned leksjonsfilen
lesson-remove = Fjern
lesson-file = Åpne en leksjonsfil
lesson-file-valid = «{ $title }», { $steps ->
    [one] 1 trinn
   *[other] { $steps } trinn
}: en gyldig leksjon.
lesson-keep = Behold blant dine leksjoner
lesson-kept = Leksjonen er lagt til blant dine leksjoner.
lesson-record-title = Ta opp en leksjon
lesson-record-lead = Start fra arbeidsområdet slik det er nå, gjør løsningen selv på en kopi, og stopp deretter: flowthrough foreslår kontrollpunkter ut fra det som endret seg, og du skriver instruksjonene.
lesson-record = Ta opp en leksjon
lesson-recording-started = Tar opp på en kopi av arbeidsområdet ditt. Gjør løsningen, og velg deretter Stopp opptaket.
lesson-under-way = En leksjon pågår: konsollene viser leksjonens kopi av arbeidsområdet, ikke ditt.
lesson-open-checklist = Åpne sjekklisten
lesson-bar = Leksjon
lesson-reading = Leser leksjonen …
lesson-recording = Tar opp en leksjon.
lesson-recording-what = Du jobber på en kopi: gjør løsningen, og stopp deretter opptaket.
lesson-stop-recording = Stopp opptaket
lesson-write = Skriv leksjonen
lesson-step-of = Trinn { $n } av { $count }:
lesson-count = { $count ->
    [one] { $n } av 1 kontrollpunkt nådd
   *[other] { $n } av { $count } kontrollpunkter nådd
}
lesson-complete = Leksjonen er fullført: alle kontrollpunktene er nådd.
lesson-reached = Nådd:
lesson-not-reached = Ikke nådd ennå
lesson-reached-now = Kontrollpunkt nådd: { $checkpoint }
lesson-reached-after = nådd etter { $time }
lesson-seconds = { $count ->
    [one] 1 sekund
   *[other] { $count } sekunder
}
lesson-no-longer-holds = (gjelder ikke lenger)
lesson-practice-title = Leksjon
lesson-none-under-way = Ingen leksjon pågår. Velg en å øve på.
lesson-hint = Tips
lesson-show-hint = Vis tips
lesson-hints-used = { $count ->
    [one] 1 tips brukt
   *[other] { $count } tips brukt
}
lesson-clock = { $count ->
    [one] La 1 dag gå
   *[other] La { $count } dager gå
}
lesson-clock-taken = { $count ->
    [one] 1 dag har gått.
   *[other] { $count } dager har gått.
}
lesson-start-again = Begynn på nytt
lesson-started-again = Begynte på nytt på en ny kopi.
lesson-leave = Forlat leksjonen
lesson-left = Du forlot leksjonen; ditt eget arbeidsområde er tilbake.
lesson-write-title = Skriv den innspilte leksjonen
lesson-write-lead = Behold kontrollpunktene som viser at løsningen virket, gi dem egne ord om du vil, og skriv hva eleven skal gjøre.
lesson-title-label = Tittel
lesson-intro-label = Innledning
lesson-instruction-label = Hva eleven skal gjøre
lesson-hint-label = Tips (valgfritt)
lesson-proposed = Kontrollpunkter foreslått ut fra det som endret seg
lesson-own-words = Egne ord (valgfritt)
lesson-nothing-changed = Ingenting endret seg under opptaket, så det er ingenting å kontrollere. Forkast opptaket og ta opp på nytt.
lesson-title-missing = Gi leksjonen en tittel.
lesson-instruction-missing = Skriv hva eleven skal gjøre.
lesson-no-checkpoint-kept = Behold minst ett kontrollpunkt: det er slik leksjonen vet at eleven lyktes.
lesson-save = Lagre leksjonen
lesson-discard = Forkast opptaket
lesson-saved = «{ $title }» er lagret blant dine leksjoner.
lesson-back-to-workspace = Tilbake til arbeidsområdet ditt
lesson-no-recording = Ingen opptak pågår.
lesson-none = Ingen leksjon pågår.
lesson-no-clock = Dette trinnet har ikke noe tidssteg å ta nå.
lesson-not-while-shared = Forlat det delte arbeidsområdet først: en leksjon kjører på en kopi bare i denne nettleseren.
lesson-busy = Arbeidsområdet lagres fortsatt; prøv igjen om et øyeblikk.
lesson-history-unread = Historikken til arbeidsområdet kunne ikke leses, så det kan ikke tas opp; last inn siden på nytt og prøv igjen.
lesson-unloaded = Leksjonene kunne ikke hentes (tilkoblingen kan være nede). Prøv igjen.
lesson-record-unreadable = Leksjonen som pågår, kunne ikke leses ({ $reason }). Forlat den og begynn på nytt.
lesson-error-unreadable = Dette er ikke en leksjonsfil flowthrough kan lese ({ $reason }). Velg en leksjonsfil (.json) lagret av flowthrough.
lesson-error-newer = Leksjonen er i format { $format }, nyere enn det denne versjonen av flowthrough leser; oppdater flowthrough.
lesson-error-invalid = Leksjonsfilen er ikke gyldig: { $reason }
lesson-error-start = Startarbeidsområdet til leksjonen kunne ikke lages: { $reason }
check-subscriber-status = Abonnent { $subscriber } har status { $status }
check-subscriber-package = Abonnent { $subscriber } har pakken { $package }
check-user-state = { $email } er { $state }
check-user-state-in = { $email } er { $state } i { $org }
check-no-user = Ingen bruker har e-postadressen { $email }
check-template-ready = Malen «{ $template }» har Ikke-klarerte e-postadresser avmerket og Delingskobling som peker på aktiveringskoblingen
check-customer-no-errors = Kunden { $customer } har ingen abonnent med Feil
check-email-sent = En e-post «{ $kind }» gikk til { $to }
check-email-suppressed = E-posten «{ $kind }» til { $to } ble undertrykt
check-automatic-emails-on = Automatiske aktiverings-e-poster er på for { $org }
check-automatic-emails-off = Automatiske aktiverings-e-poster er av for { $org }
check-directory-sync-on = Katalogsynkronisering er på for { $org }
check-directory-sync-off = Katalogsynkronisering er av for { $org }
check-domain-status = Domenet { $domain } i { $org } er { $status }
check-org-paid = { $org } har en betalt plan
class-title = Klasser
class-lead = En instruktør starter en klasse fra en leksjon på NATS-serveren som delingen bruker; hver elev blir med via koblingen og øver på sin egen kopi, og instruktørens tavle viser hver elevs kontrollpunkter etter hvert som de nås.
class-go = Start eller bli med i en klasse
class-join-title = Bli med i en klasse
class-join-lead = Bruk brukernavnet og passordet fra instruktøren. Arbeidet ditt blir på din egen kopi; bare fremdriften og endringene dine går til klassen.
class-start-title = Start en klasse
class-start-lead = Som administrator for serveren. Gi klassen et navn av bokstaver, sifre, - og _, og send deretter elevene invitasjonskoblingen tavlen viser.
class-server = Server
class-name = Klassenavn
class-user = Brukernavn
class-password = Passord
class-your-name = Navnet ditt
class-lesson = Leksjon
class-join = Bli med i klassen
class-start = Start klassen
class-join-incomplete = Oppgi serveren, klassenavnet (bokstaver, sifre, - og _), brukernavnet ditt og navnet ditt.
class-name-invalid = Oppgi et brukernavn og et klassenavn med bare bokstaver, sifre, - og _.
class-open-board = Åpne tavlen for { $class }
class-none = Ingen klasse kjører i denne nettleseren.
class-lesson-unreadable = Klassens leksjon er ikke tekst flowthrough kan lese.
class-board-title = Klassetavle
class-board-caption = Elever og kontrollpunktene de har nådd
class-join-link = Invitasjonskobling:
class-trainee = Elev
class-status = Status
class-last-action = Siste handling
class-no-trainees = Ingen elev har blitt med ennå.
class-done = Ferdig
class-stuck = Står fast
class-working = Jobber
class-follow = Følg kopien til { $name }
class-clock-title = Klassens klokke
class-days = Dager
class-clock-button = La dagene gå for alle elevene
class-days-invalid = Oppgi et antall dager fra 1 til 366.
class-clock-sent = { $count ->
    [one] 1 dag går for alle elevene.
   *[other] { $count } dager går for alle elevene.
}
class-clock-taken = { $count ->
    [one] Instruktøren lot 1 dag gå.
   *[other] Instruktøren lot { $count } dager gå.
}
class-reconnect = Koble til klassen { $class } igjen som { $user }: oppgi passordet på nytt.
class-reconnect-button = Koble til igjen
class-reconnect-needed = ikke tilkoblet: koble til igjen på sjekklistesiden
class-in = Klasse { $class }
class-online = tilkoblet
class-sending = { $count ->
    [one] sender 1 melding
   *[other] sender { $count } meldinger
}
class-offline = { $count ->
    [one] frakoblet, 1 melding venter og sendes når tilkoblingen er tilbake
   *[other] frakoblet, { $count } meldinger venter og sendes når tilkoblingen er tilbake
}
class-follow-title = Kopien til { $user }
class-follow-lead = Følges direkte, skrivebeskyttet: det elevens kopi inneholder nå.
class-follow-waiting = Venter på elevens kopi …
class-follow-changes = Siste endringer
class-follow-subscribers = Abonnenter
class-follow-users = Brukere i Kontrollhub
class-org = Organisasjon
read-only-trainee = Skrivebeskyttet: du ble med i dette delte arbeidsområdet som elev.
lesson-copy-restarted = Kopien din av leksjonens arbeidsområde kunne ikke leses, så den ble startet på nytt; kontrollpunktene du har nådd, beholdes.

## Importing a customer's subscribers from the Webex API (core's import::api, the Workspace page)
api-import-title = Importer fra Webex API
api-import-hint = Velg én eller flere sidefiler fra "List BroadWorks Subscribers" (GET /v1/broadworks/subscribers, lagret som JSON). De leses i denne nettleseren og sendes ingen steder.
api-import-files = Filer fra Webex API (.json)
api-import-reading = Leser fil { $done } av { $total }
api-import-read = Filer lest: { $files }. Abonnenter som kan importeres: { $valid }. Med problemer: { $errors }.
api-import-problems = Disse importeres ikke:
api-import-row = { $file }, element { $item } { $who }:
api-import-apply = Importer { $count } abonnenter til et nytt arbeidsområde
api-import-done = { $count } abonnenter ble importert fra Webex API. Dette arbeidsområdet inneholder ekte data.
api-file-too-large = { $file } er større enn { $max } MB. Del eksporten opp i sider med abonnenter.
api-file-not-utf8 = { $file } er ikke UTF-8-tekst (ved byte { $offset }). Lagre API-svaret slik det kom.
api-file-empty = { $file } er tom.
api-file-invalid = { $file } er ikke gyldig JSON (linje { $line }, kolonne { $column }). Lagre API-svaret slik det kom.
api-file-no-items = { $file } har ingen "items"-liste: det er ikke en side fra List BroadWorks Subscribers.
api-file-too-many = Med { $file } blir det flere enn { $max } abonnenter; importer færre filer om gangen.
api-item-invalid = Abonnenten har ikke API-ets form: { $problem }
api-item-not-object = Elementet er ikke en abonnent (et objekt).
api-field-missing = { $field } mangler.
api-field-type = { $field } er { $found }, ikke tekst.
api-duplicate = { $value } finnes tidligere i filene.
api-status = Statusen "{ $value }" er ikke en av API-ets statuser.
api-time = { $field } "{ $value }" er ikke en dato og et klokkeslett (ISO 8601).
api-self-activated = selfActivated "{ $value }" er ikke true eller false.
api-since-unknown = et ukjent tidspunkt (filen mangler lastStatusChange)
json-null = null
json-boolean = sann eller usann
json-number = et tall
json-string = tekst
json-list = en liste
json-object = et objekt
real-data = Ekte data
real-data-title = Dette arbeidsområdet inneholder en kundes ekte data, importert fra Webex API. De blir i denne nettleseren.
why-basis = Hva dette bygger på
worklist-export = Eksporter arbeidsliste
stuck-stalled = Klargjøringen er ikke ferdig etter et døgn
command-ImportFromApi = Import fra Webex API
says-an-import-from-the-webex-api-goes-into-a-new-emp = En import fra Webex API havner i et nytt, tomt arbeidsområde.
says-the-files-hold-no-subscriber-to-import = Filene inneholder ingen abonnent å importere.
diag-api-basis = Ifølge filen fra Webex API: status { $status } siden { $since }; oppførte feil: { $errors }. Filen inneholder ikke malens innstillinger, e-postene som ble sendt eller lenkene deres, så de kan ikke kontrolleres her.
diag-api-stalled = Abonnenten har hatt statusen { $status } siden { $since } ({ $for }); klargjøringen blir vanligvis ferdig i løpet av minutter.
diag-api-stalled-remedy = Åpne Brukerstatus for abonnenten i Partnerhub og bruk Prøv aktivering på nytt; hvis det ikke hjelper, åpne en sak hos Cisco og oppgi abonnentens id fra filen.
diag-api-awaiting-email = Abonnenten har ikke skrevet inn noen e-postadresse i Brukeraktiveringsportalen siden { $since } ({ $for }).
diag-api-awaiting-email-remedy = Send malens aktiveringskobling (delingskoblingen) til abonnenten igjen, eller bruk Prøv aktivering på nytt med abonnentens e-postadresse i Partnerhub.
diag-api-awaiting-verification = En bekreftelses-e-post gikk til { $email } { $since } (for { $for } siden); lenken gjelder i 24 timer.
diag-api-verify-expired = Bekreftelses-e-posten til { $email } ble sendt { $since } (for { $for } siden); lenken er utløpt.
diag-api-verify-expired-remedy = I Partnerhub sender Prøv aktivering på nytt med abonnentens e-postadresse en ny bekreftelses-e-post; be abonnenten åpne den innen 24 timer.
diag-api-move-consent = { $email } har allerede en Webex-konto; e-posten om samtykke til flyttingen ble sendt { $since } (for { $for } siden) og er ikke besvart.
diag-api-move-consent-remedy = Be brukeren godta samtykke-e-posten; i Partnerhub sender Prøv aktivering på nytt den igjen.
diag-api-broadworks-id-in-use = BroadWorks-bruker-ID-en { $bwid } er allerede knyttet til en annen Webex-bruker. Registreringen mislyktes { $since } (for { $for } siden) med: "{ $error }"
diag-api-broadworks-id-in-use-remedy = Finn brukeren som har { $bwid } i Kontrollhub, og slett den hvis den er en rest; bruk deretter Slett bruker og Prøv aktivering på nytt for abonnenten i Partnerhub.
diag-api-failed = Registreringen mislyktes { $since } (for { $for } siden) med: "{ $error }"
diag-api-failed-remedy = Rett opp det feilen sier; bruk deretter Prøv aktivering på nytt for abonnenten i Partnerhub.
diag-api-error-unexplained = Filen sier Error siden { $since } ({ $for }), men oppgir ingen feil.
diag-api-error-unexplained-remedy = Åpne Brukerstatus i Partnerhub, finn abonnenten og bruk Kopier feiltekst; rett deretter opp det som står der, og bruk Prøv aktivering på nytt.
api-export-hint = Abonnentene i Webex API-ets form (én side fra List BroadWorks Subscribers). Den maskerte filen erstatter navn, e-postadresser, telefonnumre og BroadWorks-bruker-ID-er med nummererte plassholdere, slik at den kan sendes til en kollega eller legges ved en sak.
api-export = Eksporter i API-ets form
api-export-redacted = Eksporter maskert
api-exported = { $file } ble lagret.
share-real-title = Dele en kundes ekte data?
share-real-text = Dette arbeidsområdet inneholder en kundes ekte data, importert fra Webex API: navn, e-postadresser og telefonnumre. Deling sender dem til NATS-serveren for alle som blir med. Del heller en maskert kopi hvis du kan.
share-real-confirm = Del ekte data
csv-file-no-status-column = Overskriftsraden har ingen kolonne "User Status": eksporter brukerne fra Kontrollhub (Brukere, Eksporter) og velg den filen.
csv-user-status = Brukerstatusen "{ $value }" er ikke Aktiv, Bekreftet, Ikke bekreftet eller Inaktiv.
csv-delayed-claim = Et forsinket krav kan ikke importeres: eksporten sier ikke fra hvilken organisasjon eller til når.
reason-ImportedFromExport = Importert fra Kontrollhubs brukereksport i denne tilstanden; eksporten sier ikke hvorfor.
command-ImportUsers = Import av Kontrollhubs brukereksport
says-a-delayed-claim-cannot-be-imported-the-export-do = Et forsinket krav kan ikke importeres: eksporten sier ikke fra hvilken organisasjon eller til når.
ch-export-file = Brukereksport fra Kontrollhub (exported_users.csv)
ch-export-hint = Importer brukerne i Kontrollhubs eksport (Brukere, Eksporter) til denne organisasjonen, hver i tilstanden eksporten oppgir. Ingen e-post sendes.
ch-export-apply = Importer { $count } brukere i sine tilstander
api-import-progress = Importerer fra Webex API: { $done } av { $total } abonnenter …
api-import-stopped = Importen stoppet etter { $done } av { $total } abonnenter: { $reason }
api-field-too-long = { $field } er lengre enn { $max } tegn.
api-created = Opprettet { $date }
api-created-unknown = Opprettet: står ikke i filen
api-self-yes = selvaktivert
api-self-no = ikke selvaktivert
api-self-unknown = selvaktivering står ikke i filen
