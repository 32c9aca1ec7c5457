//! The 5×5 risk matrix and how risks moved: pure functions over loaded risks.
//!
//! Tejido shows likelihood and impact side by side and colours the cell; it never reduces a
//! risk to one fake-precise number. The band only says which cells call for action first.

use serde::Serialize;

use crate::ids::RiskId;
use crate::risk::records::Risk;

/// How urgent a cell of the matrix is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// Watch it.
    Low,
    /// Plan measures.
    Medium,
    /// Act soon.
    High,
    /// Act now.
    Critical,
}

impl Band {
    /// The band of a cell. The usual 5×5 banding: it grows with both axes, is symmetric in
    /// them, and a very likely, very grave risk is always critical.
    pub fn of(likelihood: u8, impact: u8) -> Band {
        match u16::from(likelihood.clamp(1, 5)) * u16::from(impact.clamp(1, 5)) {
            0..=4 => Band::Low,
            5..=9 => Band::Medium,
            10..=16 => Band::High,
            _ => Band::Critical,
        }
    }

    /// The stored and displayed name.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
            Band::Critical => "critical",
        }
    }
}

/// How a risk moved between its last two ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    /// Rated once so far.
    New,
    /// Into a more urgent band, or the same band with a higher rating.
    Rising,
    /// Unchanged.
    Steady,
    /// Into a less urgent band, or the same band with a lower rating.
    Falling,
}

/// The trend of a risk from its history.
pub fn trend(risk: &Risk) -> Trend {
    let [.., previous, current] = risk.assessments.as_slice() else {
        return Trend::New;
    };
    let rank = |a: &crate::risk::records::Assessment| (Band::of(a.likelihood, a.impact), a.likelihood + a.impact);
    match rank(current).cmp(&rank(previous)) {
        std::cmp::Ordering::Greater => Trend::Rising,
        std::cmp::Ordering::Equal => Trend::Steady,
        std::cmp::Ordering::Less => Trend::Falling,
    }
}

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    /// 1–5.
    pub likelihood: u8,
    /// 1–5.
    pub impact: u8,
    /// Its colour.
    pub band: Band,
    /// The risks currently rated here.
    pub risks: Vec<RiskId>,
}

/// The matrix, rows from very likely (5) down to very unlikely (1), each row by impact 1–5:
/// the layout of the printed FLD matrix, read top-right for the most urgent.
pub fn matrix(risks: &[Risk]) -> Vec<Cell> {
    let mut cells = Vec::with_capacity(25);
    for likelihood in (1..=5).rev() {
        for impact in 1..=5 {
            cells.push(Cell {
                likelihood,
                impact,
                band: Band::of(likelihood, impact),
                risks: risks
                    .iter()
                    .filter(|r| {
                        let now = r.current();
                        now.likelihood == likelihood && now.impact == impact
                    })
                    .map(|r| r.id)
                    .collect(),
            });
        }
    }
    cells
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::risk::records::Assessment;
    use crate::sensitivity::Sensitivity;

    fn rated(ratings: &[(u8, u8)]) -> Risk {
        Risk {
            id: RiskId::new(),
            title: "t".into(),
            threatened: String::new(),
            category: "surveillance".into(),
            description: String::new(),
            threat_assessment: None,
            vulnerabilities: vec![],
            capacities: vec![],
            assessments: ratings
                .iter()
                .enumerate()
                .map(|(i, &(likelihood, impact))| Assessment {
                    on: NaiveDate::from_ymd_opt(2026, 1, 1 + i as u32).unwrap(),
                    likelihood,
                    impact,
                    note: String::new(),
                })
                .collect(),
            sensitivity: Sensitivity::Community,
        }
    }

    #[test]
    fn bands_grow_with_both_axes_and_are_symmetric() {
        for l in 1..=5 {
            for i in 1..=5 {
                assert_eq!(Band::of(l, i), Band::of(i, l), "symmetric at {l},{i}");
                if l < 5 {
                    assert!(Band::of(l + 1, i) >= Band::of(l, i), "grows with likelihood at {l},{i}");
                }
            }
        }
        assert_eq!(Band::of(1, 1), Band::Low);
        assert_eq!(Band::of(3, 3), Band::Medium);
        assert_eq!(Band::of(4, 4), Band::High);
        assert_eq!(Band::of(5, 5), Band::Critical);
        assert_eq!(Band::of(1, 5), Band::Medium, "a grave but very unlikely risk is not critical");
    }

    #[test]
    fn matrix_has_25_cells_and_places_each_risk_once_by_its_latest_rating() {
        let a = rated(&[(2, 2), (5, 4)]);
        let b = rated(&[(1, 5)]);
        let cells = matrix(&[a.clone(), b.clone()]);
        assert_eq!(cells.len(), 25);
        assert_eq!((cells[0].likelihood, cells[0].impact), (5, 1), "top-left is very likely, least grave");
        let placed: Vec<_> = cells.iter().flat_map(|c| c.risks.iter().map(move |r| (c.likelihood, c.impact, *r))).collect();
        assert_eq!(placed.len(), 2);
        assert!(placed.contains(&(5, 4, a.id)), "a is placed by its newest rating, not its first");
        assert!(placed.contains(&(1, 5, b.id)));
    }

    #[test]
    fn trend_follows_the_last_two_ratings() {
        assert_eq!(trend(&rated(&[(3, 3)])), Trend::New);
        assert_eq!(trend(&rated(&[(2, 2), (4, 4)])), Trend::Rising);
        assert_eq!(trend(&rated(&[(4, 4), (2, 2)])), Trend::Falling);
        assert_eq!(trend(&rated(&[(4, 4), (4, 4)])), Trend::Steady);
        assert_eq!(trend(&rated(&[(1, 1), (4, 4), (3, 3)])), Trend::Falling, "only the last move counts");
        assert_eq!(trend(&rated(&[(2, 3), (3, 3)])), Trend::Rising, "same band, higher rating");
    }
}
