# flowthrough, svenska. Ordval från Webex-artikeln på svenska (seed 000): Användarstatus,
# Visa mallar, Användarverifiering, opålitliga e-postadresser, Dela länk, Försök att aktivera igen,
# Registrera, Ta bort användare, Ändra pakettyp, Kopiera feltext, Exportera.

## The header
language = Språk
skip-to-content = Hoppa till innehållet
nav-consoles = Konsoler
nav-partner = Partnerhubb
nav-control = Control Hub
nav-mailbox = Brevlåda
nav-workspace = Arbetsyta
boot-loading = Konsolen läses in…
page-loading = Sidan läses in…
page-unavailable = Sidan kunde inte läsas in
page-unavailable-why = Den här delen av appen kom inte fram: anslutningen kan vara nere, eller så har en ny version släppts sedan fliken öppnades. Din arbetsyta är kvar i den här webbläsaren. Försök igen eller läs in sidan på nytt.
page-try-again = Försök igen
theme = Tema
theme-system = System
theme-light = Ljust
theme-dark = Mörkt
theme-hc-light = Hög kontrast, ljust
theme-hc-dark = Hög kontrast, mörkt
clock = Sandlådeklocka
clock-time = Simulerad tid
clock-sandbox-time = Sandlådetid
clock-1h = +1 tim
clock-1h-name = flytta klockan fram 1 timme
clock-1d = +1 dag
clock-1d-name = flytta klockan fram 1 dag
clock-14d = +14 dagar
clock-14d-name = flytta klockan fram 14 dagar
clock-advanced = Klockan flyttades fram { $by }.
clock-advanced-changes = { $count ->
    [one] Klockan flyttades fram { $by }: { $count } automatisk ändring, se granskningsloggen.
   *[other] Klockan flyttades fram { $by }: { $count } automatiska ändringar, se granskningsloggen.
}
duration-hour = 1 timme
duration-day = 1 dag
duration-14-days = 14 dagar

## The start page
home-lead = En lokal konsol för flow-through-provisionering av Webex för BroadWorks med opålitliga e-postadresser. Kör, öva och felsök flödena i webbläsaren; allt stannar i den här webbläsaren.
demo-load = Ladda demoarbetsytan
demo-hint = Tre kunder med användare i varje status, redo att felsökas.
demo-loaded = Demoarbetsytan har laddats.
demo-failed = Demon kunde inte byggas: { $error }
demo-replace-title = Ersätta din arbetsyta?
demo-replace-text = Demon ersätter allt i den här webbläsarens arbetsyta: mallar, kunder, användare, e-post och granskningsloggen.
demo-replace = Ersätt med demon
cancel = Avbryt
close = Stäng
save = Spara
home-partner = För tjänsteleverantörens administratör: kundmallar, inställningar för Användarverifiering och vyn Användarstatus för att försöka igen, ta bort, ändra paket eller kopiera feltext.
home-control = För kundens administratör: användartillstånd (Aktiv, Verifierad, Inte verifierad, Inaktiv, Fördröjt anspråk), domäner, anspråk, katalogsynkronisering och aktiveringsmejl.
portal-name = Användaraktiveringsportalen
home-portal = Där slutanvändare anger och verifierar sin e-postadress. Varje mall har sin egen aktiveringslänk:
home-portal-none = inga ännu: skapa en mall i partnerhubben, eller ladda demon.
home-mailbox = All e-post som systemet skickade eller höll inne, med fungerande länkar: så spelar du slutanvändaren.

## Partner Hub: templates
breadcrumb = Sökväg
crumb-settings = Inställningar
crumb-calling = BroadWorks-samtal
templates = Mallar
templates-lead = Mallar för kundregistrering. Under Användarverifiering måste alternativet opålitliga e-postadresser vara markerat och fältet Dela länk peka på aktiveringslänken för att användare ska kunna självetablera sig.
col-template = Mall
col-package = Paket
user-verification = Användarverifiering
activation-link = Aktiveringslänk
user-status = Användarstatus
templates-none = Inga mallar ännu. Skapa en nedan.
template-ready = Opålitliga e-postadresser, redo för självaktivering
template-trusted = Betrodda e-postadresser
show-user-status = Visa användarstatus
view-templates = Visa mallar
template-create-title = Skapa en mall
template-name = Mallnamn
untrusted-emails = Opålitliga e-postadresser
template-create = Skapa mall
template-not-found = Mallen hittades inte
template-gone = Den kan ha tagits bort. Gå tillbaka till mallarna:
provisioning-id = Provisionerings-ID
template-settings = Mallinställningar
user-authentication = Användarautentisering
untrusted-hint = Användare måste ange och verifiera sin e-postadress i Användaraktiveringsportalen. Lämna omarkerat när e-postadresserna från BroadWorks är betrodda.
share-link = Dela länk
activation-link-label = Aktiveringslänk:
copy-activation-link = Kopiera aktiveringslänken
activation-link-copied = Aktiveringslänken har kopierats.
use-as-share-link = Använd som Dela länk
template-problem-suffix = Användare kan inte självetablera sig förrän detta är åtgärdat.
template-saved = Mallen har sparats.

## Partner Hub: User Status
user-status-lead = { $template }: användare och deras provisioneringsstatus. För användare med fel eller väntande krav, klicka på de tre punkterna till höger.
users-by-status = Användare per status
filter-all = Alla
state-diagram-subscribers = Tillståndsdiagram: hur abonnenter går mellan statusar
subscriber-statuses = Abonnentstatusar
search = Sök
user-status-search-placeholder = BroadWorks-ID, namn, e-post eller fel
exclude-provisioned = Exkludera användare som är etablerade
export = Exportera
col-broadworks-id = BroadWorks-ID
col-name = Namn
col-package-type = Pakettyp
col-status = Status
col-email = E-post
col-error = Fel
col-last-status-change = Senaste statusändring
col-actions = Åtgärder
actions-for = Åtgärder för { $who }
user-status-empty = Inga användare ännu. Användare visas här när BroadWorks provisionerar dem: lägg till dem på en kunds sida i kundlistan, eller ladda demoarbetsytan från startsidan.
user-status-no-match = Inga användare matchar. Rensa sökningen, välj Alla eller stäng av Exkludera användare som är etablerade.
exported-users = { $count ->
    [one] { $count } användare exporterades till { $file }.
   *[other] { $count } användare exporterades till { $file }.
}
why-stuck = Varför har användaren fastnat?
why-not-stuck = Inget har fastnat: användaren är provisionerad.
error-text-copied = Feltexten har kopierats till urklipp.
retry-title = Försök att aktivera igen
retry-text = Registrera { $who } igen med en giltig e-postadress. Samma kontroller körs som i portalen.
email-address = E-postadress
onboard = Registrera
delete-title = Ta bort användare
delete-question = Ta bort Webex-användaren för { $who }?
delete-text = Webex-kontot och dess väntande e-post tas bort. BroadWorks-abonnenten finns kvar: när du har ändrat konfigurationen (till exempel mallens inställningar för Användarverifiering) kan användaren försöka registrera sig igen i Användaraktiveringsportalen.
deleted = Användaren har tagits bort. BroadWorks-abonnenten finns kvar och kan registrera sig igen.
package-title = Ändra pakettyp
package-text = Ändra paketet för { $who }. En provisionerad användare uppdateras i Webex.
package-type = Pakettyp
package-changed = Paketet ändrades till { $package }.
open-template-verification = Öppna mallens inställningar för Användarverifiering
open-control-hub = Öppna Control Hub
why-title = Varför har { $who } fastnat?
why-cause = Orsak
why-remedy = Vad som löser det
stuck-because = Har fastnat för att
stuck-any = Vilken orsak som helst, eller inte fast

## Statuses and states
status-pending_email_input = Väntar på e-postadress
status-pending_email_validation = Väntar på e-postverifiering
status-pending_user_migration = Väntar på användarmigrering
status-provisioning = Provisioneras
status-provisioned = Provisionerad
status-updating = Uppdateras
status-error = Fel
state-active = Aktiv
state-verified = Verifierad
state-not-verified = Inte verifierad
state-inactive = Inaktiv
state-delayed-claim = Fördröjt anspråk
action-retry-activation = Försök att aktivera igen
action-delete-user = Ta bort användare
action-change-package = Ändra pakettyp
action-copy-error-text = Kopiera feltext

## User Activation Portal
portal-unavailable = Aktivering är inte tillgänglig
portal-unknown-link = Den här aktiveringslänken hör inte till någon tjänsteleverantörs mall.
portal-contact-provider = Kontakta din tjänsteleverantör; de behöver slutföra konfigurationen av ditt konto.
portal-activate = Aktivera Webex
portal-sign-in-text = Logga in med ditt BroadWorks-användar-ID och lösenord.
portal-user-id = BroadWorks-användar-ID
portal-password = Lösenord
portal-sign-in = Logga in
portal-account-gone = Ditt konto är inte längre tillgängligt. Kontakta din tjänsteleverantör.
portal-check-inbox = Kontrollera din inkorg
portal-sent-to = Vi skickade ett verifieringsmejl till { $email }. Öppna länken i det inom 24 timmar för att slutföra.
portal-mailbox-hint = I flowthrough kommer e-post fram i brevlådan:
portal-other-email = Använd en annan e-postadress
portal-confirm-move = Bekräfta flytten av ditt konto
portal-confirm-move-text = Du har redan ett kostnadsfritt Webex-konto med den här e-postadressen. Vi har skickat ett mejl där du godkänner att det flyttas till ditt företags organisation.
portal-done = Allt är klart
portal-done-text = Ditt Webex-konto är klart. Ladda ned Webex-appen och logga in med din e-postadress.
portal-failed = Vi kunde inte aktivera ditt konto
portal-admin-notified = Din administratör har meddelats och slutför aktiveringen.
portal-enter-email = Ange din e-postadress
portal-check-try-again = Kontrollera adressen och använd Försök igen.
portal-try-again = Försök igen
portal-continue = Fortsätt
portal-language = Sidans språk
failure-invalid-email = E-postadressen är inte giltig.
failure-email-in-other-org = E-postadressen tillhör redan en användare i en annan organisation.
failure-email-in-use = E-postadressen tillhör redan en annan användare i den här organisationen.
failure-domain-claimed = E-postdomänen har gjorts anspråk på av en annan organisation.
failure-broadworks-id-in-use = BroadWorks-användar-ID:t är redan kopplat till en befintlig användare
failure-template-not-configured = Kundmallen är inte konfigurerad för självaktivering med opålitliga e-postadresser.
failure-line = Fel { $code }: { $text }
failure-line-detail = Fel { $code }: { $text } ({ $detail })
setup-untrusted-emails-off = Alternativet opålitliga e-postadresser är inte markerat i mallens inställningar för Användarverifiering.
setup-share-link-elsewhere = Fältet Dela länk pekar inte på mallens aktiveringslänk.

## Partner Hub: customers
customer-list = Kundlista
customer-list-lead = Kunder för Webex för BroadWorks (BroadWorks-företag) och mallen var och en registreras med.
customers = Kunder
col-customer = Kund
col-enterprise-id = Företags-ID
col-webex-org = Webex-organisation
customers-none = Inga kunder ännu. Skapa en mall och lägg sedan till en kund nedan.
org-created-on-first-user = Skapas när den första användaren registreras
customer-add-title = Lägg till en kund
customer-name = Kundnamn
enterprise-id = BroadWorks-företags-ID
choose-template = Välj en mall
customer-choose-template-first = Välj en mall först; skapa en under Visa mallar om det inte finns någon.
customer-add = Lägg till kund
customer-not-found = Kunden hittades inte
back-to-customer-list = Tillbaka till kundlistan
subscribers-caption = Abonnenter (BroadWorks-användare)
portal-password-label = Portallösenord
subscribers-none = Inga abonnenter ännu. Provisionera en nedan eller importera en CSV-fil med BroadWorks-användare.
customer-subscribers-no-match = Inga abonnenter matchar. Rensa sökningen för att se alla.
portal-passwords-hint = Portallösenorden är övningsdata som visas så att du kan spela slutanvändaren i Användaraktiveringsportalen.
provisioned-one = { $name } har provisionerats från BroadWorks.
provision-one-title = Provisionera en abonnent
provision-one-hint = Som flow-through-provisioneringen från BroadWorks skulle skicka den. E-postadressen används bara när mallen litar på e-postadresser.
template-package = Mallens paket
broadworks-email = BroadWorks-e-post (valfritt)
provision-one = Provisionera abonnent
provisioned-many = { $count ->
    [one] { $count } abonnent provisionerades från { $file }.
   *[other] { $count } abonnenter provisionerades från { $file }.
}
import-title = Importera BroadWorks-användare (CSV)
import-hint = Kolumner: BroadWorks User ID, Name (eller First Name och Last Name), Password; valfritt Email och Package. Du ser varje rads resultat innan något tillämpas.
csv-file = CSV-fil
import-preview = { $rows ->
    [one] { $rows } rad: { $valid } klara, { $bad } med fel.
   *[other] { $rows } rader: { $valid } klara, { $bad } med fel.
}
import-errors-caption = Rader med fel (importeras inte)
col-line = Rad
col-what-to-fix = Vad som ska rättas
import-apply = { $count ->
    [one] Provisionera { $count } abonnent
   *[other] Provisionera { $count } abonnenter
}
customer-saved = Kunden har sparats.
customer-edit = Redigera kund
customer-edit-hint = Användare registreras med kundens mall; att flytta kunden ändrar vad dess väntande användare ser i portalen.
customer-save = Spara kund

## Control Hub: organizations and users
tab-users = Användare
tab-domains = Domäner
tab-claims = Gör anspråk på användare
tab-sync = Katalogsynkronisering
tab-sites = Webbplatslänkning
tab-settings = Organisationsinställningar
organizations = Organisationer
organization = Organisation
org-not-found = Organisationen hittades inte
back-to-orgs = Tillbaka till organisationerna
org-kind-customer = Kund till Webex för BroadWorks
org-kind-paid = Betald
org-kind-free = Kostnadsfri (konsument)
orgs-lead = Kundorganisationer som skapats av provisionering i partnerhubben, och andra som du skapar, inklusive kostnadsfria organisationer (konsument) att göra anspråk på användare från.
audit-log = Granskningslogg
what-happens-next = Vad som händer härnäst
col-kind = Typ
orgs-none = Inga organisationer ännu. Registrera en användare i partnerhubben, eller skapa en nedan.
org-create-title = Skapa en organisation
org-name = Organisationsnamn
org-free = Kostnadsfri organisation (konsument)
org-create = Skapa organisation
why-not-stuck-active = Inget har fastnat: användaren är Aktiv.
managed-by-sync = hanteras av katalogsynkronisering
days-left = { $days ->
    [one] { $days } av 14 dagar kvar
   *[other] { $days } av 14 dagar kvar
}
users-by-state = Användare per tillstånd
search-users = Sök användare
name-or-email = Namn eller e-post
state-diagram-users = Tillståndsdiagram: hur användare går mellan tillstånd
user-states = Användartillstånd
users-none = Inga användare här. Lägg till användare nedan, gör anspråk på dem från en annan organisation eller synkronisera en katalog.
col-state = Tillstånd
col-why-state = Varför detta tillstånd
sync-on-hint = Katalogsynkronisering är på: användare som den hanterar kan inte ändras här.
open-partner-hub = Öppna partnerhubben
users-added = { $count ->
    [one] { $count } användare har lagts till.
   *[other] { $count } användare har lagts till.
}
users-added-csv = { $count ->
    [one] { $count } användare har lagts till från CSV-filen.
   *[other] { $count } användare har lagts till från CSV-filen.
}
add-users = Lägg till användare
email-addresses = E-postadresser
one-per-line = en per rad
add-users-hint = Användare vars e-postdomän är verifierad här börjar som Verifierad; andra börjar som Inte verifierad. Ett aktiveringsmejl skickas automatiskt om det inte är avstängt i Organisationsinställningar.
add-users-csv = Lägg till användare från en CSV-fil
add-users-csv-hint = Kolumner: Email (eller "User ID/Email (Required)"), valfritt Name eller First Name och Last Name.
users-csv-file = CSV-fil med användare
add-n-users = { $count ->
    [one] Lägg till { $count } användare
   *[other] Lägg till { $count } användare
}
choice-recorded = Valet har registrerats: { $choice }.
choice-title = Vad händer med dina tidigare data?
choice-text = En ny organisation har gjort anspråk på { $email }. { $days } av 14 dagar kvar att välja; om inget väljs flyttas konversationerna automatiskt.
decide-later = Bestäm senare
signed-up = { $email } har registrerat sig.
sign-up-title = Registrera ett kostnadsfritt konto (som en person)
sign-up-hint = Personer går med i kostnadsfria organisationer genom att registrera sig själva. En betald organisation kan sedan göra anspråk på deras konton, eller så kan de flyttas till en kund till Webex för BroadWorks.
has-verified = Har verifierat sin e-postadress
sign-up = Registrera
bulk-skipped = { $count } hoppades över: { $why }
bulk-done = { $count ->
    [one] { $action }: klart för { $count } användare.
   *[other] { $action }: klart för { $count } användare.
}
selected-users = Valda användare
n-selected = { $count } valda
bulk-not-for = Inte för { $count }: { $why }
clear-selection = Rensa markeringen
user-action-ResendInvitation = Skicka inbjudan igen
user-action-Deactivate = Inaktivera
user-action-Reactivate = Återaktivera
user-action-Delete = Ta bort
user-action-CompleteEmailVerification = Som användaren: slutför e-postverifieringen
user-action-SignIn = Som användaren: logga in för första gången
user-action-ChooseDataHandling = Som användaren: välj vad som händer med tidigare data
user-action-done-ResendInvitation = Inbjudan har skickats.
user-action-done-Deactivate = Användaren har inaktiverats.
user-action-done-Reactivate = Användaren har återaktiverats.
user-action-done-Delete = Användaren har tagits bort.
user-action-done-CompleteEmailVerification = E-postadressen har verifierats.
user-action-done-SignIn = Användaren har loggat in.
user-action-done-ChooseDataHandling = Valet har registrerats.
source-Manual = Tillagd manuellt
source-Csv = CSV-import
source-DirectorySync = Katalogsynkronisering
source-SiteLinking = Webbplatslänkning
source-Claimed = Anspråk gjort
source-BroadWorks = BroadWorks
source-SelfSignUp = Egen registrering
choice-MoveConversations = Flytta mina konversationer
choice-ChangeOldAccountEmail = Behåll det gamla kontot med en annan e-postadress
choice-DeleteOldAccount = Ta bort det gamla kontot
meaning-Active = Det ideala tillståndet vid normal användning: användaren ingår i organisationen och använder, eller är redo att använda, sina samarbetstjänster. Ingen ytterligare administratörsåtgärd behövs.
meaning-Verified = Ett bra tillstånd under föredragna registreringsflöden: användarens identitet är validerad och användaren är redo att använda sina tjänster, men har inte loggat in ännu.
meaning-NotVerified = Användaren ingår i organisationen men identiteten är ännu inte validerad. Användaren kan fortfarande verifiera sig vid första åtkomsten till Webex; tjänsterna kan inte användas så länge användaren sitter fast här.
meaning-Inactive = Inaktiverad av en administratör eller av synkronisering med Active Directory. En ny användare kan inte skapas i det här tillståndet.
meaning-DelayedClaim = Organisationen har gjort anspråk på användaren, men användaren har ännu inte valt hur data från den tidigare organisationen ska hanteras. Det finns 14 dagar att bestämma sig innan standardåtgärden körs.
reason-AddedDomainNotVerified = Tillagd medan e-postdomänen inte är verifierad i organisationen.
reason-ConvertedNotVerified = Konverterad från en annan organisation som Inte verifierad, och e-postdomänen är inte verifierad här.
reason-CompletedEmailVerification = Slutförde e-postverifieringen.
reason-AddedDomainVerified = E-postdomänen verifierades och sedan lades användaren till (inte via katalogsynkronisering).
reason-AddedBySiteLinking = Tillagd i organisationen via webbplatslänkning.
reason-ConvertedVerified = Konverterad från en annan organisation som Verifierad.
reason-ConvertedNotVerifiedDomainVerified = E-postdomänen verifierades och sedan konverterades användaren från en annan organisation som Inte verifierad.
reason-FirstSignIn = Loggade in på Webex för första gången.
reason-SyncedDomainVerified = E-postdomänen verifierades och sedan synkroniserades användaren från Active Directory.
reason-SyncedDomainNotVerified = Synkroniserad från Active Directory medan e-postdomänen inte är verifierad.
reason-ConvertedActive = Konverterad från en annan organisation som Aktiv.
reason-DeactivatedByAdmin = Inaktiverad av en administratör.
reason-DeactivatedBySync = Inaktiverad av synkronisering med Active Directory.
reason-ClaimedDelayed = Anspråk gjort från en annan organisation med fördröjning; har 14 dagar på sig att välja vad som händer med sina data.
reason-Reactivated = Återaktiverad: tillbaka i tillståndet före inaktiveringen.
reason-SelfActivatedInPortal = Verifierade sin e-postadress i Användaraktiveringsportalen.

## Control Hub: domains, claims, sync, sites, settings, audit log
domain-added = Domänen har lagts till. Publicera dess TXT-post i din DNS och verifiera sedan.
domains-lead = Verifiera en domän för att bevisa att du äger den (en TXT-post i DNS). Användare som du sedan lägger till med den domänen börjar som Verifierad, och användare från katalogsynkronisering börjar som Aktiv. Gör anspråk på en verifierad domän så att dess användare inte kan gå med i andra organisationer på andra sätt.
col-domain = Domän
col-txt = TXT-post i DNS
col-domain-users = Användare med den här domänen
domains-none = Inga domäner ännu. Lägg till en nedan.
domain-status-Unverified = Inte verifierad
domain-status-Verified = Verifierad
domain-status-Claimed = Anspråk gjort
record-published = Markerad som publicerad
record-not-published = Inte publicerad ännu
domain-users = { $here } här, { $elsewhere } i andra organisationer
txt-copied = TXT-värdet har kopierats.
copy-txt = Kopiera TXT-värdet
domain-action-MarkPublished = Markera posten som publicerad
domain-action-Verify = Verifiera
domain-action-Claim = Gör anspråk
domain-action-done-MarkPublished = Markerad som publicerad.
domain-action-done-Verify = Domänen har verifierats.
domain-action-done-Claim = Anspråk har gjorts på domänen.
remove-domain = Ta bort { $domain }
domain-removed = Domänen har tagits bort.
remove = Ta bort
domain-add-title = Lägg till en domän
domain-name = Domännamn
domain-add = Lägg till domän
users-claimed = { $count ->
    [one] Anspråk har gjorts på { $count } användare.
   *[other] Anspråk har gjorts på { $count } användare.
}
claims-free-org = En kostnadsfri organisation kan inte göra anspråk på användare. Gör anspråk på dem till en betald organisation.
claims-lead = Att göra anspråk (konvertera) flyttar användare från kostnadsfria Webex-organisationer hit. Varje användare meddelas: meddelanden om en flytt från en kostnadsfri till en betald plan skickas alltid.
claims-find = Hitta användare i kostnadsfria organisationer
claims-caption = Användare du kan göra anspråk på
select = Välj
select-who = Välj { $who }
claims-none = Inga användare i kostnadsfria organisationer att göra anspråk på.
claim-how = Hur anspråket slutförs
claim-immediately = Omedelbart
claim-delayed = Fördröjt anspråk: användaren har 14 dagar på sig att välja vad som händer med sina data; därefter körs ”{ $default }” som standard
claim-selected = Gör anspråk på { $count } valda
claims-pending = Pågående fördröjda anspråk
none = Inga.
claim-pending-then = (till { $until }); därefter flyttas konversationerna automatiskt och användaren blir { $state }.
sync-fix-rows = Rätta de här raderna och synkronisera sedan igen.
sync-complete = Synkroniseringen är klar: { $created } skapade, { $changed } tillståndsändringar.
sync-not-applied = Inte tillämpat:
sync-lead = Med katalogsynkronisering hanterar din katalog användarna: nya användare i katalogen skapas (Aktiv när deras domän är verifierad), inaktiverade eller borttagna inaktiveras, och synkroniserade användare kan inte ändras för hand här.
sync-title = Synkronisera katalogen
sync-hint = Klistra in eller ladda upp katalogens fullständiga användarlista som CSV: mail (e-post), displayName, enabled (true eller false). Användare som saknas i listan inaktiveras.
sync-export = Katalogexport
or-choose-file = Eller välj en fil
sync-now = Synkronisera nu
site-linked = Webbplatsen har länkats.
site-users-added = Webbplatsens användare har lagts till: de börjar som Verifierad.
sites-lead = Länka en Webex Meetings-webbplats till den här organisationen. Användare som du lägger till från en länkad webbplats börjar som Verifierad.
linked-sites = Länkade webbplatser
sites-none = Inga länkade webbplatser ännu.
site-link-title = Länka en webbplats
site-url = Webbplatsens URL
site-link = Länka webbplats
site-users-title = Lägg till användare från en länkad webbplats
site = Webbplats
site-users-emails = Webbplatsanvändarnas e-postadresser
site-users-add = Lägg till webbplatsens användare
auto-emails = Automatiska aktiveringsmejl
auto-emails-on = Automatiska aktiveringsmejl är på.
auto-emails-off = Automatiska aktiveringsmejl är av.
auto-emails-hint = Webex skickar e-post automatiskt när licenser tilldelas användare. På som standard: varje nytillagd användare får ett aktiveringsmejl.
auto-emails-off-warning = Nytillagda användare får ingen e-post; skicka i stället aktiveringsmejl enskilt eller i grupp. E-post som du skriver själv innehåller inte rätt länkar för e-postverifiering eller logik för att skapa lösenord, så vi rekommenderar starkt att inställningen lämnas på.
auto-emails-scope = Endast e-post till nylicensierade och inaktiva användare hålls inne. Användare som konverteras från en kostnadsfri till en betald plan meddelas alltid om konverteringen, oavsett den här inställningen.
converted-to-paid = Konverterad till en betald plan; alla användare har meddelats.
convert-to-paid = Konvertera till en betald plan
reminders-sent = { $count ->
    [one] { $count } påminnelse har skickats.
   *[other] { $count } påminnelser har skickats.
}
activation-emails-sent = { $count ->
    [one] { $count } aktiveringsmejl har skickats.
   *[other] { $count } aktiveringsmejl har skickats.
}
not-activated = Användare som inte har aktiverat
not-activated-hint = Användare som är Inte verifierad eller Verifierad och som inte har loggat in ännu. När automatisk e-post är av hålls även påminnelser inne: följ upp användarna här. E-post som du skickar härifrån skickas alltid.
send-activation-selected = Skicka aktiveringsmejl till valda
send-reminder-selected = Skicka påminnelse till valda
send-reminders-all = Skicka påminnelser till alla
select-all = Välj alla
col-last-invited = Senast inbjuden
send = Skicka
everyone-activated = Alla har aktiverat.
send-activation-to = Skicka aktiveringsmejl till { $who }
send-activation = Skicka aktiveringsmejl
eml-downloaded = activation-email.eml har laddats ned: öppna den i ditt e-postprogram för att skicka den.
composer-title = Skriv ditt eget aktiveringsmejl
composer-hint = Om du stänger av automatiska aktiveringsmejl ska du ta med de här uppgifterna i e-posten som du skickar.
composer-checklist = Vad e-posten ska innehålla
subject = Ämne
still-missing = Saknas fortfarande:
recipients-none = Mottagare: inga (alla har aktiverat); lägg till adresser i ditt e-postprogram.
recipients = { $count ->
    [one] Mottagare: den { $count } användare som inte har aktiverat.
   *[other] Mottagare: de { $count } användare som inte har aktiverat.
}
download-eml = Ladda ned .eml
open-in-mail = Öppna i e-postprogrammet
replay-to = Spela upp till post { $seq }
and-more = och { $count } till
audit-still-reading = Granskningsloggen läses fortfarande; försök igen om en stund.
audit-exported = Granskningsloggen har exporterats.
audit-lead = Varje ändring, nyaste först: när, vem, vilket kommando och vad som hände med vem. Automatiska övergångar (fördröjda anspråk, påminnelser) visas som systemets.
filter = Filtrera
audit-filter-placeholder = aktör, kommando, användare, e-post
export-csv = Exportera CSV
undo-hint = Ctrl+Z (Cmd+Z) gör samma sak där du inte skriver
undo-what = Ångra: { $command }
undo = Ångra
audit-empty = Inget har loggats ännu.
audit-no-match = Inga poster matchar filtret.
col-time = Tid
col-actor = Aktör
col-command = Kommando
col-what-happened = Vad som hände

## Mailbox, workspace, timeline, links, notices
mailbox-lead = Det finns ingen e-postserver: all e-post som systemet skickar eller håller inne hamnar här. Öppna en länk för att agera som mottagaren.
reading-mailbox = Läser brevlådan från webbläsarens lagring…
reading-audit-log = Läser granskningsloggen från webbläsarens lagring…
filter-recipient = Filtrera efter mottagare
mailbox-empty = Ingen e-post ännu. Den visas när användare registreras, bjuds in eller påminns.
mail-sent = Skickat
mail-suppressed = Innehållet
mail-to = Till { $to }
open-link = Öppna länken
unreadable = Din sparade arbetsyta kunde inte läsas.
unreadable-kept = Den har behållits precis som den var, och inget sparas över den förrän du väljer.
download-unreadable = Ladda ned de oläsbara data
start-fresh = Börja med en ny arbetsyta
export-this-workspace = Exportera den här arbetsytan
copy-title = Kopiera den här texten
copy-text = Webbläsaren tillät inte kopiering till urklipp. Texten är markerad nedan: tryck på Ctrl+C (eller ⌘C) för att kopiera den.
copy-aria = Text att kopiera
done = Klar
not-found = Sidan hittades inte
not-found-at = Det finns ingen sida på
go-to = Gå till:
start-page = startsidan
not-found-email = Om du följde en länk från ett mejl, öppna den senaste i brevlådan:
link-go-back = Gå tillbaka till aktiveringssidan och använd Försök igen, eller kontakta din tjänsteleverantör.
link-verified-ready = Din e-postadress är verifierad och ditt Webex-konto är klart.
link-moved = Ditt Webex-konto har flyttats till { $org }. Dina konversationer och kontakter följde med.
link-verified = Din e-postadress är verifierad.
link-done = Klart.
link-next-step = Nästa steg: ladda ned Webex-appen och logga in med din e-postadress.
link-signed-in = Inloggad. Välkommen till Webex!
link-sign-in = Logga in på Webex
link-unusable = Den här länken kan inte användas
back-to-mailbox = Tillbaka till brevlådan
workspace-summary = { $templates } mallar, { $customers } kunder, { $subscribers } abonnenter, { $orgs } organisationer, { $users } användare, { $emails } e-postmeddelanden, { $entries } poster i granskningsloggen
large-loaded = { $count ->
    [one] Demoarbetsytan med { $count } abonnent har laddats.
   *[other] Demoarbetsytan med { $count } abonnenter har laddats.
}
workspace-imported = Arbetsytan har importerats.
workspace-exported = Arbetsytan har exporterats.
workspace-lead = Allt som flowthrough vet finns i den här webbläsaren. Exportera för att behålla en kopia eller flytta till en annan webbläsare; importera en kopia för att fortsätta därifrån.
this-workspace = Den här arbetsytan
stored-indexeddb = Sparas i webbläsarens IndexedDB eftersom den är för stor för localStorage; de senaste ändringarna tar { $kb } kB av localStorage till nästa fullständiga sparning.
stored-local = Sparad storlek: { $kb } kB av webbläsarens cirka 10 MB localStorage för den här webbplatsen.
export-workspace = Exportera arbetsytan
start-empty = Börja med en ny, tom arbetsyta
large-title = Stora demoarbetsytor
large-hint = En mall med tusentals användare i blandade statusar, genererad från ett fast frö, för att prova vyn Användarstatus i stor skala. Öppna en i minnet för att se dig omkring utan att röra din arbetsyta, eller ladda den som din arbetsyta för att behålla den (upp till cirka 57 000 abonnenter sparas i localStorage, fler i webbläsarens IndexedDB; 100 000 abonnenter tar några sekunder att generera).
n-subscribers = { $count ->
    [one] { $count } abonnent
   *[other] { $count } abonnenter
}
in-memory = (i minnet)
large-load = { $count ->
    [one] Ladda { $count } abonnent som min arbetsyta
   *[other] Ladda { $count } abonnenter som min arbetsyta
}
import-workspace = Importera en arbetsyta
workspace-file = Arbetsytefil (.flowthrough, eller .json från tidigare versioner)
import-failed = Den här filen kan inte importeras:
nothing-changed = Inget har ändrats.
import-valid = Filen är en giltig arbetsyta:
import-replaces = Importen ersätter allt i den här webbläsarens arbetsyta. Exportera den nuvarande först om du vill behålla den.
replace-my-workspace = Ersätt min arbetsyta
large-replace-title = Ersätta din arbetsyta med en demo?
large-replace-text = { $count ->
    [one] Din arbetsyta ersätts av en genererad med { $count } abonnent: de mallar, kunder, användare, e-postmeddelanden och den granskningslogg du har nu tas bort. Exportera den först för att behålla en kopia.
   *[other] Din arbetsyta ersätts av en genererad med { $count } abonnenter: de mallar, kunder, användare, e-postmeddelanden och den granskningslogg du har nu tas bort. Exportera den först för att behålla en kopia.
}
reset-title = Börja med en ny arbetsyta?
reset-text = Allt i den här webbläsarens arbetsyta tas bort: mallar, kunder, användare, e-post och granskningsloggen. Exportera den först för att behålla en kopia.
reset-done = Ny, tom arbetsyta.
start-over = Börja om
ran-due = { $count ->
    [one] Körde det som var förfallet: { $count } ändring.
   *[other] Körde det som var förfallet: { $count } ändringar.
}
clock-advanced-to = { $count ->
    [one] Klockan flyttades fram till { $at }: { $count } automatisk ändring, se granskningsloggen.
   *[other] Klockan flyttades fram till { $at }: { $count } automatiska ändringar, se granskningsloggen.
}
timeline-lead = De automatiska ändringar som sandlådeklockan kommer att göra, de närmaste först: fördröjda anspråk som avslutas med sin standardåtgärd, användare som tas bort efter 30 dagar som Inaktiv, påminnelseinbjudningar och länkar som går ut. Flytta fram klockan till valfri post för att se den hända.
timeline-empty = Inget är schemalagt. Fördröjda anspråk, inaktiveringar, inbjudningar och portallänkar lägger till poster här.
n-changes = { $count ->
    [one] { $count } ändring
   *[other] { $count } ändringar
}
advance-here = Flytta fram hit
advance-clock-to = Flytta fram klockan till { $at }
and-more-later = och { $count } till senare
undo-nothing = Inget att ångra: granskningsloggen är tom.
undo-failed = Kan inte ångra: { $error }
undo-mails = { $count ->
    [one] Mejlet som skickades är borta från brevlådan; ett riktigt mejl skulle redan ha levererats.
   *[other] De { $count } mejl som skickades är borta från brevlådan; riktiga mejl skulle redan ha levererats.
}
undone = Ångrat: { $command } av { $actor }.

## Replay
replay = Uppspelning
replay-lead = Arbetsytan som den var efter en post i granskningsloggen, återskapad från loggen med samma regler. Skrivskyddad: inget här sparas.
replay-reading = Läser historiken…
replay-failed = Loggen kan inte spelas upp: { $error }
replay-steps = Uppspelningssteg
previous-entry = Föregående post
next-entry = Nästa post
entry-of = Post { $seq } av { $total }
back-to-audit = Tillbaka till granskningsloggen
replay-before-first = Före den första posten: en tom arbetsyta.
replay-entry = { $at }: { $command } av { $actor }
replay-changed = Vad den ändrade
replay-then = Arbetsytan då
replay-counts = { $templates } mallar, { $customers } kunder, { $orgs } organisationer, { $emails } mejl skickade eller innehållna
replay-subscribers = Abonnenter:
replay-users = Användare:
replay-none = inga

## Emails (in the recipient's language)
mail-kind-EmailVerification = E-postverifiering
mail-kind-MoveAccount = Flytta konto
mail-kind-Activation = Aktivering
mail-kind-Reminder = Påminnelse
mail-kind-Reactivation = Återaktivering
mail-kind-PaidConversion = Konvertering från kostnadsfri till betald
mail-kind-ClaimNotice = Meddelande om anspråk
mail-kind-Welcome = Välkommen
mail-kind-AdminAlert = Varning till administratören
mail-verify-subject = Verifiera din e-postadress för Webex
mail-verify-body = 
    Bekräfta att det här är din e-postadress för att slutföra aktiveringen av Webex.

    Öppna länken inom 24 timmar. Om du inte har bett om detta kan du ignorera mejlet.
mail-move-subject = Flytta ditt Webex-konto till ditt företag
mail-move-body = 
    Du har redan ett kostnadsfritt Webex-konto med den här e-postadressen. Din tjänsteleverantör vill flytta det till ditt företags Webex-organisation.

    Öppna länken för att godkänna flytten. Den är giltig i 7 dagar.
mail-activation-subject = Aktivera ditt Webex-konto hos { $org }
mail-activation-body = { $org } har lagt till dig i Webex. Öppna länken för att verifiera din e-postadress och logga sedan in i Webex-appen. Länken är giltig i 7 dagar.
mail-reminder-subject = Påminnelse: aktivera ditt Webex-konto hos { $org }
mail-reminder-body = Du har inte aktiverat ditt Webex-konto hos { $org } ännu. Öppna länken för att verifiera din e-postadress och logga sedan in i Webex-appen. Länken är giltig i 7 dagar.
mail-reactivated-subject = Ditt Webex-konto är aktivt igen
mail-reactivated-body = Din administratör har återaktiverat ditt Webex-konto. Logga in i Webex-appen för att fortsätta.
mail-paid-subject = Ditt Webex-konto är nu en del av { $org }
mail-paid-delayed-body = 
    Ditt Webex-konto flyttas från en kostnadsfri plan till { $org }s betalda plan.

    Du har 14 dagar på dig att välja vad som händer med data i ditt kostnadsfria konto: flytta dina konversationer, behålla det gamla kontot med en annan e-postadress eller ta bort det. Om du inte gör något flyttas dina konversationer automatiskt efter 14 dagar.
mail-paid-body = Ditt Webex-konto har flyttats från en kostnadsfri plan till { $org }s betalda plan. Logga in i Webex-appen som vanligt.
mail-welcome-subject = Ditt Webex-konto är klart
mail-welcome-body = 
    Din e-postadress är verifierad och ditt Webex-konto är klart.

    Nästa steg: ladda ned Webex-appen och logga in med den här e-postadressen.
mail-alert-subject = Åtgärd krävs: { $bwid } kunde inte självaktivera sig
mail-alert-body = 
    Användaren { $bwid } misslyckades två gånger med att självetablera sig i Användaraktiveringsportalen.

    { $error }

    Öppna partnerhubben → Inställningar → BroadWorks-samtal → Visa mallar → Visa användarstatus för att försöka aktivera igen, ta bort användaren eller ändra konfigurationen.
opening-large = En stor arbetsyta tar några sekunder att öppna; sidan visas så snart den har lästs.

## Stuck because (the diagnosis's kinds)
stuck-awaiting-email = Har inte angett någon e-postadress
stuck-awaiting-verification = Har inte öppnat verifieringslänken
stuck-link-expired = Länken har gått ut
stuck-awaiting-move-consent = Har inte godkänt att kontot flyttas
stuck-template-not-configured = Mallen är inte konfigurerad
stuck-failed = Registreringen misslyckades
stuck-locked = Portalen är låst efter två misslyckanden
stuck-no-activation-email = Inget aktiveringsmejl skickat (automatisk e-post av)
stuck-awaiting-activation = Har inte öppnat aktiveringsmejlet
stuck-not-signed-in = Verifierad, har inte loggat in ännu
stuck-deactivated = Inaktiverad av en administratör
stuck-deactivated-by-sync = Inaktiverad av katalogsynkronisering
stuck-delayed-claim = I ett fördröjt anspråk

## Tables, pages and bulk actions
pages = Sidor
showing = Visar { $start }–{ $end } av { $total }
previous-page = Föregående sida
next-page = Nästa sida
page-of = Sida { $page } av { $pages }
select-all-page = Välj alla på den här sidan
bulk-delete-question = { $count ->
    [one] Ta bort Webex-användaren för { $count } vald abonnent?
   *[other] Ta bort Webex-användarna för { $count } valda abonnenter?
}
bulk-delete = { $count ->
    [one] Ta bort { $count } användare
   *[other] Ta bort { $count } användare
}

## Why is this user stuck (the core's diagnoses) and durations
dur-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagar
}
dur-hours = { $count ->
    [one] { $count } timme
   *[other] { $count } timmar
}
dur-minutes = { $count ->
    [one] { $count } minut
   *[other] { $count } minuter
}
diag-awaiting-email = Användaren har inte angett någon e-postadress i Användaraktiveringsportalen ännu.
diag-awaiting-email-remedy = Skicka mallens aktiveringslänk (dess Dela länk) till användaren, eller registrera användaren nu med Försök att aktivera igen och användarens e-postadress.
diag-verify-link-expired = Verifieringslänken som skickades till { $email } gick ut { $expired } utan att ha öppnats.
diag-verify-link-expired-remedy = Användaren anger e-postadressen igen i portalen (en ny länk skickas), eller så registrerar Försök att aktivera igen användaren med den nu.
diag-awaiting-verification = Ett verifieringsmejl skickades till { $email } { $sent }; användaren har inte öppnat länken. Den går ut om { $left }.
diag-awaiting-verification-remedy = Användaren öppnar länken i det mejlet. Om det inte kom fram kan användaren ange adressen igen i portalen, eller så registrerar Försök att aktivera igen användaren nu.
diag-no-verify-link = Ingen giltig verifieringslänk finns ute för { $email }.
diag-no-verify-link-remedy = Användaren anger e-postadressen igen i portalen, eller så registrerar Försök att aktivera igen användaren nu.
diag-move-consent = { $email } har redan ett kostnadsfritt Webex-konto; användaren har ännu inte godkänt att det flyttas till organisationen.
diag-move-consent-expired = { $email } har redan ett kostnadsfritt Webex-konto; användaren har ännu inte godkänt att det flyttas till organisationen. Godkännandelänken gick ut { $expired }.
diag-move-consent-valid = { $email } har redan ett kostnadsfritt Webex-konto; användaren har ännu inte godkänt att det flyttas till organisationen. Godkännandelänken är giltig till { $until }.
diag-move-consent-remedy = Användaren öppnar mejlet om godkännande och godkänner. Använd Försök att aktivera igen med en annan adress för att använda den i stället.
diag-template-not-configured = Kundens mall är inte konfigurerad för självaktivering: { $detail }
diag-template-not-configured-remedy = Markera opålitliga e-postadresser i mallens inställningar för Användarverifiering och låt Dela länk peka på aktiveringslänken; använd sedan Försök att aktivera igen.
diag-invalid-email = Den angivna e-postadressen är inte giltig ({ $detail }).
diag-invalid-email-remedy = Försök att aktivera igen med en giltig adress, eller så anger användaren en i portalen.
diag-email-in-other-org = { $detail } tillhör en användare i en annan organisation och kan därför inte användas här.
diag-email-in-other-org-remedy = Gör anspråk på den användaren till kundens organisation i Control Hub (om det är ett kostnadsfritt konto) eller be dess organisation att ta bort den; eller Försök att aktivera igen med en annan adress.
diag-email-in-use = { $detail } tillhör redan en annan användare i kundens egen organisation.
diag-email-in-use-remedy = Försök att aktivera igen med användarens egen adress, eller ta bort den andra användaren i Control Hub om den är en kvarleva.
diag-domain-claimed = En annan organisation har gjort anspråk på domänen { $detail }, så dess adresser kan inte gå med i den här.
diag-domain-claimed-remedy = Försök att aktivera igen med en adress i en annan domän, eller så släpper den andra organisationen domänen.
diag-broadworks-id-in-use = BroadWorks-användar-ID:t { $detail } är redan kopplat till en annan Webex-användare.
diag-broadworks-id-in-use-remedy = Ta bort användare tar bort Webex-användaren som är kopplad till den här abonnenten och börjar om registreringen; ta bort den andra Webex-användaren i Control Hub om den är en kvarleva.
diag-locked = Två försök i portalen misslyckades, så portalen väntar på administratören. Det senaste: { $last }
diag-not-signed-in = Användarens identitet är verifierad, men användaren har inte loggat in på Webex ännu.
diag-not-signed-in-remedy = Användaren loggar in i Webex-appen med sin e-postadress. Skicka inbjudan igen skickar aktiveringsmejlet på nytt.
diag-notes-none = {""}
diag-notes-reminder = {" "}En automatisk påminnelse skickas { $reminder }.
diag-notes-domain = {" "}Domänen { $domain } är inte verifierad i organisationen, så användaren måste verifiera sin e-postadress själv (användare som läggs till efter att den verifierats börjar som Verifierad).
diag-notes-reminder-domain = {" "}En automatisk påminnelse skickas { $reminder }. Domänen { $domain } är inte verifierad i organisationen, så användaren måste verifiera sin e-postadress själv (användare som läggs till efter att den verifierats börjar som Verifierad).
diag-no-activation-email = Automatiska aktiveringsmejl är avstängda för den här organisationen, så inget aktiveringsmejl skickades: användaren förblir Inte verifierad tills ett skickas.{ $notes }
diag-no-activation-email-remedy = Skicka aktiveringsmejlet för hand (Skicka inbjudan igen), eller slå på automatiska aktiveringsmejl i Organisationsinställningar.
diag-activation-link-expired = Aktiveringslänken som skickades { $sent } gick ut { $expired } utan att ha öppnats.
diag-activation-link-expired-remedy = Skicka inbjudan igen skickar en ny länk. Användaren kan också verifiera sig vid första inloggningen.
diag-awaiting-activation = Aktiveringsmejlet skickades { $sent }; användaren har inte öppnat länken ännu (giltig till { $until }).{ $notes }
diag-awaiting-activation-remedy = Användaren öppnar aktiveringsmejlet eller verifierar sig vid första inloggningen. Skicka inbjudan igen skickar det på nytt.
diag-no-activation-link = Ingen aktiveringslänk finns ute för användaren.{ $notes }
diag-no-activation-link-remedy = Skicka inbjudan igen skickar aktiveringsmejlet. Användaren kan också verifiera sig vid första inloggningen.
diag-deactivated-by-sync = Katalogsynkroniseringen inaktiverade användaren (inaktiverad eller saknas i katalogen); katalogsynkroniseringen hanterar användaren, så den kan inte ändras här.
diag-deactivated-by-sync-remedy = Aktivera användaren i din katalog; nästa synkronisering återaktiverar användaren.
diag-deactivated = En administratör inaktiverade användaren.
diag-deactivated-deleted-on = En administratör inaktiverade användaren. Om användaren inte återaktiveras tas den bort { $deleted }.
diag-deactivated-remedy = Återaktivera tar tillbaka användaren till det tillstånd den hade.
diag-delayed-claim = Anspråk gjordes på användaren från { $from }, och användaren har { $days } av 14 dagar kvar att välja vad som händer med sina data där. { $deadline } körs standardåtgärden: konversationerna följer med.
diag-delayed-claim-remedy = Användaren väljer i Webex-appen (här: menyns åtgärd för att välja data), eller så körs standardåtgärden vid tidsgränsen.

## What happens next (the core's timeline)
due-claim-default = { $who }: det fördröjda anspråket avslutas; konversationerna följer med (standard)
due-deletion = { $who }: tas bort efter 30 dagar som Inaktiv
due-reminder = { $who }: automatisk påminnelseinbjudan
due-reminder-suppressed = { $who }: automatisk påminnelseinbjudan (innehållen: automatisk e-post är av)
due-verify-link-expires = { $who }: länken för e-postverifiering går ut
due-move-link-expires = { $who }: länken för att godkänna flytten av kontot går ut
due-activation-link-expires = { $who }: aktiveringslänken går ut

## The state diagrams' arrows
arrow-user-verifies = verifierar e-postadressen (aktiveringslänken eller vid första inloggningen), eller anspråk när domänen är verifierad
arrow-user-signs-in = loggar in för första gången
arrow-user-deactivated = inaktiveras av en administratör eller katalogsynkronisering
arrow-user-reactivated = återaktiveras (tillbaka till tillståndet före)
arrow-user-claimed-delayed = anspråk med fördröjning
arrow-user-chooses-data = väljer vad som händer med sina data, eller standard efter 14 dagar
arrow-sub-enters-email = anger en e-postadress i portalen
arrow-sub-enters-free-email = anger e-postadressen till ett kostnadsfritt Webex-konto
arrow-sub-onboarded = registreras med en e-postadress (betrodd, eller Försök att aktivera igen)
arrow-sub-check-fails = en registreringskontroll misslyckas
arrow-sub-opens-link = öppnar verifieringslänken
arrow-sub-delete-starts-over = Ta bort användare börjar om
arrow-sub-agrees-move = godkänner flytten av kontot, eller Försök att aktivera igen
arrow-sub-enters-other-email = anger en annan e-postadress i portalen
arrow-sub-enters-email-again = anger en e-postadress i portalen igen
arrow-sub-retry = Försök att aktivera igen
arrow-sub-created = Webex-användaren skapas eller flyttas
arrow-sub-change-package = Ändra pakettyp
arrow-sub-package-changed = paketet ändras
diagram-node = { $state }: { $count }. Visa dem i tabellen.

## The audit log (the core's events)
event-template-created = Mallen { $name } ({ $id }) skapades
event-template-updated = Mallen { $name } ({ $id }) uppdaterades
event-customer-created = Kunden { $name } ({ $id }) skapades
event-customer-updated = Kunden { $name } ({ $id }) uppdaterades; mall { $template }
event-subscriber-received = Abonnenten { $bwid } ({ $id }) togs emot via flow-through-provisionering
event-status-changed = { $id }: status { $from } → { $to }
event-onboarding-failed = { $id }: registreringen misslyckades (försök { $attempt }): fel { $code } { $text }
event-package-changed = { $id }: paket { $from } → { $to }
event-subscriber-user-deleted = { $id }: Webex-användaren togs bort; abonnenten finns kvar
event-org-created = Organisationen { $name } ({ $id }) skapades
event-org-converted = { $id } konverterades från en kostnadsfri till en betald plan
event-setting-on = { $id }: { $setting } slogs på
event-setting-off = { $id }: { $setting } stängdes av
event-domain-added = { $id }: domänen { $domain } lades till
event-domain-published = { $id }: TXT-posten i DNS för { $domain } publicerades
event-domain-verified = { $id }: domänen { $domain } verifierades
event-domain-claimed = { $id }: anspråk gjordes på domänen { $domain }
event-domain-removed = { $id }: domänen { $domain } togs bort
event-site-linked = { $id }: webbplatsen { $site } länkades
event-user-created = Användaren { $email } ({ $id }) skapades i { $org } som { $state }
event-state-changed = { $id }: { $from } → { $to } ({ $reason })
event-user-moved = { $id } flyttades från { $from } till { $to }
event-user-deleted = Användaren { $email } ({ $id }) togs bort
event-user-signed-in = { $id } loggade in
event-claim-resolved = { $id }: anspråket slutfördes: { $choice }
event-claim-resolved-default = { $id }: anspråket slutfördes: { $choice } (standardåtgärd efter 14 dagar)
event-sync-rejected = Katalogposten { $email } avvisades: { $reason }
event-mail-sent = { $kind }: mejl till { $to } skickat ({ $id })
event-mail-suppressed = { $kind }: mejl till { $to } innehållet ({ $id })
event-link-used = Länk använd: { $purpose }
link-purpose-activation = kontoaktivering
link-purpose-verification = verifiering av e-post
link-purpose-move = flytt av konto
event-clock-advanced = Sandlådeklockan flyttades fram { $by } (nu { $ahead } före verklig tid)

## Commands (the audit log's Command column, undo)
command-CreateTemplate = Skapa mall
command-UpdateTemplate = Redigera mall
command-CreateCustomer = Skapa kund
command-UpdateCustomer = Redigera kund
command-ProvisionSubscribers = Flow-through-provisionering
command-SubmitEmail = Ange e-post i portalen
command-OpenLink = Öppna länk från mejl
command-RetryActivation = Försök att aktivera igen
command-DeleteSubscriberUser = Ta bort användare
command-ChangePackage = Ändra pakettyp
command-CreateOrg = Skapa organisation
command-AddDomain = Lägg till domän
command-PublishDomainRecord = Publicera DNS-post
command-VerifyDomain = Verifiera domän
command-ClaimDomain = Gör anspråk på domän
command-RemoveDomain = Ta bort domän
command-AddUsers = Lägg till användare
command-LinkSite = Länka webbplats
command-AddSiteUsers = Lägg till webbplatsanvändare
command-SetDirectorySync = Ställ in katalogsynkronisering
command-SyncDirectory = Katalogsynkronisering
command-ClaimUsers = Gör anspråk på användare
command-ChooseDataHandling = Välj datahantering
command-CompleteEmailVerification = Slutför e-postverifiering
command-SignIn = Logga in
command-Deactivate = Inaktivera
command-Reactivate = Återaktivera
command-DeleteUser = Ta bort användare
command-SendActivationEmails = Skicka aktiveringsmejl
command-SendReminders = Skicka påminnelser
command-SetAutomaticActivationEmails = Automatiska aktiveringsmejl
command-ConvertToPaid = Konvertera till betald plan
command-SignUpFree = Kostnadsfri registrering
command-Tick = Schemalagda uppgifter
command-AdvanceClock = Flytta fram sandlådeklockan

## Who did it (the audit log's Actor column)
actor-partner-admin = Partneradministratör
actor-customer-admin = Kundadministratör
actor-end-user = Slutanvändare
actor-end-user-who = Slutanvändare { $who }
actor-provisioning = BroadWorks-provisionering
actor-directory-sync = Katalogsynkronisering
actor-system = System

## Refusals: why the core refused a command
error-required = { $field } måste anges.
error-too-long = { $field } får vara högst { $max } tecken.
error-email-empty = Ange en e-postadress, till exempel ann@example.com.
error-email-too-long = E-postadressen är längre än 254 tecken; använd en kortare adress.
error-email-non-ascii = Internationaliserade e-postadresser stöds inte; använd adressens ASCII-form (för en domän dess xn---form).
error-email-whitespace = En e-postadress får inte innehålla mellanslag.
error-email-missing-at = En e-postadress behöver ett @ mellan namnet och domänen, till exempel ann@example.com.
error-email-domain-dot = Domänen efter @ behöver en punkt, till exempel example.com.
error-email-invalid = Det är inte en giltig e-postadress: { $what }. Kontrollera den och försök igen.
error-no-template = Mallen { $id } finns inte; den kan ha tagits bort i en annan flik. Läs in sidan igen.
error-no-customer = Kunden { $id } finns inte; läs in sidan igen.
error-no-subscriber = Abonnenten { $id } finns inte; läs in sidan igen.
error-no-org = Organisationen { $id } finns inte; läs in sidan igen.
error-no-user = Användaren { $id } finns inte; läs in sidan igen.
error-no-domain = Domänen { $domain } har inte lagts till i den här organisationen; lägg till den först.
error-duplicate = { $what } ”{ $name }” finns redan; välj ett annat.
error-bad-row = Rad { $row }: { $message } Inget tillämpades; rätta raden och försök igen.
error-listed-twice = { $who } finns med två gånger.
error-already-provisioned = Abonnenten { $who } är redan provisionerad för den här kunden.
error-sentence = { $sentence }
error-bad-credentials = BroadWorks-användar-ID:t eller lösenordet är fel. Kontrollera dem och logga in igen.
error-portal-unavailable = Självaktivering är inte tillgänglig för ditt konto: { $why } Kontakta din tjänsteleverantör.
error-portal-locked = Din aktivering behöver din administratör: administratören har meddelats och slutför den åt dig.
error-not-awaiting-email = Kontot är redan { $what }; det finns inget att ange här.
error-link-unknown = Länken är inte giltig. Öppna länken i ditt senaste mejl, eller börja om från aktiveringssidan.
error-link-expired = Länken har gått ut. Börja om från aktiveringssidan för att få en ny.
error-link-used = Länken har redan använts. Om ditt konto inte är aktivt ännu, börja om från aktiveringssidan.
error-link-superseded = Ett nyare mejl har skickats för kontot; använd länken i det senaste mejlet.
error-managed-by-sync = { $who } hanteras av katalogsynkronisering; ändra användaren i din katalog i stället.
error-email-in-other-org = { $who } tillhör redan en användare i en annan organisation; gör anspråk på användaren i stället för att lägga till den.
error-email-in-org = { $who } är redan en användare i den här organisationen.
error-domain-claimed-elsewhere = En annan organisation har gjort anspråk på domänen för { $who }; den organisationens användare kan inte läggas till här.
error-not-claimable = { $who } tillhör en betald organisation; det går bara att göra anspråk på användare i kostnadsfria organisationer (konsument). Be den organisationens administratör att ta bort användaren.
error-sync-off = Katalogsynkronisering är av för den här organisationen; slå på den först.
error-site-not-linked = Webbplatsen { $site } är inte länkad till den här organisationen; länka den först.
error-batch-too-large = En omgång får innehålla högst { $max } rader; dela upp filen.

## The core's own sentences and field names, by their English words (says-…)
says-a-customer-with-enterprise-id = En kund med företags-ID:t
says-a-free-organization-cannot-claim-users-claim-the = En kostnadsfri organisation kan inte göra anspråk på användare; gör anspråk på dem till en betald organisation.
says-a-template-named = En mall med namnet
says-an-organization-named = En organisation med namnet
says-another-organization-has-claimed-this-domain-a-d = En annan organisation har gjort anspråk på domänen; en domän kan bara göras anspråk på av en organisation.
says-another-organization-has-claimed-this-domain-it = En annan organisation har gjort anspråk på domänen; den kan inte verifieras här.
says-automatic-activation-emails-are-already-set-that = Automatiska aktiveringsmejl är redan inställda så.
says-broadworks-enterprise-id = BroadWorks-företags-ID
says-broadworks-user-id = BroadWorks-användar-ID
says-choose-at-least-one-user-to-claim = Välj minst en användare att göra anspråk på.
says-choose-at-least-one-user = Välj minst en användare.
says-choose-what-happens-to-your-previous-account-s-d = Välj först vad som händer med data i ditt tidigare konto.
says-customer-name = Kundnamn
says-directory-sync-is-already-set-that-way = Katalogsynkroniseringen är redan inställd så.
says-directory-sync-is-for-paid-organizations = Katalogsynkronisering är till för betalda organisationer.
says-enter-the-site-as-a-host-name-for-example-acme-w = Ange webbplatsen som ett värdnamn, till exempel acme.webex.com.
says-free-organizations-cannot-add-domains = Kostnadsfria organisationer kan inte lägga till domäner.
says-inactive-users-and-users-already-in-a-claim-cann = Inaktiva användare och användare som redan ingår i ett anspråk kan inte göras anspråk på.
says-name = Namn
says-only-a-not-verified-user-completes-email-verific = Endast en användare som är Inte verifierad slutför e-postverifieringen.
says-only-a-free-organization-can-be-converted-to-a-p = Endast en kostnadsfri organisation kan konverteras till en betald plan.
says-only-a-user-in-delayed-claim-chooses-what-happen = Endast en användare i Fördröjt anspråk väljer vad som händer med tidigare data.
says-only-an-inactive-user-can-be-reactivated = Endast en Inaktiv användare kan återaktiveras.
says-organization-name = Organisationsnamn
says-portal-password = Portallösenord
says-publish-the-txt-record-in-your-dns-first-then-ve = Publicera TXT-posten i din DNS först och verifiera sedan. DNS-ändringar kan ta upp till 72 timmar att synas.
says-self-sign-up-is-for-free-organizations = Egen registrering är till för kostnadsfria organisationer.
says-share-link = Dela länk
says-site-url = Webbplatsens URL
says-sites-link-to-paid-organizations = Webbplatser länkas till betalda organisationer.
says-template-name = Mallnamn
says-the-share-link-field-does-not-point-to-this-temp = Fältet Dela länk pekar inte på mallens aktiveringslänk.
says-the-txt-record-is-already-marked-as-published = TXT-posten är redan markerad som publicerad.
says-the-untrusted-emails-option-is-not-checked-in-th = Alternativet opålitliga e-postadresser är inte markerat i mallens inställningar för Användarverifiering.
says-the-domain = Domänen
says-the-domain-is-already-claimed = Anspråk har redan gjorts på domänen.
says-the-domain-is-already-verified = Domänen är redan verifierad.
says-the-sandbox-clock-moves-forward-by-1-second-to-3 = Sandlådeklockan flyttas fram 1 sekund till 366 dagar.
says-the-site = Webbplatsen
says-the-user-already-has-that-package = Användaren har redan det paketet.
says-the-user-is-already-inactive = Användaren är redan Inaktiv.
says-the-user-must-first-choose-what-happens-to-the-d = Användaren måste först välja vad som händer med data i det tidigare kontot.
says-there-are-no-subscribers-to-provision = Det finns inga abonnenter att provisionera.
says-there-are-no-users-to-add = Det finns inga användare att lägga till.
says-this-account-is-deactivated-contact-your-adminis = Kontot är inaktiverat. Kontakta din administratör.
says-this-account-is-deactivated-the-user-cannot-sign = Kontot är inaktiverat; användaren kan inte logga in förrän en administratör återaktiverar det.
says-this-activation-link-does-not-belong-to-any-temp = Den här aktiveringslänken hör inte till någon mall.
says-this-user-has-no-error = Användaren har inget fel.
says-this-user-is-already-provisioned-retry-activatio = Användaren är redan provisionerad; Försök att aktivera igen är till för användare med fel eller väntande krav.
says-users-join-free-organizations-by-signing-up-add = Användare går med i kostnadsfria organisationer genom att registrera sig; lägg till användare i en betald organisation.
says-verify-the-domain-before-claiming-it = Verifiera domänen innan du gör anspråk på den.
says-being-provisioned = under provisionering
says-provisioned-sign-in-to-the-webex-app = provisionerat: logga in i Webex-appen

## More of the core's own sentences (CSV files, directory sync, suppressed emails, email addresses)
says-an-email-address-cannot-contain-spaces = En e-postadress får inte innehålla mellanslag.
says-a-broadworks-user-id-cannot-contain-spaces = Ett BroadWorks-användar-ID får inte innehålla blanksteg.
says-an-email-address-needs-an-between-the-name-and-t = En e-postadress behöver ett @ mellan namnet och domänen, till exempel ann@example.com.
says-automatic-activation-emails-are-off-for-this-org = Automatiska aktiveringsmejl är avstängda för den här organisationen.
says-belongs-to-a-user-in-another-organization-claim = Tillhör en användare i en annan organisation; gör anspråk på användaren först.
says-disabled-in-the-directory-and-not-yet-a-user-not = Inaktiverad i katalogen och ännu inte en användare; skapades inte (en ny användare kan inte vara Inaktiv).
says-enter-an-email-address-for-example-ann-example-c = Ange en e-postadress, till exempel ann@example.com.
says-internationalized-email-addresses-are-not-suppor = Internationaliserade e-postadresser stöds inte; använd adressens ASCII-form (för en domän dess xn---form).
says-listed-twice-the-first-entry-was-used = Listad två gånger; den första posten användes.
says-that-email-address-is-longer-than-254-characters = E-postadressen är längre än 254 tecken; använd en kortare adress.
says-the-domain-after-needs-a-dot-for-example-example = Domänen efter @ behöver en punkt, till exempel example.com.
says-the-domain-is-claimed-by-another-organization = En annan organisation har gjort anspråk på domänen.
csv-file-no-header = Filen har ingen rubrikrad.
csv-file-empty = Filen är tom. Välj en CSV-fil med en rubrikrad och minst en användare.
csv-file-no-bwid-column = Rubriken saknar kolumnen "BroadWorks User ID". Lägg till den och försök igen.
csv-file-no-email-column = Rubriken saknar kolumnen "Email". Lägg till den och försök igen.
csv-file-no-password-column = Rubriken saknar kolumnen "Password" (lösenordet till Användaraktiveringsportalen). Lägg till den och försök igen.
csv-file-invalid = Filen är inte giltig CSV (rad { $line }). Spara den som CSV (kommaavgränsad) och försök igen.
csv-file-too-many = Filen har fler än { $max } användare; dela upp den i mindre filer.

## The composer's checklist marks, and an invitation refused for a user's state
checklist-done = (klart)
checklist-missing = (saknas)
error-not-invitable = { $who } är { $state }; endast användare som inte har aktiverat (Inte verifierad eller Verifierad) får inbjudningar.

## A CSV row's problems (the core's import)
csv-bwid-empty = BroadWorks User ID är tomt.
csv-bwid-spaces = BroadWorks User ID får inte innehålla mellanslag.
csv-duplicate = { $value } finns tidigare i filen.
csv-name-empty = Name är tomt (ange Name, eller First Name och Last Name).
csv-password-empty = Password är tomt.
csv-email = Email: { $problem }
csv-package = Package "{ $value }" är inte något av Softphone, Basic, Standard, Premium.
csv-enabled = Enabled "{ $value }" är inte true eller false.

## What the core says when stored or imported data cannot be read (DecodeError, ReplayError)
decode-not-flowthrough = Det här är inte data från flowthrough. Välj en fil som exporterats från sidan Arbetsyta.
decode-newer = Data skrevs av en nyare flowthrough (formatversion { $found }; den här läser upp till { $supported }). Öppna dem med den nyare versionen, eller exportera dem och börja om.
decode-truncated = Data är avkortade ({ $found } av { $expected } byte): de sparades eller kopierades inte helt. Använd en fullständig kopia.
decode-damaged = Data är skadade (kontrollsumman stämmer inte): några byte ändrades efter att de skrevs. Använd en annan kopia.
decode-wrong-part = Data är { $found }, inte { $expected }.
part-State = en arbetsytas tillstånd
part-Change = en sparad ändring
part-Audit = en del av granskningsloggen
part-Mail = en del av brevlådan
part-Export = en export av en arbetsyta
decode-not-json = Data är inte giltig JSON ({ $technical }); de kan vara avkortade eller inte vara en arbetsyta från flowthrough.
decode-corrupt = Arbetsytans data är skadade: { $technical }.
replay-error = Loggpost { $seq } kunde inte spelas upp: { $reason }
replay-error-sequence = post { $next } väntades som nästa
replay-error-diverged = den ger inte samma resultat här; sparade data är inkonsekventa
replay-error-unread = Den äldre historiken läses fortfarande; försök igen om en stund.
history-fill = lagringen innehåller { $found } äldre poster där { $expected } väntades

## Storage, files and the app's own notices (src/storage.rs, src/browser.rs, src/store.rs)
storage-disabled = Den här webbläsaren låter inte sidan spara data (lagring är avstängd eller blockerad). Ändringar finns bara kvar tills fliken stängs.
storage-read-refused = Webbläsaren vägrade läsa sparade data.
storage-not-packed = den sparade texten är inte packade data från flowthrough
storage-not-text = den sparade arbetsytan är inte giltig text
storage-state-unreadable = Den sparade arbetsytan kan inte läsas: { $reason }.
storage-idb-missing = Arbetsytan borde finnas i webbläsarens IndexedDB, men den finns inte där (webbplatsens data kan ha rensats delvis).
storage-migration-unavailable = Den här webbläsaren har en arbetsyta som sparats av den föregående versionen, och den del av appen som läser den kunde inte hämtas (anslutningen kan vara nere). Inget har ändrats: läs in sidan igen för att försöka på nytt.
storage-idb-refused = Webbläsaren vägrade läsa arbetsytan från IndexedDB ({ $technical }). Läs in sidan igen för att försöka på nytt.
storage-idb-unreadable = Arbetsytan som finns i IndexedDB kan inte läsas: { $reason }
storage-change-missing = Sparad ändring { $n } saknas i lagringen, så de senaste ändringarna kan inte läsas.
storage-change-refused = Sparad ändring { $n } kan inte tillämpas: { $reason }.
storage-change-damaged = Sparad ändring { $n } är skadad: { $reason }
storage-write-failed = Webbläsaren kunde inte spara dina ändringar: dess lagring för den här webbplatsen är full eller blockerad (detta kräver { $kb } kB). Din senast sparade arbetsyta är oförändrad. Exportera arbetsytan från sidan Arbetsyta för att behålla ditt arbete, eller frigör utrymme genom att börja om med en mindre arbetsyta.
storage-write-failed-because = Webbläsaren kunde inte spara dina ändringar: dess lagring för den här webbplatsen är full eller blockerad (detta kräver { $kb } kB). Din senast sparade arbetsyta är oförändrad. Exportera arbetsytan från sidan Arbetsyta för att behålla ditt arbete, eller frigör utrymme genom att börja om med en mindre arbetsyta. ({ $technical })
storage-cannot-move = En del av den sparade historiken ({ $key }) kan inte läsas, så arbetsytan kan inte flyttas till IndexedDB.
storage-segment-unreadable = Ett sparat segment ({ $key }) kan inte läsas.
storage-audit-unreadable = En del av granskningsloggen kan inte läsas: { $reason }
storage-audit-short = Granskningsloggen i lagringen har { $found } av sina { $count } poster.
storage-mail-unreadable = En del av brevlådan kan inte läsas: { $reason }
storage-mail-short = Brevlådan i lagringen har { $found } av sina { $count } mejl.
history-unreadable = Den sparade historiken kan inte läsas: { $reason }
busy-opening = Öppnar arbetsytan från webbläsarens lagring…
busy-saving = Sparar arbetsytan i webbläsarens lagring…
says-the-workspace-is-still-being-opened-try-again-in = Arbetsytan håller fortfarande på att öppnas; försök igen om en stund.
says-the-workspace-is-still-being-saved-try-again-in = Arbetsytan håller fortfarande på att sparas; försök igen om en stund.
says-the-page-is-closing = Sidan stängs.
updated-from-other-tab = Uppdaterad med ändringar som gjorts i en annan flik.
file-not-created = Webbläsaren kunde inte skapa filen { $file }.
file-not-read = Filen { $file } kunde inte läsas. Välj den igen.
file-not-text = Filen { $file } kunde inte läsas som text. Spara den som UTF-8-text och välj den igen.

## The activation email composer (seed 004): its checklist, fields and the email it writes
composer-item-goals = Företagets mål och plan för införandet
composer-item-value = Webex-appens värde och syfte
composer-item-room = Länk till det personliga mötesrummet (om det köpts med Webex Meetings)
composer-item-support = Interna supportlänkar
composer-item-training = Länkar till internt utbildningsmaterial
composer-item-portal = Länk till slutanvändarportalen
composer-item-steps = Aktiveringssteg (logga in med SSO)
composer-field-goals = Företagets mål och plan för införandet
composer-field-value = Webex-appens värde och syfte
composer-field-room = Länk till personligt mötesrum (om du köpt Webex Meetings)
composer-field-support = Interna supportlänkar
composer-field-training = Länkar till internt utbildningsmaterial
composer-field-portal = Länk till slutanvändarportalen
composer-field-steps = Hur användare aktiverar sitt konto
composer-email-language = E-postens språk
composer-draft-subject = Välkommen till Webex på { $org }: aktivera ditt konto
composer-draft-steps = Öppna Webex-appen och logga in på företagets sida för enkel inloggning (SSO) med dina inloggningsuppgifter från företaget. Du loggas sedan in i Webex-appen automatiskt.
composer-greeting = Hej!
composer-section-goals = Varför vi går över till Webex
composer-section-value = Vad Webex-appen gör för dig
composer-section-room = Ditt personliga mötesrum
composer-section-steps = Så aktiverar du ditt konto
composer-section-portal = Dina inställningar (slutanvändarportalen)
composer-section-support = Behöver du hjälp?
composer-section-training = Utbildning
composer-closing =
    Tack!
    IT-avdelningen
composer-from-name = Webex-administratör

## Delade arbetsytor
share-title = Delad arbetsyta
share-lead = Dela den här arbetsytan med kollegor eller en klass via en NATS-server: alla ser varje ändring inom ett ögonblick och kan fortsätta arbeta när servern inte går att nå. Administratörer ändrar arbetsytan; kursdeltagare följer den.
share-invited = Du har bjudits in till en delad arbetsyta: ange ditt användarnamn och lösenord och välj Anslut.
share-server = Server
share-workspace = Den delade arbetsytans namn
share-user = Användarnamn
share-password = Lösenord
share-name = Ditt namn (visas för de andra)
share-remember = Spara lösenordet i den här webbläsaren
share-join-replaces = När du ansluter ersätts den här webbläsarens arbetsyta av den delade. Exportera den först om du vill behålla en kopia.
share-this = Dela den här arbetsytan
share-join = Anslut till en delad arbetsyta
share-reconnect = Anslut igen
share-leave = Lämna
share-leave-hint = När du lämnar behålls en kopia av arbetsytan här, som webbläsarens egen.
share-in = Delad arbetsyta { $workspace } på { $server }. Du är { $name }, { $role }.
share-role-admin = administratör
share-role-trainee = kursdeltagare (endast läsning)
share-you = du
share-people = Vilka som är här
share-join-link = Anslutningslänk (utan lösenord)
share-copy-link = Kopiera länk
share-link-copied = Anslutningslänken har kopierats.
share-connecting = Delad: ansluter…
share-online = Delad: online
share-offline = Delad: offline
share-disconnected = Delad: inte ansluten
share-waiting = { $count ->
    [one] 1 ändring väntar
   *[other] { $count } ändringar väntar
}
share-alone = ingen annan här
share-here = här: { $names }
share-reports = { $count ->
    [one] 1 ändring tillämpades inte
   *[other] { $count } ändringar tillämpades inte
}
share-reports-title = Inte tillämpat
share-dismiss = Stäng
share-by = av { $name }
share-sent = { $count ->
    [one] Online igen: din väntande ändring har skickats.
   *[other] Online igen: dina { $count } väntande ändringar har skickats.
}
share-joined = Du har anslutit till den delade arbetsytan.
share-shared = Arbetsytan är nu delad. Ge anslutningslänken till de andra.
share-left = Du har lämnat den delade arbetsytan; webbläsaren behåller en egen kopia.
share-trainee-banner = Du anslöt som kursdeltagare: du följer varje ändring men kan inte göra några.
share-error-fields = Fyll i servern, den delade arbetsytans namn, ditt användarnamn och ditt lösenord.
share-error-name = Namnet på en delad arbetsyta är 1 till 40 bokstäver, siffror, bindestreck eller understreck.
share-error-unreachable = Ingen server svarar på den adressen. Kontrollera adressen (ws:// eller wss://) och att servern körs. ({ $detail })
share-error-credentials = Användarnamnet eller lösenordet stämmer inte. Kontrollera dem och försök igen.
share-error-denied = Servern nekade: din användare får inte göra detta i den här arbetsytan. Fråga serverns administratör. ({ $detail })
share-error-conflict = En annan ändring kom först; din tillämpas ovanpå den.
share-error-missing = Det finns ingen delad arbetsyta med det namnet på servern. Kontrollera namnet, eller dela den här arbetsytan under det.
share-error-exists = Det finns redan en delad arbetsyta med det namnet. Anslut till den eller välj ett annat namn.
share-error-offline = Servern går inte att nå just nu; dina ändringar väntar här och skickas när den är tillbaka.
share-error-unloaded = Delningsklienten kunde inte läsas in: { $detail }. Ladda om sidan och försök igen.
share-error-failed = Servern rapporterade ett problem: { $detail }
share-record-failed = Uppgifterna om den delade arbetsytan kunde inte sparas i webbläsaren: { $detail }
share-record-unreadable = Webbläsarens uppgifter om den delade arbetsytan går inte att läsa ({ $reason }). Din arbetsyta är orörd; anslut till den delade arbetsytan igen.
share-snapshot-unreadable = Den delade arbetsytan på servern går inte att läsa: { $reason }
share-history-offline = Den äldre historiken för den här delade arbetsytan finns på servern: anslut igen för att läsa den.
undo-shared = Ångra finns inte i en delad arbetsyta: allas ändringar bildar en enda logg. Gör den motsatta ändringen i stället.
sync-refused = Din ändring ({ $command }) tillämpades inte: { $reason } { $author } hann göra en ändring först ({ $other }, { $at }).
sync-refused-alone = Din ändring ({ $command }) tillämpades inte: { $reason }
sync-malformed = Post { $seq } i den delade loggen är ingen flowthrough-ändring och hoppades över: { $reason }
says-this-shared-workspace-is-read-only-for-you-you-j = Den här delade arbetsytan är skrivskyddad för dig: du anslöt som kursdeltagare.

## Lessons
nav-lessons = Lektioner
lessons-title = Lektioner
lessons-lead = Öva ett etableringsflöde på en egen kopia av en arbetsyta: varje steg säger vad du ska göra, och varje kontrollpunkt bockas av så fort reglerna ser att den nåtts. Din egen arbetsyta rörs aldrig.
lessons-built-in = Inbyggda lektioner
lessons-mine = Dina lektioner
lessons-mine-none = Inga ännu. Spela in en nedan, eller öppna en lektionsfil som en utbildare skickat dig.
lesson-size = { $steps ->
    [one] 1 steg
   *[other] { $steps } steg
}, { $count ->
    [one] 1 kontrollpunkt
   *[other] { $count } kontrollpunkter
}
lesson-start = Börja öva
lesson-download = Ladda ned lektionsfilen
lesson-remove = Ta bort
lesson-file = Öppna en lektionsfil
lesson-file-valid = ”{ $title }”, { $steps ->
    [one] 1 steg
   *[other] { $steps } steg
}: en giltig lektion.
lesson-keep = Behåll bland dina lektioner
lesson-kept = Lektionen finns nu bland dina lektioner.
lesson-record-title = Spela in en lektion
lesson-record-lead = Börja från arbetsytan som den är nu, gör lösningen själv på en kopia och stoppa sedan: flowthrough föreslår kontrollpunkter utifrån det som ändrats, och du skriver instruktionerna.
lesson-record = Spela in en lektion
lesson-recording-started = Spelar in på en kopia av din arbetsyta. Gör lösningen och välj sedan Stoppa inspelningen.
lesson-under-way = En lektion pågår: konsolerna visar dess kopia av arbetsytan, inte din.
lesson-open-checklist = Öppna checklistan
lesson-bar = Lektion
lesson-reading = Läser lektionen…
lesson-recording = Spelar in en lektion.
lesson-recording-what = Du arbetar på en kopia: gör lösningen och stoppa sedan inspelningen.
lesson-stop-recording = Stoppa inspelningen
lesson-write = Skriv lektionen
lesson-step-of = Steg { $n } av { $count }:
lesson-count = { $count ->
    [one] { $n } av 1 kontrollpunkt nådd
   *[other] { $n } av { $count } kontrollpunkter nådda
}
lesson-complete = Lektionen är klar: alla kontrollpunkter är nådda.
lesson-reached = Nådd:
lesson-not-reached = Inte nådd ännu
lesson-reached-now = Kontrollpunkt nådd: { $checkpoint }
lesson-reached-after = nådd efter { $time }
lesson-seconds = { $count ->
    [one] 1 sekund
   *[other] { $count } sekunder
}
lesson-no-longer-holds = (gäller inte längre)
lesson-practice-title = Lektion
lesson-none-under-way = Ingen lektion pågår. Välj en att öva på.
lesson-hint = Tips
lesson-show-hint = Visa tips
lesson-hints-used = { $count ->
    [one] 1 tips använt
   *[other] { $count } tips använda
}
lesson-clock = { $count ->
    [one] Låt 1 dag gå
   *[other] Låt { $count } dagar gå
}
lesson-clock-taken = { $count ->
    [one] 1 dag har gått.
   *[other] { $count } dagar har gått.
}
lesson-start-again = Börja om
lesson-started-again = Började om på en ny kopia.
lesson-leave = Lämna lektionen
lesson-left = Du lämnade lektionen; din egen arbetsyta är tillbaka.
lesson-write-title = Skriv den inspelade lektionen
lesson-write-lead = Behåll de kontrollpunkter som visar att lösningen fungerade, ge dem egna ord om du vill och skriv vad eleven ska göra.
lesson-title-label = Rubrik
lesson-intro-label = Inledning
lesson-instruction-label = Vad eleven ska göra
lesson-hint-label = Tips (valfritt)
lesson-proposed = Kontrollpunkter som föreslås utifrån det som ändrats
lesson-own-words = Egna ord (valfritt)
lesson-nothing-changed = Inget ändrades under inspelningen, så det finns inget att kontrollera. Kasta inspelningen och spela in igen.
lesson-title-missing = Ge lektionen en rubrik.
lesson-instruction-missing = Skriv vad eleven ska göra.
lesson-no-checkpoint-kept = Behåll minst en kontrollpunkt: det är så lektionen vet att eleven lyckades.
lesson-save = Spara lektionen
lesson-discard = Kasta inspelningen
lesson-saved = ”{ $title }” är sparad bland dina lektioner.
lesson-back-to-workspace = Tillbaka till din arbetsyta
lesson-no-recording = Ingen inspelning pågår.
lesson-none = Ingen lektion pågår.
lesson-no-clock = Det här steget har inget tidssteg att ta nu.
lesson-not-while-shared = Lämna den delade arbetsytan först: en lektion körs på en kopia i bara den här webbläsaren.
lesson-busy = Arbetsytan sparas fortfarande; försök igen om en stund.
lesson-history-unread = Arbetsytans historik kunde inte läsas, så den kan inte spelas in; ladda om sidan och försök igen.
lesson-unloaded = Lektionerna kunde inte hämtas (anslutningen kan vara nere). Försök igen.
lesson-record-unreadable = Den pågående lektionen kunde inte läsas ({ $reason }). Lämna den och börja om.
lesson-error-unreadable = Det här är ingen lektionsfil som flowthrough kan läsa ({ $reason }). Välj en lektionsfil (.json) som sparats av flowthrough.
lesson-error-newer = Lektionen har format { $format }, nyare än det den här versionen av flowthrough läser; uppdatera flowthrough.
lesson-error-invalid = Lektionsfilen är inte giltig: { $reason }
lesson-error-start = Lektionens startarbetsyta kunde inte skapas: { $reason }
check-subscriber-status = Abonnent { $subscriber } har status { $status }
check-subscriber-package = Abonnent { $subscriber } har paketet { $package }
check-user-state = { $email } är { $state }
check-user-state-in = { $email } är { $state } i { $org }
check-no-user = Ingen användare har e-postadressen { $email }
check-template-ready = Mallen ”{ $template }” har Opålitliga e-postadresser markerat och Dela länk som pekar på aktiveringslänken
check-customer-no-errors = Kunden { $customer } har ingen abonnent med Fel
check-email-sent = Ett mejl ”{ $kind }” gick till { $to }
check-email-suppressed = Mejlet ”{ $kind }” till { $to } undertrycktes
check-automatic-emails-on = Automatiska aktiveringsmejl är på för { $org }
check-automatic-emails-off = Automatiska aktiveringsmejl är av för { $org }
check-directory-sync-on = Katalogsynkronisering är på för { $org }
check-directory-sync-off = Katalogsynkronisering är av för { $org }
check-domain-status = Domänen { $domain } i { $org } är { $status }
check-org-paid = { $org } har en betald plan
class-title = Klasser
class-lead = En utbildare startar en klass från en lektion på NATS-servern som delningen använder; varje elev ansluter via länken och övar på en egen kopia, och utbildarens tavla visar varje elevs kontrollpunkter när de nås.
class-go = Starta eller anslut till en klass
class-join-title = Anslut till en klass
class-join-lead = Använd användarnamnet och lösenordet från din utbildare. Ditt arbete stannar på din egen kopia; bara dina framsteg och dina ändringar går till klassen.
class-start-title = Starta en klass
class-start-lead = Som administratör för servern. Ge klassen ett namn av bokstäver, siffror, - och _, och skicka sedan anslutningslänken som tavlan visar till eleverna.
class-server = Server
class-name = Klassens namn
class-user = Användarnamn
class-password = Lösenord
class-your-name = Ditt namn
class-lesson = Lektion
class-join = Anslut till klassen
class-start = Starta klassen
class-join-incomplete = Ange servern, klassens namn (bokstäver, siffror, - och _), ditt användarnamn och ditt namn.
class-name-invalid = Ange ett användarnamn och ett klassnamn med bara bokstäver, siffror, - och _.
class-open-board = Öppna tavlan för { $class }
class-none = Ingen klass körs i den här webbläsaren.
class-lesson-unreadable = Klassens lektion är ingen text som flowthrough kan läsa.
class-board-title = Klasstavla
class-board-caption = Elever och de kontrollpunkter de nått
class-join-link = Anslutningslänk:
class-trainee = Elev
class-status = Status
class-last-action = Senaste åtgärd
class-no-trainees = Ingen elev har anslutit ännu.
class-done = Klar
class-stuck = Har fastnat
class-working = Arbetar
class-follow = Följ { $name }s kopia
class-clock-title = Klassens klocka
class-days = Dagar
class-clock-button = Låt dagarna gå för alla elever
class-days-invalid = Ange ett antal dagar från 1 till 366.
class-clock-sent = { $count ->
    [one] 1 dag går för alla elever.
   *[other] { $count } dagar går för alla elever.
}
class-clock-taken = { $count ->
    [one] Utbildaren lät 1 dag gå.
   *[other] Utbildaren lät { $count } dagar gå.
}
class-reconnect = Anslut igen till klassen { $class } som { $user }: ange lösenordet igen.
class-reconnect-button = Anslut igen
class-reconnect-needed = inte ansluten: anslut igen på checklistsidan
class-in = Klass { $class }
class-online = ansluten
class-sending = { $count ->
    [one] skickar 1 meddelande
   *[other] skickar { $count } meddelanden
}
class-offline = { $count ->
    [one] frånkopplad, 1 meddelande väntar och skickas när anslutningen är tillbaka
   *[other] frånkopplad, { $count } meddelanden väntar och skickas när anslutningen är tillbaka
}
class-follow-title = { $user }s kopia
class-follow-lead = Följs live, skrivskyddad: det som elevens kopia innehåller nu.
class-follow-waiting = Väntar på elevens kopia…
class-follow-changes = Senaste ändringar
class-follow-subscribers = Abonnenter
class-follow-users = Användare i Control Hub
class-org = Organisation
read-only-trainee = Skrivskyddad: du anslöt till den här delade arbetsytan som elev.
lesson-copy-restarted = Din kopia av lektionens arbetsyta kunde inte läsas, så den startades om; kontrollpunkterna du nått finns kvar.

## Importing a customer's subscribers from the Webex API (core's import::api, the Workspace page)
api-import-title = Importera från Webex API
api-import-hint = Välj en eller flera sidfiler från "List BroadWorks Subscribers" (GET /v1/broadworks/subscribers, sparade som JSON). De läses i den här webbläsaren och skickas ingenstans.
api-import-files = Filer från Webex API (.json)
api-import-reading = Läser fil { $done } av { $total }
api-import-read = Lästa filer: { $files }. Abonnenter som kan importeras: { $valid }. Med problem: { $errors }.
api-import-problems = Dessa importeras inte:
api-import-row = { $file }, post { $item } { $who }:
api-import-apply = Importera { $count } abonnenter till en ny arbetsyta
api-import-done = { $count } abonnenter importerades från Webex API. Den här arbetsytan innehåller riktiga data.
api-file-too-large = { $file } är större än { $max } MB. Dela upp exporten i sidor med abonnenter.
api-file-not-utf8 = { $file } är inte UTF-8-text (vid byte { $offset }). Spara API:ets svar som det kom.
api-file-empty = { $file } är tom.
api-file-invalid = { $file } är inte giltig JSON (rad { $line }, kolumn { $column }). Spara API:ets svar som det kom.
api-file-no-items = { $file } har ingen "items"-lista: det är inte en sida från List BroadWorks Subscribers.
api-file-too-many = Med { $file } blir det fler än { $max } abonnenter; importera färre filer åt gången.
api-item-invalid = Abonnenten har inte API:ets form: { $problem }
api-item-not-object = Posten är ingen abonnent (ett objekt).
api-field-missing = { $field } saknas.
api-field-type = { $field } är { $found }, inte text.
api-duplicate = { $value } finns tidigare i filerna.
api-status = Statusen "{ $value }" är inte en av API:ets statusar.
api-time = { $field } "{ $value }" är inte ett datum och en tid (ISO 8601).
api-self-activated = selfActivated "{ $value }" är inte true eller false.
api-since-unknown = en okänd tidpunkt (filen saknar lastStatusChange)
json-null = null
json-boolean = sant eller falskt
json-number = ett tal
json-string = text
json-list = en lista
json-object = ett objekt
real-data = Riktiga data
real-data-title = Den här arbetsytan innehåller en kunds riktiga data, importerade från Webex API. De stannar i den här webbläsaren.
why-basis = Vad detta bygger på
worklist-export = Exportera arbetslista
stuck-stalled = Provisioneringen har inte blivit klar på ett dygn
command-ImportFromApi = Import från Webex API
says-an-import-from-the-webex-api-goes-into-a-new-emp = En import från Webex API hamnar i en ny, tom arbetsyta.
says-the-files-hold-no-subscriber-to-import = Filerna innehåller ingen abonnent att importera.
diag-api-basis = Enligt filen från Webex API: status { $status } sedan { $since }; listade fel: { $errors }. Filen innehåller inte mallens inställningar, de skickade e-postmeddelandena eller deras länkar, så de kan inte kontrolleras här.
diag-api-stalled = Abonnenten har haft statusen { $status } sedan { $since } ({ $for }); provisioneringen blir normalt klar inom några minuter.
diag-api-stalled-remedy = Öppna Användarstatus för abonnenten i Partner Hub och använd Försök att aktivera igen; om det inte hjälper, öppna ett ärende hos Cisco och ange abonnentens id från filen.
diag-api-awaiting-email = Abonnenten har inte angett någon e-postadress i Användaraktiveringsportalen sedan { $since } ({ $for }).
diag-api-awaiting-email-remedy = Skicka mallens aktiveringslänk (dess Dela länk) till abonnenten igen, eller använd Försök att aktivera igen med abonnentens e-postadress i Partner Hub.
diag-api-awaiting-verification = Ett verifieringsmejl gick till { $email } { $since } (för { $for } sedan); länken gäller i 24 timmar.
diag-api-verify-expired = Verifieringsmejlet till { $email } skickades { $since } (för { $for } sedan); länken har gått ut.
diag-api-verify-expired-remedy = I Partner Hub skickar Försök att aktivera igen med abonnentens e-postadress ett nytt verifieringsmejl; be abonnenten öppna det inom 24 timmar.
diag-api-move-consent = { $email } har redan ett Webex-konto; mejlet om samtycke till flytten skickades { $since } (för { $for } sedan) och är inte besvarat.
diag-api-move-consent-remedy = Be användaren godkänna samtyckesmejlet; i Partner Hub skickar Försök att aktivera igen det på nytt.
diag-api-broadworks-id-in-use = BroadWorks-användar-ID:t { $bwid } är redan kopplat till en annan Webex-användare. Registreringen misslyckades { $since } (för { $for } sedan) med: "{ $error }"
diag-api-broadworks-id-in-use-remedy = Hitta användaren som har { $bwid } i Control Hub och ta bort den om den är en kvarleva; använd sedan Ta bort användare och Försök att aktivera igen för abonnenten i Partner Hub.
diag-api-failed = Registreringen misslyckades { $since } (för { $for } sedan) med: "{ $error }"
diag-api-failed-remedy = Åtgärda det som felet säger; använd sedan Försök att aktivera igen för abonnenten i Partner Hub.
diag-api-error-unexplained = Filen anger Error sedan { $since } ({ $for }) men listar inget fel.
diag-api-error-unexplained-remedy = Öppna Användarstatus i Partner Hub, hitta abonnenten och använd Kopiera feltext; åtgärda sedan det som står där och använd Försök att aktivera igen.
api-export-hint = Abonnenterna i Webex API:ets form (en sida från List BroadWorks Subscribers). Den maskerade filen ersätter namn, e-postadresser, telefonnummer och BroadWorks-användar-ID:n med numrerade platshållare, så att den kan skickas till en kollega eller bifogas ett ärende.
api-export = Exportera i API:ets form
api-export-redacted = Exportera maskerad
api-exported = { $file } sparades.
share-real-title = Dela en kunds riktiga data?
share-real-text = Den här arbetsytan innehåller en kunds riktiga data, importerade från Webex API: namn, e-postadresser och telefonnummer. Delning skickar dem till NATS-servern för alla som ansluter. Dela hellre en maskerad kopia om du kan.
share-real-confirm = Dela riktiga data
csv-file-no-status-column = Rubrikraden har ingen kolumn "User Status": exportera användarna från Control Hub (Användare, Exportera) och välj den filen.
csv-user-status = Användarstatusen "{ $value }" är inte Aktiv, Verifierad, Inte verifierad eller Inaktiv.
csv-delayed-claim = Ett fördröjt anspråk kan inte importeras: exporten säger inte från vilken organisation eller till när.
reason-ImportedFromExport = Importerad från Control Hubs användarexport i det här tillståndet; exporten säger inte varför.
command-ImportUsers = Import av Control Hubs användarexport
says-a-delayed-claim-cannot-be-imported-the-export-do = Ett fördröjt anspråk kan inte importeras: exporten säger inte från vilken organisation eller till när.
ch-export-file = Användarexport från Control Hub (exported_users.csv)
ch-export-hint = Importera användarna i Control Hubs export (Användare, Exportera) till den här organisationen, var och en i det tillstånd exporten anger. Inget e-postmeddelande skickas.
ch-export-apply = Importera { $count } användare i deras tillstånd
api-import-progress = Importerar från Webex API: { $done } av { $total } abonnenter…
api-import-stopped = Importen stoppades efter { $done } av { $total } abonnenter: { $reason }
api-field-too-long = { $field } är längre än { $max } tecken.
api-created = Skapad { $date }
api-created-unknown = Skapad: finns inte i filen
api-self-yes = självaktiverad
api-self-no = inte självaktiverad
api-self-unknown = självaktivering finns inte i filen
