//! `tejido contact …` and `tejido case …`: the escalation screens' contact files, cases and
//! packages, for scripts and for carrying a case between a Windows and a Linux laptop. The
//! same core calls as the app; the fingerprint is compared here too before anything is
//! trusted, and every file is written readable by this account only.

use chrono::Utc;
use tejido_core::app::{read_chosen_file, write_chosen_file};
use tejido_core::escalation::{Consent, ContactCard, ContactRole, EscalationCase, Imported, PackageError, Request, Urgency};
use tejido_core::{AppError, EditError};
use tejido_vault::fs::LockMode;

use crate::args::{CaseCommand, ContactCommand, RoleArg, UrgencyArg};
use crate::context::Context;
use crate::error::CliError;

pub(crate) fn contact(ctx: &mut Context, command: ContactCommand) -> Result<(), CliError> {
    let now = Utc::now();
    match command {
        ContactCommand::Save { dir, role, out } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let role = match role {
                RoleArg::Desk => ContactRole::Desk,
                RoleArg::Community => ContactRole::Community,
            };
            let card = session.own_contact(role, now)?;
            write_chosen_file(&out, card.to_text().as_bytes())?;
            ctx.say("cli-contact-saved", &[("path", out.display().to_string()), ("fingerprint", card.fingerprint())]);
        }
        ContactCommand::Add { dir, file, fingerprint, notes } => {
            let bytes = read_chosen_file(&file)?;
            let card = ContactCard::parse(&String::from_utf8_lossy(&bytes)).map_err(AppError::Package)?;
            let actual = card.fingerprint();
            // Nothing is trusted on the file's word: the person types what was read aloud.
            if !fingerprint.as_deref().is_some_and(|typed| same_fingerprint(typed, &actual)) {
                return Err(CliError::FingerprintNotCompared { fingerprint: actual, typed: fingerprint.unwrap_or_default() });
            }
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let contact = session.add_contact(&card, &notes, now)?;
            ctx.say("cli-contact-added", &[("name", contact.name), ("role", role_word(ctx, contact.role))]);
        }
        ContactCommand::List { dir } => {
            let session = ctx.open(&dir, LockMode::Shared)?;
            let contacts = session.contacts()?;
            if let Some(own) = session.own_fingerprint()? {
                ctx.say("cli-contact-own", &[("fingerprint", own)]);
            }
            if contacts.is_empty() {
                ctx.say("cli-contact-none", &[]);
            }
            for contact in &contacts {
                println!("{:<24}  {:<10}  {}", contact.name, role_word(ctx, contact.role), contact.fingerprint());
            }
        }
    }
    Ok(())
}

pub(crate) fn case(ctx: &mut Context, command: CaseCommand) -> Result<(), CliError> {
    let now = Utc::now();
    match command {
        CaseCommand::New { dir, title, summary, public_summary, urgency, region, safe_contact, working_group, people, requests } => {
            let requests = requests.iter().map(|r| parse_request(r)).collect::<Result<Vec<_>, _>>()?;
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let today = chrono::Local::now().date_naive();
            let mut case = session.draft_case();
            case.title = title;
            case.summary = summary;
            case.public_summary = public_summary;
            case.urgency = match urgency {
                UrgencyArg::Immediate => Urgency::Immediate,
                UrgencyArg::Urgent => Urgency::Urgent,
                UrgencyArg::FollowUp => Urgency::FollowUp,
            };
            case.region = region;
            case.safe_contact = safe_contact;
            case.working_group = working_group;
            case.requests = requests;
            for given in &people {
                let (pseudonym, uses) = given.split_once('=').unwrap_or((given, ""));
                let person = session.find_person(pseudonym.trim())?;
                case.people.push(person.id);
                case.consents.push(consent(person.id, uses, today)?);
            }
            let case = session.save_case(case, now)?;
            let agreed = case.consents.iter().filter(|c| c.share_with_desk).count();
            ctx.say("cli-case-saved", &[("title", case.title), ("id", short(&case.id.to_string())), ("count", agreed.to_string())]);
        }
        CaseCommand::List { dir } => {
            let session = ctx.open(&dir, LockMode::Shared)?;
            let cases = session.cases()?;
            let received = session.received_cases()?;
            if cases.is_empty() && received.is_empty() {
                ctx.say("cli-case-none", &[]);
            }
            if !cases.is_empty() {
                ctx.say("cli-case-list-own", &[]);
            }
            for case in &cases {
                let sent = case.sent.last().map(|s| tejido_core::dates::local_day_in_words(s.at, ctx.locale)).unwrap_or_else(|| "—".into());
                println!("  {}  {:<40}  {}", short(&case.id.to_string()), case.title, sent);
            }
            // At a desk: what communities sent, with who sent it.
            if !received.is_empty() {
                ctx.say("cli-case-list-received", &[]);
            }
            for case in &received {
                let on = case.received_at().map(|at| tejido_core::dates::local_day_in_words(at, ctx.locale)).unwrap_or_default();
                println!("  {}  {:<40}  {:<24}  {}", short(&case.id.to_string()), case.content.title, case.content.collective, on);
            }
        }
        CaseCommand::Send { dir, case, to, out } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let chosen = find_case(&session.cases()?, &case)?;
            let contacts = session.contacts()?;
            let desks = to
                .iter()
                .map(|name| {
                    let wanted = name.trim().to_lowercase();
                    contacts.iter().find(|c| c.name.to_lowercase() == wanted).map(|c| c.id).ok_or_else(|| CliError::NoSuchName { name: name.clone() })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let bytes = session.export_case_in(chosen.id, &desks, ctx.locale, now)?;
            write_chosen_file(&out, &bytes)?;
            ctx.say("cli-case-sent", &[("title", chosen.title), ("path", out.display().to_string()), ("count", desks.len().to_string())]);
        }
        CaseCommand::Open { dir, file, accept, member } => {
            let bytes = read_chosen_file(&file)?;
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let opened = match session.open_package(&bytes, accept.as_deref(), now) {
                Ok(opened) => opened,
                // Sealed to the desk's members: kept sealed, opened by a member if one is named.
                Err(PackageError::NotForUs) if !session.desk_members()?.is_empty() => {
                    let kept = session.keep_sealed(&bytes, now)?;
                    let Some(name) = member else {
                        ctx.say("cli-case-kept-sealed", &[("sha", kept.sha256[..12].to_owned())]);
                        return Ok(());
                    };
                    let member = crate::oversight::find_member(&session, &name)?;
                    let passphrase = ctx.input.secret("prompt-member-passphrase")?;
                    let imported = session.open_sealed(kept.id, member.id, &passphrase, accept.as_deref(), now).inspect_err(|e| {
                        if let EditError::Package(PackageError::UnknownSender { fingerprint }) = e {
                            ctx.warn("cli-case-accept-how", &[("fingerprint", fingerprint.clone())]);
                        }
                    })?;
                    return say_imported(ctx, imported);
                }
                Err(e) => {
                    if let PackageError::UnknownSender { fingerprint } = &e {
                        ctx.warn("cli-case-accept-how", &[("fingerprint", fingerprint.clone())]);
                    }
                    return Err(AppError::Package(e).into());
                }
            };
            let imported = session.store_package(opened, now)?;
            say_imported(ctx, imported)?;
        }
        CaseCommand::Reply { dir, case, message, out } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let received = session.received_cases()?;
            let wanted = case.trim().to_lowercase();
            let chosen = received
                .iter()
                .find(|r| r.content.title.to_lowercase() == wanted || (wanted.len() >= 4 && r.id.to_string().starts_with(&wanted)))
                .ok_or_else(|| CliError::NoSuchName { name: case.clone() })?;
            let bytes = session.send_status(chosen.id, &message, now)?;
            write_chosen_file(&out, &bytes)?;
            ctx.say("cli-case-replied", &[("title", chosen.content.title.clone()), ("path", out.display().to_string())]);
        }
    }
    Ok(())
}

/// Says what opening a package did.
fn say_imported(ctx: &Context, imported: Imported) -> Result<(), CliError> {
    match imported {
        Imported::Case { case, new } => ctx.say(
            if new { "cli-case-received" } else { "cli-case-received-again" },
            &[("title", case.content.title.clone()), ("collective", case.content.collective.clone()), ("fingerprint", case.content.sender_fingerprint(&case.sender_key))],
        ),
        Imported::Consent { case, new } => ctx.say(
            if new { "cli-case-consent-applied" } else { "cli-case-consent-unchanged" },
            &[("title", case.content.title.clone())],
        ),
        Imported::Status { case, new } => {
            let message = case.updates.last().map(|u| u.status.message.clone()).unwrap_or_default();
            let desk = case.updates.last().map(|u| u.desk.clone()).unwrap_or_default();
            ctx.say(if new { "cli-case-status" } else { "cli-case-status-again" }, &[("title", case.title), ("desk", desk)]);
            if new {
                println!("    {message}");
            }
        }
        Imported::Sealed { package } => ctx.say("cli-case-kept-sealed", &[("sha", package.sha256[..12].to_owned())]),
    }
    Ok(())
}

/// Two fingerprints are the same when their letters are, whatever the spacing or case a
/// person typed them in.
fn same_fingerprint(typed: &str, actual: &str) -> bool {
    let letters = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect::<String>();
    letters(typed) == letters(actual)
}

/// What one person agreed to, from `desk,state,public,photos` (any of them, in any order).
/// Anything else is refused: a typo must not silently leave out, or add, a use.
fn consent(person: tejido_core::PersonId, uses: &str, today: chrono::NaiveDate) -> Result<Consent, CliError> {
    let mut consent = Consent::none(person, today);
    for word in uses.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        match word.to_lowercase().as_str() {
            "desk" => consent.share_with_desk = true,
            "state" => consent.name_to_authorities = true,
            "public" => consent.name_in_public = true,
            "photos" => consent.photos = true,
            _ => return Err(CliError::BadConsent { value: word.to_owned() }),
        }
    }
    Ok(consent)
}

fn parse_request(word: &str) -> Result<Request, CliError> {
    serde_json::from_value(serde_json::Value::String(word.trim().to_lowercase())).map_err(|_| CliError::BadRequest { value: word.to_owned() })
}

fn find_case(cases: &[EscalationCase], wanted: &str) -> Result<EscalationCase, CliError> {
    let lower = wanted.trim().to_lowercase();
    cases
        .iter()
        .find(|c| c.title.to_lowercase() == lower || (lower.len() >= 4 && c.id.to_string().starts_with(&lower)))
        .cloned()
        .ok_or_else(|| CliError::NoSuchName { name: wanted.to_owned() })
}

/// The first eight characters of an id: enough to tell a vault's cases apart.
fn short(id: &str) -> String {
    id.chars().take(8).collect()
}

fn role_word(ctx: &Context, role: ContactRole) -> String {
    let id = match role {
        ContactRole::Desk => "cli-contact-role-desk",
        ContactRole::Community => "cli-contact-role-community",
    };
    tejido_i18n::message(ctx.locale, id, &[])
}
