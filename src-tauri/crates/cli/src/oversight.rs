//! `tejido desk …`: a desk's members, added and removed by Advisory Group decisions, and the
//! signed log of who opened which case (see `tejido_core::escalation` oversight).

use chrono::Utc;
use tejido_core::escalation::{DeskMember, LogProblemKind};
use tejido_core::protocol::{Outcome, Participation, ProtocolKind, ProtocolRecord};
use tejido_core::Session;
use tejido_vault::fs::LockMode;

use crate::args::DeskCommand;
use crate::context::Context;
use crate::error::CliError;

/// The member called `name` (any case), current or removed.
pub(crate) fn find_member(session: &Session, name: &str) -> Result<DeskMember, CliError> {
    let wanted = name.trim().to_lowercase();
    session.desk_members()?.into_iter().find(|m| m.name.to_lowercase() == wanted).ok_or_else(|| CliError::NoSuchName { name: name.to_owned() })
}

/// The Advisory Group's decision as typed: agreed today, by `present` of its members.
fn decision(session: &Session, title: String, present: u32) -> Result<tejido_core::protocol::Decision, CliError> {
    let ProtocolRecord::Decision(mut decision) = session.draft_protocol_record(ProtocolKind::Decision, chrono::Local::now().date_naive())? else {
        unreachable!("a decision draft is a decision")
    };
    decision.title = title;
    decision.outcome = Outcome::Agreed;
    decision.participants = vec![Participation { group: "Advisory Group".into(), count: present }];
    Ok(decision)
}

pub(crate) fn desk(ctx: &mut Context, command: DeskCommand) -> Result<(), CliError> {
    let now = Utc::now();
    match command {
        DeskCommand::MemberAdd { dir, name, groups, decision: title, present } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let passphrase = ctx.input.new_passphrase("prompt-member-passphrase")?;
            let decision = decision(&session, title, present)?;
            let member = session.add_desk_member(&name, groups, &passphrase, decision, now)?;
            ctx.say("cli-desk-member-added", &[("name", member.name.clone()), ("fingerprint", member.fingerprint())]);
        }
        DeskCommand::MemberRemove { dir, name, decision: title, present } => {
            let mut session = ctx.open(&dir, LockMode::Exclusive)?;
            let member = find_member(&session, &name)?;
            let decision = decision(&session, title, present)?;
            session.remove_desk_member(member.id, decision, now)?;
            ctx.say("cli-desk-member-removed", &[("name", member.name)]);
        }
        DeskCommand::Members { dir } => {
            let session = ctx.open(&dir, LockMode::Shared)?;
            for member in session.desk_members()? {
                let state = if member.removed_by.is_some() { tejido_i18n::message(ctx.locale, "cli-desk-removed", &[]) } else { String::new() };
                println!("  {:<24}  {:<40}  {}  {}", member.name, member.working_groups.join(", "), member.fingerprint(), state);
            }
        }
        DeskCommand::Log { dir } => {
            let session = ctx.open(&dir, LockMode::Shared)?;
            let log = session.access_log()?;
            let at: Vec<String> = log.iter().map(|e| tejido_core::dates::local_moment_in_words(e.at, ctx.locale)).collect();
            // Written-out dates differ in length: padded to the longest, so the columns line up.
            let width = at.iter().map(|a| a.chars().count()).max().unwrap_or(0);
            for (entry, at) in log.iter().zip(&at) {
                println!("  {:>4}  {at:<width$}  {:<24}  {}  {}", entry.seq, entry.member_name, entry.case, entry.collective);
            }
            let check = session.check_access_log()?;
            for problem in &check.problems {
                let id = match problem.kind {
                    LogProblemKind::BadSignature => "log-problem-bad-signature",
                    LogProblemKind::BrokenChain => "log-problem-broken-chain",
                    LogProblemKind::UnknownMember => "log-problem-unknown-member",
                    LogProblemKind::OpenedWithoutEntry => "log-problem-opened-without-entry",
                };
                ctx.warn(id, &[("seq", problem.seq.map(|s| s.to_string()).unwrap_or_default())]);
            }
            if !check.problems.is_empty() {
                return Err(CliError::CheckFailed { count: check.problems.len() });
            }
            ctx.say("cli-desk-log-verified", &[("count", check.entries.to_string())]);
        }
    }
    Ok(())
}
