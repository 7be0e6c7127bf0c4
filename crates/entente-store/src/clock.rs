//! Clocks handed to the store: the system clock in service, a settable one in tests and
//! exercises. The core never reads a clock; the store reads the one it is given, once per batch.

use std::sync::Mutex;

use chrono::{DateTime, Utc};

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The machine's UTC clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that shows what it was last set to; for tests and simulated exercises.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(t: DateTime<Utc>) -> Self {
        FixedClock(Mutex::new(t))
    }

    pub fn set(&self, t: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = t;
    }

    pub fn advance(&self, d: chrono::Duration) {
        let mut g = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *g += d;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The system clock shifted by an offset that only ever grows, and never running backwards.
///
/// `entente demo` loads its data as a compressed replay: it starts the clock in the past and
/// moves it forward past objection windows instead of waiting them out in real time, then
/// catches up with the system clock before serving.
#[derive(Debug)]
pub struct ReplayClock {
    state: Mutex<(chrono::Duration, DateTime<Utc>)>,
}

impl ReplayClock {
    /// A clock that starts `behind` in the past.
    pub fn behind(behind: chrono::Duration) -> Self {
        ReplayClock {
            state: Mutex::new((-behind, DateTime::<Utc>::MIN_UTC)),
        }
    }

    /// Moves the clock forward by `d`.
    pub fn advance(&self, d: chrono::Duration) {
        let mut g = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if d > chrono::Duration::zero() {
            g.0 += d;
        }
    }

    /// Catches up with the system clock if it is behind it (it never goes back).
    pub fn catch_up(&self) {
        let mut g = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if g.0 < chrono::Duration::zero() {
            g.0 = chrono::Duration::zero();
        }
    }
}

impl Clock for ReplayClock {
    fn now(&self) -> DateTime<Utc> {
        let mut g = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let t = (Utc::now() + g.0).max(g.1);
        g.1 = t;
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replay_clock_moves_forward_only() {
        let c = ReplayClock::behind(chrono::Duration::minutes(10));
        let a = c.now();
        assert!(a < Utc::now() - chrono::Duration::minutes(9));
        c.advance(chrono::Duration::seconds(5));
        let b = c.now();
        assert!(b >= a + chrono::Duration::seconds(5));
        c.catch_up();
        let n = c.now();
        assert!(n >= b && n <= Utc::now());
        c.advance(chrono::Duration::seconds(-100));
        assert!(c.now() >= n);
    }
}
