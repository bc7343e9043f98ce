# flowthrough, română. Termeni din articolul Webex în română (seed 004): Control Hub,
# E-mailuri de activare automată, Setări organizație, trimiteți e-mailuri de activare.
# Pluralul românesc are trei forme: one (1), few (0, 2–19, 101–119…), other (20 de…).

## The header
language = Limbă
skip-to-content = Salt la conținut
nav-consoles = Console
nav-partner = Partner Hub
nav-control = Control Hub
nav-mailbox = Cutie poștală
nav-workspace = Spațiu de lucru
boot-loading = Se încarcă consola…
page-loading = Se încarcă pagina…
page-unavailable = Pagina nu a putut fi încărcată
page-unavailable-why = Această parte a aplicației nu a sosit: conexiunea poate fi întreruptă sau a apărut o versiune nouă de când a fost deschisă fila. Spațiul de lucru este în siguranță în acest browser. Încercați din nou sau reîncărcați pagina.
page-try-again = Încercați din nou
theme = Temă
theme-system = Sistem
theme-light = Luminoasă
theme-dark = Întunecată
theme-hc-light = Contrast ridicat, luminoasă
theme-hc-dark = Contrast ridicat, întunecată
clock = Ceasul sandbox
clock-time = Timp simulat
clock-sandbox-time = Ora sandbox
clock-1h = +1 h
clock-1h-name = avansați ceasul cu 1 oră
clock-1d = +1 zi
clock-1d-name = avansați ceasul cu 1 zi
clock-14d = +14 zile
clock-14d-name = avansați ceasul cu 14 zile
clock-advanced = Ceasul a fost avansat cu { $by }.
clock-advanced-changes = { $count ->
    [one] Ceasul a fost avansat cu { $by }: { $count } modificare automată, consultați jurnalul de audit.
    [few] Ceasul a fost avansat cu { $by }: { $count } modificări automate, consultați jurnalul de audit.
   *[other] Ceasul a fost avansat cu { $by }: { $count } de modificări automate, consultați jurnalul de audit.
}
duration-hour = 1 oră
duration-day = 1 zi
duration-14-days = 14 zile

## The start page
home-lead = O consolă locală pentru provizionarea flow-through Webex pentru BroadWorks cu e-mailuri neverificate. Rulați, exersați și depanați fluxurile în browser; totul rămâne în acest browser.
demo-load = Încărcați spațiul de lucru demo
demo-hint = Trei clienți cu utilizatori în fiecare stare, gata de depanare.
demo-loaded = Spațiul de lucru demo a fost încărcat.
demo-failed = Demo-ul nu a putut fi construit: { $error }
demo-replace-title = Înlocuiți spațiul de lucru?
demo-replace-text = Demo-ul înlocuiește tot ce există în spațiul de lucru al acestui browser: șabloane, clienți, utilizatori, e-mailuri și jurnalul de audit.
demo-replace = Înlocuiți cu demo-ul
cancel = Anulare
close = Închidere
save = Salvare
home-partner = Pentru administratorul furnizorului de servicii: șabloanele clienților, setările Verificare utilizator și vizualizarea Stare utilizator pentru a reîncerca, a șterge, a schimba pachetul sau a copia textul erorii.
home-control = Pentru administratorul clientului: stările utilizatorilor (Activ, Verificat, Neverificat, Inactiv, Revendicare amânată), domenii, revendicări, sincronizarea directorului și e-mailuri de activare.
portal-name = Portalul de activare a utilizatorilor
home-portal = Unde utilizatorii finali își introduc și își verifică adresa de e-mail. Fiecare șablon are propriul link de activare:
home-portal-none = niciunul încă: creați un șablon în Partner Hub sau încărcați demo-ul.
home-mailbox = Toate e-mailurile trimise sau reținute de sistem, cu linkuri funcționale: așa jucați rolul utilizatorului final.

## Partner Hub: templates
breadcrumb = Cale de navigare
crumb-settings = Setări
crumb-calling = Apelare BroadWorks
templates = Șabloane
templates-lead = Șabloane de integrare a clienților. La Verificare utilizator, opțiunea E-mailuri neverificate trebuie bifată, iar Linkul de partajare trebuie să indice linkul de activare, pentru ca utilizatorii să se poată proviziona singuri.
col-template = Șablon
col-package = Pachet
user-verification = Verificare utilizator
activation-link = Link de activare
user-status = Stare utilizator
templates-none = Niciun șablon încă. Creați unul mai jos.
template-ready = E-mailuri neverificate, pregătit pentru autoactivare
template-trusted = E-mailuri de încredere
show-user-status = Afișați starea utilizatorilor
view-templates = Vizualizați șabloanele
template-create-title = Creați un șablon
template-name = Numele șablonului
untrusted-emails = E-mailuri neverificate
template-create = Creați șablonul
template-not-found = Șablonul nu a fost găsit
template-gone = Este posibil să fi fost eliminat. Reveniți la șabloane:
provisioning-id = ID de provizionare
template-settings = Setările șablonului
user-authentication = Autentificarea utilizatorului
untrusted-hint = Utilizatorii trebuie să își introducă și să își verifice adresa de e-mail în Portalul de activare a utilizatorilor. Lăsați nebifat când e-mailurile din BroadWorks sunt de încredere.
share-link = Link de partajare
activation-link-label = Link de activare:
copy-activation-link = Copiați linkul de activare
activation-link-copied = Linkul de activare a fost copiat.
use-as-share-link = Folosiți ca link de partajare
template-problem-suffix = Utilizatorii nu se pot proviziona singuri până când acest lucru nu este remediat.
template-saved = Șablonul a fost salvat.

## Partner Hub: User Status
user-status-lead = { $template }: utilizatorii și starea provizionării lor. Pentru utilizatorii cu erori sau cerințe în așteptare, folosiți cele trei puncte din dreapta.
users-by-status = Utilizatori după stare
filter-all = Toți
state-diagram-subscribers = Diagrama stărilor: cum trec abonații de la o stare la alta
subscriber-statuses = Stările abonaților
search = Căutare
user-status-search-placeholder = ID BroadWorks, nume, e-mail sau eroare
exclude-provisioned = Excludeți utilizatorii provizionați
export = Exportare
col-broadworks-id = ID BroadWorks
col-name = Nume
col-package-type = Tip de pachet
col-status = Stare
col-email = E-mail
col-error = Eroare
col-last-status-change = Ultima schimbare de stare
col-actions = Acțiuni
actions-for = Acțiuni pentru { $who }
user-status-empty = Niciun utilizator încă. Utilizatorii apar aici când BroadWorks îi provizionează: adăugați-i pe pagina unui client din Lista clienților sau încărcați spațiul de lucru demo de pe pagina de pornire.
user-status-no-match = Niciun utilizator nu corespunde. Goliți căutarea, alegeți Toți sau dezactivați Excludeți utilizatorii provizionați.
exported-users = { $count ->
    [one] A fost exportat { $count } utilizator în { $file }.
    [few] Au fost exportați { $count } utilizatori în { $file }.
   *[other] Au fost exportați { $count } de utilizatori în { $file }.
}
why-stuck = De ce este blocat acest utilizator?
why-not-stuck = Nimic nu este blocat: utilizatorul este provizionat.
error-text-copied = Textul erorii a fost copiat în clipboard.
retry-title = Reîncercați activarea
retry-text = Integrați din nou { $who } cu o adresă de e-mail validă. Se execută aceleași verificări ca în portal.
email-address = Adresă de e-mail
onboard = Integrare
delete-title = Ștergeți utilizatorul
delete-question = Ștergeți utilizatorul Webex al lui { $who }?
delete-text = Contul Webex și e-mailurile sale în așteptare sunt eliminate. Abonatul BroadWorks rămâne: după ce schimbați configurația (de exemplu setările Verificare utilizator ale șablonului), utilizatorul poate încerca din nou integrarea în Portalul de activare a utilizatorilor.
deleted = Utilizatorul a fost șters. Abonatul BroadWorks rămâne și se poate integra din nou.
package-title = Schimbați tipul de pachet
package-text = Schimbați pachetul lui { $who }. Un utilizator provizionat este actualizat în Webex.
package-type = Tip de pachet
package-changed = Pachetul a fost schimbat în { $package }.
open-template-verification = Deschideți setările Verificare utilizator ale șablonului
open-control-hub = Deschideți Control Hub
why-title = De ce este blocat { $who }?
why-cause = Cauza
why-remedy = Ce rezolvă problema
stuck-because = Blocat deoarece
stuck-any = Orice motiv sau neblocat

## Statuses and states
status-pending_email_input = Se așteaptă adresa de e-mail
status-pending_email_validation = Se așteaptă validarea e-mailului
status-pending_user_migration = Se așteaptă migrarea utilizatorului
status-provisioning = Se provizionează
status-provisioned = Provizionat
status-updating = Se actualizează
status-error = Eroare
state-active = Activ
state-verified = Verificat
state-not-verified = Neverificat
state-inactive = Inactiv
state-delayed-claim = Revendicare amânată
action-retry-activation = Reîncercați activarea
action-delete-user = Ștergeți utilizatorul
action-change-package = Schimbați tipul de pachet
action-copy-error-text = Copiați textul erorii

## User Activation Portal
portal-unavailable = Activarea nu este disponibilă
portal-unknown-link = Acest link de activare nu aparține niciunui șablon al unui furnizor de servicii.
portal-contact-provider = Contactați furnizorul de servicii; acesta trebuie să finalizeze configurarea contului dvs.
portal-activate = Activați Webex
portal-sign-in-text = Conectați-vă cu ID-ul de utilizator BroadWorks și parola.
portal-user-id = ID de utilizator BroadWorks
portal-password = Parolă
portal-sign-in = Conectare
portal-account-gone = Contul dvs. nu mai este disponibil. Contactați furnizorul de servicii.
portal-check-inbox = Verificați-vă căsuța de e-mail
portal-sent-to = Am trimis un e-mail de verificare la { $email }. Deschideți linkul din el în 24 de ore pentru a finaliza.
portal-mailbox-hint = În flowthrough, e-mailurile sosesc în cutia poștală:
portal-other-email = Folosiți o altă adresă de e-mail
portal-confirm-move = Confirmați mutarea contului
portal-confirm-move-text = Aveți deja un cont Webex gratuit cu această adresă de e-mail. V-am trimis un e-mail prin care să acceptați mutarea lui în organizația companiei dvs.
portal-done = Totul este gata
portal-done-text = Contul dvs. Webex este pregătit. Descărcați aplicația Webex și conectați-vă cu adresa de e-mail.
portal-failed = Nu am putut activa contul dvs.
portal-admin-notified = Administratorul dvs. a fost anunțat și va finaliza activarea.
portal-enter-email = Introduceți adresa de e-mail
portal-check-try-again = Verificați adresa și folosiți Încercați din nou.
portal-try-again = Încercați din nou
portal-continue = Continuare
portal-language = Limba acestei pagini
failure-invalid-email = Adresa de e-mail nu este validă.
failure-email-in-other-org = Adresa de e-mail aparține deja unui utilizator din altă organizație.
failure-email-in-use = Adresa de e-mail aparține deja altui utilizator din această organizație.
failure-domain-claimed = Domeniul de e-mail este revendicat de altă organizație.
failure-broadworks-id-in-use = ID-ul de utilizator BroadWorks este deja asociat cu un utilizator existent
failure-template-not-configured = Șablonul clientului nu este configurat pentru autoactivare cu e-mailuri neverificate.
failure-line = Eroare { $code }: { $text }
failure-line-detail = Eroare { $code }: { $text } ({ $detail })
setup-untrusted-emails-off = Opțiunea E-mailuri neverificate nu este bifată în setările Verificare utilizator ale șablonului.
setup-share-link-elsewhere = Câmpul Link de partajare nu indică linkul de activare al acestui șablon.

## Partner Hub: customers
customer-list = Lista clienților
customer-list-lead = Clienții Webex pentru BroadWorks (întreprinderi BroadWorks) și șablonul cu care este integrat fiecare.
customers = Clienți
col-customer = Client
col-enterprise-id = ID întreprindere
col-webex-org = Organizație Webex
customers-none = Niciun client încă. Creați un șablon, apoi adăugați un client mai jos.
org-created-on-first-user = Se creează la integrarea primului utilizator
customer-add-title = Adăugați un client
customer-name = Numele clientului
enterprise-id = ID-ul întreprinderii BroadWorks
choose-template = Alegeți un șablon
customer-choose-template-first = Alegeți mai întâi un șablon; creați unul la Vizualizați șabloanele dacă nu există niciunul.
customer-add = Adăugați clientul
customer-not-found = Clientul nu a fost găsit
back-to-customer-list = Înapoi la Lista clienților
subscribers-caption = Abonați (utilizatori BroadWorks)
portal-password-label = Parola portalului
subscribers-none = Niciun abonat încă. Provizionați unul mai jos sau importați un CSV cu utilizatori BroadWorks.
customer-subscribers-no-match = Niciun abonat nu se potrivește. Ștergeți căutarea pentru a-i vedea pe toți.
portal-passwords-hint = Parolele portalului sunt date de exersare, afișate ca să puteți juca rolul utilizatorului final în Portalul de activare a utilizatorilor.
provisioned-one = { $name } a fost provizionat din BroadWorks.
provision-one-title = Provizionați un abonat
provision-one-hint = Așa cum l-ar trimite provizionarea flow-through din BroadWorks. Adresa de e-mail este folosită doar când șablonul are încredere în e-mailuri.
template-package = Pachetul șablonului
broadworks-email = E-mail BroadWorks (opțional)
provision-one = Provizionați abonatul
provisioned-many = { $count ->
    [one] { $count } abonat provizionat din { $file }.
    [few] { $count } abonați provizionați din { $file }.
   *[other] { $count } de abonați provizionați din { $file }.
}
import-title = Importați utilizatori BroadWorks (CSV)
import-hint = Coloane: BroadWorks User ID, Name (sau First Name și Last Name), Password; opțional Email și Package. Vedeți rezultatul fiecărui rând înainte să se aplice ceva.
csv-file = Fișier CSV
import-preview = { $rows ->
    [one] { $rows } rând: { $valid } pregătite, { $bad } cu erori.
    [few] { $rows } rânduri: { $valid } pregătite, { $bad } cu erori.
   *[other] { $rows } de rânduri: { $valid } pregătite, { $bad } cu erori.
}
import-errors-caption = Rânduri cu erori (neimportate)
col-line = Linia
col-what-to-fix = Ce trebuie corectat
import-apply = { $count ->
    [one] Provizionați { $count } abonat
    [few] Provizionați { $count } abonați
   *[other] Provizionați { $count } de abonați
}
customer-saved = Clientul a fost salvat.
customer-edit = Editați clientul
customer-edit-hint = Utilizatorii se integrează cu șablonul clientului; mutarea clientului schimbă ce văd în portal utilizatorii săi în așteptare.
customer-save = Salvați clientul

## Control Hub: organizations and users
tab-users = Utilizatori
tab-domains = Domenii
tab-claims = Revendicați utilizatori
tab-sync = Sincronizarea directorului
tab-sites = Asocierea site-urilor
tab-settings = Setări organizație
organizations = Organizații
organization = Organizație
org-not-found = Organizația nu a fost găsită
back-to-orgs = Înapoi la organizații
org-kind-customer = Client Webex pentru BroadWorks
org-kind-paid = Plătită
org-kind-free = Gratuită (consumator)
orgs-lead = Organizațiile clienților create prin provizionarea din Partner Hub și altele pe care le creați, inclusiv organizații gratuite (consumator) din care să revendicați utilizatori.
audit-log = Jurnal de audit
what-happens-next = Ce urmează
col-kind = Tip
orgs-none = Nicio organizație încă. Integrați un utilizator în Partner Hub sau creați una mai jos.
org-create-title = Creați o organizație
org-name = Numele organizației
org-free = Organizație gratuită (consumator)
org-create = Creați organizația
why-not-stuck-active = Nimic nu este blocat: utilizatorul este Activ.
managed-by-sync = gestionat de sincronizarea directorului
days-left = { $days ->
    [one] { $days } din 14 zile rămase
    [few] { $days } din 14 zile rămase
   *[other] { $days } din 14 zile rămase
}
users-by-state = Utilizatori după stare
search-users = Căutați utilizatori
name-or-email = Nume sau e-mail
state-diagram-users = Diagrama stărilor: cum trec utilizatorii de la o stare la alta
user-states = Stările utilizatorilor
users-none = Niciun utilizator aici. Adăugați utilizatori mai jos, revendicați-i din altă organizație sau sincronizați un director.
col-state = Stare
col-why-state = De ce această stare
sync-on-hint = Sincronizarea directorului este activată: utilizatorii gestionați de ea nu pot fi modificați aici.
open-partner-hub = Deschideți Partner Hub
users-added = { $count ->
    [one] A fost adăugat { $count } utilizator.
    [few] Au fost adăugați { $count } utilizatori.
   *[other] Au fost adăugați { $count } de utilizatori.
}
users-added-csv = { $count ->
    [one] A fost adăugat { $count } utilizator din fișierul CSV.
    [few] Au fost adăugați { $count } utilizatori din fișierul CSV.
   *[other] Au fost adăugați { $count } de utilizatori din fișierul CSV.
}
add-users = Adăugați utilizatori
email-addresses = Adrese de e-mail
one-per-line = câte una pe rând
add-users-hint = Utilizatorii al căror domeniu de e-mail este verificat aici încep ca Verificat; ceilalți încep ca Neverificat. Un e-mail de activare este trimis automat, cu excepția cazului în care este dezactivat în Setări organizație.
add-users-csv = Adăugați utilizatori dintr-un fișier CSV
add-users-csv-hint = Coloane: Email (sau "User ID/Email (Required)"), opțional Name sau First Name și Last Name.
users-csv-file = Fișier CSV cu utilizatori
add-n-users = { $count ->
    [one] Adăugați { $count } utilizator
    [few] Adăugați { $count } utilizatori
   *[other] Adăugați { $count } de utilizatori
}
choice-recorded = Alegerea a fost înregistrată: { $choice }.
choice-title = Ce se întâmplă cu datele dvs. anterioare?
choice-text = { $email } a fost revendicat de o organizație nouă. Mai sunt { $days } din 14 zile pentru a alege; dacă nu alegeți nimic, conversațiile sunt mutate automat.
decide-later = Decid mai târziu
signed-up = { $email } s-a înregistrat.
sign-up-title = Înregistrați un cont gratuit (ca persoană)
sign-up-hint = Persoanele se alătură organizațiilor gratuite înregistrându-se singure. Conturile lor pot fi apoi revendicate de o organizație plătită sau mutate la un client Webex pentru BroadWorks.
has-verified = Și-a verificat adresa de e-mail
sign-up = Înregistrare
bulk-skipped = { $count } omiși: { $why }
bulk-done = { $count ->
    [one] { $action }: gata pentru { $count } utilizator.
    [few] { $action }: gata pentru { $count } utilizatori.
   *[other] { $action }: gata pentru { $count } de utilizatori.
}
selected-users = Utilizatori selectați
n-selected = { $count } selectați
bulk-not-for = Nu pentru { $count }: { $why }
clear-selection = Goliți selecția
user-action-ResendInvitation = Retrimiteți invitația
user-action-Deactivate = Dezactivați
user-action-Reactivate = Reactivați
user-action-Delete = Ștergeți
user-action-CompleteEmailVerification = Ca utilizator: finalizați verificarea e-mailului
user-action-SignIn = Ca utilizator: conectați-vă pentru prima dată
user-action-ChooseDataHandling = Ca utilizator: alegeți ce se întâmplă cu datele anterioare
user-action-done-ResendInvitation = Invitația a fost trimisă.
user-action-done-Deactivate = Utilizatorul a fost dezactivat.
user-action-done-Reactivate = Utilizatorul a fost reactivat.
user-action-done-Delete = Utilizatorul a fost șters.
user-action-done-CompleteEmailVerification = Adresa de e-mail a fost verificată.
user-action-done-SignIn = Utilizatorul s-a conectat.
user-action-done-ChooseDataHandling = Alegerea a fost înregistrată.
source-Manual = Adăugat manual
source-Csv = Import CSV
source-DirectorySync = Sincronizarea directorului
source-SiteLinking = Asocierea site-urilor
source-Claimed = Revendicat
source-BroadWorks = BroadWorks
source-SelfSignUp = Înregistrare proprie
choice-MoveConversations = Mutați conversațiile mele
choice-ChangeOldAccountEmail = Păstrați contul vechi cu altă adresă de e-mail
choice-DeleteOldAccount = Ștergeți contul vechi
meaning-Active = Starea ideală în utilizarea normală: utilizatorul face parte din organizație și folosește sau este gata să folosească serviciile de colaborare. Nu mai este necesară nicio acțiune a administratorului.
meaning-Verified = O stare bună în fluxurile de integrare preferate: identitatea utilizatorului este validată și este gata să-și folosească serviciile, dar nu s-a conectat încă.
meaning-NotVerified = Utilizatorul face parte din organizație, dar identitatea sa nu este încă validată. Se poate verifica la prima accesare a Webex; nu își poate folosi serviciile cât timp rămâne blocat aici.
meaning-Inactive = Dezactivat de un administrator sau de sincronizarea Active Directory. Un utilizator nou nu poate fi creat în această stare.
meaning-DelayedClaim = Revendicat în organizație, dar nu a ales încă ce se întâmplă cu datele din organizația anterioară. Are 14 zile să decidă înainte ca acțiunea implicită să ruleze.
reason-AddedDomainNotVerified = Adăugat în timp ce domeniul de e-mail nu este verificat în organizație.
reason-ConvertedNotVerified = Convertit din altă organizație ca Neverificat, iar domeniul de e-mail nu este verificat aici.
reason-CompletedEmailVerification = A finalizat procesul de verificare a e-mailului.
reason-AddedDomainVerified = Domeniul de e-mail a fost verificat, apoi utilizatorul a fost adăugat (nu prin sincronizarea directorului).
reason-AddedBySiteLinking = Adăugat în organizație prin asocierea site-urilor.
reason-ConvertedVerified = Convertit din altă organizație ca Verificat.
reason-ConvertedNotVerifiedDomainVerified = Domeniul de e-mail a fost verificat, apoi utilizatorul a fost convertit din altă organizație ca Neverificat.
reason-FirstSignIn = S-a conectat la Webex pentru prima dată.
reason-SyncedDomainVerified = Domeniul de e-mail a fost verificat, apoi utilizatorul a fost sincronizat din Active Directory.
reason-SyncedDomainNotVerified = Sincronizat din Active Directory în timp ce domeniul de e-mail nu este verificat.
reason-ConvertedActive = Convertit din altă organizație ca Activ.
reason-DeactivatedByAdmin = Dezactivat de un administrator.
reason-DeactivatedBySync = Dezactivat de sincronizarea Active Directory.
reason-ClaimedDelayed = Revendicat din altă organizație cu amânare; are 14 zile să aleagă ce se întâmplă cu datele sale.
reason-Reactivated = Reactivat: a revenit la starea de dinainte de dezactivare.
reason-SelfActivatedInPortal = Și-a verificat adresa de e-mail în Portalul de activare a utilizatorilor.

## Control Hub: domains, claims, sync, sites, settings, audit log
domain-added = Domeniul a fost adăugat. Publicați înregistrarea TXT în DNS, apoi verificați.
domains-lead = Verificați un domeniu pentru a dovedi că vă aparține (o înregistrare TXT în DNS). Utilizatorii adăugați apoi cu acel domeniu încep ca Verificat, iar cei sincronizați din director încep ca Activ. Revendicați un domeniu verificat, astfel încât utilizatorii săi să nu se poată alătura altor organizații pe alte căi.
col-domain = Domeniu
col-txt = Înregistrare DNS TXT
col-domain-users = Utilizatori cu acest domeniu
domains-none = Niciun domeniu încă. Adăugați unul mai jos.
domain-status-Unverified = Neverificat
domain-status-Verified = Verificat
domain-status-Claimed = Revendicat
record-published = Marcată ca publicată
record-not-published = Nepublicată încă
domain-users = { $here } aici, { $elsewhere } în alte organizații
txt-copied = Valoarea TXT a fost copiată.
copy-txt = Copiați valoarea TXT
domain-action-MarkPublished = Marcați înregistrarea ca publicată
domain-action-Verify = Verificați
domain-action-Claim = Revendicați
domain-action-done-MarkPublished = Marcată ca publicată.
domain-action-done-Verify = Domeniul a fost verificat.
domain-action-done-Claim = Domeniul a fost revendicat.
remove-domain = Eliminați { $domain }
domain-removed = Domeniul a fost eliminat.
remove = Eliminați
domain-add-title = Adăugați un domeniu
domain-name = Numele domeniului
domain-add = Adăugați domeniul
users-claimed = { $count ->
    [one] A fost revendicat { $count } utilizator.
    [few] Au fost revendicați { $count } utilizatori.
   *[other] Au fost revendicați { $count } de utilizatori.
}
claims-free-org = O organizație gratuită nu poate revendica utilizatori. Revendicați-i într-o organizație plătită.
claims-lead = Revendicarea (convertirea) aduce aici utilizatori din organizații Webex gratuite. Fiecare utilizator revendicat este anunțat: notificările despre trecerea de la un plan gratuit la unul plătit sunt trimise întotdeauna.
claims-find = Găsiți utilizatori în organizații gratuite
claims-caption = Utilizatori pe care îi puteți revendica
select = Selectați
select-who = Selectați { $who }
claims-none = Niciun utilizator din organizații gratuite de revendicat.
claim-how = Cum se finalizează revendicarea
claim-immediately = Imediat
claim-delayed = Revendicare amânată: utilizatorul are 14 zile să aleagă ce se întâmplă cu datele sale; apoi se execută implicit „{ $default }”
claim-selected = Revendicați { $count } selectați
claims-pending = Revendicări amânate în curs
none = Niciuna.
claim-pending-then = (până la { $until }); apoi conversațiile sunt mutate automat, iar utilizatorul devine { $state }.
sync-fix-rows = Corectați aceste rânduri, apoi sincronizați din nou.
sync-complete = Sincronizare finalizată: { $created } creați, { $changed } schimbări de stare.
sync-not-applied = Neaplicate:
sync-lead = Cu sincronizarea directorului, directorul gestionează utilizatorii: utilizatorii noi din director sunt creați (Activ când domeniul lor este verificat), cei dezactivați sau eliminați sunt dezactivați, iar utilizatorii sincronizați nu pot fi modificați manual aici.
sync-title = Sincronizați directorul
sync-hint = Lipiți sau încărcați lista completă de utilizatori a directorului ca CSV: mail (e-mail), displayName, enabled (true sau false). Utilizatorii care lipsesc din listă sunt dezactivați.
sync-export = Exportul directorului
or-choose-file = Sau alegeți un fișier
sync-now = Sincronizați acum
site-linked = Site-ul a fost asociat.
site-users-added = Utilizatorii site-ului au fost adăugați: încep ca Verificat.
sites-lead = Asociați un site Webex Meetings acestei organizații. Utilizatorii adăugați dintr-un site asociat încep ca Verificat.
linked-sites = Site-uri asociate
sites-none = Niciun site asociat încă.
site-link-title = Asociați un site
site-url = URL-ul site-ului
site-link = Asociați site-ul
site-users-title = Adăugați utilizatori dintr-un site asociat
site = Site
site-users-emails = Adresele de e-mail ale utilizatorilor site-ului
site-users-add = Adăugați utilizatorii site-ului
auto-emails = E-mailuri de activare automată
auto-emails-on = E-mailurile de activare automată sunt activate.
auto-emails-off = E-mailurile de activare automată sunt dezactivate.
auto-emails-hint = Webex trimite e-mailuri automate atunci când licențele sunt atribuite utilizatorilor. Activată în mod implicit: fiecare utilizator nou adăugat primește un e-mail de activare.
auto-emails-off-warning = Utilizatorii nou adăugați nu primesc niciun e-mail; trimiteți în schimb e-mailuri de activare individual sau în bloc. E-mailurile scrise de dvs. nu conțin linkurile corecte de verificare a e-mailului sau logica de creare a parolei, așa că vă recomandăm insistent să lăsați această setare activată.
auto-emails-scope = Sunt reținute doar e-mailurile către utilizatorii nou licențiați și către cei inactivi. Utilizatorii convertiți de la un plan gratuit la unul plătit sunt întotdeauna anunțați despre conversie, indiferent de această setare.
converted-to-paid = Convertită la un plan plătit; toți utilizatorii au fost anunțați.
convert-to-paid = Convertiți la un plan plătit
reminders-sent = { $count ->
    [one] A fost trimis { $count } memento.
    [few] Au fost trimise { $count } mementouri.
   *[other] Au fost trimise { $count } de mementouri.
}
activation-emails-sent = { $count ->
    [one] A fost trimis { $count } e-mail de activare.
    [few] Au fost trimise { $count } e-mailuri de activare.
   *[other] Au fost trimise { $count } de e-mailuri de activare.
}
not-activated = Utilizatori care nu s-au activat
not-activated-hint = Utilizatori Neverificați sau Verificați care nu s-au conectat încă. Când e-mailurile automate sunt dezactivate, și mementourile sunt reținute: urmăriți acești utilizatori de aici. E-mailurile trimise de aici sunt trimise întotdeauna.
send-activation-selected = Trimiteți e-mail de activare celor selectați
send-reminder-selected = Trimiteți memento celor selectați
send-reminders-all = Trimiteți mementouri tuturor
select-all = Selectați tot
col-last-invited = Ultima invitație
send = Trimitere
everyone-activated = Toți s-au activat.
send-activation-to = Trimiteți e-mail de activare către { $who }
send-activation = Trimiteți e-mail de activare
eml-downloaded = activation-email.eml a fost descărcat: deschideți-l în programul de e-mail pentru a-l trimite.
composer-title = Scrieți propriul e-mail de activare
composer-hint = Dacă dezactivați e-mailurile de activare automată, ar trebui să includeți aceste detalii în e-mailul pe care îl trimiteți.
composer-checklist = Ce trebuie să conțină e-mailul
subject = Subiect
still-missing = Lipsesc încă:
recipients-none = Destinatari: niciunul (toți s-au activat); adăugați adrese în programul de e-mail.
recipients = { $count ->
    [one] Destinatari: { $count } utilizator care nu s-a activat.
    [few] Destinatari: { $count } utilizatori care nu s-au activat.
   *[other] Destinatari: { $count } de utilizatori care nu s-au activat.
}
download-eml = Descărcați .eml
open-in-mail = Deschideți în programul de e-mail
replay-to = Redați până la intrarea { $seq }
and-more = și încă { $count }
audit-still-reading = Jurnalul de audit încă se citește; încercați din nou peste puțin timp.
audit-exported = Jurnalul de audit a fost exportat.
audit-lead = Fiecare modificare, cele mai noi primele: când, cine, ce comandă și ce s-a întâmplat și cui. Tranzițiile automate (revendicări amânate, mementouri) apar ca ale Sistemului.
filter = Filtrare
audit-filter-placeholder = actor, comandă, utilizator, e-mail
export-csv = Exportați CSV
undo-hint = Ctrl+Z (Cmd+Z) face același lucru acolo unde nu scrieți
undo-what = Anulați: { $command }
undo = Anulați
audit-empty = Nimic înregistrat încă.
audit-no-match = Nicio intrare nu corespunde filtrului.
col-time = Ora
col-actor = Actor
col-command = Comandă
col-what-happened = Ce s-a întâmplat

## Mailbox, workspace, timeline, links, notices
mailbox-lead = Nu există server de e-mail: fiecare e-mail trimis sau reținut de sistem ajunge aici. Deschideți un link pentru a acționa ca destinatar.
reading-mailbox = Se citește cutia poștală din stocarea browserului…
reading-audit-log = Se citește jurnalul de audit din stocarea browserului…
filter-recipient = Filtrați după destinatar
mailbox-empty = Niciun e-mail încă. Apar când utilizatorii sunt integrați, invitați sau li se trimit mementouri.
mail-sent = Trimis
mail-suppressed = Reținut
mail-to = Către { $to }
open-link = Deschideți linkul
unreadable = Spațiul de lucru salvat nu a putut fi citit.
unreadable-kept = A fost păstrat exact cum era și nimic nu va fi salvat peste el până nu alegeți.
download-unreadable = Descărcați datele ilizibile
start-fresh = Începeți un spațiu de lucru nou
export-this-workspace = Exportați acest spațiu de lucru
copy-title = Copiați acest text
copy-text = Browserul nu a permis copierea în clipboard. Textul este selectat mai jos: apăsați Ctrl+C (sau ⌘C) pentru a-l copia.
copy-aria = Text de copiat
done = Gata
not-found = Pagina nu a fost găsită
not-found-at = Nu există nicio pagină la
go-to = Mergeți la:
start-page = pagina de pornire
not-found-email = Dacă ați urmat un link dintr-un e-mail, deschideți-l pe cel mai nou din cutia poștală:
link-go-back = Reveniți la pagina de activare și folosiți Încercați din nou sau contactați furnizorul de servicii.
link-verified-ready = Adresa de e-mail este verificată, iar contul Webex este pregătit.
link-moved = Contul Webex a fost mutat la { $org }. Conversațiile și contactele au venit odată cu el.
link-verified = Adresa de e-mail este verificată.
link-done = Gata.
link-next-step = Pasul următor: descărcați aplicația Webex și conectați-vă cu adresa de e-mail.
link-signed-in = Conectat. Bun venit în Webex!
link-sign-in = Conectați-vă la Webex
link-unusable = Acest link nu poate fi folosit
back-to-mailbox = Înapoi la cutia poștală
workspace-summary = șabloane: { $templates }, clienți: { $customers }, abonați: { $subscribers }, organizații: { $orgs }, utilizatori: { $users }, e-mailuri: { $emails }, intrări de audit: { $entries }
large-loaded = { $count ->
    [one] S-a încărcat spațiul de lucru demo cu { $count } abonat.
    [few] S-a încărcat spațiul de lucru demo cu { $count } abonați.
   *[other] S-a încărcat spațiul de lucru demo cu { $count } de abonați.
}
workspace-imported = Spațiul de lucru a fost importat.
workspace-exported = Spațiul de lucru a fost exportat.
workspace-lead = Tot ce știe flowthrough se află în acest browser. Exportați pentru a păstra o copie sau pentru a-l muta în alt browser; importați o copie pentru a continua de acolo.
this-workspace = Acest spațiu de lucru
stored-indexeddb = Păstrat în IndexedDB al browserului, fiind prea mare pentru localStorage; ultimele modificări ocupă { $kb } KB din localStorage până la următoarea salvare completă.
stored-local = Dimensiune stocată: { $kb } KB din aproximativ 10 MB de localStorage ai browserului pentru acest site.
export-workspace = Exportați spațiul de lucru
start-empty = Începeți un spațiu de lucru nou, gol
large-title = Spații de lucru demo mari
large-hint = Un șablon cu mii de utilizatori în stări diverse, generat dintr-o sămânță fixă, pentru a încerca vizualizarea Stare utilizator la scară mare. Deschideți unul în memorie pentru a explora fără a atinge spațiul de lucru sau încărcați-l ca spațiu de lucru pentru a-l păstra (până la aproximativ 57.000 de abonați sunt păstrați în localStorage, mai mulți în IndexedDB al browserului; 100.000 de abonați se generează în câteva secunde).
n-subscribers = { $count ->
    [one] { $count } abonat
    [few] { $count } abonați
   *[other] { $count } de abonați
}
in-memory = (în memorie)
large-load = { $count ->
    [one] Încărcați { $count } abonat ca spațiu de lucru
    [few] Încărcați { $count } abonați ca spațiu de lucru
   *[other] Încărcați { $count } de abonați ca spațiu de lucru
}
import-workspace = Importați un spațiu de lucru
workspace-file = Fișier de spațiu de lucru (.flowthrough sau .json din versiuni anterioare)
import-failed = Acest fișier nu poate fi importat:
nothing-changed = Nu s-a modificat nimic.
import-valid = Fișierul este un spațiu de lucru valid:
import-replaces = Importul înlocuiește tot din spațiul de lucru al acestui browser. Exportați-l mai întâi pe cel actual dacă doriți să-l păstrați.
replace-my-workspace = Înlocuiți spațiul meu de lucru
large-replace-title = Înlocuiți spațiul de lucru cu un demo?
large-replace-text = { $count ->
    [one] Spațiul de lucru este înlocuit cu unul generat cu { $count } abonat: șabloanele, clienții, utilizatorii, e-mailurile și jurnalul de audit actuale sunt eliminate. Exportați-l mai întâi pentru a păstra o copie.
    [few] Spațiul de lucru este înlocuit cu unul generat cu { $count } abonați: șabloanele, clienții, utilizatorii, e-mailurile și jurnalul de audit actuale sunt eliminate. Exportați-l mai întâi pentru a păstra o copie.
   *[other] Spațiul de lucru este înlocuit cu unul generat cu { $count } de abonați: șabloanele, clienții, utilizatorii, e-mailurile și jurnalul de audit actuale sunt eliminate. Exportați-l mai întâi pentru a păstra o copie.
}
reset-title = Începeți un spațiu de lucru nou?
reset-text = Tot din spațiul de lucru al acestui browser este eliminat: șabloane, clienți, utilizatori, e-mailuri și jurnalul de audit. Exportați-l mai întâi pentru a păstra o copie.
reset-done = Spațiu de lucru nou, gol.
start-over = Începeți de la capăt
ran-due = { $count ->
    [one] S-a executat ce era scadent: { $count } modificare.
    [few] S-a executat ce era scadent: { $count } modificări.
   *[other] S-a executat ce era scadent: { $count } de modificări.
}
clock-advanced-to = { $count ->
    [one] Ceasul a fost avansat la { $at }: { $count } modificare automată, consultați jurnalul de audit.
    [few] Ceasul a fost avansat la { $at }: { $count } modificări automate, consultați jurnalul de audit.
   *[other] Ceasul a fost avansat la { $at }: { $count } de modificări automate, consultați jurnalul de audit.
}
timeline-lead = Modificările automate pe care le va face ceasul sandbox, cele mai apropiate primele: revendicări amânate care se încheie cu acțiunea implicită, utilizatori șterși după 30 de zile ca Inactiv, invitații memento și linkuri care expiră. Avansați ceasul la orice intrare pentru a o vedea întâmplându-se.
timeline-empty = Nu este nimic programat. Revendicările amânate, dezactivările, invitațiile și linkurile portalului adaugă intrări aici.
n-changes = { $count ->
    [one] { $count } modificare
    [few] { $count } modificări
   *[other] { $count } de modificări
}
advance-here = Avansați până aici
advance-clock-to = Avansați ceasul la { $at }
and-more-later = și încă { $count } mai târziu
undo-nothing = Nimic de anulat: jurnalul de audit este gol.
undo-failed = Nu se poate anula: { $error }
undo-mails = { $count ->
    [one] E-mailul trimis a dispărut din cutia poștală; unul real ar fi fost deja livrat.
    [few] Cele { $count } e-mailuri trimise au dispărut din cutia poștală; cele reale ar fi fost deja livrate.
   *[other] Cele { $count } de e-mailuri trimise au dispărut din cutia poștală; cele reale ar fi fost deja livrate.
}
undone = Anulat: { $command } de { $actor }.

## Replay
replay = Redare
replay-lead = Spațiul de lucru așa cum era după o intrare din jurnalul de audit, reconstruit din jurnal după aceleași reguli. Doar citire: nimic de aici nu se salvează.
replay-reading = Se citește istoricul…
replay-failed = Jurnalul nu poate fi redat: { $error }
replay-steps = Pașii redării
previous-entry = Intrarea anterioară
next-entry = Intrarea următoare
entry-of = Intrarea { $seq } din { $total }
back-to-audit = Înapoi la jurnalul de audit
replay-before-first = Înainte de prima intrare: un spațiu de lucru gol.
replay-entry = { $at }: { $command } de { $actor }
replay-changed = Ce a modificat
replay-then = Spațiul de lucru de atunci
replay-counts = șabloane: { $templates }, clienți: { $customers }, organizații: { $orgs }, e-mailuri trimise sau reținute: { $emails }
replay-subscribers = Abonați:
replay-users = Utilizatori:
replay-none = niciunul

## Emails (in the recipient's language)
mail-kind-EmailVerification = Verificarea e-mailului
mail-kind-MoveAccount = Mutarea contului
mail-kind-Activation = Activare
mail-kind-Reminder = Memento
mail-kind-Reactivation = Reactivare
mail-kind-PaidConversion = Conversie de la gratuit la plătit
mail-kind-ClaimNotice = Notificare de revendicare
mail-kind-Welcome = Bun venit
mail-kind-AdminAlert = Alertă pentru administrator
mail-verify-subject = Verificați adresa de e-mail pentru Webex
mail-verify-body = 
    Confirmați că aceasta este adresa dvs. de e-mail pentru a finaliza activarea Webex.

    Deschideți linkul în 24 de ore. Dacă nu ați solicitat acest lucru, ignorați acest e-mail.
mail-move-subject = Mutați contul Webex la compania dvs.
mail-move-body = 
    Aveți deja un cont Webex gratuit cu această adresă de e-mail. Furnizorul de servicii dorește să îl mute în organizația Webex a companiei dvs.

    Deschideți linkul pentru a accepta mutarea. Este valabil 7 zile.
mail-activation-subject = Activați contul Webex la { $org }
mail-activation-body = { $org } v-a adăugat în Webex. Deschideți linkul pentru a vă verifica adresa de e-mail, apoi conectați-vă la aplicația Webex. Linkul este valabil 7 zile.
mail-reminder-subject = Memento: activați contul Webex la { $org }
mail-reminder-body = Nu ați activat încă contul Webex la { $org }. Deschideți linkul pentru a vă verifica adresa de e-mail, apoi conectați-vă la aplicația Webex. Linkul este valabil 7 zile.
mail-reactivated-subject = Contul Webex este din nou activ
mail-reactivated-body = Administratorul a reactivat contul dvs. Webex. Conectați-vă la aplicația Webex pentru a continua.
mail-paid-subject = Contul Webex face acum parte din { $org }
mail-paid-delayed-body = 
    Contul Webex trece de la un plan gratuit la planul plătit al { $org }.

    Aveți 14 zile să alegeți ce se întâmplă cu datele contului gratuit: mutați conversațiile, păstrați contul vechi cu altă adresă de e-mail sau ștergeți-l. Dacă nu faceți nimic, conversațiile sunt mutate automat după 14 zile.
mail-paid-body = Contul Webex a trecut de la un plan gratuit la planul plătit al { $org }. Conectați-vă la aplicația Webex ca de obicei.
mail-welcome-subject = Contul Webex este pregătit
mail-welcome-body = 
    Adresa de e-mail este verificată, iar contul Webex este pregătit.

    Pasul următor: descărcați aplicația Webex și conectați-vă cu această adresă de e-mail.
mail-alert-subject = Acțiune necesară: { $bwid } nu s-a putut autoactiva
mail-alert-body = 
    Utilizatorul { $bwid } nu a reușit de două ori să se autoprovizioneze în Portalul de activare a utilizatorilor.

    { $error }

    Deschideți Partner Hub → Setări → Apelare BroadWorks → Vizualizați șabloanele → Afișați starea utilizatorilor pentru a reîncerca activarea, a șterge utilizatorul sau a schimba configurația.
opening-large = Un spațiu de lucru mare se deschide în câteva secunde; pagina apare imediat ce este citit.

## Stuck because (the diagnosis's kinds)
stuck-awaiting-email = Nu a introdus o adresă de e-mail
stuck-awaiting-verification = Nu a deschis linkul de verificare
stuck-link-expired = Linkul a expirat
stuck-awaiting-move-consent = Nu a acceptat mutarea contului
stuck-template-not-configured = Șablonul nu este configurat
stuck-failed = Integrarea a eșuat
stuck-locked = Portal blocat după două eșecuri
stuck-no-activation-email = Niciun e-mail de activare trimis (e-mailurile automate dezactivate)
stuck-awaiting-activation = Nu a deschis e-mailul de activare
stuck-not-signed-in = Verificat, nu s-a conectat încă
stuck-deactivated = Dezactivat de un administrator
stuck-deactivated-by-sync = Dezactivat de sincronizarea directorului
stuck-delayed-claim = Într-o revendicare amânată

## Tables, pages and bulk actions
pages = Pagini
showing = Se afișează { $start }–{ $end } din { $total }
previous-page = Pagina anterioară
next-page = Pagina următoare
page-of = Pagina { $page } din { $pages }
select-all-page = Selectați tot de pe această pagină
bulk-delete-question = { $count ->
    [one] Ștergeți utilizatorul Webex al { $count } abonat selectat?
    [few] Ștergeți utilizatorii Webex ai celor { $count } abonați selectați?
   *[other] Ștergeți utilizatorii Webex ai celor { $count } de abonați selectați?
}
bulk-delete = { $count ->
    [one] Ștergeți { $count } utilizator
    [few] Ștergeți { $count } utilizatori
   *[other] Ștergeți { $count } de utilizatori
}

## Why is this user stuck (the core's diagnoses) and durations
dur-days = { $count ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
dur-hours = { $count ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
dur-minutes = { $count ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
diag-awaiting-email = Utilizatorul nu a introdus încă o adresă de e-mail în Portalul de activare a utilizatorilor.
diag-awaiting-email-remedy = Trimiteți utilizatorului linkul de activare al șablonului (Linkul de partajare) sau integrați-l acum cu Reîncercați activarea și adresa sa de e-mail.
diag-verify-link-expired = Linkul de verificare trimis la { $email } a expirat pe { $expired } fără să fi fost deschis.
diag-verify-link-expired-remedy = Utilizatorul introduce din nou adresa în portal (se trimite un link nou) sau Reîncercați activarea îl integrează acum cu ea.
diag-awaiting-verification = Un e-mail de verificare a fost trimis la { $email } pe { $sent }; utilizatorul nu a deschis linkul. Expiră peste { $left }.
diag-awaiting-verification-remedy = Utilizatorul deschide linkul din acel e-mail. Dacă nu a sosit, poate introduce din nou adresa în portal sau Reîncercați activarea îl integrează acum.
diag-no-verify-link = Nu există niciun link de verificare valid pentru { $email }.
diag-no-verify-link-remedy = Utilizatorul introduce din nou adresa în portal sau Reîncercați activarea îl integrează acum.
diag-move-consent = { $email } are deja un cont Webex gratuit; utilizatorul nu a acceptat încă mutarea lui în organizație.
diag-move-consent-expired = { $email } are deja un cont Webex gratuit; utilizatorul nu a acceptat încă mutarea lui în organizație. Linkul de consimțământ a expirat pe { $expired }.
diag-move-consent-valid = { $email } are deja un cont Webex gratuit; utilizatorul nu a acceptat încă mutarea lui în organizație. Linkul de consimțământ este valabil până la { $until }.
diag-move-consent-remedy = Utilizatorul deschide e-mailul de consimțământ și acceptă. Pentru a folosi altă adresă, folosiți Reîncercați activarea cu ea.
diag-template-not-configured = Șablonul clientului nu este configurat pentru autoactivare: { $detail }
diag-template-not-configured-remedy = În setările Verificare utilizator ale șablonului, bifați E-mailuri neverificate și faceți ca Linkul de partajare să indice linkul de activare; apoi Reîncercați activarea.
diag-invalid-email = Adresa de e-mail introdusă nu este validă ({ $detail }).
diag-invalid-email-remedy = Reîncercați activarea cu o adresă validă sau utilizatorul introduce una în portal.
diag-email-in-other-org = { $detail } aparține unui utilizator din altă organizație, deci nu poate fi folosită aici.
diag-email-in-other-org-remedy = Revendicați acel utilizator în organizația clientului din Control Hub (dacă este un cont gratuit) sau cereți organizației sale să-l elimine; ori Reîncercați activarea cu altă adresă.
diag-email-in-use = { $detail } aparține deja altui utilizator din organizația clientului.
diag-email-in-use-remedy = Reîncercați activarea cu adresa proprie a utilizatorului sau ștergeți celălalt utilizator în Control Hub dacă este o rămășiță.
diag-domain-claimed = Domeniul { $detail } este revendicat de altă organizație, deci adresele lui nu se pot alătura acesteia.
diag-domain-claimed-remedy = Reîncercați activarea cu o adresă din alt domeniu sau cealaltă organizație eliberează domeniul.
diag-broadworks-id-in-use = ID-ul de utilizator BroadWorks { $detail } este deja asociat altui utilizator Webex.
diag-broadworks-id-in-use-remedy = Ștergeți utilizatorul elimină utilizatorul Webex asociat acestui abonat și reia integrarea; ștergeți celălalt utilizator Webex în Control Hub dacă este o rămășiță.
diag-locked = Două încercări în portal au eșuat, așa că portalul așteaptă administratorul. Ultima: { $last }
diag-not-signed-in = Identitatea utilizatorului este verificată, dar nu s-a conectat încă la Webex.
diag-not-signed-in-remedy = Utilizatorul se conectează la aplicația Webex cu adresa de e-mail. Retrimiteți invitația trimite din nou e-mailul de activare.
diag-notes-none = {""}
diag-notes-reminder = {" "}Un memento automat este trimis pe { $reminder }.
diag-notes-domain = {" "}Domeniul { $domain } nu este verificat în organizație, deci utilizatorul trebuie să-și verifice singur adresa de e-mail (utilizatorii adăugați după verificare încep ca Verificat).
diag-notes-reminder-domain = {" "}Un memento automat este trimis pe { $reminder }. Domeniul { $domain } nu este verificat în organizație, deci utilizatorul trebuie să-și verifice singur adresa de e-mail (utilizatorii adăugați după verificare încep ca Verificat).
diag-no-activation-email = E-mailurile de activare automată sunt dezactivate pentru această organizație, deci nu s-a trimis niciun e-mail de activare: utilizatorul rămâne Neverificat până se trimite unul.{ $notes }
diag-no-activation-email-remedy = Trimiteți manual e-mailul de activare (Retrimiteți invitația) sau activați E-mailuri de activare automată în Setări organizație.
diag-activation-link-expired = Linkul de activare trimis pe { $sent } a expirat pe { $expired } fără să fi fost deschis.
diag-activation-link-expired-remedy = Retrimiteți invitația trimite un link nou. Utilizatorul se poate verifica și la prima conectare.
diag-awaiting-activation = E-mailul de activare a fost trimis pe { $sent }; utilizatorul nu i-a deschis încă linkul (valabil până la { $until }).{ $notes }
diag-awaiting-activation-remedy = Utilizatorul deschide e-mailul de activare sau se verifică la prima conectare. Retrimiteți invitația îl trimite din nou.
diag-no-activation-link = Nu există niciun link de activare pentru utilizator.{ $notes }
diag-no-activation-link-remedy = Retrimiteți invitația trimite e-mailul de activare. Utilizatorul se poate verifica și la prima conectare.
diag-deactivated-by-sync = Sincronizarea directorului a dezactivat utilizatorul (dezactivat sau lipsă din director); sincronizarea îl gestionează, deci nu poate fi modificat aici.
diag-deactivated-by-sync-remedy = Activați utilizatorul în director; următoarea sincronizare îl reactivează.
diag-deactivated = Un administrator a dezactivat utilizatorul.
diag-deactivated-deleted-on = Un administrator a dezactivat utilizatorul. Dacă nu este reactivat, este șters pe { $deleted }.
diag-deactivated-remedy = Reactivați îl readuce la starea pe care o avea.
diag-delayed-claim = Utilizatorul a fost revendicat din { $from } și mai are { $days } din 14 zile să aleagă ce se întâmplă cu datele sale de acolo. Pe { $deadline } se execută acțiunea implicită: conversațiile sunt mutate odată cu el.
diag-delayed-claim-remedy = Utilizatorul alege în aplicația Webex (aici: acțiunea de alegere a datelor din meniu) sau se execută acțiunea implicită la termen.

## What happens next (the core's timeline)
due-claim-default = { $who }: revendicarea amânată se încheie; conversațiile sunt mutate odată cu utilizatorul (implicit)
due-deletion = { $who }: șters după 30 de zile ca Inactiv
due-reminder = { $who }: invitație memento automată
due-reminder-suppressed = { $who }: invitație memento automată (reținută: e-mailurile automate sunt dezactivate)
due-verify-link-expires = { $who }: linkul de verificare a e-mailului expiră
due-move-link-expires = { $who }: linkul de consimțământ pentru mutarea contului expiră
due-activation-link-expires = { $who }: linkul de activare expiră

## The state diagrams' arrows
arrow-user-verifies = își verifică adresa de e-mail (linkul de activare sau la prima conectare) sau este revendicat după verificarea domeniului
arrow-user-signs-in = se conectează pentru prima dată
arrow-user-deactivated = dezactivat de un administrator sau de sincronizarea directorului
arrow-user-reactivated = reactivat (revine la starea de dinainte)
arrow-user-claimed-delayed = revendicat cu amânare
arrow-user-chooses-data = alege ce se întâmplă cu datele sale sau acțiunea implicită după 14 zile
arrow-sub-enters-email = introduce o adresă de e-mail în portal
arrow-sub-enters-free-email = introduce adresa unui cont Webex gratuit
arrow-sub-onboarded = integrat cu o adresă de e-mail (de încredere sau Reîncercați activarea)
arrow-sub-check-fails = o verificare de integrare eșuează
arrow-sub-opens-link = deschide linkul de verificare
arrow-sub-delete-starts-over = Ștergeți utilizatorul reia de la început
arrow-sub-agrees-move = acceptă mutarea contului sau Reîncercați activarea
arrow-sub-enters-other-email = introduce altă adresă de e-mail în portal
arrow-sub-enters-email-again = introduce din nou o adresă de e-mail în portal
arrow-sub-retry = Reîncercați activarea
arrow-sub-created = utilizatorul Webex este creat sau mutat
arrow-sub-change-package = Schimbați tipul de pachet
arrow-sub-package-changed = pachetul este schimbat
diagram-node = { $state }: { $count }. Afișați-i în tabel.

## The audit log (the core's events)
event-template-created = Șablonul { $name } ({ $id }) a fost creat
event-template-updated = Șablonul { $name } ({ $id }) a fost actualizat
event-customer-created = Clientul { $name } ({ $id }) a fost creat
event-customer-updated = Clientul { $name } ({ $id }) a fost actualizat; șablon { $template }
event-subscriber-received = Abonatul { $bwid } ({ $id }) a fost primit prin provizionarea flow-through
event-status-changed = { $id }: stare { $from } → { $to }
event-onboarding-failed = { $id }: integrarea a eșuat (încercarea { $attempt }): eroare { $code } { $text }
event-package-changed = { $id }: pachet { $from } → { $to }
event-subscriber-user-deleted = { $id }: utilizatorul Webex a fost șters; abonatul a fost păstrat
event-org-created = Organizația { $name } ({ $id }) a fost creată
event-org-converted = { $id } a fost convertită de la un plan gratuit la unul plătit
event-setting-on = { $id }: { $setting } a fost activată
event-setting-off = { $id }: { $setting } a fost dezactivată
event-domain-added = { $id }: domeniul { $domain } a fost adăugat
event-domain-published = { $id }: înregistrarea DNS TXT pentru { $domain } a fost publicată
event-domain-verified = { $id }: domeniul { $domain } a fost verificat
event-domain-claimed = { $id }: domeniul { $domain } a fost revendicat
event-domain-removed = { $id }: domeniul { $domain } a fost eliminat
event-site-linked = { $id }: site-ul { $site } a fost asociat
event-user-created = Utilizatorul { $email } ({ $id }) a fost creat în { $org } ca { $state }
event-state-changed = { $id }: { $from } → { $to } ({ $reason })
event-user-moved = { $id } a fost mutat din { $from } în { $to }
event-user-deleted = Utilizatorul { $email } ({ $id }) a fost șters
event-user-signed-in = { $id } s-a conectat
event-claim-resolved = { $id }: revendicarea s-a finalizat: { $choice }
event-claim-resolved-default = { $id }: revendicarea s-a finalizat: { $choice } (acțiunea implicită după 14 zile)
event-sync-rejected = Intrarea din director { $email } a fost respinsă: { $reason }
event-mail-sent = { $kind }: e-mail către { $to } trimis ({ $id })
event-mail-suppressed = { $kind }: e-mail către { $to } reținut ({ $id })
event-link-used = Link folosit: { $purpose }
link-purpose-activation = activarea contului
link-purpose-verification = verificarea e-mailului
link-purpose-move = mutarea contului
event-clock-advanced = Ceasul sandbox a fost avansat cu { $by } (acum cu { $ahead } înaintea timpului real)

## Commands (the audit log's Command column, undo)
command-CreateTemplate = Creare șablon
command-UpdateTemplate = Editare șablon
command-CreateCustomer = Creare client
command-UpdateCustomer = Editare client
command-ProvisionSubscribers = Provizionare flow-through
command-SubmitEmail = Trimitere e-mail în portal
command-OpenLink = Deschidere link din e-mail
command-RetryActivation = Reîncercați activarea
command-DeleteSubscriberUser = Ștergeți utilizatorul
command-ChangePackage = Schimbați tipul de pachet
command-CreateOrg = Creare organizație
command-AddDomain = Adăugare domeniu
command-PublishDomainRecord = Publicare înregistrare DNS
command-VerifyDomain = Verificare domeniu
command-ClaimDomain = Revendicare domeniu
command-RemoveDomain = Eliminare domeniu
command-AddUsers = Adăugare utilizatori
command-LinkSite = Asociere site
command-AddSiteUsers = Adăugare utilizatori din site
command-SetDirectorySync = Setare sincronizare director
command-SyncDirectory = Sincronizarea directorului
command-ClaimUsers = Revendicare utilizatori
command-ChooseDataHandling = Alegere gestionare date
command-CompleteEmailVerification = Finalizare verificare e-mail
command-SignIn = Conectare
command-Deactivate = Dezactivare
command-Reactivate = Reactivare
command-DeleteUser = Ștergere utilizator
command-SendActivationEmails = Trimitere e-mailuri de activare
command-SendReminders = Trimitere mementouri
command-SetAutomaticActivationEmails = E-mailuri de activare automată
command-ConvertToPaid = Convertire la plan plătit
command-SignUpFree = Înregistrare gratuită
command-Tick = Sarcini programate
command-AdvanceClock = Avansare ceas sandbox

## Who did it (the audit log's Actor column)
actor-partner-admin = Administrator partener
actor-customer-admin = Administrator client
actor-end-user = Utilizator final
actor-end-user-who = Utilizator final { $who }
actor-provisioning = Provizionare BroadWorks
actor-directory-sync = Sincronizarea directorului
actor-system = Sistem

## Refusals: why the core refused a command
error-required = { $field } este obligatoriu.
error-too-long = { $field } poate avea cel mult { $max } caractere.
error-email-empty = Introduceți o adresă de e-mail, de exemplu ann@example.com.
error-email-too-long = Adresa de e-mail depășește 254 de caractere; folosiți o adresă mai scurtă.
error-email-non-ascii = Adresele de e-mail internaționalizate nu sunt acceptate; folosiți forma ASCII a adresei (pentru un domeniu, forma xn--).
error-email-whitespace = O adresă de e-mail nu poate conține spații.
error-email-missing-at = O adresă de e-mail are nevoie de @ între nume și domeniu, de exemplu ann@example.com.
error-email-domain-dot = Domeniul de după @ are nevoie de un punct, de exemplu example.com.
error-email-invalid = Aceasta nu este o adresă de e-mail validă: { $what }. Verificați-o și încercați din nou.
error-no-template = Șablonul { $id } nu există; poate a fost eliminat în altă filă. Reîncărcați pagina.
error-no-customer = Clientul { $id } nu există; reîncărcați pagina.
error-no-subscriber = Abonatul { $id } nu există; reîncărcați pagina.
error-no-org = Organizația { $id } nu există; reîncărcați pagina.
error-no-user = Utilizatorul { $id } nu există; reîncărcați pagina.
error-no-domain = Domeniul { $domain } nu este adăugat în această organizație; adăugați-l mai întâi.
error-duplicate = { $what } „{ $name }” există deja; alegeți altul.
error-bad-row = Rândul { $row }: { $message } Nu s-a aplicat nimic; corectați rândul și încercați din nou.
error-listed-twice = { $who } apare de două ori.
error-already-provisioned = Abonatul { $who } este deja provizionat pentru acest client.
error-sentence = { $sentence }
error-bad-credentials = ID-ul de utilizator BroadWorks sau parola nu sunt corecte. Verificați-le și conectați-vă din nou.
error-portal-unavailable = Autoactivarea nu este disponibilă pentru contul dvs.: { $why } Contactați furnizorul de servicii.
error-portal-locked = Activarea dvs. are nevoie de administrator: a fost anunțat și o va finaliza pentru dvs.
error-not-awaiting-email = Acest cont este deja { $what }; nu este nimic de introdus aici.
error-link-unknown = Acest link nu este valid. Deschideți linkul din cel mai recent e-mail sau reluați de pe pagina de activare.
error-link-expired = Acest link a expirat. Reluați de pe pagina de activare pentru a primi unul nou.
error-link-used = Acest link a fost deja folosit. Dacă contul nu este încă activ, reluați de pe pagina de activare.
error-link-superseded = Pentru acest cont a fost trimis un e-mail mai nou; folosiți linkul din cel mai recent e-mail.
error-managed-by-sync = { $who } este gestionat de sincronizarea directorului; modificați utilizatorul în director.
error-email-in-other-org = { $who } aparține deja unui utilizator din altă organizație; revendicați utilizatorul în loc să-l adăugați.
error-email-in-org = { $who } este deja utilizator în această organizație.
error-domain-claimed-elsewhere = Domeniul lui { $who } este revendicat de altă organizație; utilizatorii acelei organizații nu pot fi adăugați aici.
error-not-claimable = { $who } aparține unei organizații plătite; pot fi revendicați doar utilizatorii organizațiilor gratuite (consumator). Cereți administratorului acelei organizații să elimine utilizatorul.
error-sync-off = Sincronizarea directorului este dezactivată pentru această organizație; activați-o mai întâi.
error-site-not-linked = Site-ul { $site } nu este asociat acestei organizații; asociați-l mai întâi.
error-batch-too-large = Un lot poate conține cel mult { $max } de rânduri; împărțiți fișierul.

## The core's own sentences and field names, by their English words (says-…)
says-a-customer-with-enterprise-id = Un client cu ID-ul de întreprindere
says-a-free-organization-cannot-claim-users-claim-the = O organizație gratuită nu poate revendica utilizatori; revendicați-i într-o organizație plătită.
says-a-template-named = Un șablon cu numele
says-an-organization-named = O organizație cu numele
says-another-organization-has-claimed-this-domain-a-d = Altă organizație a revendicat acest domeniu; un domeniu poate fi revendicat de o singură organizație.
says-another-organization-has-claimed-this-domain-it = Altă organizație a revendicat acest domeniu; nu poate fi verificat aici.
says-automatic-activation-emails-are-already-set-that = E-mailurile de activare automată sunt deja setate așa.
says-broadworks-enterprise-id = ID-ul întreprinderii BroadWorks
says-broadworks-user-id = ID-ul de utilizator BroadWorks
says-choose-at-least-one-user-to-claim = Alegeți cel puțin un utilizator de revendicat.
says-choose-at-least-one-user = Alegeți cel puțin un utilizator.
says-choose-what-happens-to-your-previous-account-s-d = Alegeți mai întâi ce se întâmplă cu datele contului anterior.
says-customer-name = Numele clientului
says-directory-sync-is-already-set-that-way = Sincronizarea directorului este deja setată așa.
says-directory-sync-is-for-paid-organizations = Sincronizarea directorului este pentru organizații plătite.
says-enter-the-site-as-a-host-name-for-example-acme-w = Introduceți site-ul ca nume de gazdă, de exemplu acme.webex.com.
says-free-organizations-cannot-add-domains = Organizațiile gratuite nu pot adăuga domenii.
says-inactive-users-and-users-already-in-a-claim-cann = Utilizatorii inactivi și cei aflați deja într-o revendicare nu pot fi revendicați.
says-name = Nume
says-only-a-not-verified-user-completes-email-verific = Doar un utilizator Neverificat finalizează verificarea e-mailului.
says-only-a-free-organization-can-be-converted-to-a-p = Doar o organizație gratuită poate fi convertită la un plan plătit.
says-only-a-user-in-delayed-claim-chooses-what-happen = Doar un utilizator în Revendicare amânată alege ce se întâmplă cu datele anterioare.
says-only-an-inactive-user-can-be-reactivated = Doar un utilizator Inactiv poate fi reactivat.
says-organization-name = Numele organizației
says-portal-password = Parola portalului
says-publish-the-txt-record-in-your-dns-first-then-ve = Publicați mai întâi înregistrarea TXT în DNS, apoi verificați. Modificările DNS pot apărea în până la 72 de ore.
says-self-sign-up-is-for-free-organizations = Înregistrarea proprie este pentru organizații gratuite.
says-share-link = Link de partajare
says-site-url = URL-ul site-ului
says-sites-link-to-paid-organizations = Site-urile se asociază organizațiilor plătite.
says-template-name = Numele șablonului
says-the-share-link-field-does-not-point-to-this-temp = Câmpul Link de partajare nu indică linkul de activare al acestui șablon.
says-the-txt-record-is-already-marked-as-published = Înregistrarea TXT este deja marcată ca publicată.
says-the-untrusted-emails-option-is-not-checked-in-th = Opțiunea E-mailuri neverificate nu este bifată în setările Verificare utilizator ale șablonului.
says-the-domain = Domeniul
says-the-domain-is-already-claimed = Domeniul este deja revendicat.
says-the-domain-is-already-verified = Domeniul este deja verificat.
says-the-sandbox-clock-moves-forward-by-1-second-to-3 = Ceasul sandbox avansează cu între 1 secundă și 366 de zile.
says-the-site = Site-ul
says-the-user-already-has-that-package = Utilizatorul are deja acel pachet.
says-the-user-is-already-inactive = Utilizatorul este deja Inactiv.
says-the-user-must-first-choose-what-happens-to-the-d = Utilizatorul trebuie să aleagă mai întâi ce se întâmplă cu datele contului anterior.
says-there-are-no-subscribers-to-provision = Nu există abonați de provizionat.
says-there-are-no-users-to-add = Nu există utilizatori de adăugat.
says-this-account-is-deactivated-contact-your-adminis = Acest cont este dezactivat. Contactați administratorul.
says-this-account-is-deactivated-the-user-cannot-sign = Acest cont este dezactivat; utilizatorul nu se poate conecta până când un administrator îl reactivează.
says-this-activation-link-does-not-belong-to-any-temp = Acest link de activare nu aparține niciunui șablon.
says-this-user-has-no-error = Acest utilizator nu are nicio eroare.
says-this-user-is-already-provisioned-retry-activatio = Acest utilizator este deja provizionat; Reîncercați activarea este pentru utilizatorii cu erori sau cerințe în așteptare.
says-users-join-free-organizations-by-signing-up-add = Utilizatorii se alătură organizațiilor gratuite înregistrându-se; adăugați utilizatori într-o organizație plătită.
says-verify-the-domain-before-claiming-it = Verificați domeniul înainte de a-l revendica.
says-being-provisioned = în curs de provizionare
says-provisioned-sign-in-to-the-webex-app = provizionat: conectați-vă la aplicația Webex

## More of the core's own sentences (CSV files, directory sync, suppressed emails, email addresses)
says-an-email-address-cannot-contain-spaces = O adresă de e-mail nu poate conține spații.
says-a-broadworks-user-id-cannot-contain-spaces = Un ID de utilizator BroadWorks nu poate conține spații.
says-an-email-address-needs-an-between-the-name-and-t = O adresă de e-mail are nevoie de @ între nume și domeniu, de exemplu ann@example.com.
says-automatic-activation-emails-are-off-for-this-org = E-mailurile de activare automată sunt dezactivate pentru această organizație.
says-belongs-to-a-user-in-another-organization-claim = Aparține unui utilizator din altă organizație; revendicați mai întâi utilizatorul.
says-disabled-in-the-directory-and-not-yet-a-user-not = Dezactivat în director și încă nu este utilizator; nu a fost creat (un utilizator nou nu poate fi Inactiv).
says-enter-an-email-address-for-example-ann-example-c = Introduceți o adresă de e-mail, de exemplu ann@example.com.
says-internationalized-email-addresses-are-not-suppor = Adresele de e-mail internaționalizate nu sunt acceptate; folosiți forma ASCII a adresei (pentru un domeniu, forma xn--).
says-listed-twice-the-first-entry-was-used = Listat de două ori; s-a folosit prima intrare.
says-that-email-address-is-longer-than-254-characters = Adresa de e-mail depășește 254 de caractere; folosiți o adresă mai scurtă.
says-the-domain-after-needs-a-dot-for-example-example = Domeniul de după @ are nevoie de un punct, de exemplu example.com.
says-the-domain-is-claimed-by-another-organization = Domeniul este revendicat de altă organizație.
csv-file-no-header = Fișierul nu are rând de antet.
csv-file-empty = Fișierul este gol. Alegeți un fișier CSV cu un rând de antet și cel puțin un utilizator.
csv-file-no-bwid-column = Antetul nu are coloana "BroadWorks User ID". Adăugați-o și încercați din nou.
csv-file-no-email-column = Antetul nu are coloana "Email". Adăugați-o și încercați din nou.
csv-file-no-password-column = Antetul nu are coloana "Password" (parola Portalului de activare a utilizatorilor). Adăugați-o și încercați din nou.
csv-file-invalid = Fișierul nu este un CSV valid (rândul { $line }). Salvați-l ca CSV (separat prin virgule) și încercați din nou.
csv-file-too-many = Fișierul are mai mult de { $max } de utilizatori; împărțiți-l în fișiere mai mici.

## The composer's checklist marks, and an invitation refused for a user's state
checklist-done = (gata)
checklist-missing = (lipsește)
error-not-invitable = { $who } este { $state }; doar utilizatorii care nu s-au activat (Neverificat sau Verificat) primesc invitații.

## A CSV row's problems (the core's import)
csv-bwid-empty = BroadWorks User ID este gol.
csv-bwid-spaces = BroadWorks User ID nu poate conține spații.
csv-duplicate = { $value } apare mai devreme în fișier.
csv-name-empty = Name este gol (completați Name sau First Name și Last Name).
csv-password-empty = Password este gol.
csv-email = Email: { $problem }
csv-package = Package "{ $value }" nu este unul dintre Softphone, Basic, Standard, Premium.
csv-enabled = Enabled "{ $value }" nu este true sau false.

## What the core says when stored or imported data cannot be read (DecodeError, ReplayError)
decode-not-flowthrough = Acestea nu sunt date flowthrough. Alegeți un fișier exportat din pagina Spațiu de lucru.
decode-newer = Datele au fost scrise de o versiune mai nouă de flowthrough (versiunea de format { $found }; aceasta citește până la { $supported }). Deschideți-le cu versiunea mai nouă sau exportați-le și începeți din nou.
decode-truncated = Datele sunt incomplete ({ $found } din { $expected } octeți): nu au fost salvate sau copiate în întregime. Folosiți o copie completă.
decode-damaged = Datele sunt deteriorate (suma de control nu se potrivește): unii octeți s-au schimbat după ce au fost scriși. Folosiți o altă copie.
decode-wrong-part = Datele sunt { $found }, nu { $expected }.
part-State = starea unui spațiu de lucru
part-Change = o modificare salvată
part-Audit = o parte din jurnalul de audit
part-Mail = o parte din cutia poștală
part-Export = un export al unui spațiu de lucru
decode-not-json = Datele nu sunt JSON valid ({ $technical }); pot fi incomplete sau pot să nu fie un spațiu de lucru flowthrough.
decode-corrupt = Datele spațiului de lucru sunt deteriorate: { $technical }.
replay-error = Intrarea { $seq } din jurnal nu a putut fi redată: { $reason }
replay-error-sequence = se aștepta intrarea { $next } ca următoarea
replay-error-diverged = nu dă același rezultat aici; datele stocate sunt inconsecvente
replay-error-unread = Istoricul mai vechi încă se citește; încercați din nou peste câteva clipe.
history-fill = stocarea conține { $found } elemente mai vechi, în loc de { $expected } așteptate

## Storage, files and the app's own notices (src/storage.rs, src/browser.rs, src/store.rs)
storage-disabled = Acest browser nu permite paginii să stocheze date (stocarea este dezactivată sau blocată). Modificările rămân doar până la închiderea filei.
storage-read-refused = Browserul a refuzat să citească datele stocate.
storage-not-packed = textul stocat nu conține date flowthrough împachetate
storage-not-text = spațiul de lucru stocat nu este text valid
storage-state-unreadable = Spațiul de lucru salvat nu poate fi citit: { $reason }.
storage-idb-missing = Spațiul de lucru ar trebui să fie în IndexedDB-ul acestui browser, dar nu este acolo (datele site-ului pot fi fost șterse parțial).
storage-migration-unavailable = Acest browser conține un spațiu de lucru salvat de versiunea anterioară, iar partea aplicației care îl citește nu a putut fi descărcată (conexiunea poate fi întreruptă). Nu s-a modificat nimic: reîncărcați pagina pentru a încerca din nou.
storage-idb-refused = Browserul a refuzat să citească spațiul de lucru din IndexedDB ({ $technical }). Reîncărcați pagina pentru a încerca din nou.
storage-idb-unreadable = Spațiul de lucru păstrat în IndexedDB nu poate fi citit: { $reason }
storage-change-missing = Modificarea salvată { $n } lipsește din stocare, așa că cele mai noi modificări nu pot fi citite.
storage-change-refused = Modificarea salvată { $n } nu poate fi aplicată: { $reason }.
storage-change-damaged = Modificarea salvată { $n } este deteriorată: { $reason }
storage-write-failed = Browserul nu a putut salva modificările: stocarea sa pentru acest site este plină sau blocată (este nevoie de { $kb } KB). Ultimul spațiu de lucru salvat a rămas neschimbat. Exportați acest spațiu de lucru din pagina Spațiu de lucru pentru a vă păstra munca sau eliberați spațiu începând din nou cu un spațiu de lucru mai mic.
storage-write-failed-because = Browserul nu a putut salva modificările: stocarea sa pentru acest site este plină sau blocată (este nevoie de { $kb } KB). Ultimul spațiu de lucru salvat a rămas neschimbat. Exportați acest spațiu de lucru din pagina Spațiu de lucru pentru a vă păstra munca sau eliberați spațiu începând din nou cu un spațiu de lucru mai mic. ({ $technical })
storage-cannot-move = O parte din istoricul salvat ({ $key }) nu poate fi citită, așa că spațiul de lucru nu poate fi mutat în IndexedDB.
storage-segment-unreadable = Un segment salvat ({ $key }) nu poate fi citit.
storage-audit-unreadable = O parte din jurnalul de audit nu poate fi citită: { $reason }
storage-audit-short = Jurnalul de audit din stocare are { $found } din cele { $count } intrări ale sale.
storage-mail-unreadable = O parte din cutia poștală nu poate fi citită: { $reason }
storage-mail-short = Cutia poștală din stocare are { $found } din cele { $count } e-mailuri ale sale.
history-unreadable = Istoricul salvat nu poate fi citit: { $reason }
busy-opening = Se deschide spațiul de lucru din stocarea browserului…
busy-saving = Se salvează spațiul de lucru în stocarea browserului…
says-the-workspace-is-still-being-opened-try-again-in = Spațiul de lucru încă se deschide; încercați din nou peste câteva clipe.
says-the-workspace-is-still-being-saved-try-again-in = Spațiul de lucru încă se salvează; încercați din nou peste câteva clipe.
says-the-page-is-closing = Pagina se închide.
updated-from-other-tab = Actualizat cu modificările făcute în altă filă.
file-not-created = Browserul nu a putut crea fișierul { $file }.
file-not-read = Fișierul { $file } nu a putut fi citit. Alegeți-l din nou.
file-not-text = Fișierul { $file } nu a putut fi citit ca text. Salvați-l ca text UTF-8 și alegeți-l din nou.

## The activation email composer (seed 004): its checklist, fields and the email it writes
composer-item-goals = Obiectivele companiei tale și planul de lansare
composer-item-value = Valoarea și scopul Aplicației Webex
composer-item-room = Linkul către sala de întâlnire personală (PMR), dacă ați achiziționat Aplicația Webex cu Webex Meetings
composer-item-support = Linkuri interne de asistență pentru utilizatorii dvs.
composer-item-training = Link-uri către conținut intern de instruire pentru utilizatori
composer-item-portal = Link către portalul utilizatorului final
composer-item-steps = Instrucțiuni pentru ca utilizatorii să-și activeze contul (conectare cu SSO)
composer-field-goals = Obiectivele companiei tale și planul de lansare
composer-field-value = Valoarea și scopul Aplicației Webex
composer-field-room = Linkul către sala de întâlnire personală (PMR), dacă ați achiziționat Webex Meetings
composer-field-support = Linkuri interne de asistență pentru utilizatorii dvs.
composer-field-training = Link-uri către conținut intern de instruire pentru utilizatori
composer-field-portal = Link către portalul utilizatorului final
composer-field-steps = Cum își activează utilizatorii contul
composer-email-language = Limba e-mailului
composer-draft-subject = Bun venit în Webex la { $org }: activați-vă contul
composer-draft-steps = Deschideți Aplicația Webex și conectați-vă pe pagina SSO (autentificare unică) a companiei utilizând acreditările companiei. Veți fi apoi conectat automat la Aplicația Webex.
composer-greeting = Bună ziua,
composer-section-goals = De ce trecem la Webex
composer-section-value = Ce face Aplicația Webex pentru dvs.
composer-section-room = Sala dvs. personală de întâlniri
composer-section-steps = Cum vă activați contul
composer-section-portal = Setările dvs. (portalul utilizatorului final)
composer-section-support = Aveți nevoie de ajutor?
composer-section-training = Instruire
composer-closing =
    Vă mulțumim,
    Echipa IT
composer-from-name = Administrator Webex

## Spații de lucru partajate
share-title = Spațiu de lucru partajat
share-lead = Partajați acest spațiu de lucru cu colegii sau cu o clasă printr-un server NATS: toată lumea vede fiecare modificare într-o clipă și poate lucra mai departe cât timp serverul nu poate fi accesat. Administratorii modifică spațiul de lucru; cursanții îl urmăresc.
share-invited = Ați fost invitat într-un spațiu de lucru partajat: introduceți numele de utilizator și parola, apoi alegeți Alăturare.
share-server = Server
share-workspace = Numele spațiului de lucru partajat
share-user = Nume de utilizator
share-password = Parolă
share-name = Numele dvs. (vizibil celorlalți)
share-remember = Păstrați parola în acest browser
share-join-replaces = Alăturarea înlocuiește spațiul de lucru al acestui browser cu cel partajat. Exportați-l mai întâi dacă doriți să păstrați o copie.
share-this = Partajați acest spațiu de lucru
share-join = Alăturați-vă unui spațiu de lucru partajat
share-reconnect = Reconectare
share-leave = Părăsiți
share-leave-hint = La părăsire, o copie a spațiului de lucru rămâne aici, ca spațiu propriu al acestui browser.
share-in = Spațiul de lucru partajat { $workspace } pe { $server }. Sunteți { $name }, { $role }.
share-role-admin = administrator
share-role-trainee = cursant (doar citire)
share-you = dvs.
share-people = Cine este aici
share-join-link = Link de alăturare (fără parolă)
share-copy-link = Copiați linkul
share-link-copied = Linkul de alăturare a fost copiat.
share-connecting = Partajat: se conectează…
share-online = Partajat: online
share-offline = Partajat: offline
share-disconnected = Partajat: neconectat
share-waiting = { $count ->
    [one] 1 modificare în așteptare
    [few] { $count } modificări în așteptare
   *[other] { $count } de modificări în așteptare
}
share-alone = nimeni altcineva aici
share-here = aici: { $names }
share-reports = { $count ->
    [one] 1 modificare neaplicată
    [few] { $count } modificări neaplicate
   *[other] { $count } de modificări neaplicate
}
share-reports-title = Neaplicate
share-dismiss = Închideți
share-by = de { $name }
share-sent = { $count ->
    [one] Din nou online: modificarea dvs. în așteptare a fost trimisă.
    [few] Din nou online: cele { $count } modificări în așteptare au fost trimise.
   *[other] Din nou online: cele { $count } de modificări în așteptare au fost trimise.
}
share-joined = V-ați alăturat spațiului de lucru partajat.
share-shared = Acest spațiu de lucru este acum partajat. Dați linkul de alăturare celorlalți.
share-left = Ați părăsit spațiul de lucru partajat; acest browser își păstrează propria copie.
share-trainee-banner = V-ați alăturat ca cursant: urmăriți fiecare modificare, dar nu puteți face niciuna.
share-error-fields = Completați serverul, numele spațiului de lucru partajat, numele de utilizator și parola.
share-error-name = Numele unui spațiu de lucru partajat are între 1 și 40 de litere, cifre, cratime sau caractere de subliniere.
share-error-unreachable = Niciun server nu răspunde la această adresă. Verificați adresa (ws:// sau wss://) și că serverul rulează. ({ $detail })
share-error-credentials = Numele de utilizator sau parola nu sunt corecte. Verificați-le și încercați din nou.
share-error-denied = Serverul a refuzat: utilizatorul dvs. nu are voie să facă acest lucru în acest spațiu de lucru. Întrebați administratorul serverului. ({ $detail })
share-error-conflict = O altă modificare a ajuns prima; a dvs. se aplică peste ea.
share-error-missing = Pe acest server nu există niciun spațiu de lucru partajat cu acest nume. Verificați numele sau partajați acest spațiu de lucru sub el.
share-error-exists = Există deja un spațiu de lucru partajat cu acest nume. Alăturați-vă lui sau alegeți alt nume.
share-error-offline = Serverul nu poate fi accesat momentan; modificările dvs. așteaptă aici și sunt trimise când revine.
share-error-unloaded = Clientul de partajare nu a putut fi încărcat: { $detail }. Reîncărcați pagina și încercați din nou.
share-error-failed = Serverul a raportat o problemă: { $detail }
share-record-failed = Datele spațiului de lucru partajat nu au putut fi păstrate în browser: { $detail }
share-record-unreadable = Datele browserului despre spațiul de lucru partajat nu pot fi citite ({ $reason }). Spațiul dvs. de lucru este neatins; alăturați-vă din nou spațiului partajat.
share-snapshot-unreadable = Spațiul de lucru partajat de pe server nu poate fi citit: { $reason }
share-history-offline = Istoricul mai vechi al acestui spațiu de lucru partajat se află pe server: reconectați-vă pentru a-l citi.
undo-shared = Anularea nu este disponibilă într-un spațiu de lucru partajat: modificările tuturor formează un singur jurnal. Faceți în schimb modificarea opusă.
sync-refused = Modificarea dvs. ({ $command }) nu a fost aplicată: { $reason } { $author } a făcut o modificare înainte ({ $other }, { $at }).
sync-refused-alone = Modificarea dvs. ({ $command }) nu a fost aplicată: { $reason }
sync-malformed = Intrarea { $seq } din jurnalul partajat nu este o modificare flowthrough și a fost omisă: { $reason }
says-this-shared-workspace-is-read-only-for-you-you-j = Acest spațiu de lucru partajat este doar în citire pentru dvs.: v-ați alăturat ca cursant.

## Lessons
nav-lessons = Lecții
lessons-title = Lecții
lessons-lead = Exersați un parcurs de provizionare pe propria copie a unui spațiu de lucru: fiecare pas spune ce aveți de făcut, iar fiecare punct de control se bifează în clipa în care regulile îl văd atins. Spațiul dvs. de lucru nu este atins niciodată.
lessons-built-in = Lecții incluse
lessons-mine = Lecțiile dvs.
lessons-mine-none = Niciuna încă. Înregistrați una mai jos sau deschideți un fișier de lecție primit de la un formator.
lesson-size = { $steps ->
    [one] 1 pas
    [few] { $steps } pași
   *[other] { $steps } de pași
}, { $count ->
    [one] 1 punct de control
    [few] { $count } puncte de control
   *[other] { $count } de puncte de control
}
lesson-start = Începeți exercițiul
lesson-download = Descărcați fișierul lecției
lesson-remove = Eliminați
lesson-file = Deschideți un fișier de lecție
lesson-file-valid = „{ $title }”, { $steps ->
    [one] 1 pas
    [few] { $steps } pași
   *[other] { $steps } de pași
}: o lecție validă.
lesson-keep = Păstrați printre lecțiile dvs.
lesson-kept = Lecția a fost păstrată printre lecțiile dvs.
lesson-record-title = Înregistrați o lecție
lesson-record-lead = Porniți de la spațiul de lucru așa cum este acum, faceți singur soluția pe o copie, apoi opriți: flowthrough propune puncte de control din ce s-a schimbat, iar dvs. scrieți instrucțiunile.
lesson-record = Înregistrați o lecție
lesson-recording-started = Se înregistrează pe o copie a spațiului dvs. de lucru. Faceți soluția, apoi alegeți Opriți înregistrarea.
lesson-under-way = O lecție este în desfășurare: consolele arată copia ei a spațiului de lucru, nu pe al dvs.
lesson-open-checklist = Deschideți lista de verificare
lesson-bar = Lecție
lesson-reading = Se citește lecția…
lesson-recording = Se înregistrează o lecție.
lesson-recording-what = Lucrați pe o copie: faceți soluția, apoi opriți înregistrarea.
lesson-stop-recording = Opriți înregistrarea
lesson-write = Scrieți lecția
lesson-step-of = Pasul { $n } din { $count }:
lesson-count = { $count ->
    [one] { $n } din 1 punct de control atins
    [few] { $n } din { $count } puncte de control atinse
   *[other] { $n } din { $count } de puncte de control atinse
}
lesson-complete = Lecție încheiată: toate punctele de control sunt atinse.
lesson-reached = Atins:
lesson-not-reached = Neatins încă
lesson-reached-now = Punct de control atins: { $checkpoint }
lesson-reached-after = atins după { $time }
lesson-seconds = { $count ->
    [one] 1 secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}
lesson-no-longer-holds = (nu mai este valabil acum)
lesson-practice-title = Lecție
lesson-none-under-way = Nicio lecție nu este în desfășurare. Alegeți una pentru exercițiu.
lesson-hint = Indiciu
lesson-show-hint = Afișați indiciul
lesson-hints-used = { $count ->
    [one] 1 indiciu folosit
    [few] { $count } indicii folosite
   *[other] { $count } de indicii folosite
}
lesson-clock = { $count ->
    [one] Lăsați să treacă 1 zi
    [few] Lăsați să treacă { $count } zile
   *[other] Lăsați să treacă { $count } de zile
}
lesson-clock-taken = { $count ->
    [one] A trecut 1 zi.
    [few] Au trecut { $count } zile.
   *[other] Au trecut { $count } de zile.
}
lesson-start-again = Începeți din nou
lesson-started-again = Ați început din nou pe o copie nouă.
lesson-leave = Părăsiți lecția
lesson-left = Ați părăsit lecția; spațiul dvs. de lucru a revenit.
lesson-write-title = Scrieți lecția înregistrată
lesson-write-lead = Păstrați punctele de control care arată că soluția a funcționat, dați-le cuvintele dvs. dacă doriți și scrieți ce trebuie să facă cursantul.
lesson-title-label = Titlu
lesson-intro-label = Introducere
lesson-instruction-label = Ce trebuie să facă cursantul
lesson-hint-label = Indiciu (opțional)
lesson-proposed = Puncte de control propuse din ce s-a schimbat
lesson-own-words = Cuvintele dvs. (opțional)
lesson-nothing-changed = Nimic nu s-a schimbat în timpul înregistrării, deci nu este nimic de verificat. Renunțați la înregistrare și înregistrați din nou.
lesson-title-missing = Dați lecției un titlu.
lesson-instruction-missing = Scrieți ce trebuie să facă cursantul.
lesson-no-checkpoint-kept = Păstrați cel puțin un punct de control: așa știe lecția că cursantul a reușit.
lesson-save = Salvați lecția
lesson-discard = Renunțați la înregistrare
lesson-saved = „{ $title }” este salvată printre lecțiile dvs.
lesson-back-to-workspace = Înapoi la spațiul dvs. de lucru
lesson-no-recording = Nicio înregistrare nu este în desfășurare.
lesson-none = Nicio lecție nu este în desfășurare.
lesson-no-clock = Acest pas nu are acum niciun pas de timp de făcut.
lesson-not-while-shared = Părăsiți mai întâi spațiul de lucru partajat: o lecție rulează pe o copie doar în acest browser.
lesson-busy = Spațiul de lucru încă se salvează; încercați din nou peste câteva momente.
lesson-history-unread = Istoricul spațiului de lucru nu a putut fi citit, deci nu poate fi înregistrat; reîncărcați pagina și încercați din nou.
lesson-unloaded = Lecțiile nu au putut fi descărcate (conexiunea poate fi întreruptă). Încercați din nou.
lesson-record-unreadable = Lecția în desfășurare nu a putut fi citită ({ $reason }). Părăsiți-o și începeți din nou.
lesson-error-unreadable = Acesta nu este un fișier de lecție pe care flowthrough îl poate citi ({ $reason }). Alegeți un fișier de lecție (.json) salvat de flowthrough.
lesson-error-newer = Lecția este în formatul { $format }, mai nou decât citește această versiune flowthrough; actualizați flowthrough.
lesson-error-invalid = Fișierul lecției nu este valid: { $reason }
lesson-error-start = Spațiul de lucru de pornire al lecției nu a putut fi creat: { $reason }
check-subscriber-status = Abonatul { $subscriber } are starea { $status }
check-subscriber-package = Abonatul { $subscriber } are pachetul { $package }
check-user-state = { $email } este { $state }
check-user-state-in = { $email } este { $state } în { $org }
check-no-user = Niciun utilizator nu are adresa { $email }
check-template-ready = Șablonul „{ $template }” are E-mailuri neverificate bifat și Link de partajare îndreptat spre linkul de activare
check-customer-no-errors = Clientul { $customer } nu are niciun abonat cu Eroare
check-email-sent = Un e-mail „{ $kind }” a plecat către { $to }
check-email-suppressed = E-mailul „{ $kind }” către { $to } a fost suprimat
check-automatic-emails-on = E-mailurile de activare automată sunt activate pentru { $org }
check-automatic-emails-off = E-mailurile de activare automată sunt dezactivate pentru { $org }
check-directory-sync-on = Sincronizarea directorului este activată pentru { $org }
check-directory-sync-off = Sincronizarea directorului este dezactivată pentru { $org }
check-domain-status = Domeniul { $domain } din { $org } este { $status }
check-org-paid = { $org } are un plan plătit
class-title = Clase
class-lead = Un formator pornește o clasă dintr-o lecție pe serverul NATS folosit la partajare; fiecare cursant se alătură prin link și exersează pe propria copie, iar tabloul formatorului arată punctele de control ale fiecărui cursant pe măsură ce le atinge.
class-go = Porniți o clasă sau alăturați-vă uneia
class-join-title = Alăturați-vă unei clase
class-join-lead = Folosiți numele de utilizator și parola primite de la formator. Munca dvs. rămâne pe copia dvs.; doar progresul și modificările dvs. ajung la clasă.
class-start-title = Porniți o clasă
class-start-lead = Ca administrator al serverului. Dați clasei un nume din litere, cifre, - și _, apoi trimiteți cursanților linkul de alăturare afișat pe tablou.
class-server = Server
class-name = Numele clasei
class-user = Nume de utilizator
class-password = Parolă
class-your-name = Numele dvs.
class-lesson = Lecție
class-join = Alăturați-vă clasei
class-start = Porniți clasa
class-join-incomplete = Indicați serverul, numele clasei (litere, cifre, - și _), numele de utilizator și numele dvs.
class-name-invalid = Indicați un nume de utilizator și un nume de clasă doar din litere, cifre, - și _.
class-open-board = Deschideți tabloul clasei { $class }
class-none = Nicio clasă nu rulează în acest browser.
class-lesson-unreadable = Lecția clasei nu este un text pe care flowthrough îl poate citi.
class-board-title = Tabloul clasei
class-board-caption = Cursanții și punctele de control atinse
class-join-link = Link de alăturare:
class-trainee = Cursant
class-status = Stare
class-last-action = Ultima acțiune
class-no-trainees = Niciun cursant nu s-a alăturat încă.
class-done = Terminat
class-stuck = Blocat
class-working = Lucrează
class-follow = Urmăriți copia lui { $name }
class-clock-title = Ceasul clasei
class-days = Zile
class-clock-button = Lăsați zilele să treacă pentru toți cursanții
class-days-invalid = Indicați un număr de zile între 1 și 366.
class-clock-sent = { $count ->
    [one] Trece 1 zi pentru toți cursanții.
    [few] Trec { $count } zile pentru toți cursanții.
   *[other] Trec { $count } de zile pentru toți cursanții.
}
class-clock-taken = { $count ->
    [one] Formatorul a lăsat să treacă 1 zi.
    [few] Formatorul a lăsat să treacă { $count } zile.
   *[other] Formatorul a lăsat să treacă { $count } de zile.
}
class-reconnect = Reconectați-vă la clasa { $class } ca { $user }: introduceți din nou parola.
class-reconnect-button = Reconectare
class-reconnect-needed = neconectat: reconectați-vă pe pagina listei de verificare
class-in = Clasa { $class }
class-online = conectat
class-sending = { $count ->
    [one] se trimite 1 mesaj
    [few] se trimit { $count } mesaje
   *[other] se trimit { $count } de mesaje
}
class-offline = { $count ->
    [one] deconectat, 1 mesaj așteaptă și este trimis când conexiunea revine
    [few] deconectat, { $count } mesaje așteaptă și sunt trimise când conexiunea revine
   *[other] deconectat, { $count } de mesaje așteaptă și sunt trimise când conexiunea revine
}
class-follow-title = Copia lui { $user }
class-follow-lead = Urmărită în direct, doar pentru citire: ce conține acum copia acestui cursant.
class-follow-waiting = Se așteaptă copia acestui cursant…
class-follow-changes = Ultimele modificări
class-follow-subscribers = Abonați
class-follow-users = Utilizatori Control Hub
class-org = Organizație
read-only-trainee = Doar citire: v-ați alăturat acestui spațiu de lucru partajat ca cursant.
lesson-copy-restarted = Copia dvs. a spațiului de lucru al lecției nu a putut fi citită, așa că a fost pornită din nou; punctele de control atinse se păstrează.

## Importing a customer's subscribers from the Webex API (core's import::api, the Workspace page)
api-import-title = Importați din API-ul Webex
api-import-hint = Alegeți unul sau mai multe fișiere de pagină din „List BroadWorks Subscribers” (GET /v1/broadworks/subscribers, salvate ca JSON). Sunt citite în acest browser și nu sunt trimise nicăieri.
api-import-files = Fișiere din API-ul Webex (.json)
api-import-reading = Se citește fișierul { $done } din { $total }
api-import-read = Fișiere citite: { $files }. Abonați care pot fi importați: { $valid }. Cu probleme: { $errors }.
api-import-problems = Aceștia nu sunt importați:
api-import-row = { $file }, elementul { $item } { $who }:
api-import-apply = Importați abonații ({ $count }) într-un spațiu de lucru nou
api-import-done = Abonați importați din API-ul Webex: { $count }. Acest spațiu de lucru conține date reale.
api-file-too-large = { $file } depășește { $max } MB. Împărțiți exportul în pagini de abonați.
api-file-not-utf8 = { $file } nu este text UTF-8 (la octetul { $offset }). Salvați răspunsul API-ului așa cum a venit.
api-file-empty = { $file } este gol.
api-file-invalid = { $file } nu este JSON valid (rândul { $line }, coloana { $column }). Salvați răspunsul API-ului așa cum a venit.
api-file-no-items = { $file } nu are o listă „items”: nu este o pagină din List BroadWorks Subscribers.
api-file-too-many = Cu { $file } sunt mai mult de { $max } abonați; importați mai puține fișiere odată.
api-item-invalid = Abonatul nu are forma din API: { $problem }
api-item-not-object = Elementul nu este un abonat (un obiect).
api-field-missing = { $field } lipsește.
api-field-type = { $field } este { $found }, nu text.
api-duplicate = { $value } apare mai devreme în fișiere.
api-status = Starea „{ $value }” nu este una dintre stările API-ului.
api-time = { $field } „{ $value }” nu este o dată și o oră (ISO 8601).
api-self-activated = selfActivated „{ $value }” nu este true sau false.
api-since-unknown = un moment necunoscut (fișierul nu are lastStatusChange)
json-null = null
json-boolean = adevărat sau fals
json-number = un număr
json-string = text
json-list = o listă
json-object = un obiect
real-data = Date reale
real-data-title = Acest spațiu de lucru conține datele reale ale unui client, importate din API-ul Webex. Ele rămân în acest browser.
why-basis = Pe ce se bazează
worklist-export = Exportați lista de lucru
stuck-stalled = Provizionarea nu s-a încheiat într-o zi
command-ImportFromApi = Import din API-ul Webex
says-an-import-from-the-webex-api-goes-into-a-new-emp = Un import din API-ul Webex ajunge într-un spațiu de lucru nou, gol.
says-the-files-hold-no-subscriber-to-import = Fișierele nu conțin niciun abonat de importat.
diag-api-basis = Conform fișierului din API-ul Webex: starea { $status } din { $since }; erori enumerate: { $errors }. Fișierul nu conține setările șablonului, e-mailurile trimise sau linkurile lor, deci acestea nu pot fi verificate aici.
diag-api-stalled = Abonatul este în starea { $status } din { $since } ({ $for }); provizionarea se încheie de obicei în câteva minute.
diag-api-stalled-remedy = În Partner Hub, deschideți Starea utilizatorilor pentru acest abonat și folosiți Reîncercați activarea; dacă nu ajută, deschideți un caz la Cisco cu id-ul abonatului din fișier.
diag-api-awaiting-email = Abonatul nu a introdus o adresă de e-mail în Portalul de activare a utilizatorilor din { $since } ({ $for }).
diag-api-awaiting-email-remedy = Trimiteți din nou abonatului linkul de activare al șablonului (Linkul de partajare) sau, în Partner Hub, folosiți Reîncercați activarea cu adresa sa de e-mail.
diag-api-awaiting-verification = Un e-mail de verificare a plecat către { $email } la { $since } (acum { $for }); linkul este valabil 24 de ore.
diag-api-verify-expired = E-mailul de verificare către { $email } a plecat la { $since } (acum { $for }); linkul a expirat.
diag-api-verify-expired-remedy = În Partner Hub, Reîncercați activarea cu adresa de e-mail a abonatului trimite un nou e-mail de verificare; rugați-l să îl deschidă în 24 de ore.
diag-api-move-consent = { $email } are deja un cont Webex; e-mailul de consimțământ pentru mutare a plecat la { $since } (acum { $for }) și nu a primit răspuns.
diag-api-move-consent-remedy = Rugați utilizatorul să accepte e-mailul de consimțământ; în Partner Hub, Reîncercați activarea îl trimite din nou.
diag-api-broadworks-id-in-use = ID-ul de utilizator BroadWorks { $bwid } este deja asociat altui utilizator Webex. Integrarea a eșuat la { $since } (acum { $for }) cu: „{ $error }”
diag-api-broadworks-id-in-use-remedy = În Control Hub, găsiți utilizatorul care are { $bwid } și ștergeți-l dacă este o rămășiță; apoi, în Partner Hub, folosiți Ștergeți utilizatorul și Reîncercați activarea pentru acest abonat.
diag-api-failed = Integrarea a eșuat la { $since } (acum { $for }) cu: „{ $error }”
diag-api-failed-remedy = Remediați ce spune eroarea; apoi, în Partner Hub, folosiți Reîncercați activarea pentru acest abonat.
diag-api-error-unexplained = Fișierul indică Error din { $since } ({ $for }), dar nu enumeră nicio eroare.
diag-api-error-unexplained-remedy = În Partner Hub, deschideți Starea utilizatorilor, găsiți abonatul și folosiți Copiați textul erorii; apoi remediați ce scrie acolo și folosiți Reîncercați activarea.
api-export-hint = Abonații în forma API-ului Webex (o pagină din List BroadWorks Subscribers). Fișierul anonimizat înlocuiește numele, adresele de e-mail, numerele de telefon și ID-urile de utilizator BroadWorks cu substituenți numerotați, ca să poată fi trimis unui coleg sau atașat unui caz.
api-export = Exportați în forma API-ului
api-export-redacted = Exportați anonimizat
api-exported = S-a salvat { $file }.
share-real-title = Partajați datele reale ale unui client?
share-real-text = Acest spațiu de lucru conține datele reale ale unui client, importate din API-ul Webex: nume, adrese de e-mail și numere de telefon. Partajarea le trimite serverului NATS pentru toți cei care se alătură. Partajați mai bine o copie anonimizată, dacă puteți.
share-real-confirm = Partajați datele reale
csv-file-no-status-column = Antetul nu are coloana „User Status”: exportați utilizatorii din Control Hub (Utilizatori, Exportare) și alegeți acel fișier.
csv-user-status = Starea utilizatorului „{ $value }” nu este Activ, Verificat, Neverificat sau Inactiv.
csv-delayed-claim = O revendicare amânată nu poate fi importată: exportul nu spune din ce organizație sau până când.
reason-ImportedFromExport = Importat din exportul de utilizatori din Control Hub în această stare; exportul nu spune de ce.
command-ImportUsers = Importul exportului de utilizatori din Control Hub
says-a-delayed-claim-cannot-be-imported-the-export-do = O revendicare amânată nu poate fi importată: exportul nu spune din ce organizație sau până când.
ch-export-file = Exportul de utilizatori din Control Hub (exported_users.csv)
ch-export-hint = Importați utilizatorii din exportul Control Hub (Utilizatori, Exportare) în această organizație, fiecare în starea dată de export. Nu se trimite niciun e-mail.
ch-export-apply = Importați utilizatorii ({ $count }) în stările lor
api-import-progress = Se importă din API-ul Webex: { $done } din { $total } abonați…
api-import-stopped = Importul s-a oprit după { $done } din { $total } abonați: { $reason }
api-field-too-long = { $field } are mai mult de { $max } de caractere.
api-created = Creat la { $date }
api-created-unknown = Data creării: nu apare în fișier
api-self-yes = autoactivat
api-self-no = neautoactivat
api-self-unknown = autoactivarea nu apare în fișier
