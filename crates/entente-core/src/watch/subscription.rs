//! Alerts: a user subscribes to topics, jurisdictions and lifecycle changes; a change of a
//! measure that matches reaches them on their dashboard and, when the instance has an SMTP
//! server, in an e-mail digest. Which change matches which subscription is [`Subscription::matches`];
//! what a digest says is [`digest`]. Pure: the store decides whom, the edge sends.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::event::EventBody;
use crate::watch::taxonomy::{Stage, Topic};
use crate::watch::text;
use crate::{Invalid, UserId};

/// What a user asked to be told about. An empty set means "any".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subscription {
    pub label: String,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub topics: BTreeSet<Topic>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub jurisdictions: BTreeSet<String>,
    /// Lifecycle changes to hear about (the stage reached); empty: every change, new measures
    /// included.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub stages: BTreeSet<Stage>,
    /// Where the digest goes (absent: the dashboard only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A change of a measure, as alerts see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change<'a> {
    pub jurisdiction: &'a str,
    pub topics: &'a BTreeSet<Topic>,
    /// The stage reached (for a new measure: the stage it was recorded at).
    pub stage: &'a Stage,
}

impl Subscription {
    pub fn check(&self) -> Result<(), Invalid> {
        text::required("label", &self.label, 200)?;
        if self.jurisdictions.len() > 250 {
            return Err(Invalid::new("jurisdictions", "at most 250 jurisdictions"));
        }
        for j in &self.jurisdictions {
            text::country("jurisdictions", j)?;
        }
        if let Some(e) = &self.email {
            check_email(e)?;
        }
        Ok(())
    }

    /// Does `change` match? Every non-empty criterion must hold.
    pub fn matches(&self, change: &Change<'_>) -> bool {
        (self.topics.is_empty() || self.topics.iter().any(|t| change.topics.contains(t)))
            && (self.jurisdictions.is_empty() || self.jurisdictions.contains(change.jurisdiction))
            && (self.stages.is_empty() || self.stages.contains(change.stage))
    }
}

/// An e-mail address as RFC 5321 allows in a path (a local part and a domain, at most 254
/// characters), without the quoted forms, spaces or control characters that could inject
/// headers.
pub fn check_email(e: &str) -> Result<(), Invalid> {
    let ok = e.len() <= 254
        && e.split_once('@').is_some_and(|(l, d)| {
            !l.is_empty()
                && l.len() <= 64
                && d.contains('.')
                && !d.starts_with('.')
                && !d.ends_with('.')
                && l.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c))
                && d.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        });
    if ok {
        Ok(())
    } else {
        Err(Invalid::new(
            "email",
            "an e-mail address such as name@ministry.example (no spaces or quotes)",
        ))
    }
}

/// A user subscribes (or changes a subscription).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionSet {
    pub id: String,
    pub user: UserId,
    pub subscription: Subscription,
}

impl EventBody for SubscriptionSet {
    const TYPE: &'static str = "policy.subscription_set";
    const VERSION: u32 = 1;
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionRemoved {
    pub id: String,
    pub user: UserId,
}

impl EventBody for SubscriptionRemoved {
    const TYPE: &'static str = "policy.subscription_removed";
    const VERSION: u32 = 1;
}

/// A digest was delivered to `user` for the changes up to the log's `through` (so the next one
/// starts after it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestSent {
    pub user: UserId,
    pub subscription: String,
    pub through: u64,
    pub changes: u64,
}

impl EventBody for DigestSent {
    const TYPE: &'static str = "policy.digest_sent";
    const VERSION: u32 = 1;
}

/// One line of a digest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlertLine {
    pub measure: String,
    pub jurisdiction: String,
    pub title: String,
    /// `recorded` or the stage reached.
    pub what: String,
    pub date: Option<chrono::NaiveDate>,
    pub url: Option<String>,
}

/// The subject and plain-text body of a digest (English; one line per change, each with the
/// link to the measure on this instance when `base_url` is given).
pub fn digest(label: &str, lines: &[AlertLine], base_url: Option<&str>) -> (String, String) {
    let subject = format!(
        "[entente] {} change{} in the policy tracker: {}",
        lines.len(),
        if lines.len() == 1 { "" } else { "s" },
        one_line(label)
    );
    let mut body = format!(
        "Changes that match your subscription \"{}\":\n\n",
        one_line(label)
    );
    for l in lines {
        body.push_str(&format!(
            "- {} {}: {}{}\n",
            l.jurisdiction,
            one_line(&l.title),
            if l.what == "recorded" {
                "newly tracked".to_string()
            } else {
                format!("now {}", l.what)
            },
            l.date.map(|d| format!(" (since {d})")).unwrap_or_default()
        ));
        if let Some(b) = base_url {
            body.push_str(&format!(
                "  {}/watch/measures/{}\n",
                b.trim_end_matches('/'),
                l.measure
            ));
        } else if let Some(u) = &l.url {
            body.push_str(&format!("  {u}\n"));
        }
    }
    body.push_str(
        "\nYou receive this because of a subscription in entente; change it on your dashboard.\n",
    );
    (subject, body)
}

/// Text on one line: line breaks and control characters become spaces (a subject line or a
/// list item cannot be split by what a feed carried).
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(topics: &[&str], js: &[&str], stages: &[&str]) -> Subscription {
        Subscription {
            label: "s".into(),
            topics: topics.iter().map(|t| Topic::parse(t).unwrap()).collect(),
            jurisdictions: js.iter().map(|j| j.to_string()).collect(),
            stages: stages.iter().map(|s| Stage::parse(s).unwrap()).collect(),
            email: None,
        }
    }

    #[test]
    fn every_criterion_given_must_hold() {
        let topics: BTreeSet<Topic> = [Topic::parse("ai").unwrap()].into();
        let in_force = Stage::parse("in-force").unwrap();
        let c = Change {
            jurisdiction: "BR",
            topics: &topics,
            stage: &in_force,
        };
        let cases = [
            (sub(&[], &[], &[]), true),
            (sub(&["ai"], &[], &[]), true),
            (sub(&["data-flows"], &[], &[]), false),
            (sub(&["ai", "data-flows"], &["BR", "IN"], &[]), true),
            (sub(&["ai"], &["IN"], &[]), false),
            (sub(&[], &[], &["in-force"]), true),
            (sub(&["ai"], &["BR"], &["repealed"]), false),
        ];
        for (s, want) in cases {
            assert_eq!(s.matches(&c), want, "{s:?}");
        }
    }

    #[test]
    fn emails_cannot_carry_headers() {
        assert!(check_email("a.b+watch@mfa.example.eu").is_ok());
        for bad in [
            "a@b",
            "a b@c.eu",
            "a@b.eu\r\nBcc: x@y.eu",
            "\"q\"@b.eu",
            "@b.eu",
            "a@.eu",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_digest_lists_every_change_on_its_own_line() {
        let lines = vec![
            AlertLine {
                measure: "m1".into(),
                jurisdiction: "IN".into(),
                title: "DPDP\nAct".into(),
                what: "in-force".into(),
                date: "2025-11-13".parse().ok(),
                url: None,
            },
            AlertLine {
                measure: "m2".into(),
                jurisdiction: "US".into(),
                title: "EO 14110".into(),
                what: "recorded".into(),
                date: None,
                url: Some("https://example.org".into()),
            },
        ];
        let (subject, body) = digest("AI\r\nBcc: x", &lines, Some("https://entente.example/"));
        assert!(!subject.contains('\n') && !subject.contains('\r'));
        assert!(subject.starts_with("[entente] 2 changes"));
        assert!(body.contains("- IN DPDP Act: now in-force (since 2025-11-13)"));
        assert!(body.contains("https://entente.example/watch/measures/m2"));
        assert!(body.contains("US EO 14110: newly tracked"));
    }
}
