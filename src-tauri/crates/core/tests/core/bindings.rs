//! The TypeScript types in `ui/src/lib/ipc/bindings.ts` are generated from the Rust types that
//! cross IPC. This test fails when the committed file is stale; regenerate it with
//! `TEJIDO_UPDATE_BINDINGS=1 cargo test -p tejido-core --test core bindings`.

use std::path::PathBuf;

use tejido_core::risk::{
    Actor, ActorKind, AlertLevel, Assessment, Attachment, Band, Cell, ContextNote, Dimension, Incident, Indicator,
    Measure, MeasureStatus, RegisterEntry, RegisterMeasure, Risk, RiskAnalysis, RiskKind, RiskRecord, RiskRegister,
    RiskStatus, Stance, Strategy, ThreatAssessment, ThreatCategory, Timing, Trend,
};
use tejido_core::network::{
    AlertCall, AlertCard, CheckIn, Finding, FindingKind, Network, NodePosition, PartyKind, Place, Relationship, RelationshipKind, Support,
};
use tejido_core::{
    ActorId, NetworkScreen, PlaceId, RelationshipId, TerritoryMap, AppInfo, Attention, Collective, CollectiveId, ContextNoteId, Created, Home, IncidentId, IndicatorId,
    MeasureId, NewPerson, Person, PersonId, RecentVault, RiskId, RiskScreen, Sensitivity, NewRecoveryKey, SlotView, Slots, Strength,
    ThreatAssessmentId,
};
use tejido_core::protocol::{
    Colour, CommentKind, CommentStatus, Decision, EmergencyCard, LevelCard, Method, Outcome, Part, PartChange, PartDiff,
    Participation, PocketCards, Principle, PrincipleEntry, PrincipleStatus, Protocol, ProtocolComment, ProtocolDiff,
    ProtocolDocument, ProtocolKind, ProtocolLevel, ProtocolPrint, ProtocolRecord, ProtocolWarning, Section, Span, SpanKind,
    SubjectKind, Template, TemplateLevel, TemplatePrinciple, TemplateSection, VersionInfo, WarningKind, Blank, Unfinished,
};
use tejido_core::{CommentId, DecisionId, LevelId, PrincipleId, Projection, ProtocolScreen, SectionId};
use tejido_core::workshop::{
    AgendaItem, ItemStatus, Module, NoteTarget, Progress, ReportItem, ReportMeasure, StickyNote, Workshop, WorkshopKind,
    WorkshopPlan, WorkshopRecord, WorkshopReport,
};
use tejido_core::{AgendaItemId, NoteId, SectionChoice, WorkshopId, WorkshopScreen};
use tejido_core::{AutoLocked, LockReason};
use tejido_core::escalation::{
    Acknowledgement, ActionDone, ActionKind, ActionStatus, ActionTally, Addressee, Audience, CaseAttachment, CaseContent, CaseImpact, CaseIncident, CasePerson,
    CaseUpdate, Consent, Contact, ContactCard, ContactRole, DeskAction, EscalationCase, ImpactReport, Imported, CaseOutcome, OutcomeKind, OutcomeTally,
    Overdue, ReceivedCase, ReceivedVersion, Request, Sent, Signatory, StatusContent, Tally, TimelineEntry, TrendRow, Trends, Urgency,
};
use tejido_core::{CaseId, ContactId, ContactPreview, ContactView, DeskActionId, EscalationScreen, IncidentChoice, OpenedCase, OutcomeId, ReceivedCaseId, ReceivedView};
use tejido_core::sync::lan::LanPeer;
use tejido_core::sync::{LanSettings, ConflictKind, ConflictView, ContactToCheck, Copied, ImportReport, Kept, LaptopView, RefusedFile, StickReport, SyncScreen};
use tejido_core::{ConflictId, Entity, InvitationMade, Joined, LaptopId, SyncDone, SyncPage};
use tejido_vault::BackupReport;
use ts_rs::{Config, TS};

fn declaration<T: TS>(cfg: &Config) -> String {
    format!("export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by ts-rs; do not edit by hand.\n\
         // Regenerate: TEJIDO_UPDATE_BINDINGS=1 cargo test -p tejido-core --test core bindings\n\n\
         export type Locale = \"en\" | \"es\" | \"fr\";\n\n\
         /** What every command rejects with: Fluent ids from errors.ftl and their arguments. */\n\
         export type CommandError = { code: string; hint: string | null; args: Record<string, number | string> };\n\n",
    );
    for decl in [
        declaration::<PersonId>(&cfg),
        declaration::<CollectiveId>(&cfg),
        declaration::<Sensitivity>(&cfg),
        declaration::<tejido_core::PrintNames>(&cfg),
        declaration::<Person>(&cfg),
        declaration::<NewPerson>(&cfg),
        declaration::<Collective>(&cfg),
        declaration::<Attention>(&cfg),
        declaration::<Home>(&cfg),
        declaration::<Created>(&cfg),
        declaration::<RecentVault>(&cfg),
        declaration::<AppInfo>(&cfg),
        declaration::<LockReason>(&cfg),
        declaration::<AutoLocked>(&cfg),
        declaration::<Strength>(&cfg),
        declaration::<SlotView>(&cfg),
        declaration::<Slots>(&cfg),
        declaration::<NewRecoveryKey>(&cfg),
        declaration::<BackupReport>(&cfg),
        declaration::<ContextNoteId>(&cfg),
        declaration::<ActorId>(&cfg),
        declaration::<IncidentId>(&cfg),
        declaration::<ThreatAssessmentId>(&cfg),
        declaration::<RiskId>(&cfg),
        declaration::<MeasureId>(&cfg),
        declaration::<IndicatorId>(&cfg),
        declaration::<ThreatCategory>(&cfg),
        declaration::<Dimension>(&cfg),
        declaration::<ContextNote>(&cfg),
        declaration::<ActorKind>(&cfg),
        declaration::<Stance>(&cfg),
        declaration::<Actor>(&cfg),
        declaration::<Attachment>(&cfg),
        declaration::<Incident>(&cfg),
        declaration::<ThreatAssessment>(&cfg),
        declaration::<Assessment>(&cfg),
        declaration::<Risk>(&cfg),
        declaration::<Strategy>(&cfg),
        declaration::<Timing>(&cfg),
        declaration::<MeasureStatus>(&cfg),
        declaration::<Measure>(&cfg),
        declaration::<AlertLevel>(&cfg),
        declaration::<Indicator>(&cfg),
        declaration::<RiskRecord>(&cfg),
        declaration::<RiskKind>(&cfg),
        declaration::<Band>(&cfg),
        declaration::<Trend>(&cfg),
        declaration::<Cell>(&cfg),
        declaration::<RiskStatus>(&cfg),
        declaration::<RiskAnalysis>(&cfg),
        declaration::<RiskScreen>(&cfg),
        declaration::<RegisterMeasure>(&cfg),
        declaration::<RegisterEntry>(&cfg),
        declaration::<RiskRegister>(&cfg),
        declaration::<RelationshipId>(&cfg),
        declaration::<PartyKind>(&cfg),
        declaration::<RelationshipKind>(&cfg),
        declaration::<Support>(&cfg),
        declaration::<Relationship>(&cfg),
        declaration::<FindingKind>(&cfg),
        declaration::<Finding>(&cfg),
        declaration::<NodePosition>(&cfg),
        declaration::<PlaceId>(&cfg),
        declaration::<Place>(&cfg),
        declaration::<CheckIn>(&cfg),
        declaration::<AlertCall>(&cfg),
        declaration::<AlertCard>(&cfg),
        declaration::<Network>(&cfg),
        declaration::<NetworkScreen>(&cfg),
        declaration::<TerritoryMap>(&cfg),
        declaration::<SectionId>(&cfg),
        declaration::<PrincipleId>(&cfg),
        declaration::<LevelId>(&cfg),
        declaration::<DecisionId>(&cfg),
        declaration::<CommentId>(&cfg),
        declaration::<Section>(&cfg),
        declaration::<Principle>(&cfg),
        declaration::<Colour>(&cfg),
        declaration::<ProtocolLevel>(&cfg),
        declaration::<SubjectKind>(&cfg),
        declaration::<Outcome>(&cfg),
        declaration::<Method>(&cfg),
        declaration::<Participation>(&cfg),
        declaration::<PrincipleStatus>(&cfg),
        declaration::<PrincipleEntry>(&cfg),
        declaration::<ProtocolDocument>(&cfg),
        declaration::<Decision>(&cfg),
        declaration::<CommentKind>(&cfg),
        declaration::<CommentStatus>(&cfg),
        declaration::<ProtocolComment>(&cfg),
        declaration::<VersionInfo>(&cfg),
        declaration::<TemplateSection>(&cfg),
        declaration::<TemplatePrinciple>(&cfg),
        declaration::<TemplateLevel>(&cfg),
        declaration::<Template>(&cfg),
        declaration::<WarningKind>(&cfg),
        declaration::<Unfinished>(&cfg),
        declaration::<Blank>(&cfg),
        declaration::<ProtocolWarning>(&cfg),
        declaration::<Protocol>(&cfg),
        declaration::<ProtocolRecord>(&cfg),
        declaration::<ProtocolKind>(&cfg),
        declaration::<ProtocolScreen>(&cfg),
        declaration::<Part>(&cfg),
        declaration::<PartChange>(&cfg),
        declaration::<SpanKind>(&cfg),
        declaration::<Span>(&cfg),
        declaration::<PartDiff>(&cfg),
        declaration::<ProtocolDiff>(&cfg),
        declaration::<ProtocolPrint>(&cfg),
        declaration::<LevelCard>(&cfg),
        declaration::<EmergencyCard>(&cfg),
        declaration::<PocketCards>(&cfg),
        declaration::<Projection>(&cfg),
        declaration::<WorkshopId>(&cfg),
        declaration::<AgendaItemId>(&cfg),
        declaration::<NoteId>(&cfg),
        declaration::<Workshop>(&cfg),
        declaration::<Module>(&cfg),
        declaration::<ItemStatus>(&cfg),
        declaration::<AgendaItem>(&cfg),
        declaration::<NoteTarget>(&cfg),
        declaration::<StickyNote>(&cfg),
        declaration::<Progress>(&cfg),
        declaration::<WorkshopPlan>(&cfg),
        declaration::<WorkshopRecord>(&cfg),
        declaration::<WorkshopKind>(&cfg),
        declaration::<SectionChoice>(&cfg),
        declaration::<WorkshopScreen>(&cfg),
        declaration::<ReportItem>(&cfg),
        declaration::<ReportMeasure>(&cfg),
        declaration::<WorkshopReport>(&cfg),
        declaration::<ContactId>(&cfg),
        declaration::<CaseId>(&cfg),
        declaration::<ReceivedCaseId>(&cfg),
        declaration::<DeskActionId>(&cfg),
        declaration::<OutcomeId>(&cfg),
        declaration::<ContactRole>(&cfg),
        declaration::<Contact>(&cfg),
        declaration::<Request>(&cfg),
        declaration::<Urgency>(&cfg),
        declaration::<Consent>(&cfg),
        declaration::<Sent>(&cfg),
        declaration::<ActionKind>(&cfg),
        declaration::<Addressee>(&cfg),
        declaration::<ActionStatus>(&cfg),
        declaration::<ActionDone>(&cfg),
        declaration::<OutcomeKind>(&cfg),
        declaration::<CaseOutcome>(&cfg),
        declaration::<StatusContent>(&cfg),
        declaration::<CaseUpdate>(&cfg),
        declaration::<EscalationCase>(&cfg),
        declaration::<Signatory>(&cfg),
        declaration::<DeskAction>(&cfg),
        declaration::<ReceivedVersion>(&cfg),
        declaration::<Acknowledgement>(&cfg),
        declaration::<ReceivedCase>(&cfg),
        declaration::<Imported>(&cfg),
        declaration::<TimelineEntry>(&cfg),
        declaration::<ReceivedView>(&cfg),
        declaration::<tejido_core::escalation::Beyond>(&cfg),
        declaration::<tejido_core::escalation::NameFinding>(&cfg),
        declaration::<tejido_core::escalation::ActionFindings>(&cfg),
        declaration::<Tally>(&cfg),
        declaration::<TrendRow>(&cfg),
        declaration::<Trends>(&cfg),
        declaration::<ActionTally>(&cfg),
        declaration::<OutcomeTally>(&cfg),
        declaration::<Overdue>(&cfg),
        declaration::<CaseImpact>(&cfg),
        declaration::<ImpactReport>(&cfg),
        declaration::<Audience>(&cfg),
        declaration::<CasePerson>(&cfg),
        declaration::<CaseIncident>(&cfg),
        declaration::<CaseAttachment>(&cfg),
        declaration::<CaseContent>(&cfg),
        declaration::<ContactCard>(&cfg),
        declaration::<IncidentChoice>(&cfg),
        declaration::<ContactView>(&cfg),
        declaration::<EscalationScreen>(&cfg),
        declaration::<ContactPreview>(&cfg),
        declaration::<OpenedCase>(&cfg),
        declaration::<LaptopId>(&cfg),
        declaration::<ConflictId>(&cfg),
        declaration::<Entity>(&cfg),
        declaration::<Kept>(&cfg),
        declaration::<ConflictKind>(&cfg),
        declaration::<LaptopView>(&cfg),
        declaration::<ConflictView>(&cfg),
        declaration::<RefusedFile>(&cfg),
        declaration::<ContactToCheck>(&cfg),
        declaration::<SyncScreen>(&cfg),
        declaration::<Copied>(&cfg),
        declaration::<ImportReport>(&cfg),
        declaration::<StickReport>(&cfg),
        declaration::<LanPeer>(&cfg),
        declaration::<LanSettings>(&cfg),
        declaration::<SyncPage>(&cfg),
        declaration::<InvitationMade>(&cfg),
        declaration::<SyncDone>(&cfg),
        declaration::<Joined>(&cfg),
    ] {
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/lib/ipc/bindings.ts");
    let fresh = generated();
    if std::env::var_os("TEJIDO_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == fresh, "ui/src/lib/ipc/bindings.ts is stale: regenerate it (see the top of this file)");
}
