//! `tejido analyse`: La Puya's principles checked against the community's records, as
//! sentences in the person's language or as JSON for other tools.

use std::path::Path;

use tejido_core::escalation::regions::{is_known, region_name};
use tejido_core::principles::{PrincipleChecks, YearShare};
use tejido_core::{Naming, PrintNames};
use tejido_i18n::message;
use tejido_vault::fs::LockMode;

use crate::args::AnalyseCommand;
use crate::context::Context;
use crate::error::CliError;

/// A petition's signatures counted from its CSV file: no vault is opened.
fn signatures(ctx: &Context, file: &Path, json: bool) -> Result<(), CliError> {
    let bytes = tejido_core::app::read_chosen_file(file).map_err(CliError::App)?;
    let count = tejido_core::escalation::count_signatures(&bytes).map_err(|e| CliError::App(e.into()))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&count).expect("counts serialise"));
    } else {
        ctx.say("cli-signatures-counted", &[("count", count.signatures.to_string()), ("repeated", message(ctx.locale, "desk-tally-repeated", &[("count", count.duplicates.to_string())]))]);
    }
    Ok(())
}

pub(crate) fn run(ctx: &mut Context, command: AnalyseCommand) -> Result<(), CliError> {
    let (dir, json, which) = match command {
        AnalyseCommand::Risks { dir, json } => return risks(ctx, &dir, json),
        AnalyseCommand::Trends { dir, json } => return trends(ctx, &dir, json),
        AnalyseCommand::Cases { dir, out } => return cases(ctx, &dir, out.as_deref()),
        AnalyseCommand::Signatures { file, json } => return signatures(ctx, &file, json),
        AnalyseCommand::Companies { dir, json } => (dir, json, Which::Companies),
        AnalyseCommand::Inclusion { dir, json } => (dir, json, Which::Inclusion),
        AnalyseCommand::Leaders { dir, json } => (dir, json, Which::Leaders),
    };
    let checks = load(ctx, &dir)?;
    // The names go with the analysis, so the JSON reads without the vault.
    let named = serde_json::to_value(&checks.named).expect("names serialise");
    let json_of = |analysis: serde_json::Value| {
        serde_json::to_string_pretty(&serde_json::json!({ "analysis": analysis, "named": named })).expect("analyses serialise")
    };
    match (json, which) {
        (true, Which::Companies) => println!("{}", json_of(serde_json::to_value(&checks.companies).expect("companies serialise"))),
        (true, Which::Inclusion) => println!("{}", json_of(serde_json::to_value(&checks.inclusion).expect("inclusion serialises"))),
        (true, Which::Leaders) => println!("{}", json_of(serde_json::to_value(&checks.leaders).expect("leaders serialise"))),
        (false, Which::Companies) => print_companies(ctx, &checks),
        (false, Which::Inclusion) => print_inclusion(ctx, &checks),
        (false, Which::Leaders) => print_leaders(ctx, &checks),
    }
    Ok(())
}

/// A desk's trends, as lines or JSON (the same structure the desk's screen shows).
fn trends(ctx: &mut Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let trends = tejido_core::escalation::trends(&session.received_cases()?);
    if json {
        // Regions and countries as stored (a code, or an older vault's free text) with the name
        // beside each, in the person's language.
        let mut value = serde_json::to_value(&trends).expect("trends serialise");
        for list in ["regions", "countries"] {
            for row in value[list].as_array_mut().into_iter().flatten() {
                let name = region_name(row["key"].as_str().unwrap_or_default(), ctx.locale);
                row["name"] = name.into();
            }
        }
        println!("{}", serde_json::to_string_pretty(&value).expect("trends serialise"));
        return Ok(());
    }
    if trends.months.is_empty() {
        ctx.say("cli-trends-none", &[]);
        return Ok(());
    }
    let total: u32 = trends.all.iter().sum();
    // The core counts by "YYYY-MM" (the JSON keeps it); people read the month's name.
    let month = |key: Option<&String>| {
        let key = key.cloned().unwrap_or_default();
        key.split_once('-')
            .and_then(|(y, m)| tejido_core::dates::month_in_words(y.parse().ok()?, m.parse().ok()?, ctx.locale))
            .unwrap_or(key)
    };
    let (first, last) = (month(trends.months.first()), month(trends.months.last()));
    ctx.say("cli-trends-summary", &[("count", total.to_string()), ("first", first), ("last", last)]);
    let unset = message(ctx.locale, "cli-trends-not-set", &[]);
    let tally = |title: &str, rows: &[tejido_core::escalation::Tally]| {
        if rows.is_empty() {
            return;
        }
        println!();
        ctx.say(title, &[]);
        for row in rows {
            println!("  {:>5}  {}", row.count, if row.key.is_empty() { unset.as_str() } else { row.key.as_str() });
        }
    };
    println!();
    ctx.say("cli-trends-by-month", &[]);
    println!("  {:>5}  {}", "", trends.months.join("  "));
    for row in &trends.categories {
        let cells: Vec<String> = row.counts.iter().map(|c| format!("{c:>7}")).collect();
        println!("  {:>5}  {}  {}", row.total, row.category, cells.join(""));
    }
    // A region by its name in the person's language and its code ("Santa Rosa, Guatemala
    // (GT-06)"); an older vault's free text as typed.
    let named = |rows: &[tejido_core::escalation::Tally]| -> Vec<tejido_core::escalation::Tally> {
        rows.iter()
            .map(|t| tejido_core::escalation::Tally {
                key: if is_known(&t.key) { format!("{} ({})", region_name(&t.key, ctx.locale), t.key) } else { t.key.clone() },
                count: t.count,
            })
            .collect()
    };
    tally("cli-trends-by-country", &named(&trends.countries));
    tally("cli-trends-by-region", &named(&trends.regions));
    tally("cli-trends-by-working-group", &trends.working_groups);
    // Profiles by their name in the person's language, not their stored id.
    let profiles: Vec<tejido_core::escalation::Tally> = trends
        .profiles
        .iter()
        .map(|t| tejido_core::escalation::Tally {
            key: tejido_core::escalation::defender_profiles().iter().find(|p| p.id == t.key).map_or(t.key.clone(), |p| p.label(ctx.locale).to_owned()),
            count: t.count,
        })
        .collect();
    tally("cli-trends-by-profile", &profiles);
    tally("cli-trends-by-perpetrator-kind", &trends.perpetrator_kinds);
    tally("cli-trends-by-perpetrator", &trends.perpetrators);
    Ok(())
}

/// A desk's cases as CSV, to a file or printed; plaintext, so it says so.
fn cases(ctx: &mut Context, dir: &Path, out: Option<&Path>) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let cases = session.received_cases()?;
    let text = tejido_core::escalation::cases_csv(&cases, ctx.locale).map_err(|e| CliError::Export { detail: e.to_string() })?;
    let args = [("count", cases.len().to_string())];
    match out {
        Some(path) => {
            tejido_core::app::write_chosen_file(path, text.as_bytes())?;
            ctx.say("cli-cases-exported", &args);
        }
        None => print!("{text}"),
    }
    ctx.warn("cli-cases-export-plaintext", &[]);
    Ok(())
}

/// Who carries which risk, people named by pseudonym (the terminal may be read over a
/// shoulder), as sentences or JSON with the names and titles beside the ids.
fn risks(ctx: &mut Context, dir: &Path, json: bool) -> Result<(), CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let analysis = session.risk_analysis(chrono::Local::now().date_naive())?;
    let people = session.people()?;
    let who = |id: tejido_core::PersonId| people.iter().find(|p| p.id == id).map_or_else(|| "?".to_owned(), |p| p.pseudonym.clone());
    let title = |id: tejido_core::RiskId| analysis.risks.iter().find(|r| r.id == id).map_or_else(|| "?".to_owned(), |r| r.title.clone());
    let carriers = &analysis.carriers;
    if json {
        let named: Vec<serde_json::Value> = carriers.people.iter().map(|p| serde_json::json!({ "person": p.person, "name": who(p.person) })).collect();
        let titles: Vec<serde_json::Value> = analysis.risks.iter().map(|r| serde_json::json!({ "risk": r.id, "title": r.title })).collect();
        let out = serde_json::json!({ "analysis": carriers, "named": named, "risks": titles });
        println!("{}", serde_json::to_string_pretty(&out).expect("risks serialise"));
        return Ok(());
    }
    let band = |c: &tejido_core::risk::Carried| {
        let id = serde_json::to_value(c.band).expect("enum").as_str().unwrap_or_default().to_owned();
        message(ctx.locale, &format!("band-{id}"), &[])
    };
    ctx.say("carriers-title", &[]);
    if carriers.people.is_empty() {
        ctx.say("carriers-none", &[]);
        return Ok(());
    }
    println!();
    ctx.say("carriers-groups", &[]);
    for g in &carriers.groups {
        println!("{} ({})", group_name(ctx, &g.group), message(ctx.locale, "carriers-members", &[("count", g.members.to_string())]));
        for c in &g.risks {
            println!("  - {}: {}", band(c), title(c.risk));
        }
    }
    println!();
    ctx.say("carriers-people", &[]);
    for p in &carriers.people {
        println!("{}", who(p.person));
        for c in &p.risks {
            println!("  - {}: {}", band(c), title(c.risk));
        }
    }
    Ok(())
}

/// Which principle's check to print.
#[derive(Clone, Copy)]
enum Which {
    Companies,
    Inclusion,
    Leaders,
}

fn print_companies(ctx: &Context, checks: &PrincipleChecks) {
    let found = &checks.companies;
    ctx.say("checks-companies-title", &[]);
    ctx.say("checks-companies-principle", &[]);
    println!();
    for d in &found.dialogues {
        let company = d.company.clone().unwrap_or_else(|| message(ctx.locale, "checks-a-company", &[]));
        let planned = serde_json::to_value(d.planned_in).expect("enum").as_str().unwrap_or_default().to_owned();
        ctx.say("checks-dialogue", &[("kind", planned), ("title", d.title.clone()), ("company", company)]);
    }
    if found.companies.is_empty() {
        ctx.say("checks-companies-none", &[]);
    }
    for c in &found.companies {
        if c.people.is_empty() {
            ctx.say("checks-company-untied", &[("company", c.name.clone())]);
        } else {
            let names = c.people.iter().map(|p| name(checks, Some(*p))).collect::<Vec<_>>().join(", ");
            ctx.say("checks-company-tied", &[("company", c.name.clone()), ("names", names)]);
        }
    }
    println!();
    ctx.say("checks-institutions-title", &[]);
    if found.institutions.is_empty() {
        ctx.say("checks-institutions-none", &[]);
    }
    for institution in &found.institutions {
        println!("  - {institution}");
    }
}

/// The checks with people named as on a print without real names: the terminal may be
/// read over a shoulder as a projector is.
fn load(ctx: &mut Context, dir: &Path) -> Result<PrincipleChecks, CliError> {
    let session = ctx.open(dir, LockMode::Shared)?;
    let people = session.people()?;
    Ok(session.principle_checks()?.named(&Naming::print(&people, PrintNames::Pseudonyms)))
}

fn name(checks: &PrincipleChecks, id: Option<tejido_core::PersonId>) -> String {
    id.and_then(|id| checks.named.iter().find(|n| n.person == id)).map_or_else(|| "?".to_owned(), |n| n.name.clone())
}

/// A usual group in the person's language; the community's own word as typed.
fn group_name(ctx: &Context, group: &str) -> String {
    if tejido_core::protocol::USUAL_GROUPS.contains(&group) { message(ctx.locale, &format!("decision-group-{group}"), &[]) } else { group.to_owned() }
}

fn years(ctx: &Context, years: &[YearShare]) -> String {
    years
        .iter()
        .map(|y| {
            message(ctx.locale, "checks-year", &[
                ("year", y.year.to_string()),
                ("attended", y.attended.to_string()),
                ("meetings", y.meetings.to_string()),
            ])
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn print_inclusion(ctx: &Context, checks: &PrincipleChecks) {
    let inclusion = &checks.inclusion;
    ctx.say("checks-inclusion-title", &[]);
    if inclusion.decisions == 0 {
        ctx.say("checks-inclusion-none", &[]);
    } else {
        ctx.say("checks-inclusion-summary", &[("count", inclusion.decisions.to_string())]);
        ctx.say("checks-inclusion-meetings", &[("count", inclusion.meetings.to_string())]);
        for g in &inclusion.groups {
            let last = g.last_on.map_or_else(|| message(ctx.locale, "checks-never", &[]), |d| tejido_core::dates::day_in_words(d, ctx.locale));
            ctx.say("checks-group-line", &[
                ("group", group_name(ctx, &g.group)),
                ("attended", g.meetings.to_string()),
                ("meetings", inclusion.meetings.to_string()),
                ("last", last),
                ("members", g.members.to_string()),
                ("measures", g.measures.to_string()),
            ]);
            if g.years.len() > 1 {
                println!("    {}", message(ctx.locale, "checks-years", &[("years", years(ctx, &g.years))]));
            }
        }
    }
    if inclusion.unrecorded > 0 {
        ctx.say("checks-inclusion-unrecorded", &[("count", inclusion.unrecorded.to_string())]);
    }
    println!();
    ctx.say("checks-owners-title", &[]);
    for o in &inclusion.owners {
        ctx.say("checks-owner-line", &[("name", name(checks, Some(o.person))), ("count", o.measures.to_string())]);
    }
    if inclusion.owners.is_empty() {
        ctx.say("checks-no-measures", &[]);
    }
    if inclusion.unowned > 0 {
        ctx.say("checks-unowned", &[("count", inclusion.unowned.to_string())]);
    }
    println!();
    for w in &inclusion.warnings {
        let kind = serde_json::to_value(w.kind).expect("enum").as_str().unwrap_or_default().to_owned();
        ctx.say(&format!("inclusion-warning-{kind}"), &[
            ("group", w.group.as_deref().map(|g| group_name(ctx, g)).unwrap_or_default()),
            ("name", name(checks, w.person)),
            ("count", w.count.to_string()),
            ("total", w.total.to_string()),
        ]);
    }
    if inclusion.warnings.is_empty() && inclusion.decisions > 0 {
        ctx.say("checks-inclusion-ok", &[]);
    }
}

fn print_leaders(ctx: &Context, checks: &PrincipleChecks) {
    ctx.say("checks-leaders-title", &[]);
    if !checks.leaders.iter().any(|d| d.is_warning()) {
        ctx.say("checks-leaders-none", &[]);
    }
    for d in &checks.leaders {
        println!();
        println!("{} ({})", name(checks, Some(d.person)), message(ctx.locale, "checks-leader-measures", &[("count", d.measures.to_string())]));
        for reason in &d.reasons {
            let kind = serde_json::to_value(reason).expect("enum").as_str().unwrap_or_default().to_owned();
            println!("  - {}", message(ctx.locale, &format!("dependence-{kind}"), &[]));
            println!("    {}", message(ctx.locale, &format!("dependence-advice-{kind}"), &[]));
        }
    }
}
