//! Fuzz target: the procedure bodies and files that carry votes and Annex III population
//! tables. Must never panic (an arithmetic overflow is a panic here: the targets are built with
//! overflow checks).
//!
//! - `POST /procedures/evaluate` ([`EvaluateIn::evaluate`]): positions, rule, population figures.
//! - `POST /dossiers/{id}/procedures` ([`ProcedureIn::into_request`]): the subject, the
//!   deadline, and the population figures as the store checks them ([`PopulationTable::new`]),
//!   then the rule evaluated on that table with positions drawn from the input.
//! - `entente procedure evaluate` (`procedure_cmd::evaluate_text`): the positions file and the
//!   population file, split at the first 0xFF byte (never valid in UTF-8); the first byte of
//!   the input picks the rule. The outcome is rendered as text too.
//! - `POST /reference/population` and `entente reference population import FILE`
//!   (`wire::population::parse_table`), then the core's checks of the table
//!   (`population::check_import`).
//! - The voting arithmetic itself: the first 27 × 8 bytes as the 27 figures of a table
//!   (little-endian `u64`), the next 27 bytes as the positions, the byte after as the rule. JSON
//!   mutations rarely turn a figure into one near `u64::MAX`; this path does it at once.
#![no_main]

use chrono::{DateTime, TimeZone, Utc};
use entente_cli::procedure_cmd::{RuleArg, evaluate_text};
use entente_core::procedure::record::{Subject, parse_rule};
use entente_core::procedure::{self, Position, Positions};
use entente_core::population;
use entente_core::reference::{self, PopulationTable};
use entente_server::procedures_api::{EvaluateIn, ProcedureIn};
use entente_server::wire::population::parse_table;
use entente_server::wire::procedure::render_text;
use libfuzzer_sys::fuzz_target;

fn today() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

const POSITIONS: [Position; 5] = [
    Position::For,
    Position::Against,
    Position::Abstain,
    Position::DeclaredAbstain,
    Position::NotParticipating,
];

fuzz_target!(|data: &[u8]| {
    if let Ok(b) = serde_json::from_slice::<EvaluateIn>(data) {
        if let Ok(o) = b.evaluate(today(), &[]) {
            let _ = serde_json::to_string(&o);
            let _ = render_text(&o);
        }
    }
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(input) = parse_table(text)
    {
        let _ = population::check_import(&input, &population::shipped(), &[]);
    }
    if let Ok(b) = serde_json::from_slice::<ProcedureIn>(data)
        && let Ok(req) = b.into_request()
    {
        if let Subject::Text { text } = &req.subject {
            let _ = text.check("subject.text", 2000);
        }
        let table = req.population.as_ref().and_then(|p| {
            PopulationTable::new(
                p.source.clone(),
                p.figures.iter().map(|(k, v)| (k.as_str(), *v)),
            )
            .ok()
        });
        if let (Some(table), Some(rule)) = (
            table,
            req.rule
                .as_deref()
                .and_then(|r| parse_rule(r, req.deadline)),
        ) {
            let _ = table.total();
            let mut positions = Positions::new();
            for (i, s) in reference::member_states().iter().enumerate() {
                let pick = data.get(i).copied().unwrap_or(0);
                positions.set(&s.alpha2, POSITIONS[usize::from(pick) % POSITIONS.len()]);
            }
            let _ = procedure::evaluate(rule, &positions, Some(&table), req.deadline);
        }
    }
    if let Some((figures, rest)) = data.split_at_checked(27 * 8) {
        let states = reference::member_states();
        let pairs: Vec<(&str, u64)> = states
            .iter()
            .zip(figures.chunks_exact(8))
            .map(|(s, b)| {
                let mut n = [0u8; 8];
                n.copy_from_slice(b);
                (s.alpha2.as_str(), u64::from_le_bytes(n))
            })
            .collect();
        if let Ok(table) = PopulationTable::new("fuzz", pairs) {
            let mut positions = Positions::new();
            for (i, s) in states.iter().enumerate() {
                let pick = rest.get(i).copied().unwrap_or(0);
                positions.set(&s.alpha2, POSITIONS[usize::from(pick) % POSITIONS.len()]);
            }
            let rule = rest.get(27).copied().unwrap_or(0);
            if let Some(rule) = ["unanimity", "qmv", "rqmv", "simple", "silence"]
                .get(usize::from(rule) % 5)
                .and_then(|r| parse_rule(r, today()))
            {
                let _ = procedure::evaluate(rule, &positions, Some(&table), today());
            }
        }
    }
    if let Some((&first, rest)) = data.split_first() {
        let rule = [
            RuleArg::Unanimity,
            RuleArg::Qmv,
            RuleArg::Rqmv,
            RuleArg::Simple,
            RuleArg::Silence,
        ][usize::from(first) % 5];
        let (positions, population) = match rest.iter().position(|&b| b == 0xFF) {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let (Ok(positions), Ok(population)) = (
            std::str::from_utf8(positions),
            population.map(std::str::from_utf8).transpose(),
        ) else {
            return;
        };
        if let Ok(o) = evaluate_text(rule, positions, population, None, None, today(), &[]) {
            let _ = render_text(&o);
        }
    }
});
