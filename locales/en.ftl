# flowthrough, English: the fallback of every language (compiled into the app).
# Each message id exists in every locales/*.ftl (core/tests/locales.rs checks it).

## The header
language = Language
skip-to-content = Skip to content
nav-consoles = Consoles
nav-partner = Partner Hub
nav-control = Control Hub
nav-mailbox = Mailbox
nav-workspace = Workspace
boot-loading = Loading the console…
page-loading = Loading the page…
page-unavailable = This page could not be loaded
page-unavailable-why = Its part of the app did not arrive: the connection may be down, or a new release came out since this tab was opened. Your workspace is safe in this browser. Try again, or reload the page.
page-try-again = Try again
theme = Theme
theme-system = System
theme-light = Light
theme-dark = Dark
theme-hc-light = High contrast light
theme-hc-dark = High contrast dark
clock = Sandbox clock
clock-time = Simulated time
clock-sandbox-time = Sandbox time
clock-1h = +1 h
clock-1h-name = advance the clock 1 hour
clock-1d = +1 day
clock-1d-name = advance the clock 1 day
clock-14d = +14 days
clock-14d-name = advance the clock 14 days
clock-advanced = Clock advanced { $by }.
clock-advanced-changes = { $count ->
    [one] Clock advanced { $by }: { $count } automatic change, see the audit log.
   *[other] Clock advanced { $by }: { $count } automatic changes, see the audit log.
}
duration-hour = 1 hour
duration-day = 1 day
duration-14-days = 14 days

## The start page
home-lead = A local-first console for Webex for BroadWorks flow-through provisioning with untrusted emails. Run, rehearse and troubleshoot the flows in your browser; everything stays in this browser.
demo-load = Load the demo workspace
demo-hint = Three customers with users in every status, ready to troubleshoot.
demo-loaded = Demo workspace loaded.
demo-failed = The demo could not be built: { $error }
demo-replace-title = Replace your workspace?
demo-replace-text = Loading the demo replaces everything in this browser's workspace: templates, customers, users, emails and the audit log.
demo-replace = Replace with the demo
cancel = Cancel
close = Close
save = Save
home-partner = For the service provider's administrator: customer templates, User Verification settings, and the User Status view to retry, delete, change package or copy error text.
home-control = For the customer's administrator: user states (Active, Verified, Not Verified, Inactive, Delayed Claim), domains, claims, directory sync and activation emails.
portal-name = User Activation Portal
home-portal = Where end users enter and verify their email. Each template has its own Activation link:
home-portal-none = none yet: create a template in Partner Hub, or load the demo.
home-mailbox = Every email the system sent or suppressed, with working links: how you play the end user.

## Partner Hub: templates
breadcrumb = Breadcrumb
crumb-settings = Settings
crumb-calling = BroadWorks Calling
templates = Templates
templates-lead = Customer onboarding templates. Under User Verification, the Untrusted Emails option must be checked and the Share Link must point to the Activation link for users to self-provision.
col-template = Template
col-package = Package
user-verification = User Verification
activation-link = Activation link
user-status = User Status
templates-none = No templates yet. Create one below.
template-ready = Untrusted Emails, ready for self-activation
template-trusted = Trusted emails
show-user-status = Show User Status
view-templates = View Templates
template-create-title = Create a template
template-name = Template name
untrusted-emails = Untrusted Emails
template-create = Create template
template-not-found = Template not found
template-gone = It may have been removed. Go back to the templates:
provisioning-id = Provisioning ID
template-settings = Template settings
user-authentication = User authentication
untrusted-hint = Users must enter and verify their email in the User Activation Portal. Leave unchecked when BroadWorks emails are trusted.
share-link = Share Link
activation-link-label = Activation link:
copy-activation-link = Copy Activation link
activation-link-copied = Activation link copied.
use-as-share-link = Use as Share Link
template-problem-suffix = Users cannot self-provision until this is fixed.
template-saved = Template saved.

## Partner Hub: User Status
user-status-lead = { $template }: users and their provisioning status. For users with errors or pending requirements, use the three dots on the right.
users-by-status = Users by status
filter-all = All
state-diagram-subscribers = State diagram: how subscribers move between statuses
subscriber-statuses = Subscriber statuses
search = Search
user-status-search-placeholder = BroadWorks ID, name, email or error
exclude-provisioned = Exclude provisioned users
export = Export
col-broadworks-id = BroadWorks ID
col-name = Name
col-package-type = Package Type
col-status = Status
col-email = Email
col-error = Error
col-last-status-change = Last Status Change
col-actions = Actions
actions-for = Actions for { $who }
user-status-empty = No users yet. Users appear here when BroadWorks provisions them: add them on a customer's page in the Customer List, or load the demo workspace from the start page.
user-status-no-match = No users match. Clear the search, pick All, or turn off Exclude provisioned users.
exported-users = { $count ->
    [one] Exported { $count } user to { $file }.
   *[other] Exported { $count } users to { $file }.
}
why-stuck = Why is this user stuck?
why-not-stuck = Nothing is stuck: the user is provisioned.
error-text-copied = Error text copied to the clipboard.
retry-title = Retry Activation
retry-text = Onboard { $who } again with a valid email address. The same checks run as in the portal.
email-address = Email address
onboard = Onboard
delete-title = Delete User
delete-question = Delete the Webex user of { $who }?
delete-text = The Webex account and its pending emails are removed. The BroadWorks subscriber stays: after you change the configuration (for example the template's User Verification settings), the user can try onboarding once again in the User Activation Portal.
deleted = User deleted. The BroadWorks subscriber remains and can onboard again.
package-title = Change Package Type
package-text = Change the package of { $who }. A provisioned user is updated on Webex.
package-type = Package type
package-changed = Package changed to { $package }.
open-template-verification = Open the template's User Verification settings
open-control-hub = Open Control Hub
why-title = Why is { $who } stuck?
why-cause = Cause
why-remedy = What resolves it
stuck-because = Stuck because
stuck-any = Any reason, or not stuck

## Statuses and states (the seeds' words)
status-pending_email_input = Pending email input
status-pending_email_validation = Pending email validation
status-pending_user_migration = Pending user migration
status-provisioning = Provisioning
status-provisioned = Provisioned
status-updating = Updating
status-error = Error
state-active = Active
state-verified = Verified
state-not-verified = Not Verified
state-inactive = Inactive
state-delayed-claim = Delayed Claim
action-retry-activation = Retry Activation
action-delete-user = Delete User
action-change-package = Change Package Type
action-copy-error-text = Copy Error Text

## User Activation Portal
portal-unavailable = Activation is not available
portal-unknown-link = This activation link does not belong to any service provider template.
portal-contact-provider = Contact your service provider; they need to finish setting up your account.
portal-activate = Activate Webex
portal-sign-in-text = Sign in with your BroadWorks user ID and password.
portal-user-id = BroadWorks user ID
portal-password = Password
portal-sign-in = Sign in
portal-account-gone = Your account is no longer available. Contact your service provider.
portal-check-inbox = Check your inbox
portal-sent-to = We sent a verification email to { $email }. Open its link within 24 hours to finish.
portal-mailbox-hint = In flowthrough, emails arrive in the Mailbox:
portal-other-email = Use a different email address
portal-confirm-move = Confirm the move of your account
portal-confirm-move-text = You already have a free Webex account with this email. We sent you an email to agree to move it to your company's organization.
portal-done = You're all set
portal-done-text = Your Webex account is ready. Download the Webex App and sign in with your email address.
portal-failed = We couldn't activate your account
portal-admin-notified = Your administrator has been notified and will finish your activation.
portal-enter-email = Enter your email address
portal-check-try-again = Check the address and use Try again.
portal-try-again = Try again
portal-continue = Continue
portal-language = Language of this page
failure-invalid-email = The email address is not valid.
failure-email-in-other-org = The email address already belongs to a user in another organization.
failure-email-in-use = The email address already belongs to another user in this organization.
failure-domain-claimed = The email domain is claimed by another organization.
failure-broadworks-id-in-use = BroadWorks UserID is already associated with an existing user
failure-template-not-configured = The customer template is not set up for self-activation with untrusted emails.
failure-line = Error { $code }: { $text }
failure-line-detail = Error { $code }: { $text } ({ $detail })
setup-untrusted-emails-off = The Untrusted Emails option is not checked in this template's User Verification settings.
setup-share-link-elsewhere = The Share Link field does not point to this template's Activation link.

## Partner Hub: customers
customer-list = Customer List
customer-list-lead = Webex for BroadWorks customers (BroadWorks enterprises) and the template each is onboarded with.
customers = Customers
col-customer = Customer
col-enterprise-id = Enterprise ID
col-webex-org = Webex organization
customers-none = No customers yet. Create a template, then add a customer below.
org-created-on-first-user = Created when the first user is onboarded
customer-add-title = Add a customer
customer-name = Customer name
enterprise-id = BroadWorks enterprise ID
choose-template = Choose a template
customer-choose-template-first = Choose a template first; create one under View Templates if there is none.
customer-add = Add customer
customer-not-found = Customer not found
back-to-customer-list = Back to the Customer List
subscribers-caption = Subscribers (BroadWorks users)
portal-password-label = Portal password
subscribers-none = No subscribers yet. Provision one below, or import a CSV of BroadWorks users.
customer-subscribers-no-match = No subscribers match. Clear the search to see them all.
portal-passwords-hint = Portal passwords are rehearsal data, shown so you can play the end user in the User Activation Portal.
provisioned-one = { $name } provisioned from BroadWorks.
provision-one-title = Provision a subscriber
provision-one-hint = As BroadWorks flow-through provisioning would send it. The email is used only when the template trusts emails.
template-package = The template's package
broadworks-email = BroadWorks email (optional)
provision-one = Provision subscriber
provisioned-many = { $count ->
    [one] { $count } subscriber provisioned from { $file }.
   *[other] { $count } subscribers provisioned from { $file }.
}
import-title = Import BroadWorks users (CSV)
import-hint = Columns: BroadWorks User ID, Name (or First Name and Last Name), Password; optional Email and Package. You see every row's result before anything is applied.
csv-file = CSV file
import-preview = { $rows ->
    [one] { $rows } row: { $valid } ready, { $bad } with errors.
   *[other] { $rows } rows: { $valid } ready, { $bad } with errors.
}
import-errors-caption = Rows with errors (not imported)
col-line = Line
col-what-to-fix = What to fix
import-apply = { $count ->
    [one] Provision { $count } subscriber
   *[other] Provision { $count } subscribers
}
customer-saved = Customer saved.
customer-edit = Edit customer
customer-edit-hint = Users onboard with the customer's template; moving the customer changes what its pending users see in the portal.
customer-save = Save customer

## Control Hub: organizations and users
tab-users = Users
tab-domains = Domains
tab-claims = Claim users
tab-sync = Directory sync
tab-sites = Site linking
tab-settings = Organization Settings
organizations = Organizations
organization = Organization
org-not-found = Organization not found
back-to-orgs = Back to the organizations
org-kind-customer = Webex for BroadWorks customer
org-kind-paid = Paid
org-kind-free = Free (consumer)
orgs-lead = Customer organizations created by Partner Hub provisioning, and others you create, including free (consumer) organizations to claim users from.
audit-log = Audit log
what-happens-next = What happens next
col-kind = Kind
orgs-none = No organizations yet. Onboard a user in Partner Hub, or create one below.
org-create-title = Create an organization
org-name = Organization name
org-free = Free (consumer) organization
org-create = Create organization
why-not-stuck-active = Nothing is stuck: the user is Active.
managed-by-sync = managed by directory sync
days-left = { $days ->
    [one] { $days } of 14 days left
   *[other] { $days } of 14 days left
}
users-by-state = Users by state
search-users = Search users
name-or-email = Name or email
state-diagram-users = State diagram: how users move between states
user-states = User states
users-none = No users here. Add users below, claim them from another organization, or sync a directory.
col-state = State
col-why-state = Why this state
sync-on-hint = Directory sync is on: users it manages cannot be changed here.
open-partner-hub = Open Partner Hub
users-added = { $count ->
    [one] { $count } user added.
   *[other] { $count } users added.
}
users-added-csv = { $count ->
    [one] { $count } user added from the CSV file.
   *[other] { $count } users added from the CSV file.
}
add-users = Add users
email-addresses = Email addresses
one-per-line = one per line
add-users-hint = Users whose email domain is verified here start Verified; others start Not Verified. An activation email goes out automatically unless it is turned off in Organization Settings.
add-users-csv = Add users from a CSV file
add-users-csv-hint = Columns: Email (or "User ID/Email (Required)"), optional Name or First Name and Last Name.
users-csv-file = Users CSV file
add-n-users = { $count ->
    [one] Add { $count } user
   *[other] Add { $count } users
}
choice-recorded = Choice recorded: { $choice }.
choice-title = What happens to your previous data?
choice-text = { $email } was claimed by a new organization. { $days } of 14 days left to choose; if nothing is chosen, conversations move automatically.
decide-later = Decide later
signed-up = { $email } signed up.
sign-up-title = Sign up for a free account (as a person)
sign-up-hint = People join free organizations by signing up themselves. Their accounts can then be claimed by a paid organization, or moved into a Webex for BroadWorks customer.
has-verified = Has verified their email
sign-up = Sign up
bulk-skipped = { $count } skipped: { $why }
bulk-done = { $count ->
    [one] { $action }: done for { $count } user.
   *[other] { $action }: done for { $count } users.
}
selected-users = Selected users
n-selected = { $count } selected
bulk-not-for = Not for { $count }: { $why }
clear-selection = Clear selection
user-action-ResendInvitation = Resend invitation
user-action-Deactivate = Deactivate
user-action-Reactivate = Reactivate
user-action-Delete = Delete
user-action-CompleteEmailVerification = As the user: complete email verification
user-action-SignIn = As the user: sign in for the first time
user-action-ChooseDataHandling = As the user: choose what happens to previous data
user-action-done-ResendInvitation = Invitation sent.
user-action-done-Deactivate = User deactivated.
user-action-done-Reactivate = User reactivated.
user-action-done-Delete = User deleted.
user-action-done-CompleteEmailVerification = Email verified.
user-action-done-SignIn = The user signed in.
user-action-done-ChooseDataHandling = Choice recorded.
source-Manual = Added manually
source-Csv = CSV import
source-DirectorySync = Directory sync
source-SiteLinking = Site linking
source-Claimed = Claimed
source-BroadWorks = BroadWorks
source-SelfSignUp = Self sign-up
choice-MoveConversations = Move my conversations
choice-ChangeOldAccountEmail = Keep the old account under another email
choice-DeleteOldAccount = Delete the old account
meaning-Active = The ideal state during normal use: the user is part of the organization and uses, or is ready to use, their collaboration services. No further admin action is needed.
meaning-Verified = A good state during preferred onboarding flows: the user's identity is validated and they are ready to use their services, but have not signed in yet.
meaning-NotVerified = The user is part of the organization but their identity is not validated yet. They can still verify when they first access Webex; they cannot use their services while stuck here.
meaning-Inactive = Deactivated by an administrator or by Active Directory sync. A new user cannot be created in this state.
meaning-DelayedClaim = Claimed into the organization, but has not yet chosen how to handle data from the previous organization. There are 14 days to decide before the default action runs.
reason-AddedDomainNotVerified = Added while the email domain is not verified in the organization.
reason-ConvertedNotVerified = Converted from another organization while Not Verified, and the email domain is not verified here.
reason-CompletedEmailVerification = Completed the email verification process.
reason-AddedDomainVerified = The email domain was verified, then the user was added (not by directory sync).
reason-AddedBySiteLinking = Added to the organization through site linking.
reason-ConvertedVerified = Converted from another organization while Verified.
reason-ConvertedNotVerifiedDomainVerified = The email domain was verified, then the user was converted from another organization while Not Verified.
reason-FirstSignIn = Signed in to Webex for the first time.
reason-SyncedDomainVerified = The email domain was verified, then the user was synced from Active Directory.
reason-SyncedDomainNotVerified = Synced from Active Directory while the email domain is not verified.
reason-ConvertedActive = Converted from another organization while Active.
reason-DeactivatedByAdmin = Deactivated by an administrator.
reason-DeactivatedBySync = Deactivated by Active Directory sync.
reason-ClaimedDelayed = Claimed from another organization with a delay; has 14 days to choose what happens to their data.
reason-Reactivated = Reactivated: returned to the state held before deactivation.
reason-SelfActivatedInPortal = Verified their email in the User Activation Portal.

## Control Hub: domains, claims, sync, sites, settings, audit log
domain-added = Domain added. Publish its TXT record in your DNS, then verify.
domains-lead = Verify a domain to prove you own it (a DNS TXT record). Users you then add with that domain start Verified, and directory-synced users start Active. Claim a verified domain so its users cannot join other organizations by other means.
col-domain = Domain
col-txt = DNS TXT record
col-domain-users = Users with this domain
domains-none = No domains yet. Add one below.
domain-status-Unverified = Unverified
domain-status-Verified = Verified
domain-status-Claimed = Claimed
record-published = Marked as published
record-not-published = Not published yet
domain-users = { $here } here, { $elsewhere } in other organizations
txt-copied = TXT value copied.
copy-txt = Copy TXT value
domain-action-MarkPublished = Mark record as published
domain-action-Verify = Verify
domain-action-Claim = Claim
domain-action-done-MarkPublished = Marked as published.
domain-action-done-Verify = Domain verified.
domain-action-done-Claim = Domain claimed.
remove-domain = Remove { $domain }
domain-removed = Domain removed.
remove = Remove
domain-add-title = Add a domain
domain-name = Domain name
domain-add = Add domain
users-claimed = { $count ->
    [one] { $count } user claimed.
   *[other] { $count } users claimed.
}
claims-free-org = A free organization cannot claim users. Claim them into a paid organization.
claims-lead = Claiming (converting) brings users of free Webex organizations into this one. Each claimed user is notified: notices of a move from a free to a paid plan are always sent.
claims-find = Find users in free organizations
claims-caption = Users you can claim
select = Select
select-who = Select { $who }
claims-none = No users of free organizations to claim.
claim-how = How the claim completes
claim-immediately = Immediately
claim-delayed = Delayed claim: the user has 14 days to choose what happens to their data; after that, “{ $default }” runs by default
claim-selected = Claim { $count } selected
claims-pending = Delayed claims in progress
none = None.
claim-pending-then = (until { $until }); then conversations move automatically and the user becomes { $state }.
sync-fix-rows = Fix these rows, then sync again.
sync-complete = Sync complete: { $created } created, { $changed } state changes.
sync-not-applied = Not applied:
sync-lead = With directory sync, your directory manages users: new directory users are created (Active when their domain is verified), disabled or removed ones are deactivated, and synced users cannot be changed by hand here.
sync-title = Sync the directory
sync-hint = Paste or upload the directory's full user list as CSV: mail (email), displayName, enabled (true or false). Users missing from the list are deactivated.
sync-export = Directory export
or-choose-file = Or choose a file
sync-now = Sync now
site-linked = Site linked.
site-users-added = Site users added: they start Verified.
sites-lead = Link a Webex Meetings site to this organization. Users you add from a linked site start Verified.
linked-sites = Linked sites
sites-none = No linked sites yet.
site-link-title = Link a site
site-url = Site URL
site-link = Link site
site-users-title = Add users from a linked site
site = Site
site-users-emails = Site users' email addresses
site-users-add = Add site users
auto-emails = Automatic activation emails
auto-emails-on = Automatic activation emails are on.
auto-emails-off = Automatic activation emails are off.
auto-emails-hint = Webex sends emails automatically when licenses are assigned to users. On by default: every newly added user gets an activation email.
auto-emails-off-warning = Newly added users get no email; send activation emails individually or in bulk instead. Emails you write yourself do not carry the correct email-verification links or password-creation logic, so leaving this setting on is strongly recommended.
auto-emails-scope = Only emails to newly licensed users and to inactive users are suppressed. Users converted from a free to a paid plan are always notified of the conversion, whatever this setting.
converted-to-paid = Converted to a paid plan; every user was notified.
convert-to-paid = Convert to a paid plan
reminders-sent = { $count ->
    [one] { $count } reminder sent.
   *[other] { $count } reminders sent.
}
activation-emails-sent = { $count ->
    [one] { $count } activation email sent.
   *[other] { $count } activation emails sent.
}
not-activated = Users who have not activated
not-activated-hint = Not Verified or Verified users who have not signed in yet. When automatic emails are off, reminders are suppressed too: follow these users up here. Emails you send from here are always sent.
send-activation-selected = Send activation email to selected
send-reminder-selected = Send reminder to selected
send-reminders-all = Send reminders to all
select-all = Select all
col-last-invited = Last invited
send = Send
everyone-activated = Everyone has activated.
send-activation-to = Send activation email to { $who }
send-activation = Send activation email
eml-downloaded = activation-email.eml downloaded: open it in your mail program to send it.
composer-title = Write your own activation email
composer-hint = If you turn automatic activation emails off, include these details in the email you send.
composer-checklist = What the email should contain
subject = Subject
still-missing = Still missing:
recipients-none = Recipients: none (everyone has activated); add addresses in your mail program.
recipients = { $count ->
    [one] Recipients: the { $count } user who has not activated.
   *[other] Recipients: the { $count } users who have not activated.
}
download-eml = Download .eml
open-in-mail = Open in mail program
replay-to = Replay to entry { $seq }
and-more = and { $count } more
audit-still-reading = The audit log is still being read; try again in a moment.
audit-exported = Audit log exported.
audit-lead = Every change, newest first: when, who, which command, and what happened to whom. Automatic transitions (delayed claims, reminders) appear as the System's.
filter = Filter
audit-filter-placeholder = actor, command, user, email
export-csv = Export CSV
undo-hint = Ctrl+Z (Cmd+Z) does the same where you are not typing
undo-what = Undo: { $command }
undo = Undo
audit-empty = Nothing logged yet.
audit-no-match = No entries match the filter.
col-time = Time
col-actor = Actor
col-command = Command
col-what-happened = What happened

## Mailbox, workspace, timeline, links, notices
mailbox-lead = There is no mail server: every email the system sends or suppresses lands here. Open a link to act as the recipient.
reading-mailbox = Reading the mailbox from this browser's storage…
reading-audit-log = Reading the audit log from this browser's storage…
filter-recipient = Filter by recipient
mailbox-empty = No emails yet. They appear when users are onboarded, invited or reminded.
mail-sent = Sent
mail-suppressed = Suppressed
mail-to = To { $to }
open-link = Open link
unreadable = Your saved workspace could not be read.
unreadable-kept = It has been kept exactly as it was, and nothing will be saved over it until you choose.
download-unreadable = Download the unreadable data
start-fresh = Start a fresh workspace
export-this-workspace = Export this workspace
copy-title = Copy this text
copy-text = The browser did not allow copying to the clipboard. The text is selected below: press Ctrl+C (or ⌘C) to copy it.
copy-aria = Text to copy
done = Done
not-found = Page not found
not-found-at = There is no page at
go-to = Go to:
start-page = the start page
not-found-email = If you followed a link from an email, open the newest one in the Mailbox:
link-go-back = Go back to the activation page and use Try again, or contact your service provider.
link-verified-ready = Your email is verified and your Webex account is ready.
link-moved = Your Webex account moved to { $org }. Your conversations and contacts came with it.
link-verified = Your email is verified.
link-done = Done.
link-next-step = Next step: download the Webex App and sign in with your email address.
link-signed-in = Signed in. Welcome to Webex!
link-sign-in = Sign in to Webex
link-unusable = This link can't be used
back-to-mailbox = Back to the Mailbox
workspace-summary = { $templates } templates, { $customers } customers, { $subscribers } subscribers, { $orgs } organizations, { $users } users, { $emails } emails, { $entries } audit entries
large-loaded = { $count ->
    [one] Loaded the demo workspace with { $count } subscriber.
   *[other] Loaded the demo workspace with { $count } subscribers.
}
workspace-imported = Workspace imported.
workspace-exported = Workspace exported.
workspace-lead = Everything flowthrough knows lives in this browser. Export it to keep a copy or move it to another browser; import a copy to continue from it.
this-workspace = This workspace
stored-indexeddb = Kept in this browser's IndexedDB, because it is too big for localStorage; the latest changes take { $kb } KB of localStorage until the next full save.
stored-local = Stored size: { $kb } KB of the browser's roughly 10 MB of localStorage for this site.
export-workspace = Export workspace
start-empty = Start a new, empty workspace
large-title = Large demo workspaces
large-hint = A template with thousands of users in a mix of statuses, generated from a fixed seed, to try the User Status view at scale. Open one in memory to look around without touching your workspace, or load it as your workspace to keep it (up to about 57,000 subscribers are kept in localStorage, more in this browser's IndexedDB; 100,000 subscribers take a few seconds to generate).
n-subscribers = { $count ->
    [one] { $count } subscriber
   *[other] { $count } subscribers
}
in-memory = (in memory)
large-load = { $count ->
    [one] Load { $count } subscriber as my workspace
   *[other] Load { $count } subscribers as my workspace
}
import-workspace = Import a workspace
workspace-file = Workspace file (.flowthrough, or .json from earlier versions)
import-failed = This file cannot be imported:
nothing-changed = Nothing was changed.
import-valid = The file is a valid workspace:
import-replaces = Importing replaces everything in this browser's workspace. Export the current one first if you want to keep it.
replace-my-workspace = Replace my workspace
large-replace-title = Replace your workspace with a demo?
large-replace-text = { $count ->
    [one] Your workspace is replaced by a generated one with { $count } subscriber: templates, customers, users, emails and the audit log you have now are removed. Export it first to keep a copy.
   *[other] Your workspace is replaced by a generated one with { $count } subscribers: templates, customers, users, emails and the audit log you have now are removed. Export it first to keep a copy.
}
reset-title = Start a new workspace?
reset-text = Everything in this browser's workspace is removed: templates, customers, users, emails and the audit log. Export it first to keep a copy.
reset-done = New, empty workspace.
start-over = Start over
ran-due = { $count ->
    [one] Ran what was due: { $count } change.
   *[other] Ran what was due: { $count } changes.
}
clock-advanced-to = { $count ->
    [one] Clock advanced to { $at }: { $count } automatic change, see the audit log.
   *[other] Clock advanced to { $at }: { $count } automatic changes, see the audit log.
}
timeline-lead = The automatic changes the sandbox clock will make, soonest first: delayed claims ending with their default action, users deleted after 30 days Inactive, reminder invitations, and links expiring. Advance the clock to any entry to watch it happen.
timeline-empty = Nothing is scheduled. Delayed claims, deactivations, invitations and portal links put entries here.
n-changes = { $count ->
    [one] { $count } change
   *[other] { $count } changes
}
advance-here = Advance to here
advance-clock-to = Advance the clock to { $at }
and-more-later = and { $count } more later
undo-nothing = Nothing to undo: the audit log is empty.
undo-failed = Cannot undo: { $error }
undo-mails = { $count ->
    [one] The email it sent is gone from the Mailbox; a real one would already have been delivered.
   *[other] The { $count } emails it sent are gone from the Mailbox; real ones would already have been delivered.
}
undone = Undone: { $command } by the { $actor }.

## Replay
replay = Replay
replay-lead = The workspace as it was after one entry of the audit log, rebuilt from the log by the same rules. Read only: nothing here is saved.
replay-reading = Reading the history…
replay-failed = The log cannot be replayed: { $error }
replay-steps = Replay steps
previous-entry = Previous entry
next-entry = Next entry
entry-of = Entry { $seq } of { $total }
back-to-audit = Back to the audit log
replay-before-first = Before the first entry: an empty workspace.
replay-entry = { $at }: { $command } by the { $actor }
replay-changed = What it changed
replay-then = The workspace then
replay-counts = { $templates } templates, { $customers } customers, { $orgs } organizations, { $emails } emails sent or suppressed
replay-subscribers = Subscribers:
replay-users = Users:
replay-none = none

## Emails (in the recipient's language)
mail-kind-EmailVerification = Email verification
mail-kind-MoveAccount = Move account
mail-kind-Activation = Activation
mail-kind-Reminder = Reminder
mail-kind-Reactivation = Reactivation
mail-kind-PaidConversion = Free-to-paid conversion
mail-kind-ClaimNotice = Claim notice
mail-kind-Welcome = Welcome
mail-kind-AdminAlert = Administrator alert
mail-verify-subject = Verify your email address for Webex
mail-verify-body = 
    Confirm that this is your email address to finish activating Webex.

    Open the link within 24 hours. If you did not ask for this, ignore this email.
mail-move-subject = Move your Webex account to your company
mail-move-body = 
    You already have a free Webex account with this email address. Your service provider wants to move it into your company's Webex organization.

    Open the link to agree to the move. It is valid for 7 days.
mail-activation-subject = Activate your Webex account at { $org }
mail-activation-body = { $org } added you to Webex. Open the link to verify your email, then sign in to the Webex App. The link is valid for 7 days.
mail-reminder-subject = Reminder: activate your Webex account at { $org }
mail-reminder-body = You have not activated your Webex account at { $org } yet. Open the link to verify your email, then sign in to the Webex App. The link is valid for 7 days.
mail-reactivated-subject = Your Webex account is active again
mail-reactivated-body = Your administrator reactivated your Webex account. Sign in to the Webex App to continue.
mail-paid-subject = Your Webex account is now part of { $org }
mail-paid-delayed-body = 
    Your Webex account is moving from a free plan to { $org }'s paid plan.

    You have 14 days to choose what happens to the data of your free account: move your conversations, keep the old account under another email address, or delete it. If you do nothing, your conversations move automatically after 14 days.
mail-paid-body = Your Webex account moved from a free plan to { $org }'s paid plan. Sign in to the Webex App as usual.
mail-welcome-subject = Your Webex account is ready
mail-welcome-body = 
    Your email is verified and your Webex account is ready.

    Next step: download the Webex App and sign in with this email address.
mail-alert-subject = Action needed: { $bwid } could not self-activate
mail-alert-body = 
    The user { $bwid } failed to self-provision twice in the User Activation Portal.

    { $error }

    Open Partner Hub → Settings → BroadWorks Calling → View Templates → Show User Status to retry activation, delete the user, or change the configuration.
opening-large = A large workspace takes a few seconds to open; the page appears as soon as it is read.

## Stuck because (the diagnosis's kinds)
stuck-awaiting-email = Has not entered an email
stuck-awaiting-verification = Has not opened the verification link
stuck-link-expired = The link expired
stuck-awaiting-move-consent = Has not agreed to move their account
stuck-template-not-configured = The template is not set up
stuck-failed = Onboarding failed
stuck-locked = Portal locked after two failures
stuck-no-activation-email = No activation email sent (automatic emails off)
stuck-awaiting-activation = Has not opened the activation email
stuck-not-signed-in = Verified, not signed in yet
stuck-deactivated = Deactivated by an administrator
stuck-deactivated-by-sync = Deactivated by directory sync
stuck-delayed-claim = In a delayed claim

## Tables, pages and bulk actions
pages = Pages
showing = Showing { $start }–{ $end } of { $total }
previous-page = Previous page
next-page = Next page
page-of = Page { $page } of { $pages }
select-all-page = Select all on this page
bulk-delete-question = { $count ->
    [one] Delete the Webex user of { $count } selected subscriber?
   *[other] Delete the Webex users of { $count } selected subscribers?
}
bulk-delete = { $count ->
    [one] Delete { $count } user
   *[other] Delete { $count } users
}

## Why is this user stuck (the core's diagnoses) and durations
dur-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
dur-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
dur-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
diag-awaiting-email = The user has not entered an email address in the User Activation Portal yet.
diag-awaiting-email-remedy = Send the user the template's activation link (its Share Link), or onboard them now with Retry Activation and their email.
diag-verify-link-expired = The verification link sent to { $email } expired on { $expired } without being opened.
diag-verify-link-expired-remedy = The user enters the email again in the portal (a new link is sent), or Retry Activation onboards them with it now.
diag-awaiting-verification = A verification email went to { $email } on { $sent }; the user has not opened its link. It expires in { $left }.
diag-awaiting-verification-remedy = The user opens the link in that email. If it did not arrive, they can enter the address again in the portal, or Retry Activation onboards them now.
diag-no-verify-link = No valid verification link is out for { $email }.
diag-no-verify-link-remedy = The user enters the email again in the portal, or Retry Activation onboards them now.
diag-move-consent = { $email } already has a free Webex account; the user has not yet agreed to move it into the organization.
diag-move-consent-expired = { $email } already has a free Webex account; the user has not yet agreed to move it into the organization. The consent link expired on { $expired }.
diag-move-consent-valid = { $email } already has a free Webex account; the user has not yet agreed to move it into the organization. The consent link is valid until { $until }.
diag-move-consent-remedy = The user opens the consent email and accepts. To use another address instead, Retry Activation with it.
diag-template-not-configured = The customer's template is not set up for self-activation: { $detail }
diag-template-not-configured-remedy = In the template's User Verification settings, check Untrusted Emails and point the Share Link at the activation link; then Retry Activation.
diag-invalid-email = The email address entered is not valid ({ $detail }).
diag-invalid-email-remedy = Retry Activation with a valid address, or the user enters one in the portal.
diag-email-in-other-org = { $detail } belongs to a user of another organization, so it cannot be used here.
diag-email-in-other-org-remedy = Claim that user into the customer's organization in Control Hub (if it is a free account) or ask its organization to remove it; or Retry Activation with another address.
diag-email-in-use = { $detail } already belongs to another user of the customer's own organization.
diag-email-in-use-remedy = Retry Activation with the user's own address, or delete the other user in Control Hub if it is a leftover.
diag-domain-claimed = The domain { $detail } is claimed by another organization, so its addresses cannot join this one.
diag-domain-claimed-remedy = Retry Activation with an address of another domain, or the other organization releases the domain.
diag-broadworks-id-in-use = The BroadWorks user ID { $detail } is already linked to another Webex user.
diag-broadworks-id-in-use-remedy = Delete User removes the Webex user linked to this subscriber and starts onboarding over; delete the other Webex user in Control Hub if it is a leftover.
diag-locked = Two attempts in the portal failed, so the portal waits for the administrator. The last one: { $last }
diag-not-signed-in = The user's identity is verified, but they have not signed in to Webex yet.
diag-not-signed-in-remedy = The user signs in to the Webex App with their email address. Resend invitation sends the activation email again.
diag-notes-none = {""}
diag-notes-reminder = {" "}An automatic reminder goes out on { $reminder }.
diag-notes-domain = {" "}The domain { $domain } is not verified in the organization, so the user must verify their email themselves (users added after it is verified start Verified).
diag-notes-reminder-domain = {" "}An automatic reminder goes out on { $reminder }. The domain { $domain } is not verified in the organization, so the user must verify their email themselves (users added after it is verified start Verified).
diag-no-activation-email = Automatic activation emails are off for this organization, so no activation email went out: the user stays Not Verified until one is sent.{ $notes }
diag-no-activation-email-remedy = Send the activation email by hand (Resend invitation), or turn automatic activation emails on in Organization Settings.
diag-activation-link-expired = The activation link sent on { $sent } expired on { $expired } without being opened.
diag-activation-link-expired-remedy = Resend invitation sends a new link. The user can also verify when they first sign in.
diag-awaiting-activation = The activation email went out on { $sent }; the user has not opened its link yet (valid until { $until }).{ $notes }
diag-awaiting-activation-remedy = The user opens the activation email, or verifies when they first sign in. Resend invitation sends it again.
diag-no-activation-link = No activation link is out for the user.{ $notes }
diag-no-activation-link-remedy = Resend invitation sends the activation email. The user can also verify when they first sign in.
diag-deactivated-by-sync = Directory sync deactivated the user (disabled or missing in the directory); directory sync manages them, so they cannot be changed here.
diag-deactivated-by-sync-remedy = Enable the user in your directory; the next sync reactivates them.
diag-deactivated = An administrator deactivated the user.
diag-deactivated-deleted-on = An administrator deactivated the user. Unless reactivated, they are deleted on { $deleted }.
diag-deactivated-remedy = Reactivate returns them to the state they had.
diag-delayed-claim = The user was claimed from { $from } and has { $days } of 14 days left to choose what happens to their data there. On { $deadline } the default runs: their conversations move with them.
diag-delayed-claim-remedy = The user chooses in the Webex App (here: the menu's choose-data action), or the default runs at the deadline.

## What happens next (the core's timeline)
due-claim-default = { $who }: the delayed claim ends; their conversations move with them (the default)
due-deletion = { $who }: deleted after 30 days Inactive
due-reminder = { $who }: automatic reminder invitation
due-reminder-suppressed = { $who }: automatic reminder invitation (suppressed: automatic emails are off)
due-verify-link-expires = { $who }: the email verification link expires
due-move-link-expires = { $who }: the consent link to move their account expires
due-activation-link-expires = { $who }: the activation link expires

## The state diagrams' arrows
arrow-user-verifies = verifies the email (activation link, or at the first sign-in), or claimed once the domain is verified
arrow-user-signs-in = signs in for the first time
arrow-user-deactivated = deactivated by an administrator or directory sync
arrow-user-reactivated = reactivated (back to the state held before)
arrow-user-claimed-delayed = claimed with a delay
arrow-user-chooses-data = chooses what happens to their data, or the default after 14 days
arrow-sub-enters-email = enters an email in the portal
arrow-sub-enters-free-email = enters the email of a free Webex account
arrow-sub-onboarded = onboarded with an email (trusted, or Retry Activation)
arrow-sub-check-fails = an onboarding check fails
arrow-sub-opens-link = opens the verification link
arrow-sub-delete-starts-over = Delete User starts over
arrow-sub-agrees-move = agrees to move the account, or Retry Activation
arrow-sub-enters-other-email = enters another email in the portal
arrow-sub-enters-email-again = enters an email in the portal again
arrow-sub-retry = Retry Activation
arrow-sub-created = the Webex user is created or moved
arrow-sub-change-package = Change Package Type
arrow-sub-package-changed = the package is changed
diagram-node = { $state }: { $count }. Show them in the table.

## The audit log (the core's events)
event-template-created = Template { $name } ({ $id }) created
event-template-updated = Template { $name } ({ $id }) updated
event-customer-created = Customer { $name } ({ $id }) created
event-customer-updated = Customer { $name } ({ $id }) updated; template { $template }
event-subscriber-received = Subscriber { $bwid } ({ $id }) received by flow-through provisioning
event-status-changed = { $id }: status { $from } → { $to }
event-onboarding-failed = { $id }: onboarding failed (attempt { $attempt }): error { $code } { $text }
event-package-changed = { $id }: package { $from } → { $to }
event-subscriber-user-deleted = { $id }: Webex user deleted; subscriber kept
event-org-created = Organization { $name } ({ $id }) created
event-org-converted = { $id } converted from a free to a paid plan
event-setting-on = { $id }: { $setting } turned on
event-setting-off = { $id }: { $setting } turned off
event-domain-added = { $id }: domain { $domain } added
event-domain-published = { $id }: DNS TXT record for { $domain } published
event-domain-verified = { $id }: domain { $domain } verified
event-domain-claimed = { $id }: domain { $domain } claimed
event-domain-removed = { $id }: domain { $domain } removed
event-site-linked = { $id }: site { $site } linked
event-user-created = User { $email } ({ $id }) created in { $org } as { $state }
event-state-changed = { $id }: { $from } → { $to } ({ $reason })
event-user-moved = { $id } moved from { $from } to { $to }
event-user-deleted = User { $email } ({ $id }) deleted
event-user-signed-in = { $id } signed in
event-claim-resolved = { $id }: claim completed: { $choice }
event-claim-resolved-default = { $id }: claim completed: { $choice } (default action after 14 days)
event-sync-rejected = Directory entry { $email } rejected: { $reason }
event-mail-sent = { $kind } email to { $to } sent ({ $id })
event-mail-suppressed = { $kind } email to { $to } suppressed ({ $id })
event-link-used = Link used: { $purpose }
link-purpose-activation = account activation
link-purpose-verification = email verification
link-purpose-move = move account
event-clock-advanced = Sandbox clock advanced by { $by } (now { $ahead } ahead of real time)

## Commands (the audit log's Command column, undo)
command-CreateTemplate = Create template
command-UpdateTemplate = Edit template
command-CreateCustomer = Create customer
command-UpdateCustomer = Edit customer
command-ProvisionSubscribers = Flow-through provisioning
command-SubmitEmail = Submit email in portal
command-OpenLink = Open emailed link
command-RetryActivation = Retry Activation
command-DeleteSubscriberUser = Delete User
command-ChangePackage = Change Package Type
command-CreateOrg = Create organization
command-AddDomain = Add domain
command-PublishDomainRecord = Publish DNS record
command-VerifyDomain = Verify domain
command-ClaimDomain = Claim domain
command-RemoveDomain = Remove domain
command-AddUsers = Add users
command-LinkSite = Link site
command-AddSiteUsers = Add site users
command-SetDirectorySync = Set directory sync
command-SyncDirectory = Directory sync
command-ClaimUsers = Claim users
command-ChooseDataHandling = Choose data handling
command-CompleteEmailVerification = Complete email verification
command-SignIn = Sign in
command-Deactivate = Deactivate
command-Reactivate = Reactivate
command-DeleteUser = Delete user
command-SendActivationEmails = Send activation emails
command-SendReminders = Send reminders
command-SetAutomaticActivationEmails = Automatic activation emails
command-ConvertToPaid = Convert to paid plan
command-SignUpFree = Free sign-up
command-Tick = Scheduled tasks
command-AdvanceClock = Advance sandbox clock

## Who did it (the audit log's Actor column)
actor-partner-admin = Partner administrator
actor-customer-admin = Customer administrator
actor-end-user = End user
actor-end-user-who = End user { $who }
actor-provisioning = BroadWorks provisioning
actor-directory-sync = Directory sync
actor-system = System

## Refusals: why the core refused a command
error-required = { $field } is required.
error-too-long = { $field } can be at most { $max } characters.
error-email-empty = Enter an email address, for example ann@example.com.
error-email-too-long = That email address is longer than 254 characters; use a shorter address.
error-email-non-ascii = Internationalized email addresses are not supported; use the ASCII form of the address (for a domain, its xn-- form).
error-email-whitespace = An email address cannot contain spaces.
error-email-missing-at = An email address needs an @ between the name and the domain, for example ann@example.com.
error-email-domain-dot = The domain after @ needs a dot, for example example.com.
error-email-invalid = That is not a valid email address: { $what }. Check it and try again.
error-no-template = Template { $id } does not exist; it may have been removed in another tab. Reload the page.
error-no-customer = Customer { $id } does not exist; reload the page.
error-no-subscriber = Subscriber { $id } does not exist; reload the page.
error-no-org = Organization { $id } does not exist; reload the page.
error-no-user = User { $id } does not exist; reload the page.
error-no-domain = The domain { $domain } is not added to this organization; add it first.
error-duplicate = { $what } "{ $name }" already exists; choose another.
error-bad-row = Row { $row }: { $message } Nothing was applied; fix the row and try again.
error-listed-twice = { $who } is listed twice.
error-already-provisioned = Subscriber { $who } is already provisioned for this customer.
error-sentence = { $sentence }
error-bad-credentials = The BroadWorks user ID or password is not correct. Check them and sign in again.
error-portal-unavailable = Self-activation is not available for your account: { $why } Contact your service provider.
error-portal-locked = Your activation needs your administrator: they have been notified and will finish it for you.
error-not-awaiting-email = This account is already { $what }; there is nothing to enter here.
error-link-unknown = This link is not valid. Open the link from your most recent email, or start again from the activation page.
error-link-expired = This link has expired. Start again from the activation page to get a new one.
error-link-used = This link was already used. If your account is not active yet, start again from the activation page.
error-link-superseded = A newer email was sent for this account; use the link in the most recent email.
error-managed-by-sync = { $who } is managed by directory sync; change the user in your directory instead.
error-email-in-other-org = { $who } already belongs to a user in another organization; claim the user instead of adding them.
error-email-in-org = { $who } is already a user in this organization.
error-domain-claimed-elsewhere = The domain of { $who } is claimed by another organization; that organization's users cannot be added here.
error-not-claimable = { $who } belongs to a paid organization; only users of free (consumer) organizations can be claimed. Ask that organization's administrator to remove the user.
error-sync-off = Directory sync is off for this organization; turn it on first.
error-site-not-linked = The site { $site } is not linked to this organization; link it first.
error-batch-too-large = A batch can hold at most { $max } rows; split the file.

## The core's own sentences and field names, by their English words (says-…)
says-a-customer-with-enterprise-id = A customer with enterprise ID
says-a-free-organization-cannot-claim-users-claim-the = A free organization cannot claim users; claim them into a paid organization.
says-a-template-named = A template named
says-an-organization-named = An organization named
says-another-organization-has-claimed-this-domain-a-d = Another organization has claimed this domain; a domain can be claimed by one organization only.
says-another-organization-has-claimed-this-domain-it = Another organization has claimed this domain; it cannot be verified here.
says-automatic-activation-emails-are-already-set-that = Automatic activation emails are already set that way.
says-broadworks-enterprise-id = BroadWorks enterprise ID
says-broadworks-user-id = BroadWorks user ID
says-choose-at-least-one-user-to-claim = Choose at least one user to claim.
says-choose-at-least-one-user = Choose at least one user.
says-choose-what-happens-to-your-previous-account-s-d = Choose what happens to your previous account's data first.
says-customer-name = Customer name
says-directory-sync-is-already-set-that-way = Directory sync is already set that way.
says-directory-sync-is-for-paid-organizations = Directory sync is for paid organizations.
says-enter-the-site-as-a-host-name-for-example-acme-w = Enter the site as a host name, for example acme.webex.com.
says-free-organizations-cannot-add-domains = Free organizations cannot add domains.
says-inactive-users-and-users-already-in-a-claim-cann = Inactive users and users already in a claim cannot be claimed.
says-name = Name
says-only-a-not-verified-user-completes-email-verific = Only a Not Verified user completes email verification.
says-only-a-free-organization-can-be-converted-to-a-p = Only a free organization can be converted to a paid plan.
says-only-a-user-in-delayed-claim-chooses-what-happen = Only a user in Delayed Claim chooses what happens to their previous data.
says-only-an-inactive-user-can-be-reactivated = Only an Inactive user can be reactivated.
says-organization-name = Organization name
says-portal-password = Portal password
says-publish-the-txt-record-in-your-dns-first-then-ve = Publish the TXT record in your DNS first, then verify. DNS changes can take up to 72 hours to appear.
says-self-sign-up-is-for-free-organizations = Self sign-up is for free organizations.
says-share-link = Share Link
says-site-url = Site URL
says-sites-link-to-paid-organizations = Sites link to paid organizations.
says-template-name = Template name
says-the-share-link-field-does-not-point-to-this-temp = The Share Link field does not point to this template's Activation link.
says-the-txt-record-is-already-marked-as-published = The TXT record is already marked as published.
says-the-untrusted-emails-option-is-not-checked-in-th = The Untrusted Emails option is not checked in this template's User Verification settings.
says-the-domain = The domain
says-the-domain-is-already-claimed = The domain is already claimed.
says-the-domain-is-already-verified = The domain is already verified.
says-the-sandbox-clock-moves-forward-by-1-second-to-3 = The sandbox clock moves forward by 1 second to 366 days.
says-the-site = The site
says-the-user-already-has-that-package = The user already has that package.
says-the-user-is-already-inactive = The user is already Inactive.
says-the-user-must-first-choose-what-happens-to-the-d = The user must first choose what happens to the data of their previous account.
says-there-are-no-subscribers-to-provision = There are no subscribers to provision.
says-there-are-no-users-to-add = There are no users to add.
says-this-account-is-deactivated-contact-your-adminis = This account is deactivated. Contact your administrator.
says-this-account-is-deactivated-the-user-cannot-sign = This account is deactivated; the user cannot sign in until an administrator reactivates it.
says-this-activation-link-does-not-belong-to-any-temp = This activation link does not belong to any template.
says-this-user-has-no-error = This user has no error.
says-this-user-is-already-provisioned-retry-activatio = This user is already provisioned; Retry Activation is for users with errors or pending requirements.
says-users-join-free-organizations-by-signing-up-add = Users join free organizations by signing up; add users to a paid organization.
says-verify-the-domain-before-claiming-it = Verify the domain before claiming it.
says-being-provisioned = being provisioned
says-provisioned-sign-in-to-the-webex-app = provisioned: sign in to the Webex App

## More of the core's own sentences (CSV files, directory sync, suppressed emails, email addresses)
says-an-email-address-cannot-contain-spaces = An email address cannot contain spaces.
says-a-broadworks-user-id-cannot-contain-spaces = A BroadWorks user ID cannot contain spaces.
says-an-email-address-needs-an-between-the-name-and-t = An email address needs an @ between the name and the domain, for example ann@example.com.
says-automatic-activation-emails-are-off-for-this-org = Automatic activation emails are off for this organization.
says-belongs-to-a-user-in-another-organization-claim = Belongs to a user in another organization; claim the user first.
says-disabled-in-the-directory-and-not-yet-a-user-not = Disabled in the directory and not yet a user; not created (a new user cannot be Inactive).
says-enter-an-email-address-for-example-ann-example-c = Enter an email address, for example ann@example.com.
says-internationalized-email-addresses-are-not-suppor = Internationalized email addresses are not supported; use the ASCII form of the address (for a domain, its xn-- form).
says-listed-twice-the-first-entry-was-used = Listed twice; the first entry was used.
says-that-email-address-is-longer-than-254-characters = That email address is longer than 254 characters; use a shorter address.
says-the-domain-after-needs-a-dot-for-example-example = The domain after @ needs a dot, for example example.com.
says-the-domain-is-claimed-by-another-organization = The domain is claimed by another organization.
csv-file-no-header = The file has no header row.
csv-file-empty = The file is empty. Choose a CSV file with a header row and at least one user.
csv-file-no-bwid-column = The header has no "BroadWorks User ID" column. Add it and try again.
csv-file-no-email-column = The header has no "Email" column. Add it and try again.
csv-file-no-password-column = The header has no "Password" column (the User Activation Portal password). Add it and try again.
csv-file-invalid = The file is not valid CSV (line { $line }). Save it as CSV (comma-separated) and try again.
csv-file-too-many = The file has more than { $max } users; split it into smaller files.

## The composer's checklist marks, and an invitation refused for a user's state
checklist-done = (done)
checklist-missing = (missing)
error-not-invitable = { $who } is { $state }; only users who have not activated (Not Verified or Verified) get invitations.

## A CSV row's problems (the core's import)
csv-bwid-empty = BroadWorks User ID is empty.
csv-bwid-spaces = BroadWorks User ID cannot contain spaces.
csv-duplicate = { $value } appears earlier in the file.
csv-name-empty = Name is empty (give Name, or First Name and Last Name).
csv-password-empty = Password is empty.
csv-email = Email: { $problem }
csv-package = Package "{ $value }" is not one of Softphone, Basic, Standard, Premium.
csv-enabled = Enabled "{ $value }" is not true or false.

## What the core says when stored or imported data cannot be read (DecodeError, ReplayError)
decode-not-flowthrough = This is not flowthrough data. Choose a file exported from the Workspace page.
decode-newer = The data was written by a newer flowthrough (format version { $found }; this one reads up to { $supported }). Open it with the newer version, or export it and start fresh.
decode-truncated = The data is cut short ({ $found } of { $expected } bytes): it was not saved or copied completely. Use a complete copy.
decode-damaged = The data is damaged (its checksum does not match): some bytes changed after it was written. Use another copy.
decode-wrong-part = The data is { $found }, not { $expected }.
part-State = a workspace state
part-Change = a saved change
part-Audit = part of the audit log
part-Mail = part of the mailbox
part-Export = a workspace export
decode-not-json = The data is not valid JSON ({ $technical }); it may be truncated or not a flowthrough workspace.
decode-corrupt = The workspace data is damaged: { $technical }.
replay-error = Log entry { $seq } could not be replayed: { $reason }
replay-error-sequence = expected entry { $next } next
replay-error-diverged = it does not give the same result here; the stored data is inconsistent
replay-error-unread = The older history is still being read; try again in a moment.
history-fill = storage holds { $found } older items where { $expected } were expected

## Storage, files and the app's own notices (src/storage.rs, src/browser.rs, src/store.rs)
storage-disabled = This browser does not allow this page to store data (storage is disabled or blocked). Changes will last only until the tab is closed.
storage-read-refused = The browser refused to read stored data.
storage-not-packed = the stored text is not packed flowthrough data
storage-not-text = the stored workspace is not valid text
storage-state-unreadable = The saved workspace cannot be read: { $reason }.
storage-idb-missing = The workspace should be in this browser's IndexedDB, but it is not there (site data may have been partly cleared).
storage-migration-unavailable = This browser holds a workspace saved by the previous release, and the part of the app that reads it could not be fetched (the connection may be down). Nothing was changed: reload the page to try again.
storage-idb-refused = The browser refused to read the workspace from IndexedDB ({ $technical }). Reload the page to try again.
storage-idb-unreadable = The workspace kept in IndexedDB cannot be read: { $reason }
storage-change-missing = Saved change { $n } is missing from storage, so the newest changes cannot be read.
storage-change-refused = Saved change { $n } cannot be applied: { $reason }.
storage-change-damaged = Saved change { $n } is damaged: { $reason }
storage-write-failed = The browser could not save your changes: its storage for this site is full or blocked (this needs { $kb } KB). Your last saved workspace is unchanged. Export this workspace from the Workspace page to keep your work, or free space by starting over with a smaller workspace.
storage-write-failed-because = The browser could not save your changes: its storage for this site is full or blocked (this needs { $kb } KB). Your last saved workspace is unchanged. Export this workspace from the Workspace page to keep your work, or free space by starting over with a smaller workspace. ({ $technical })
storage-cannot-move = Part of the saved history ({ $key }) cannot be read, so the workspace cannot be moved to IndexedDB.
storage-segment-unreadable = A saved segment ({ $key }) cannot be read.
storage-audit-unreadable = Part of the audit log cannot be read: { $reason }
storage-audit-short = The audit log in storage has { $found } of its { $count } entries.
storage-mail-unreadable = Part of the mailbox cannot be read: { $reason }
storage-mail-short = The mailbox in storage has { $found } of its { $count } emails.
history-unreadable = The saved history cannot be read: { $reason }
busy-opening = Opening the workspace from this browser's storage…
busy-saving = Saving the workspace to this browser's storage…
says-the-workspace-is-still-being-opened-try-again-in = The workspace is still being opened; try again in a moment.
says-the-workspace-is-still-being-saved-try-again-in = The workspace is still being saved; try again in a moment.
says-the-page-is-closing = The page is closing.
updated-from-other-tab = Updated with changes made in another tab.
file-not-created = The browser could not create the file { $file }.
file-not-read = The file { $file } could not be read. Choose it again.
file-not-text = The file { $file } could not be read as text. Save it as UTF-8 text and choose it again.

## The activation email composer (seed 004): its checklist, fields and the email it writes
composer-item-goals = Your company's goals and rollout plan
composer-item-value = The value and purpose of the Webex App
composer-item-room = Link to the personal meeting room (if bought with Webex Meetings)
composer-item-support = Internal support links
composer-item-training = Links to internal training content
composer-item-portal = Link to the end-user portal
composer-item-steps = Activation steps (sign in with SSO)
composer-field-goals = Your company's goals and rollout plan
composer-field-value = The value and purpose of the Webex App
composer-field-room = Personal meeting room link (if you bought Webex Meetings)
composer-field-support = Internal support links
composer-field-training = Links to internal training content
composer-field-portal = End-user portal link
composer-field-steps = How users activate their account
composer-email-language = Language of the email
composer-draft-subject = Welcome to Webex at { $org }: activate your account
composer-draft-steps = Open the Webex App and sign in on your company's single sign-on (SSO) page with your company credentials. You are then signed in to the Webex App automatically.
composer-greeting = Hello,
composer-section-goals = Why we are moving to Webex
composer-section-value = What the Webex App does for you
composer-section-room = Your personal meeting room
composer-section-steps = How to activate your account
composer-section-portal = Your settings (end-user portal)
composer-section-support = Need help?
composer-section-training = Training
composer-closing =
    Thank you,
    Your IT team
composer-from-name = Webex administrator

## Shared workspaces (src/share.rs, src/components/share.rs, core/src/sync)
share-title = Shared workspace
share-lead = Share this workspace with colleagues or a class through a NATS server: everyone sees every change within a moment, and works on alone while the server is out of reach. Administrators change the workspace; trainees follow it.
share-invited = You were invited to a shared workspace: enter your user name and password, then Join.
share-server = Server
share-workspace = Shared workspace name
share-user = User name
share-password = Password
share-name = Your name (shown to the others)
share-remember = Keep the password in this browser
share-join-replaces = Joining replaces this browser's workspace with the shared one. Export it first to keep a copy.
share-this = Share this workspace
share-join = Join a shared workspace
share-reconnect = Reconnect
share-leave = Leave
share-leave-hint = Leaving keeps a copy of the workspace here, as this browser's own.
share-in = Shared workspace { $workspace } on { $server }. You are { $name }, { $role }.
share-role-admin = administrator
share-role-trainee = trainee (read only)
share-you = you
share-people = Who is here
share-join-link = Join link (no password in it)
share-copy-link = Copy link
share-link-copied = Join link copied.
share-connecting = Shared: connecting…
share-online = Shared: online
share-offline = Shared: offline
share-disconnected = Shared: not connected
share-waiting = { $count ->
    [one] 1 change waiting
   *[other] { $count } changes waiting
}
share-alone = nobody else here
share-here = here: { $names }
share-reports = { $count ->
    [one] 1 change not applied
   *[other] { $count } changes not applied
}
share-reports-title = Not applied
share-dismiss = Dismiss
share-by = by { $name }
share-sent = { $count ->
    [one] Back online: your waiting change went through.
   *[other] Back online: your { $count } waiting changes went through.
}
share-joined = You joined the shared workspace.
share-shared = This workspace is now shared. Give the join link to the others.
share-left = You left the shared workspace; this browser keeps its own copy.
share-trainee-banner = You joined as a trainee: you follow every change, but cannot make any.
share-error-fields = Fill in the server, the shared workspace name, your user name and your password.
share-error-name = A shared workspace name is 1 to 40 letters, digits, hyphens or underscores.
share-error-unreachable = No server answers at that address. Check the address (ws:// or wss://) and that the server is running. ({ $detail })
share-error-credentials = The user name or password is not right. Check them and try again.
share-error-denied = The server refused: your user may not do this in this workspace. Ask the administrator of the server. ({ $detail })
share-error-conflict = Another change came first; yours is being applied on top of it.
share-error-missing = There is no shared workspace of that name on this server. Check the name, or share this workspace under it.
share-error-exists = A shared workspace of that name already exists. Join it, or choose another name.
share-error-offline = The server is out of reach for now; your changes wait here and are sent when it is back.
share-error-unloaded = The sharing client could not be loaded: { $detail }. Reload the page and try again.
share-error-failed = The server reported a problem: { $detail }
share-record-failed = The shared workspace's record could not be kept in this browser: { $detail }
share-record-unreadable = This browser's record of its shared workspace cannot be read ({ $reason }). Your workspace is untouched; join the shared workspace again.
share-snapshot-unreadable = The shared workspace on the server cannot be read: { $reason }
share-history-offline = The older history of this shared workspace is on its server: reconnect to read it.
undo-shared = Undo is not available in a shared workspace: everyone's changes form one log. Make the opposite change instead.
sync-refused = Your { $command } was not applied: { $reason } { $author } had made a change first ({ $other }, { $at }).
sync-refused-alone = Your { $command } was not applied: { $reason }
sync-malformed = Entry { $seq } of the shared log is not a flowthrough change and was skipped: { $reason }
says-this-shared-workspace-is-read-only-for-you-you-j = This shared workspace is read-only for you: you joined it as a trainee.

## Lessons
nav-lessons = Lessons
lessons-title = Lessons
lessons-lead = Practise a provisioning journey on your own copy of a workspace: each step says what to do, and each checkpoint ticks the moment the rules see it reached. Your own workspace is never touched.
lessons-built-in = Built-in lessons
lessons-mine = Your lessons
lessons-mine-none = None yet. Record one below, or open a lesson file a trainer sent you.
lesson-size = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}, { $count ->
    [one] 1 checkpoint
   *[other] { $count } checkpoints
}
lesson-start = Start practising
lesson-download = Download lesson file
lesson-remove = Remove
lesson-file = Open a lesson file
lesson-file-valid = “{ $title }”, { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}: a valid lesson.
lesson-keep = Keep in your lessons
lesson-kept = Lesson kept in your lessons.
lesson-record-title = Record a lesson
lesson-record-lead = Start from the workspace as it is now, do the solution yourself on a copy, then stop: flowthrough proposes checkpoints from what changed, and you write the instructions.
lesson-record = Record a lesson
lesson-recording-started = Recording on a copy of your workspace. Do the solution, then Stop recording.
lesson-under-way = A lesson is under way: the consoles show its copy of the workspace, not yours.
lesson-open-checklist = Open the checklist
lesson-bar = Lesson
lesson-reading = Reading the lesson…
lesson-recording = Recording a lesson.
lesson-recording-what = You are working on a copy: do the solution, then stop recording.
lesson-stop-recording = Stop recording
lesson-write = Write the lesson
lesson-step-of = Step { $n } of { $count }:
lesson-count = { $count ->
    [one] { $n } of 1 checkpoint reached
   *[other] { $n } of { $count } checkpoints reached
}
lesson-complete = Lesson complete: every checkpoint is reached.
lesson-reached = Reached:
lesson-not-reached = Not reached yet
lesson-reached-now = Checkpoint reached: { $checkpoint }
lesson-reached-after = reached after { $time }
lesson-seconds = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
lesson-no-longer-holds = (no longer holds now)
lesson-practice-title = Lesson
lesson-none-under-way = No lesson is under way. Choose one to practise.
lesson-hint = Hint
lesson-show-hint = Show hint
lesson-hints-used = { $count ->
    [one] 1 hint used
   *[other] { $count } hints used
}
lesson-clock = { $count ->
    [one] Let 1 day pass
   *[other] Let { $count } days pass
}
lesson-clock-taken = { $count ->
    [one] 1 day has passed.
   *[other] { $count } days have passed.
}
lesson-start-again = Start again
lesson-started-again = Started again on a fresh copy.
lesson-leave = Leave the lesson
lesson-left = You left the lesson; your own workspace is back.
lesson-write-title = Write the recorded lesson
lesson-write-lead = Keep the checkpoints that show the solution worked, give them your own words if you like, and write what the learner must do.
lesson-title-label = Title
lesson-intro-label = Introduction
lesson-instruction-label = What the learner must do
lesson-hint-label = Hint (optional)
lesson-proposed = Checkpoints proposed from what changed
lesson-own-words = Your own words (optional)
lesson-nothing-changed = Nothing changed while recording, so there is nothing to check. Discard this recording and record again.
lesson-title-missing = Give the lesson a title.
lesson-instruction-missing = Write what the learner must do.
lesson-no-checkpoint-kept = Keep at least one checkpoint: it is how the lesson knows the learner succeeded.
lesson-save = Save the lesson
lesson-discard = Discard the recording
lesson-saved = “{ $title }” is saved in your lessons.
lesson-back-to-workspace = Back to your workspace
lesson-no-recording = No recording is under way.
lesson-none = No lesson is under way.
lesson-no-clock = This step has no clock step to take now.
lesson-not-while-shared = Leave the shared workspace first: a lesson runs on a copy in this browser only.
lesson-busy = The workspace is still being saved; try again in a moment.
lesson-history-unread = The workspace's history could not be read, so it cannot be recorded; reload the page and try again.
lesson-unloaded = The lessons could not be fetched (the connection may be down). Try again.
lesson-record-unreadable = The lesson under way could not be read ({ $reason }). Leave it and start again.
lesson-error-unreadable = This is not a lesson file flowthrough can read ({ $reason }). Choose a lesson file (.json) saved by flowthrough.
lesson-error-newer = This lesson is in format { $format }, newer than this flowthrough reads; update flowthrough.
lesson-error-invalid = This lesson file is not valid: { $reason }
lesson-error-start = The lesson's starting workspace could not be made: { $reason }
check-subscriber-status = Subscriber { $subscriber } is { $status }
check-subscriber-package = Subscriber { $subscriber } has the { $package } package
check-user-state = { $email } is { $state }
check-user-state-in = { $email } is { $state } in { $org }
check-no-user = No user has the email { $email }
check-template-ready = Template “{ $template }” has Untrusted Emails checked and its Share Link pointing to its Activation link
check-customer-no-errors = Customer { $customer } has no subscriber in Error
check-email-sent = An email “{ $kind }” went to { $to }
check-email-suppressed = The email “{ $kind }” to { $to } was suppressed
check-automatic-emails-on = Automatic activation emails are on for { $org }
check-automatic-emails-off = Automatic activation emails are off for { $org }
check-directory-sync-on = Directory sync is on for { $org }
check-directory-sync-off = Directory sync is off for { $org }
check-domain-status = Domain { $domain } of { $org } is { $status }
check-org-paid = { $org } is on a paid plan
class-title = Classes
class-lead = A trainer starts a class from a lesson on the NATS server that sharing uses; each trainee joins by the link and practises on their own copy, and the trainer's board shows every trainee's checkpoints as they reach them.
class-go = Start or join a class
class-join-title = Join a class
class-join-lead = Use the user name and password your trainer gave you. Your work stays on your own copy; only your progress and your changes go to the class.
class-start-title = Start a class
class-start-lead = As an administrator of the server. Give the class a name of letters, digits, - and _, then send trainees the join link the board shows.
class-server = Server
class-name = Class name
class-user = User name
class-password = Password
class-your-name = Your name
class-lesson = Lesson
class-join = Join the class
class-start = Start the class
class-join-incomplete = Give the server, the class's name (letters, digits, - and _), your user name and your name.
class-name-invalid = Give a user name, and a class name of letters, digits, - and _ only.
class-open-board = Open the board of { $class }
class-none = No class runs in this browser.
class-lesson-unreadable = The class's lesson is not text flowthrough can read.
class-board-title = Class board
class-board-caption = Trainees and the checkpoints they reached
class-join-link = Join link:
class-trainee = Trainee
class-status = Status
class-last-action = Last action
class-no-trainees = No trainee has joined yet.
class-done = Done
class-stuck = Stuck
class-working = Working
class-follow = Follow { $name }'s copy
class-clock-title = The class's clock
class-days = Days
class-clock-button = Let the days pass for every trainee
class-days-invalid = Give a number of days from 1 to 366.
class-clock-sent = { $count ->
    [one] 1 day passes for every trainee.
   *[other] { $count } days pass for every trainee.
}
class-clock-taken = { $count ->
    [one] The trainer let 1 day pass.
   *[other] The trainer let { $count } days pass.
}
class-reconnect = Reconnect to class { $class } as { $user }: give the password again.
class-reconnect-button = Reconnect
class-reconnect-needed = not connected: reconnect on the checklist page
class-in = Class { $class }
class-online = connected
class-sending = { $count ->
    [one] sending 1 message
   *[other] sending { $count } messages
}
class-offline = { $count ->
    [one] offline, 1 message waits and is sent when the connection is back
   *[other] offline, { $count } messages wait and are sent when the connection is back
}
class-follow-title = { $user }'s copy
class-follow-lead = Followed live, read only: what this trainee's copy holds now.
class-follow-waiting = Waiting for this trainee's copy…
class-follow-changes = Latest changes
class-follow-subscribers = Subscribers
class-follow-users = Control Hub users
class-org = Organization
read-only-trainee = Read only: you joined this shared workspace as a trainee.
lesson-copy-restarted = Your copy of the lesson's workspace could not be read, so it was started again; the checkpoints you reached are kept.

## Importing a customer's subscribers from the Webex API (core's import::api, the Workspace page)
api-import-title = Import from the Webex API
api-import-hint = Choose one or more page files of "List BroadWorks Subscribers" (GET /v1/broadworks/subscribers, saved as JSON). They are read in this browser and sent nowhere.
api-import-files = Webex API files (.json)
api-import-reading = Reading file { $done } of { $total }
api-import-read = Files read: { $files }. Subscribers that can be imported: { $valid }. With problems: { $errors }.
api-import-problems = These are not imported:
api-import-row = { $file }, item { $item } { $who }:
api-import-apply = Import { $count } subscribers into a new workspace
api-import-done = Imported { $count } subscribers from the Webex API. This workspace holds real data.
api-file-too-large = { $file } is larger than { $max } MB. Split the export into pages of subscribers.
api-file-not-utf8 = { $file } is not UTF-8 text (at byte { $offset }). Save the API's response as it came.
api-file-empty = { $file } is empty.
api-file-invalid = { $file } is not valid JSON (line { $line }, column { $column }). Save the API's response as it came.
api-file-no-items = { $file } has no "items" list: it is not a page of List BroadWorks Subscribers.
api-file-too-many = With { $file } there are more than { $max } subscribers; import fewer files at a time.
api-item-invalid = The subscriber is not in the API's shape: { $problem }
api-item-not-object = The item is not a subscriber (an object).
api-field-missing = { $field } is missing.
api-field-type = { $field } is { $found }, not text.
api-duplicate = { $value } appears earlier in the files.
api-status = Status "{ $value }" is not one of the API's statuses.
api-time = { $field } "{ $value }" is not a date and time (ISO 8601).
api-self-activated = selfActivated "{ $value }" is not true or false.
api-since-unknown = an unknown time (the file has no lastStatusChange)
json-null = null
json-boolean = true or false
json-number = a number
json-string = text
json-list = a list
json-object = an object
real-data = Real data
real-data-title = This workspace holds a customer's real data, imported from the Webex API. It stays in this browser.
why-basis = What this rests on
worklist-export = Export worklist
stuck-stalled = Provisioning has not finished in a day
command-ImportFromApi = Import from the Webex API
says-an-import-from-the-webex-api-goes-into-a-new-emp = An import from the Webex API goes into a new, empty workspace.
says-the-files-hold-no-subscriber-to-import = The files hold no subscriber to import.
diag-api-basis = From the Webex API's file: status { $status } since { $since }; errors listed: { $errors }. The file does not carry the template's settings, the emails sent or their links, so those cannot be checked here.
diag-api-stalled = The subscriber has been { $status } since { $since } ({ $for }); provisioning normally finishes within minutes.
diag-api-stalled-remedy = In Partner Hub, open User Status for this subscriber and use Retry Activation; if it stays, open a case with Cisco and give the subscriber's id from the file.
diag-api-awaiting-email = The subscriber has not entered an email address in the User Activation Portal since { $since } ({ $for }).
diag-api-awaiting-email-remedy = Send the subscriber the template's Activation link (its Share Link) again; or, in Partner Hub, Retry Activation with their email.
diag-api-awaiting-verification = A verification email went to { $email } at { $since } ({ $for } ago); its link is valid for 24 hours.
diag-api-verify-expired = The verification email to { $email } went out at { $since } ({ $for } ago); its link has expired.
diag-api-verify-expired-remedy = In Partner Hub, Retry Activation with the subscriber's email sends a new verification email; ask them to open it within 24 hours.
diag-api-move-consent = { $email } already has a Webex account; the consent email to move it went out at { $since } ({ $for } ago) and is not answered.
diag-api-move-consent-remedy = Ask the user to accept the consent email; in Partner Hub, Retry Activation sends it again.
diag-api-broadworks-id-in-use = The BroadWorks user ID { $bwid } is already linked to another Webex user. Onboarding failed at { $since } ({ $for } ago) with: "{ $error }"
diag-api-broadworks-id-in-use-remedy = In Control Hub, find the user who holds { $bwid } and delete that user if it is a leftover; then, in Partner Hub, Delete User and Retry Activation for this subscriber.
diag-api-failed = Onboarding failed at { $since } ({ $for } ago) with: "{ $error }"
diag-api-failed-remedy = Fix what the error says; then, in Partner Hub, Retry Activation for this subscriber.
diag-api-error-unexplained = The file says Error since { $since } ({ $for }) but lists no error.
diag-api-error-unexplained-remedy = In Partner Hub, open User Status, find the subscriber and use Copy Error Text; then fix what it says and Retry Activation.
api-export-hint = The subscribers in the Webex API's shape (one page of List BroadWorks Subscribers). The redacted file replaces names, emails, phone numbers and BroadWorks user IDs with numbered placeholders, so it can go to a colleague or a case.
api-export = Export in the API's shape
api-export-redacted = Export redacted
api-exported = Saved { $file }.
share-real-title = Share a customer's real data?
share-real-text = This workspace holds a customer's real data, imported from the Webex API: names, emails and phone numbers. Sharing sends it to the NATS server for everyone who joins. Share a redacted copy instead if you can.
share-real-confirm = Share real data
csv-file-no-status-column = The header has no "User Status" column: export the users from Control Hub (Users, Export) and choose that file.
csv-user-status = User Status "{ $value }" is not one of Active, Verified, Not Verified, Inactive.
csv-delayed-claim = A Delayed Claim cannot be imported: the export does not say from which organization or until when.
reason-ImportedFromExport = Imported from Control Hub's users export in this state; the export does not say why.
command-ImportUsers = Import Control Hub's users export
says-a-delayed-claim-cannot-be-imported-the-export-do = A Delayed Claim cannot be imported: the export does not say from which organization or until when.
ch-export-file = Control Hub users export (exported_users.csv)
ch-export-hint = Import the users of Control Hub's export (Users, Export) into this organization, each in the state the export gives. No email is sent.
ch-export-apply = Import { $count } users in their states
api-import-progress = Importing from the Webex API: { $done } of { $total } subscribers…
api-import-stopped = The import stopped after { $done } of { $total } subscribers: { $reason }
api-field-too-long = { $field } is longer than { $max } characters.
api-created = Created { $date }
api-created-unknown = Created: not in the file
api-self-yes = self-activated
api-self-no = not self-activated
api-self-unknown = self-activation not in the file
