//! An embargo time as each of the 27 capitals reads it on its clock.
//!
//! The capitals and their zones are in `data/capitals.json`. Every capital keeps one of three
//! standard offsets from UTC (0, +1 or +2 hours) and the Union's summer time, which Directive
//! 2000/84/EC sets for every Member State alike: it begins at 01:00 GMT on the last Sunday in
//! March (Art. 2) and ends at 01:00 GMT on the last Sunday in October (Art. 3). That is all a
//! local time of a capital needs, so entente computes it here instead of shipping the whole
//! time zone database.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use serde::Deserialize;

const CAPITALS_JSON: &str = include_str!("../../../../data/capitals.json");

/// A Member State's capital and its zone.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Capital {
    /// ISO 3166-1 alpha-2 code of the Member State.
    pub state: String,
    /// The capital's name in (one of) the state's official language(s).
    pub capital: String,
    /// The language of that name (ISO 639-1).
    pub lang: String,
    /// The IANA time zone name.
    pub zone: String,
    /// The zone's standard (winter) offset from UTC, in minutes.
    pub standard_offset_minutes: i32,
}

#[derive(Deserialize)]
struct File {
    capitals: Vec<Capital>,
}

static CAPITALS: LazyLock<Vec<Capital>> = LazyLock::new(|| {
    serde_json::from_str::<File>(CAPITALS_JSON)
        .map(|f| f.capitals)
        .unwrap_or_default()
});

/// The 27 capitals in EU protocol order.
pub fn capitals() -> &'static [Capital] {
    &CAPITALS
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut d = first_next.pred_opt()?;
    while d.weekday() != Weekday::Sun {
        d = d.pred_opt()?;
    }
    Some(d)
}

/// Whether `t` falls within the summer-time period of Directive 2000/84/EC (Art. 2 and 3):
/// from 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October.
pub fn is_summer_time(t: DateTime<Utc>) -> bool {
    let y = t.year();
    let at_one = |d: NaiveDate| {
        d.and_hms_opt(1, 0, 0)
            .map(|n| Utc.from_utc_datetime(&n))
            .unwrap_or(t)
    };
    match (last_sunday(y, 3), last_sunday(y, 10)) {
        (Some(start), Some(end)) => t >= at_one(start) && t < at_one(end),
        _ => false,
    }
}

/// The offset from UTC, in minutes, of a capital's clock at `t`.
pub fn offset_minutes(c: &Capital, t: DateTime<Utc>) -> i32 {
    c.standard_offset_minutes + if is_summer_time(t) { 60 } else { 0 }
}

/// An instant as a capital reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub state: &'static str,
    pub capital: &'static str,
    pub lang: &'static str,
    pub zone: &'static str,
    /// Wall-clock date and time there.
    pub local: chrono::NaiveDateTime,
    /// `+02:00`.
    pub offset: String,
}

/// `t` on the clocks of the 27 capitals, in protocol order.
pub fn in_capitals(t: DateTime<Utc>) -> Vec<LocalTime> {
    capitals()
        .iter()
        .map(|c| {
            let m = offset_minutes(c, t);
            LocalTime {
                state: &c.state,
                capital: &c.capital,
                lang: &c.lang,
                zone: &c.zone,
                local: (t + Duration::minutes(i64::from(m))).naive_utc(),
                offset: format!(
                    "{}{:02}:{:02}",
                    if m < 0 { '-' } else { '+' },
                    m.abs() / 60,
                    m.abs() % 60
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    #[test]
    fn the_27_capitals_in_protocol_order() {
        let c = capitals();
        assert_eq!(c.len(), 27);
        let states: Vec<&str> = c.iter().map(|c| c.state.as_str()).collect();
        let order: Vec<&str> = crate::reference::member_states()
            .iter()
            .map(|s| s.alpha2.as_str())
            .collect();
        assert_eq!(states, order);
    }

    #[test]
    fn summer_time_follows_the_directive() {
        // 2026: last Sunday in March is the 29th, in October the 25th.
        assert!(!is_summer_time(utc(2026, 3, 29, 0, 59)));
        assert!(is_summer_time(utc(2026, 3, 29, 1, 0)));
        assert!(is_summer_time(utc(2026, 10, 25, 0, 59)));
        assert!(!is_summer_time(utc(2026, 10, 25, 1, 0)));
        // 2027: 28 March and 31 October.
        assert!(is_summer_time(utc(2027, 3, 28, 1, 0)));
        assert!(is_summer_time(utc(2027, 10, 31, 0, 0)));
    }

    #[test]
    fn an_embargo_on_every_clock() {
        let winter = in_capitals(utc(2026, 12, 3, 11, 0));
        let at = |s: &str| winter.iter().find(|l| l.state == s).unwrap().clone();
        assert_eq!(at("PT").local.format("%H:%M").to_string(), "11:00");
        assert_eq!(at("BE").local.format("%H:%M").to_string(), "12:00");
        assert_eq!(at("FI").local.format("%H:%M").to_string(), "13:00");
        assert_eq!(at("FI").offset, "+02:00");
        let summer = in_capitals(utc(2026, 7, 1, 23, 30));
        let at = |s: &str| summer.iter().find(|l| l.state == s).unwrap().clone();
        assert_eq!(at("IE").local.format("%d %H:%M").to_string(), "02 00:30");
        assert_eq!(at("CY").offset, "+03:00");
    }
}
