//! Time as the caller passes it: the core never reads a clock.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Seconds since the Unix epoch, UTC. The caller supplies `now` with every command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Timestamp(pub i64);

/// One hour, in seconds.
pub const HOUR: i64 = 3_600;
/// One day, in seconds.
pub const DAY: i64 = 24 * HOUR;

impl Timestamp {
    /// This instant moved forward by `secs` seconds (saturating).
    pub fn plus(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(secs))
    }

    /// Whole days from `self` until `later`, rounded up; zero when `later` has passed.
    pub fn days_until(self, later: Timestamp) -> i64 {
        let d = later.0.saturating_sub(self.0);
        if d <= 0 {
            0
        } else {
            (d + DAY - 1) / DAY
        }
    }

    /// Calendar parts (year, month, day, hour, minute, second) in UTC.
    pub fn parts(self) -> (i64, u32, u32, u32, u32, u32) {
        let days = self.0.div_euclid(DAY);
        let secs = self.0.rem_euclid(DAY);
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = if m <= 2 { y + 1 } else { y };
        (y, m, d, (secs / HOUR) as u32, ((secs % HOUR) / 60) as u32, (secs % 60) as u32)
    }

    /// ISO 8601 form, for CSV and email headers: `2026-11-22T03:17:00Z`.
    pub fn iso(self) -> String {
        let (y, mo, d, h, mi, s) = self.parts();
        if !(0..=9999).contains(&y) {
            return format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z");
        }
        String::from_utf8_lossy(&self.iso_bytes()).into_owned()
    }

    /// [`Timestamp::iso`] written into a fixed buffer without allocating (the export writes one
    /// per row). Years outside 0–9999 are clamped; use `iso` for those.
    pub fn iso_bytes(self) -> [u8; 20] {
        let (y, mo, d, h, mi, s) = self.parts();
        let y = y.clamp(0, 9999) as u32;
        let mut out = *b"0000-00-00T00:00:00Z";
        let two = |out: &mut [u8; 20], at: usize, v: u32| {
            out[at] = b'0' + (v / 10 % 10) as u8;
            out[at + 1] = b'0' + (v % 10) as u8;
        };
        two(&mut out, 0, y / 100);
        two(&mut out, 2, y % 100);
        two(&mut out, 5, mo);
        two(&mut out, 8, d);
        two(&mut out, 11, h);
        two(&mut out, 14, mi);
        two(&mut out, 17, s);
        out
    }
}

impl fmt::Display for Timestamp {
    /// Short human form used in tables: `2026-11-22 03:17 UTC`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, mo, d, h, mi, _) = self.parts();
        write!(f, "{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
    }
}

/// "14 days", "1 hour", "2 days 3 hours": a duration for people.
pub fn duration_label(secs: i64) -> String {
    let (d, h, m) = (secs / DAY, (secs % DAY) / HOUR, (secs % HOUR) / 60);
    let part = |n: i64, unit: &str| if n == 1 { format!("1 {unit}") } else { format!("{n} {unit}s") };
    let mut parts = Vec::new();
    if d != 0 {
        parts.push(part(d, "day"));
    }
    if h != 0 {
        parts.push(part(h, "hour"));
    }
    if m != 0 || parts.is_empty() {
        parts.push(part(m, "minute"));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(Timestamp(0).iso(), "1970-01-01T00:00:00Z");
        assert_eq!(Timestamp(1_795_317_420).iso(), "2026-11-22T03:17:00Z");
        assert_eq!(Timestamp(951_782_400).iso(), "2000-02-29T00:00:00Z");
        assert_eq!(Timestamp(1_795_317_420).to_string(), "2026-11-22 03:17 UTC");
        // The allocation-free form agrees with plain formatting across four centuries.
        let mut t = -2_208_988_800i64; // 1900-01-01
        while t < 10_000_000_000 {
            let (y, mo, d, h, mi, sec) = Timestamp(t).parts();
            assert_eq!(Timestamp(t).iso(), format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}Z"), "{t}");
            t += 7_919_777;
        }
        assert_eq!(Timestamp(-100_000_000_000).iso(), "-1199-02-15T14:13:20Z");
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration_label(14 * DAY), "14 days");
        assert_eq!(duration_label(HOUR), "1 hour");
        assert_eq!(duration_label(DAY + 3 * HOUR), "1 day 3 hours");
        assert_eq!(duration_label(0), "0 minutes");
    }

    #[test]
    fn days_until_rounds_up_and_floors_at_zero() {
        let t = Timestamp(1000);
        assert_eq!(t.days_until(t.plus(14 * DAY)), 14);
        assert_eq!(t.days_until(t.plus(13 * DAY + 1)), 14);
        assert_eq!(t.days_until(t.plus(-5)), 0);
    }
}
