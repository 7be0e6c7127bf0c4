//! `entente picture --data DIR DOSSIER [--at TIME] [--format text|json] [--as USER | --party P]`:
//! the shared picture of a dossier, read from the data directory **read-only** (no lock, no
//! write; works while a server runs on the same directory).
//!
//! **Who reads.** Reads go through the same visibility rule as the API:
//! - `--as USER`: that account's party and clearance (the account must exist and be enabled);
//! - else `--party P` (and `--clearance LEVEL`): a member of party P;
//! - default: a member of the instance party `EU` without clearance, which sees what the whole
//!   community sees (TLP:CLEAR and TLP:GREEN without a releasability list).
//!
//! The JSON output is the API's `GET /api/v1/dossiers/{id}/picture` document.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use chrono::{DateTime, Utc};
use clap::{Args, ValueEnum};
use entente_core::picture::rubric;
use entente_core::{Classification, PartyId, UserId, Viewer};
use entente_server::picture_api::PictureOut;
use entente_store::assessments::PictureView;
use entente_store::picture_store::ReadOnly;

#[derive(Args, Debug)]
pub struct PictureArgs {
    /// The data directory (read-only).
    #[arg(long)]
    pub data: PathBuf,
    /// The dossier's id, e.g. notpetya-2017.
    pub dossier: String,
    /// The picture as it stood at this moment (RFC 3339, e.g. 2026-11-22T10:00:00Z).
    #[arg(long)]
    pub at: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Read as this account (its party and clearance).
    #[arg(long = "as", value_name = "USER")]
    pub as_user: Option<String>,
    /// Read as a member of this party (when --as is not given).
    #[arg(long, default_value = "EU")]
    pub party: String,
    /// Clearance of the --party reader, e.g. "RESTREINT UE".
    #[arg(long)]
    pub clearance: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

fn viewer(args: &PictureArgs, store: &ReadOnly) -> Result<Viewer> {
    if let Some(u) = &args.as_user {
        let id = UserId::parse(u).map_err(|e| anyhow::anyhow!("--as: {e}"))?;
        let Some(user) = store.user(&id)? else {
            bail!("--as: no account {u:?} in {}", args.data.display());
        };
        if user.disabled {
            bail!("--as: the account {u:?} is disabled");
        }
        return Ok(Viewer {
            user: user.user,
            party: user.party,
            clearance: user.clearance,
            roles: user.roles,
        });
    }
    Ok(Viewer {
        roles: Default::default(),
        user: UserId::parse("cli").map_err(|e| anyhow::anyhow!("{e}"))?,
        party: PartyId::parse(&args.party).map_err(|e| anyhow::anyhow!("--party: {e}"))?,
        clearance: args
            .clearance
            .as_deref()
            .map(str::parse::<Classification>)
            .transpose()
            .map_err(|e| anyhow::anyhow!("--clearance: {e}"))?,
    })
}

pub fn run(args: &PictureArgs, out: &mut impl Write) -> Result<()> {
    let at: Option<DateTime<Utc>> = args
        .at
        .as_deref()
        .map(|s| {
            DateTime::parse_from_rfc3339(s.trim())
                .map(|t| t.with_timezone(&Utc))
                .with_context(|| {
                    format!(
                        "--at: expected an RFC 3339 time such as 2026-11-22T10:00:00Z, not {s:?}"
                    )
                })
        })
        .transpose()?;
    let store = ReadOnly::open(&args.data)
        .with_context(|| format!("opening {} read-only", args.data.display()))?;
    let viewer = viewer(args, &store)?;
    let view = store
        .picture(&viewer, &args.dossier, at, Utc::now())
        .with_context(|| format!("the picture of dossier {}", args.dossier))?;
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &PictureOut::from(view))?;
            writeln!(out)?;
        }
        Format::Text => text(&view, &viewer, out)?,
    }
    Ok(())
}

fn lvl(l: Option<u8>) -> String {
    l.map_or("-".into(), |v| v.to_string())
}

/// The text report: a table per dimension, the band, the unknowns, the assessments and the
/// agreed versions.
pub fn text(v: &PictureView, viewer: &Viewer, out: &mut impl Write) -> Result<()> {
    let r = rubric();
    let p = &v.picture;
    writeln!(
        out,
        "Shared picture of {} as of {} (read as {} of {})",
        v.dossier, v.as_of, viewer.user, viewer.party
    )?;
    let parties: Vec<String> = p.parties.iter().map(|x| x.to_string()).collect();
    writeln!(
        out,
        "Parties assessing: {} ({})",
        if parties.is_empty() {
            "none yet".to_string()
        } else {
            parties.join(", ")
        },
        parties.len()
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "{:<15} {:>6}  {:<28} {:>5} {:>4} {:>6}  dissent (level)",
        "dimension", "median", "", "range", "IQR", "scored"
    )?;
    for d in &p.dimensions {
        let label = d
            .median
            .and_then(|m| r.descriptor(d.dimension, m))
            .map(|x| x.label.as_str())
            .unwrap_or("unknown");
        let range = match (d.min, d.max) {
            (Some(a), Some(b)) => format!("{}-{}", a.value(), b.value()),
            _ => "-".into(),
        };
        let dissent = if d.dissenters.is_empty() {
            "none".to_string()
        } else {
            d.dissenters
                .iter()
                .map(|x| format!("{} ({})", x.party, x.level.value()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let not_assessed = if d.not_assessed_by.is_empty() {
            String::new()
        } else {
            format!(
                "; not assessed by {}",
                d.not_assessed_by
                    .iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        writeln!(
            out,
            "{:<15} {:>6}  {:<28} {:>5} {:>4} {:>6}  {dissent}{not_assessed}",
            d.dimension.as_str(),
            lvl(d.median.map(|l| l.value())),
            label,
            range,
            d.iqr,
            d.scored_by
        )?;
    }
    writeln!(out)?;
    match p.severity {
        Some(b) => writeln!(
            out,
            "Severity: {b} (aggregate {} of {}; escalation ceiling {}): {}",
            p.aggregate,
            r.max_aggregate(),
            r.ceiling(b),
            r.band_descriptor(b)
        )?,
        None => writeln!(out, "Severity: unknown (no dimension scored yet)")?,
    }
    let join = |v: Vec<&str>| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    writeln!(out, "Unknown:")?;
    writeln!(
        out,
        "  dimensions: {}",
        join(p.unknown_dimensions.iter().map(|d| d.as_str()).collect())
    )?;
    writeln!(
        out,
        "  significant-effect factors (Reg. (EU) 2019/796 Art. 2): {}",
        join(
            p.unknown_factors
                .iter()
                .map(|f| f.letter())
                .collect::<Vec<_>>()
        )
    )?;
    writeln!(
        out,
        "  external-threat criteria (Art. 1(2)): {}",
        join(
            p.unknown_criteria
                .iter()
                .map(|c| c.letter())
                .collect::<Vec<_>>()
        )
    )?;
    let potential: Vec<String> = p
        .significant_effect
        .iter()
        .filter(|(_, t)| t.agreed() == entente_core::picture::Finding::Potential)
        .map(|(f, _)| format!("({})", f.letter()))
        .collect();
    if !potential.is_empty() {
        writeln!(
            out,
            "Potential significant effect (counts for an attempted cyber-attack, Reg. (EU) 2019/796 Art. 1(1)): {}",
            potential.join(", ")
        )?;
    }
    let contested: Vec<String> = p
        .significant_effect
        .iter()
        .filter(|(_, t)| t.contested())
        .map(|(f, t)| {
            format!(
                "({}) {} found / {} potential / {} not found",
                f.letter(),
                t.found,
                t.potential,
                t.not_found
            )
        })
        .collect();
    if !contested.is_empty() {
        writeln!(
            out,
            "Contested significant-effect factors: {}",
            contested.join("; ")
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Assessments:")?;
    if v.assessments.is_empty() {
        writeln!(out, "  none")?;
    }
    for a in &v.assessments {
        let levels: Vec<String> = a
            .body
            .dimensions
            .iter()
            .map(|d| {
                format!(
                    "{}={}",
                    &d.dimension[..3.min(d.dimension.len())],
                    lvl(d.level)
                )
            })
            .collect();
        writeln!(
            out,
            "  {:<5} v{:<2} {:<9} {}  by {} at {}{}",
            a.party.as_str(),
            a.version,
            a.body.confidence,
            levels.join(" "),
            a.author,
            a.recorded_at,
            if a.agreed_in.is_empty() {
                String::new()
            } else {
                format!(
                    " (agreed in {})",
                    a.agreed_in
                        .iter()
                        .map(|n| format!("#{n}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Proposals:")?;
    if v.proposals.is_empty() {
        writeln!(out, "  none")?;
    }
    for pr in &v.proposals {
        writeln!(
            out,
            "  #{} proposed by {} at {}; objections until {}: {}{}",
            pr.number,
            pr.proposer,
            pr.proposed_at,
            pr.deadline,
            pr.status.as_str(),
            if pr.objections.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    pr.objections
                        .iter()
                        .map(|o| format!("{}: {}", o.party, o.reason))
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            }
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Agreed versions:")?;
    if v.agreed.is_empty() {
        writeln!(out, "  none")?;
    }
    for a in &v.agreed {
        let medians: Vec<String> = a
            .picture
            .dimensions
            .iter()
            .map(|d| {
                format!(
                    "{}={}",
                    &d.dimension.as_str()[..3],
                    lvl(d.median.map(|l| l.value()))
                )
            })
            .collect();
        writeln!(
            out,
            "  #{} agreed at {}: {} (aggregate {}, severity {}) from {}",
            a.proposal.number,
            a.proposal.agreed_at.as_deref().unwrap_or("?"),
            medians.join(" "),
            a.picture.aggregate,
            a.picture.severity.map_or("unknown", |s| s.as_str()),
            a.proposal
                .assessments
                .iter()
                .map(|r| format!("{} v{}", r.party, r.version))
                .collect::<Vec<_>>()
                .join(", ")
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use entente_store::{Options, SqliteStore};

    use super::*;

    fn args(dir: &std::path::Path, dossier: &str, format: Format) -> PictureArgs {
        PictureArgs {
            data: dir.to_path_buf(),
            dossier: dossier.into(),
            at: None,
            format,
            as_user: None,
            party: "EU".into(),
            clearance: None,
        }
    }

    /// The demo loads (its levels, evidence citations and proposals are all accepted), and
    /// `entente picture` shows dissent and the agreed version, read-only while the store is
    /// open.
    #[test]
    fn demo_pictures_show_dissent_and_agreement() {
        let dir = tempfile::tempdir().unwrap();
        let clock = Arc::new(entente_store::ReplayClock::behind(chrono::Duration::hours(
            1,
        )));
        let store = SqliteStore::open(dir.path(), clock.clone(), Options::default()).unwrap();
        crate::demo::load(&store, &clock).unwrap();
        clock.catch_up();

        let mut out = Vec::new();
        run(&args(dir.path(), "notpetya-2017", Format::Text), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("Parties assessing: BG, DE, EE, EEAS, FR, LV (6)"),
            "{text}"
        );
        let line = |dim: &str| {
            text.lines()
                .find(|l| l.starts_with(dim))
                .unwrap_or_default()
                .to_string()
        };
        assert!(line("duration").contains("EEAS (4)"), "{text}");
        assert!(line("sophistication").contains("BG (2)"), "{text}");
        assert!(text.contains("#1 agreed at"), "{text}");
        assert!(text.contains("DE v2"), "{text}");

        let mut out = Vec::new();
        run(&args(dir.path(), "opcw-2018", Format::Json), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["proposals"][0]["status"], "open");
        assert_eq!(v["agreed"], serde_json::json!([]));

        // The AMBER exercise is invisible to the default reader, visible to LV.
        let e = run(
            &args(dir.path(), "exercise-baltic-grid", Format::Text),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(format!("{e:#}").contains("not found"), "{e:#}");
        let mut lv = args(dir.path(), "exercise-baltic-grid", Format::Json);
        lv.party = "LV".into();
        let mut out = Vec::new();
        run(&lv, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["parties"], serde_json::json!(["EE", "LV"]));
    }
}
