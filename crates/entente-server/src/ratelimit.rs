//! Sign-in throttling with back-off, for an account from an address, for an account from
//! anywhere, and for an address (R18).
//!
//! - **An account from one address** is locked after 5 consecutive failures, for 30 seconds,
//!   doubling with every further failure after a lock ends, up to an hour. This is what stops
//!   guessing: while it is locked every attempt from that address is refused without looking
//!   at the password (the right password too), with 429 and `Retry-After`.
//! - **An account from anywhere** is slowed after 20 failures, however many addresses they come
//!   from: 5 seconds, doubling up to a minute. Guessing from many addresses stays slow, and
//!   nobody can lock an account's holder out for longer than that.
//! - **An address** is slowed after 50 failures of any kind (forged forms, unknown names): 5
//!   seconds after each further failure, never more. A NAT, or a proxy without
//!   `--trust-forwarded-for`, carries many people: a forged form must not lock them all out.
//!
//! A success clears the account's counts. Counts are forgotten an hour after the last failure.
//! State is in memory (per process) and uses the store's clock, so tests can move time.

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

type Table = Mutex<HashMap<String, Entry>>;

pub struct Limiter {
    clock: Arc<dyn Clock>,
    pair: Policy,
    account: Policy,
    address: Policy,
    pairs: Table,
    accounts: Table,
    addresses: Table,
}

fn pair_key(account: &str, address: &str) -> String {
    format!("{account}\n{address}")
}

impl Limiter {
    pub fn new(clock: Arc<dyn Clock>) -> Self {
        Limiter {
            clock,
            pair: Policy {
                threshold: 5,
                base: Duration::seconds(30),
                max: Duration::hours(1),
            },
            account: Policy {
                threshold: 20,
                base: Duration::seconds(5),
                max: Duration::minutes(1),
            },
            address: Policy {
                threshold: 50,
                base: Duration::seconds(5),
                max: Duration::seconds(5),
            },
            pairs: Mutex::new(HashMap::new()),
            accounts: Mutex::new(HashMap::new()),
            addresses: Mutex::new(HashMap::new()),
        }
    }

    fn wait(&self, m: &Table, k: &str, now: DateTime<Utc>) -> Option<u64> {
        let g = m.lock().unwrap_or_else(|e| e.into_inner());
        g.get(k)
            .and_then(|e| e.locked_until)
            .filter(|t| *t > now)
            .map(|t| (t - now).num_seconds().max(1) as u64)
    }

    /// `Some(seconds)` to wait when the account from this address, the account, or the address
    /// is held back now.
    pub fn check(&self, account: &str, address: &str) -> Option<u64> {
        let now = self.clock.now();
        let a = self.wait(&self.pairs, &pair_key(account, address), now);
        let b = self.wait(&self.accounts, account, now);
        let c = self.wait(&self.addresses, address, now);
        a.max(b).max(c)
    }

    /// `Some(seconds)` to wait when the address alone is held back now.
    pub fn check_address(&self, address: &str) -> Option<u64> {
        self.wait(&self.addresses, address, self.clock.now())
    }

    /// Counts a failure of `account` from `address`; returns `Some(seconds)` if this failure
    /// held either back.
    pub fn fail(&self, account: &str, address: &str) -> Option<u64> {
        let now = self.clock.now();
        let a = Self::bump(&self.pairs, &pair_key(account, address), self.pair, now);
        let b = Self::bump(&self.accounts, account, self.account, now);
        let c = Self::bump(&self.addresses, address, self.address, now);
        a.max(b).max(c)
    }

    /// Counts a failure that concerns no account (a forged or stale sign-in form): the address
    /// only, which is slowed, never locked for long.
    pub fn fail_address(&self, address: &str) -> Option<u64> {
        Self::bump(&self.addresses, address, self.address, self.clock.now())
    }

    /// A successful sign-in clears the account's failures (not the address's).
    pub fn succeed(&self, account: &str, address: &str) {
        self.pairs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&pair_key(account, address));
        self.accounts
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(account);
    }

    fn bump(m: &Table, key: &str, p: Policy, now: DateTime<Utc>) -> Option<u64> {
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

    fn limiter() -> (Limiter, Arc<FixedClock>) {
        let clock = Arc::new(FixedClock::new(
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        ));
        (Limiter::new(clock.clone()), clock)
    }

    #[test]
    fn locks_an_account_from_an_address_and_backs_off() {
        let (l, clock) = limiter();
        for _ in 0..4 {
            assert_eq!(l.fail("anna", "1.2.3.4"), None);
            assert_eq!(l.check("anna", "1.2.3.4"), None);
        }
        assert_eq!(l.fail("anna", "1.2.3.4"), Some(30));
        assert_eq!(l.check("anna", "1.2.3.4"), Some(30));
        // Anna from her own address, and others from this one, are not held back.
        assert_eq!(l.check("anna", "5.6.7.8"), None);
        assert_eq!(l.check("bob", "1.2.3.4"), None);
        clock.advance(Duration::seconds(31));
        assert_eq!(l.check("anna", "1.2.3.4"), None);
        assert_eq!(l.fail("anna", "1.2.3.4"), Some(60));
        l.succeed("anna", "1.2.3.4");
        assert_eq!(l.check("anna", "1.2.3.4"), None);
    }

    #[test]
    fn r18_many_addresses_slow_an_account_for_a_minute_at_most() {
        let (l, clock) = limiter();
        for i in 0..19 {
            assert_eq!(l.fail("anna", &format!("10.0.0.{i}")), None);
        }
        assert_eq!(l.fail("anna", "10.0.1.1"), Some(5));
        assert_eq!(l.check("anna", "192.0.2.1"), Some(5));
        for _ in 0..30 {
            clock.advance(Duration::seconds(61));
            assert!(l.fail("anna", "10.0.2.2").unwrap_or(0) <= 3600);
            assert!(l.check("anna", "192.0.2.1").unwrap_or(0) <= 60);
        }
    }

    #[test]
    fn r18_an_address_is_slowed_never_locked_for_long() {
        let (l, _) = limiter();
        for _ in 0..500 {
            l.fail_address("6.6.6.6");
        }
        assert_eq!(l.check("fresh", "6.6.6.6"), Some(5));
        for i in 0..49 {
            l.fail(&format!("user{i}"), "7.7.7.7");
        }
        assert_eq!(l.check("fresh", "7.7.7.7"), None);
        assert_eq!(l.fail("user49", "7.7.7.7"), Some(5));
        assert_eq!(l.check("fresh", "7.7.7.7"), Some(5));
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
