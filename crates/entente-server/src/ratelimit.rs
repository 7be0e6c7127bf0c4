//! Login throttling per account and per address, with exponential back-off.
//!
//! After `threshold` consecutive failures a key is locked for `base`, doubling with every
//! further failure after a lock ends, up to `max`. While a key is locked every attempt is
//! refused without looking at the password (so the right password is refused too), and the
//! refusal answers 429 with `Retry-After`. A success clears the account's count. Counts are
//! forgotten an hour after the last failure. State is in memory (per process) and uses the
//! store's clock, so tests can move time.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use entente_store::Clock;

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    pub threshold: u32,
    pub base: Duration,
    pub max: Duration,
}

#[derive(Clone, Copy, Debug, Default)]
struct Entry {
    failures: u32,
    last_failure: Option<DateTime<Utc>>,
    locked_until: Option<DateTime<Utc>>,
}

/// Most keys remembered before stale ones are pruned.
const MAX_KEYS: usize = 100_000;

pub struct Limiter {
    clock: Arc<dyn Clock>,
    account: Policy,
    address: Policy,
    accounts: Mutex<HashMap<String, Entry>>,
    addresses: Mutex<HashMap<String, Entry>>,
}

impl Limiter {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Limiter {
            clock,
            account: Policy {
                threshold: 5,
                base: Duration::seconds(30),
                max: Duration::hours(1),
            },
            address: Policy {
                threshold: 50,
                base: Duration::seconds(60),
                max: Duration::hours(1),
            },
            accounts: Mutex::new(HashMap::new()),
            addresses: Mutex::new(HashMap::new()),
        }
    }

    /// `Some(seconds)` to wait when the account or the address is locked now.
    pub fn check(&self, account: &str, address: &str) -> Option<u64> {
        let now = self.clock.now();
        let wait = |m: &Mutex<HashMap<String, Entry>>, k: &str| {
            let g = m.lock().unwrap_or_else(|e| e.into_inner());
            g.get(k)
                .and_then(|e| e.locked_until)
                .filter(|t| *t > now)
                .map(|t| (t - now).num_seconds().max(1) as u64)
        };
        let a = wait(&self.accounts, account);
        let b = wait(&self.addresses, address);
        a.max(b)
    }

    /// Counts a failure; returns `Some(seconds)` if this failure locked the account or address.
    pub fn fail(&self, account: &str, address: &str) -> Option<u64> {
        let now = self.clock.now();
        let a = Self::bump(&self.accounts, account, self.account, now);
        let b = Self::bump(&self.addresses, address, self.address, now);
        a.max(b)
    }

    /// A successful login clears the account's failures (not the address's).
    pub fn succeed(&self, account: &str) {
        self.accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(account);
    }

    fn bump(
        m: &Mutex<HashMap<String, Entry>>,
        key: &str,
        p: Policy,
        now: DateTime<Utc>,
    ) -> Option<u64> {
        let mut g = m.lock().unwrap_or_else(|e| e.into_inner());
        if g.len() >= MAX_KEYS {
            g.retain(|_, e| {
                e.locked_until.is_some_and(|t| t > now)
                    || e.last_failure.is_some_and(|t| now - t < Duration::hours(1))
            });
        }
        let e = g.entry(key.to_string()).or_default();
        if e.last_failure.is_some_and(|t| now - t > Duration::hours(1)) {
            *e = Entry::default();
        }
        e.failures += 1;
        e.last_failure = Some(now);
        if e.failures >= p.threshold {
            let doublings = (e.failures - p.threshold).min(20);
            let lock = (p.base * 2i32.pow(doublings)).min(p.max);
            e.locked_until = Some(now + lock);
            return Some(lock.num_seconds().max(1) as u64);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use entente_store::FixedClock;

    #[test]
    fn locks_after_threshold_and_backs_off() {
        let clock = Arc::new(FixedClock::new(
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        ));
        let l = Limiter::new(clock.clone());
        for _ in 0..4 {
            assert_eq!(l.fail("anna", "1.2.3.4"), None);
            assert_eq!(l.check("anna", "1.2.3.4"), None);
        }
        assert_eq!(l.fail("anna", "1.2.3.4"), Some(30));
        assert_eq!(l.check("anna", "5.6.7.8"), Some(30));
        assert_eq!(l.check("bob", "1.2.3.4"), None);
        clock.advance(Duration::seconds(31));
        assert_eq!(l.check("anna", "1.2.3.4"), None);
        assert_eq!(l.fail("anna", "1.2.3.4"), Some(60));
        l.succeed("anna");
        assert_eq!(l.check("anna", "9.9.9.9"), None);
    }

    #[test]
    fn address_locks_across_accounts() {
        let clock = Arc::new(FixedClock::new(
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        ));
        let l = Limiter::new(clock);
        for i in 0..49 {
            l.fail(&format!("user{i}"), "6.6.6.6");
        }
        assert_eq!(l.check("fresh", "6.6.6.6"), None);
        assert_eq!(l.fail("user49", "6.6.6.6"), Some(60));
        assert_eq!(l.check("fresh", "6.6.6.6"), Some(60));
    }
}

/// Failed sign-ins that concern no account (unknown names, forged or stale sign-in forms,
/// attempts while locked) are counted here and recorded as **one** `auth.failures_aggregated`
/// event per window (F12): anyone can cause them, so none of them may append to the log one by
/// one. At most [`MAX_TALLY_KEYS`] distinct (address, reason) pairs are kept per window; the
/// rest are counted under the address `other`.
pub struct FailureTally {
    clock: Arc<dyn Clock>,
    window: Duration,
    /// The window's start and its counts by (address, reason).
    state: Mutex<(DateTime<Utc>, Counts)>,
}

type Counts = HashMap<(String, String), u64>;

/// Distinct (address, reason) pairs kept per window.
pub const MAX_TALLY_KEYS: usize = 1000;

/// One window's counts, ready to be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TallyWindow {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// (address, reason, count), sorted.
    pub counts: Vec<(String, String, u64)>,
}

impl FailureTally {
    pub fn new(clock: Arc<dyn Clock>, window: Duration) -> Self {
        let now = clock.now();
        FailureTally {
            clock,
            window,
            state: Mutex::new((now, HashMap::new())),
        }
    }

    /// Counts a failure; returns the previous window when this one closed it.
    pub fn add(&self, address: &str, reason: &str) -> Option<TallyWindow> {
        let closed = self.close_if_due();
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let key = (address.to_string(), reason.to_string());
        let key = if st.1.contains_key(&key) || st.1.len() < MAX_TALLY_KEYS {
            key
        } else {
            ("other".to_string(), reason.to_string())
        };
        *st.1.entry(key).or_insert(0) += 1;
        closed
    }

    /// The window, if it has ended and counted anything; a new window starts.
    pub fn close_if_due(&self) -> Option<TallyWindow> {
        let now = self.clock.now();
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if now < st.0 + self.window {
            return None;
        }
        let from = st.0;
        let counts = std::mem::take(&mut st.1);
        st.0 = now;
        if counts.is_empty() {
            return None;
        }
        let mut counts: Vec<(String, String, u64)> =
            counts.into_iter().map(|((a, r), n)| (a, r, n)).collect();
        counts.sort();
        Some(TallyWindow {
            from,
            to: now,
            counts,
        })
    }
}
