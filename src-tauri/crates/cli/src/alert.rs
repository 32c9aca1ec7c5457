//! `tejido alert`: the alert chain in practice from the command line: activate a level, log
//! who was reached, stand down, list activations with their logs (JSON), and set a member's
//! means of contact.

use std::path::Path;

use chrono::Utc;
use tejido_core::network::{ChainOutcome, MeansOfContact, NewActivation};
use tejido_core::risk::AlertLevel;
use tejido_core::EditError;
use tejido_i18n::message;
use tejido_vault::fs::LockMode;

use crate::args::{AlertCommand, AlertLevelArg, ChainOutcomeArg};
use crate::context::Context;
use crate::error::CliError;

pub(crate) fn run(ctx: &mut Context, command: AlertCommand) -> Result<(), CliError> {
    match command {
        AlertCommand::Activate { dir, level, decided_by, deciders, reason } => activate(ctx, &dir, level, decided_by, &deciders, reason),
        AlertCommand::Mark { dir, pseudonym, outcome, through } => mark(ctx, &dir, &pseudonym, outcome, through.as_deref()),
        AlertCommand::StandDown { dir, note } => stand_down(ctx, &dir, &note),
        AlertCommand::List { dir } => list(ctx, &dir),
        AlertCommand::Contact { dir, pseudonym, phone, radio, meeting_point, other } => {
            contact(ctx, &dir, &pseudonym, [phone, radio, meeting_point, other])
        }
    }
}

fn level_word(ctx: &Context, level: AlertLevel) -> String {
    let id = serde_json::to_value(level).expect("enum").as_str().unwrap_or_default().to_owned();
    message(ctx.locale, &format!("colour-{id}"), &[])
}

fn activate(ctx: &mut Context, dir: &Path, level: AlertLevelArg, decided_by: String, deciders: &[String], reason: String) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let deciders = deciders.iter().map(|p| session.find_person(p).map(|p| p.id)).collect::<Result<Vec<_>, _>>()?;
    let level = match level {
        AlertLevelArg::Yellow => AlertLevel::Yellow,
        AlertLevelArg::Orange => AlertLevel::Orange,
        AlertLevelArg::Red => AlertLevel::Red,
    };
    let activation = session.activate_alert(NewActivation { level, decided_by, deciders, reason }, Utc::now())?;
    let to_reach = session.alert_activations()?.running.map_or(0, |r| r.to_reach.len());
    ctx.say("cli-alert-activated", &[("level", level_word(ctx, activation.level)), ("count", to_reach.to_string())]);
    Ok(())
}

fn mark(ctx: &mut Context, dir: &Path, pseudonym: &str, outcome: ChainOutcomeArg, through: Option<&str>) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let running = session.alert_activations()?.running.ok_or(EditError::NoAlertRunning)?;
    let person = session.find_person(pseudonym)?;
    let through = through.map(|p| session.find_person(p).map(|p| p.id)).transpose()?;
    let outcome = match outcome {
        ChainOutcomeArg::Reached => ChainOutcome::Reached,
        ChainOutcomeArg::NotReached => ChainOutcome::NotReached,
        ChainOutcomeArg::Fallback => ChainOutcome::ReachedThroughFallback,
    };
    session.mark_chain(running.activation.id, person.id, outcome, through, None, Utc::now())?;
    let left = session.alert_activations()?.running.map_or(0, |r| r.to_reach.len());
    ctx.say("cli-alert-marked", &[("pseudonym", person.pseudonym), ("count", left.to_string())]);
    Ok(())
}

fn stand_down(ctx: &mut Context, dir: &Path, note: &str) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let running = session.alert_activations()?.running.ok_or(EditError::NoAlertRunning)?;
    let closed = session.stand_down(running.activation.id, note, Utc::now())?;
    ctx.say("cli-alert-stood-down", &[("level", level_word(ctx, closed.level))]);
    Ok(())
}

fn list(ctx: &mut Context, dir: &Path) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    println!("{}", serde_json::to_string_pretty(&session.alert_activations()?).expect("activations serialise"));
    Ok(())
}

fn contact(ctx: &mut Context, dir: &Path, pseudonym: &str, fields: [Option<String>; 4]) -> Result<(), CliError> {
    let mut session = ctx.open(dir, LockMode::Exclusive)?;
    let person = session.find_person(pseudonym)?;
    let mut means = session.means_of_contact()?.into_iter().find(|m| m.id == person.id).unwrap_or(MeansOfContact { id: person.id, ..Default::default() });
    let [phone, radio, meeting_point, other] = fields;
    for (field, value) in [(&mut means.phone, phone), (&mut means.radio, radio), (&mut means.meeting_point, meeting_point), (&mut means.other, other)] {
        if let Some(value) = value {
            *field = value;
        }
    }
    session.save_means_of_contact(means, Utc::now())?;
    ctx.say("cli-alert-contact-saved", &[("pseudonym", person.pseudonym)]);
    Ok(())
}
