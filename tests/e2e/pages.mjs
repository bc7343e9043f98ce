// One page object per page of the console: what a person sees and does there, by role and
// accessible name. A label changed on a page is changed here, once.

/** Control Hub → Organizations (`/control`). */
export class Organizations {
  constructor(page, base) { this.page = page; this.base = base; }
  async goto() { await this.page.goto(`${this.base}/control`); }
  /** Creates an organization from the list and waits for its row. */
  async create(name, free = false) {
    await this.page.getByLabel("Organization name").fill(name);
    if (free) await this.page.getByLabel("Free (consumer) organization").check();
    await this.page.getByRole("button", { name: "Create organization" }).click();
    await this.row(name).waitFor();
  }
  row(name) { return this.page.getByRole("row", { name: new RegExp(name) }); }
  /** Opens an organization (its Users tab). */
  async open(name) {
    await this.page.getByRole("link", { name, exact: true }).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }
}

/** An organization's tabs in Control Hub (`/control/orgs/:id/...`). */
export class Organization {
  constructor(page) { this.page = page; }
  async tab(name) {
    await this.page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name, exact: true }).click();
  }
}

/** Control Hub → an organization → Users. */
export class Users {
  constructor(page) { this.page = page; this.org = new Organization(page); }
  /** The row whose Email cell is exactly `email`. */
  row(email) { return this.page.getByRole("row").filter({ has: this.page.getByRole("cell", { name: email, exact: true }) }); }
  async add(...emails) {
    await this.org.tab("Users");
    await this.page.getByLabel("Email addresses").fill(emails.join("\n"));
    await this.page.getByRole("button", { name: "Add users" }).click();
    await this.row(emails[0]).waitFor();
  }
  /** A user signs up to a free organization. */
  async signUp(email, verified = true) {
    await this.org.tab("Users");
    await this.page.getByLabel("Email", { exact: true }).fill(email);
    await this.page.getByLabel("Name", { exact: true }).fill(email.split("@")[0]);
    await this.page.getByLabel("Has verified their email").setChecked(verified);
    await this.page.getByRole("button", { name: "Sign up" }).click();
    await this.row(email).waitFor();
  }
  /** Takes an action from a user's menu. */
  async act(email, action) {
    await this.page.getByRole("button", { name: `Actions for ${email}` }).click();
    await this.page.getByRole("menuitem", { name: action }).click();
  }
  /** A user's state and why, as the row says them. */
  async stateOf(email) {
    // After a reload the page comes with its chunk: wait for the row, as a person would.
    await this.row(email).waitFor();
    const cells = await this.row(email).getByRole("cell").allInnerTexts();
    // The first cell is the row's selection checkbox.
    return { state: cells[3].split("\n")[0].trim(), why: cells[4].trim() };
  }
}

/** Control Hub → an organization → Domains. */
export class Domains {
  constructor(page) { this.page = page; this.org = new Organization(page); }
  row(domain) { return this.page.getByRole("row", { name: new RegExp(domain) }); }
  /** Adds a domain and takes it through publishing its record and verification. */
  async verify(domain) {
    await this.org.tab("Domains");
    await this.page.getByLabel("Domain name").fill(domain);
    await this.page.getByRole("button", { name: "Add domain" }).click();
    const row = this.row(domain);
    await row.getByRole("button", { name: "Verify" }).click();
    await this.page.getByRole("status").filter({ hasText: "Publish the TXT record" }).waitFor();
    await row.getByRole("button", { name: "Mark record as published" }).click();
    await row.getByRole("button", { name: "Verify" }).click();
    await row.getByText("Verified", { exact: true }).waitFor();
  }
}

/** The Mailbox (`/mailbox`). */
export class Mailbox {
  constructor(page) { this.page = page; }
  async filter(recipient) { await this.page.getByLabel("Filter by recipient").fill(recipient); }
  mail(subject) { return this.page.getByRole("article", { name: subject }); }
  mails() { return this.page.getByRole("article"); }
  async openLink(subject) { await this.mail(subject).getByRole("link", { name: "Open link" }).click(); }
}

/** Partner Hub → Templates and a template's page. */
export class Templates {
  constructor(page, base) { this.page = page; this.base = base; }
  async open(name) {
    await this.page.goto(`${this.base}/partner`);
    await this.page.getByRole("link", { name: "View Templates" }).click();
    await this.page.getByRole("link", { name }).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }
  verification() { return this.page.getByRole("region", { name: "User Verification" }); }
}

/** Partner Hub → a template → User Status. */
export class UserStatus {
  constructor(page) { this.page = page; }
  row(text) { return this.page.getByRole("row", { name: new RegExp(text) }); }
  async act(bwid, action) {
    await this.page.getByRole("button", { name: `Actions for ${bwid}` }).click();
    await this.page.getByRole("menuitem", { name: action }).click();
  }
}

/** The User Activation Portal (`/activate/:provisioning-id`). */
export class Portal {
  constructor(page) { this.page = page; }
  async signIn(bwid, password = "welcome1") {
    await this.page.getByRole("heading", { name: "Activate Webex" }).waitFor();
    await this.page.getByLabel("BroadWorks user ID").fill(bwid);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
  async submitEmail(email) {
    const change = this.page.getByRole("button", { name: "Use a different email address" });
    if (await change.isVisible()) await change.click();
    await this.page.getByLabel("Email address").fill(email);
    await this.page.getByRole("button", { name: /Continue|Try again/ }).click();
  }
}
