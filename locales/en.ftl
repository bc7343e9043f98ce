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
portal-passwords-hint = Portal passwords are rehearsal data, shown so you can play the end user in the User Activation Portal. At most 200 subscribers are listed here; the User Status view lists all.
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
