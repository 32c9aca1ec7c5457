//! The command line, as clap types. Help text is English; messages people see while using a
//! vault come from Fluent in their language.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Tejido: the community protection vault, without the desktop app.
///
/// Secrets (passphrases, the recovery key) are asked for without echo when run in a terminal,
/// and read one per line from standard input otherwise.
#[derive(Debug, Parser)]
#[command(name = "tejido", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new vault in DIR and print its recovery key once.
    Init {
        /// The vault folder (missing or empty), e.g. `Community.tejido`.
        dir: PathBuf,
        /// The collective's name.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Create a vault filled with the fictional demo community, or open it if it exists.
    Demo {
        /// The vault folder (missing, empty, or an earlier demo vault).
        dir: PathBuf,
    },
    /// Add, list and remove members of the collective.
    #[command(subcommand)]
    Person(PersonCommand),
    /// Work with the collective's risk analysis.
    #[command(subcommand)]
    Risk(RiskCommand),
    /// What the network analyses find (no safety contact, single points of failure…).
    Network {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of sentences.
        #[arg(long)]
        json: bool,
    },
    /// The alert chain in practice: activate an alert level, log who was reached and when,
    /// stand down; each person's means of contact (restricted).
    #[command(subcommand)]
    Alert(AlertCommand),
    /// Print the community protocol (an agreed version, or the draft) without its
    /// restricted sections.
    Protocol {
        /// The vault folder.
        dir: PathBuf,
        /// Which agreed version (1, 2…); the current draft if left out.
        #[arg(long)]
        version: Option<u32>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check the community's records against La Puya's principles.
    #[command(subcommand)]
    Analyse(AnalyseCommand),
    /// Undo the most recent change.
    Undo {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Show recent changes.
    History {
        /// The vault folder.
        dir: PathBuf,
        /// How many changes to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Verify every saved generation and key slot, and report problems.
    Check {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Accept the state a rolled-back vault opened at (deleted saves, an older copy put back,
    /// a restored backup) after reading the warning; it is saved anew and no longer told.
    AcceptRollback {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Add, change or remove passphrases (the data is not re-encrypted).
    #[command(subcommand)]
    Passphrase(PassphraseCommand),
    /// Give the vault a new key after a passphrase leaked or a slot was removed: everything is
    /// sealed again, only the passphrase typed (or the new one) stays, and a new recovery key
    /// is printed once. Old key files and old passphrases open nothing saved afterwards.
    Rekey {
        /// The vault folder.
        dir: PathBuf,
        /// Also ask for a new passphrase to keep instead of the one typed to open.
        #[arg(long)]
        new_passphrase: bool,
    },
    /// For a laptop that may be seized: overwrite and remove every passphrase of the vault and
    /// this laptop's Syncthing key. Afterwards only the paper recovery key (`tejido recover`)
    /// or enough recovery shares (`tejido recover-shares`) open it. Refused when the vault has
    /// neither. Asks for a current passphrase.
    ShredKeys {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Split the vault's recovery among members: any NEEDED of SHARES shares open it, so no
    /// single person holds the key. Prints the shares once; a new split makes older shares
    /// useless. Asks for a current passphrase.
    SplitRecovery {
        /// The vault folder.
        dir: PathBuf,
        /// How many shares together open the vault (2 or more).
        #[arg(long)]
        needed: u8,
        /// How many shares to make (at most 10).
        #[arg(long)]
        shares: u8,
    },
    /// Open a vault with shares held by members (one a line) and set a new passphrase.
    RecoverShares {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Open a vault with the paper recovery key and set a new passphrase.
    Recover {
        /// The vault folder.
        dir: PathBuf,
        /// Also replace the recovery key (the old paper key stops working).
        #[arg(long)]
        new_recovery_key: bool,
    },
    /// Share a vault between laptops: invitations, USB sticks, conflicts.
    #[command(subcommand)]
    Sync(SyncCommand),
    /// Contact files of desks and communities: this vault's, and those it accepted after
    /// comparing their fingerprint aloud.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Cases for a solidarity network's desk: written with each person's consent, sealed and
    /// signed into a package; packages opened (a case at a desk, its status report back home).
    #[command(subcommand)]
    Case(CaseCommand),
    /// At a network desk: its members (each with their own passphrase, added and removed by
    /// Advisory Group decisions) and the signed log of who opened which case.
    #[command(subcommand)]
    Desk(DeskCommand),
    /// Measure vault speed against plain file writes and scrypt alone.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Start sharing a vault, as its first laptop.
    Start {
        /// The vault folder.
        dir: PathBuf,
        /// This laptop's name in the group.
        #[arg(long)]
        name: String,
    },
    /// Add a laptop: write its invitation to OUT and print the code to read aloud.
    Invite {
        /// The vault folder.
        dir: PathBuf,
        /// The new laptop's name.
        #[arg(long)]
        name: String,
        /// Where to write the invitation.
        #[arg(long)]
        out: PathBuf,
    },
    /// Make a vault in DIR from an invitation: asks for the code, then a new passphrase.
    Join {
        /// The new vault folder (missing or empty).
        dir: PathBuf,
        /// The invitation file.
        #[arg(long)]
        invitation: PathBuf,
    },
    /// Copy sync files both ways with a USB stick (or any folder) and apply what came.
    Stick {
        /// The vault folder.
        dir: PathBuf,
        /// The stick's folder.
        stick: PathBuf,
    },
    /// Publish this laptop's edits and apply what is in the vault's sync folder.
    Import {
        /// The vault folder.
        dir: PathBuf,
    },
    /// The laptops of the group, conflicts to settle and refused files.
    Status {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a lost or stolen laptop from the group (the community's package keys are
    /// replaced: every desk needs the new contact file).
    Remove {
        /// The vault folder.
        dir: PathBuf,
        /// The laptop's name.
        #[arg(long)]
        laptop: String,
    },
    /// Every desk has the community's new contact file (made when a laptop was removed).
    KeysGiven {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Settle a conflict (ids from `status --json`) by keeping one side.
    Settle {
        /// The vault folder.
        dir: PathBuf,
        /// The conflict's id.
        #[arg(long)]
        conflict: String,
        /// `mine` or `theirs`.
        #[arg(long)]
        keep: String,
    },
    /// Trust a laptop that joined: type the short code it shows, read aloud by the person at it.
    Confirm {
        /// The vault folder.
        dir: PathBuf,
        /// The code the new laptop shows (three groups of four).
        #[arg(long)]
        code: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AlertCommand {
    /// Activate an alert level ("we are at orange now"), as the group decided it.
    Activate {
        /// The vault folder.
        dir: PathBuf,
        /// The level.
        #[arg(long, value_enum)]
        level: AlertLevelArg,
        /// Who decided, as written ("the assembly").
        #[arg(long, default_value = "")]
        decided_by: String,
        /// A member who took part in the decision, by pseudonym (repeat for several).
        #[arg(long = "decider")]
        deciders: Vec<String>,
        /// Why, in a line.
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Log, now, how the running alert reached a member.
    Mark {
        /// The vault folder.
        dir: PathBuf,
        /// The member's pseudonym.
        #[arg(long)]
        pseudonym: String,
        /// What happened.
        #[arg(long, value_enum)]
        outcome: ChainOutcomeArg,
        /// For `fallback`: the pseudonym of whoever passed the alert on.
        #[arg(long)]
        through: Option<String>,
    },
    /// Stand the running alert down: back to green.
    StandDown {
        /// The vault folder.
        dir: PathBuf,
        /// What was said when standing down.
        #[arg(long, default_value = "")]
        note: String,
    },
    /// The running alert and past ones, each with its dated log, as JSON.
    List {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Set a member's means of contact (restricted: never projected or exported; printed on
    /// pocket cards only after a warning). An option left out keeps its value; "" clears it.
    Contact {
        /// The vault folder.
        dir: PathBuf,
        /// The member's pseudonym.
        #[arg(long)]
        pseudonym: String,
        /// Phone number.
        #[arg(long)]
        phone: Option<String>,
        /// Radio channel or call sign.
        #[arg(long)]
        radio: Option<String>,
        /// Meeting point.
        #[arg(long)]
        meeting_point: Option<String>,
        /// Any other way.
        #[arg(long)]
        other: Option<String>,
    },
}

/// The levels an alert is activated at (green is standing down).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AlertLevelArg {
    Yellow,
    Orange,
    Red,
}

/// How the chain reached a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChainOutcomeArg {
    Reached,
    NotReached,
    Fallback,
}

#[derive(Debug, Subcommand)]
pub enum AnalyseCommand {
    /// At a desk: its received cases by threat category and month, region, working group,
    /// the kind of perpetrator and the company or authority named.
    Trends {
        /// The desk's vault folder.
        dir: PathBuf,
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// At a desk: every received case as one CSV line, for an annual report. No person's name
    /// or pseudonym; the file is NOT encrypted.
    Cases {
        /// The desk's vault folder.
        dir: PathBuf,
        /// Where to write the CSV (printed when absent).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// At a desk: the people who signed a petition, counted from its CSV file of signatures
    /// (each person once: the same e-mail or phone, or the same name where there is none). The
    /// file is read, never kept.
    Signatures {
        /// The CSV file of signatures.
        file: PathBuf,
        /// Print JSON instead of a sentence.
        #[arg(long)]
        json: bool,
    },
    /// Risk per person and per group: which risks each member and each group carries, gravest
    /// first (from the incidents each risk rests on and whom it names as threatened).
    Risks {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of sentences.
        #[arg(long)]
        json: bool,
    },
    /// Principle 1: the companies the records know and the members tied to them, measures and
    /// decisions that plan a dialogue with a company, and the institutions to demand action
    /// from instead.
    Companies {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of sentences.
        #[arg(long)]
        json: bool,
    },
    /// Principle 2: which groups (women, youth, elders, the community's own) took part in
    /// the recorded decisions over time, who owns the measures, and what goes against
    /// inclusion.
    Inclusion {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of sentences.
        #[arg(long)]
        json: bool,
    },
    /// Principle 3: who the community depends on (network concentration, roles the protocol
    /// names, measure owners, the alert chain), and what to do about it.
    Leaders {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of sentences.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RiskCommand {
    /// Export the risk register and plan (restricted records are left out) for analysis
    /// elsewhere. The file is NOT encrypted: keep it as carefully as the vault.
    Export {
        /// The vault folder.
        dir: PathBuf,
        /// `json` (everything, nested) or `csv` (one line per risk, for a spreadsheet).
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Letters to the public institutions responsible for acting on an incident (La Puya's
    /// principle 1), one per institution, signed by the community. People are named only as
    /// they agreed; restricted records never appear.
    IncidentLetters {
        /// The vault folder.
        dir: PathBuf,
        /// The incident: its title, or the start of its id (at least 4 characters).
        incident: String,
        /// The letters' language (default: the interface's).
        #[arg(long, value_parser = ["en", "es", "fr"])]
        lang: Option<String>,
        /// Print JSON instead of the letters as text.
        #[arg(long)]
        json: bool,
    },
}

/// The formats of `tejido risk export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// The whole register as JSON.
    Json,
    /// One line per risk.
    Csv,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a member.
    Add {
        /// The vault folder.
        dir: PathBuf,
        #[command(flatten)]
        details: PersonDetails,
    },
    /// List members.
    List {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Remove a member (undo brings them back).
    Remove {
        /// The vault folder.
        dir: PathBuf,
        /// The member's pseudonym.
        #[arg(long)]
        pseudonym: String,
    },
    /// Erase a removed member from the vault for good: the record, its history and every
    /// older save. Cannot be undone.
    Forget {
        /// The vault folder.
        dir: PathBuf,
        /// The removed member's pseudonym.
        #[arg(long)]
        pseudonym: String,
    },
}

#[derive(Debug, Args)]
pub struct PersonDetails {
    /// The name shown everywhere (projector, print, export). Required.
    #[arg(long)]
    pub pseudonym: String,
    /// The real name, only if the community wants it recorded.
    #[arg(long = "name")]
    pub real_name: Option<String>,
    /// Role in the collective.
    #[arg(long, default_value = "")]
    pub role: String,
    /// A profile tag (repeatable), e.g. `women-defender`, `youth`, `elder`.
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// public, community or restricted.
    #[arg(long, default_value = "community")]
    pub sensitivity: String,
}

#[derive(Debug, Subcommand)]
pub enum PassphraseCommand {
    /// Add a passphrase: asks for a current one, then the new one.
    Add {
        /// The vault folder.
        dir: PathBuf,
    },
    /// List the ways into the vault: slot id, kind, date, and slots sealed with less work
    /// than today's.
    List {
        /// The vault folder.
        dir: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Remove a passphrase: asks for the one to remove. The last one cannot be removed.
    /// With `--id`, removes that slot (one nobody remembers, or that leaked) and asks for
    /// another passphrase to confirm.
    Remove {
        /// The vault folder.
        dir: PathBuf,
        /// The slot id (from `tejido passphrase list`).
        #[arg(long)]
        id: Option<uuid::Uuid>,
    },
    /// Change a passphrase: asks for the old one, then the new one.
    Change {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Add a duress passphrase: asks for a current one, then the duress one. Typed at unlock
    /// under threat, it opens a decoy (the demo community under your collective's name) and
    /// silently shreds every other passphrase of this laptop; the real data then opens only
    /// with the paper key or the shares. Needs a paper key or shares.
    Duress {
        /// The vault folder.
        dir: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Save and unlock times as ratios against plain write+fsync and scrypt alone.
    Vault {
        /// Where to write the throwaway benchmark vault (default: a new temp folder).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// Image sizes in MB.
        #[arg(long, value_delimiter = ',', default_values_t = [1usize, 10])]
        sizes: Vec<usize>,
        /// Repetitions per measurement (the median is reported).
        #[arg(long, default_value_t = 5)]
        rounds: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Network analysis time on generated networks (five links per person), as a ratio
    /// against one plain breadth-first pass over the same links.
    Network {
        /// Network sizes in people.
        #[arg(long, value_delimiter = ',', default_values_t = [1000usize, 10_000, 50_000])]
        sizes: Vec<usize>,
        /// Repetitions per measurement (the median is reported).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a vault holding a generated network of invented people, to measure the desktop map
    ///
    /// Households, family links inside them, links across them and a few actors, as `tejido
    /// bench network` generates them (the same seed makes the same network), stored through
    /// the same writes as any edit. Asks for its passphrase; prints no recovery key.
    MakeNetworkVault {
        /// The vault folder (missing or empty).
        dir: PathBuf,
        /// How many people.
        #[arg(long, default_value_t = 2000)]
        people: usize,
        /// How many links.
        #[arg(long, default_value_t = 10_000)]
        links: usize,
        /// The generator's seed: the same seed makes the same network.
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
    /// Sync: 1,000 edits recorded, sealed, and applied on another laptop; and a new laptop
    /// joining a vault of many rows. Ratios against writing and reading the same bytes plainly.
    Sync {
        /// Edits per change file.
        #[arg(long, default_value_t = 1000)]
        edits: usize,
        /// Members in the vault a new laptop joins.
        #[arg(long, default_value_t = 10_000)]
        rows: usize,
        /// Repetitions per measurement (the median is reported).
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// What a contact file says this vault is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RoleArg {
    /// A network desk: communities send it cases.
    Desk,
    /// A community: it sends cases to desks.
    Community,
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Write this vault's contact file (public keys only) and print its fingerprint, to read
    /// aloud to whoever receives it.
    Save {
        /// The vault folder.
        dir: PathBuf,
        /// What the file says this vault is.
        #[arg(long, value_enum, default_value_t = RoleArg::Community)]
        role: RoleArg,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
    },
    /// Accept a desk's or community's contact file. Call them and read its fingerprint aloud
    /// together first: it is accepted only when `--fingerprint` matches the file's.
    Add {
        /// The vault folder.
        dir: PathBuf,
        /// The contact file.
        file: PathBuf,
        /// The fingerprint read aloud by the desk or community (eight groups of four).
        #[arg(long)]
        fingerprint: Option<String>,
        /// How the fingerprint was checked (who called whom, when).
        #[arg(long, default_value = "")]
        notes: String,
    },
    /// The contacts, with their fingerprints.
    List {
        /// The vault folder.
        dir: PathBuf,
    },
}

/// How soon a case needs action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UrgencyArg {
    /// Lives at stake now: hours.
    Immediate,
    /// Days.
    Urgent,
    /// An update on an earlier case.
    FollowUp,
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Write a new case for a desk.
    New {
        /// The vault folder.
        dir: PathBuf,
        /// The case in a line.
        #[arg(long)]
        title: String,
        /// What happened and what is at stake, for the desk only.
        #[arg(long, default_value = "")]
        summary: String,
        /// What may be made public.
        #[arg(long, default_value = "")]
        public_summary: String,
        /// How soon.
        #[arg(long, value_enum, default_value_t = UrgencyArg::Urgent)]
        urgency: UrgencyArg,
        /// Where it happened, for the desk's triage: an ISO 3166 code, a country (GT) or one of
        /// its subdivisions (GT-06); other words are refused.
        #[arg(long, default_value = "")]
        region: String,
        /// A safe way for the desk to reach the community.
        #[arg(long, default_value = "")]
        safe_contact: String,
        /// The desk working group it concerns: a desk with members seals it to that group's
        /// members only (every member if left out).
        #[arg(long, default_value = "")]
        working_group: String,
        /// A person at risk and what they agreed to, asked one use at a time:
        /// `PSEUDONYM=desk,state,public,photos` (desk: their situation may go to the desk;
        /// state: their name may be given to a government; public: their name may be made
        /// public; photos: pictures of them may be sent). Without `=`, nothing is agreed and
        /// they stay out of every package. Repeat for each person.
        #[arg(long = "person")]
        people: Vec<String>,
        /// What the community asks for: letter, petition, media, un-mechanism,
        /// regional-mechanism, relocation… (repeat).
        #[arg(long = "request")]
        requests: Vec<String>,
    },
    /// The community's cases, newest first.
    List {
        /// The vault folder.
        dir: PathBuf,
    },
    /// Seal and sign the case's package for one or more desks (contacts) and write it.
    Send {
        /// The vault folder.
        dir: PathBuf,
        /// The case's title (or the start of its id, from `case list`).
        case: String,
        /// A desk's name, as in `contact list` (repeat for several).
        #[arg(long = "to", required = true)]
        to: Vec<String>,
        /// Where to write the package.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check and open a package: a case at a desk, a status report or consent update on a
    /// case. A sender this vault does not know is refused, with its fingerprint; after
    /// comparing it aloud, run again with `--accept FINGERPRINT`.
    Open {
        /// The vault folder.
        dir: PathBuf,
        /// The package file.
        file: PathBuf,
        /// The sender's fingerprint, compared aloud.
        #[arg(long)]
        accept: Option<String>,
        /// At a desk with members: the member who opens it (their own passphrase is asked).
        /// Without it, a package sealed to the desk's members is kept sealed.
        #[arg(long)]
        member: Option<String>,
    },
    /// At a desk: seal a status report on a received case for the community that sent it.
    Reply {
        /// The desk's vault folder.
        dir: PathBuf,
        /// The received case's title (or the start of its id).
        case: String,
        /// The desk's message.
        #[arg(long)]
        message: String,
        /// Where to write the report.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum DeskCommand {
    /// Add a member, by a decision of the Advisory Group; they type their own passphrase.
    MemberAdd {
        /// The desk's vault folder.
        dir: PathBuf,
        /// Their name.
        #[arg(long)]
        name: String,
        /// A working group they follow (repeat for several).
        #[arg(long = "group")]
        groups: Vec<String>,
        /// The Advisory Group's decision, in a line ("Meeting of 3 March: add Ana").
        #[arg(long)]
        decision: String,
        /// How many members of the Advisory Group took part.
        #[arg(long, default_value_t = 1)]
        present: u32,
    },
    /// Remove a member, by a decision of the Advisory Group: they open no later case.
    MemberRemove {
        /// The desk's vault folder.
        dir: PathBuf,
        /// Their name.
        name: String,
        /// The Advisory Group's decision, in a line.
        #[arg(long)]
        decision: String,
        /// How many members of the Advisory Group took part.
        #[arg(long, default_value_t = 1)]
        present: u32,
    },
    /// The members, current and removed, with their working groups and fingerprints.
    Members {
        /// The desk's vault folder.
        dir: PathBuf,
    },
    /// Who opened which case and when, each entry checked against its member's signature;
    /// fails if the log was changed.
    Log {
        /// The desk's vault folder.
        dir: PathBuf,
    },
}
