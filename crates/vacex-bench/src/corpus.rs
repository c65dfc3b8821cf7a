//! Plans a corpus: which vacancies are online on which night, on how many sites each
//! appears, and in which style, and yields the pages one at a time so writing a
//! corpus of any size needs the memory of one page. Vacancy `g` is the same vacancy
//! on every site and every night; the window of open vacancies moves by about 15 % a
//! night, so consecutive nights share most of their pages, as real crawls do.

use crate::render::{self, RenderOptions, Style};
use crate::rng::{civil_from_days, days_from_civil, Rng};
use crate::vacancy::{Day, Vacancy};

/// What to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    pub seed: u64,
    /// Pages per night.
    pub pages: usize,
    pub nights: u32,
    /// The day of night 1.
    pub first_night: Day,
}

impl Spec {
    pub fn new(seed: u64, pages: usize, nights: u32) -> Spec {
        Spec {
            seed,
            pages,
            nights,
            first_night: Day(days_from_civil(2025, 11, 20)),
        }
    }

    /// Vacancies that close between two nights and as many new ones that appear.
    fn shift(&self) -> u64 {
        (self.vacancies_per_night() * 15 / 100).max(1)
    }

    /// About 1.4 pages per vacancy (duplicates across sites).
    fn vacancies_per_night(&self) -> u64 {
        (self.pages as u64 * 10 / 14).max(1)
    }

    /// Pages of night `night` (1-based), streamed.
    pub fn night(&self, night: u32) -> NightPages {
        NightPages {
            spec: self.clone(),
            night,
            group: u64::from(night - 1) * self.shift(),
            variant: 0,
            emitted: 0,
        }
    }

    /// How many sites show vacancy `group`, and in which styles.
    pub fn sites(&self, v: &Vacancy) -> Vec<(Style, bool)> {
        let mut r = Rng::for_key(self.seed ^ 0x5173_5173, v.group);
        let own = Style::own_site(v);
        let count = match r.below(10) {
            0..=6 => 1,
            7 | 8 => 2,
            _ => 3,
        };
        let mut sites = vec![(own, true)];
        if count == 2 {
            let board = if r.chance(0.5) {
                Style::Board
            } else {
                Style::Prose
            };
            sites.push((board, r.chance(0.6)));
        } else if count == 3 {
            // The same vacancy on three sites; often only the employer's own site
            // prints the reference number.
            let refs = r.chance(0.5);
            sites.push((Style::Board, refs));
            sites.push((Style::Prose, refs && r.chance(0.5)));
        }
        sites
    }

    fn vacancy(&self, group: u64) -> Vacancy {
        let per = self.vacancies_per_night() as i64;
        let shift = self.shift() as i64;
        let g = group as i64;
        let first = self.first_night.0 + ((g - per) / shift + 1).max(0);
        let last = self.first_night.0 + g / shift;
        Vacancy::generate(self.seed, group, first, last)
    }
}

/// One generated page with what the writers need.
#[derive(Debug, Clone)]
pub struct GenPage {
    pub doc_id: String,
    pub url: String,
    /// RFC 3339, UTC.
    pub fetched_at: String,
    pub html: String,
    /// The vacancy: every page of a group is the same vacancy.
    pub group: u64,
    /// Which of the group's sites (0 = the employer's own).
    pub variant: usize,
    /// Position in the night, from 0.
    pub index: usize,
}

impl GenPage {
    /// A WARC record id for this page on night `night`: a version-4-shaped UUID
    /// derived from the seed, so archives are reproducible.
    pub fn warc_uuid(&self, seed: u64, night: u32) -> String {
        let mut r = Rng::for_key(
            seed ^ (u64::from(night) << 40) ^ 0x3a3c,
            self.group * 8 + self.variant as u64,
        );
        let (a, b) = (r.next_u64(), r.next_u64());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }
}

/// The pages of one night, in order; a vacancy's pages on different sites follow
/// each other.
pub struct NightPages {
    spec: Spec,
    night: u32,
    group: u64,
    variant: usize,
    emitted: usize,
}

impl NightPages {
    /// (group, variant) of the next page: pages before it in `(group, variant)` order
    /// were on this night.
    pub fn position(&self) -> (u64, usize) {
        (self.group, self.variant)
    }
}

impl Iterator for NightPages {
    type Item = GenPage;

    fn next(&mut self) -> Option<GenPage> {
        if self.emitted >= self.spec.pages {
            return None;
        }
        let spec = &self.spec;
        let v = spec.vacancy(self.group);
        let sites = spec.sites(&v);
        let (style, show_reference) = sites[self.variant];
        let key = self.group * 8 + self.variant as u64;
        let mut r = Rng::for_key(spec.seed ^ 0xa11c_e000, key);
        let u = r.unit();
        let target_bytes = 30_000 + (120_000.0 * u.powf(1.6)) as usize;
        let json_ld = style == Style::Board || r.chance(0.3);
        let day = Day(spec.first_night.0 + i64::from(self.night) - 1);
        let opts = RenderOptions {
            style,
            show_reference,
            json_ld,
            fetched: day,
            target_bytes,
        };
        let html = render::render(&v, &opts, &mut r);
        let mut t = Rng::for_key(spec.seed ^ u64::from(self.night), key);
        let secs = 3600 + t.below(4 * 3600) as u32;
        let (y, m, d) = civil_from_days(day.0);
        let page = GenPage {
            doc_id: format!("{}_{:08}", style.code(), v.group),
            url: render::url(&v, style),
            fetched_at: format!(
                "{y}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
                secs / 3600,
                secs / 60 % 60,
                secs % 60
            ),
            html,
            group: v.group,
            variant: self.variant,
            index: self.emitted,
        };
        self.emitted += 1;
        self.variant += 1;
        if self.variant >= sites.len() {
            self.variant = 0;
            self.group += 1;
        }
        Some(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_sized_and_duplicated() {
        let spec = Spec::new(42, 60, 2);
        let a: Vec<GenPage> = spec.night(1).collect();
        let b: Vec<GenPage> = spec.night(1).collect();
        assert_eq!(a.len(), 60);
        assert!(a.iter().zip(&b).all(|(x, y)| x.html == y.html));
        assert!(a.iter().all(|p| (30_000..=160_000).contains(&p.html.len())));
        let groups: std::collections::HashSet<u64> = a.iter().map(|p| p.group).collect();
        assert!(
            groups.len() < a.len(),
            "some vacancies are on several sites"
        );
        let ids: std::collections::HashSet<&str> = a.iter().map(|p| p.doc_id.as_str()).collect();
        assert_eq!(ids.len(), a.len());
        // Night 2 shares most pages with night 1.
        let night2: std::collections::HashSet<String> = spec.night(2).map(|p| p.doc_id).collect();
        let shared = a.iter().filter(|p| night2.contains(&p.doc_id)).count();
        assert!(shared * 10 >= a.len() * 7, "{shared}");
    }

    #[test]
    fn pages_carry_the_fields() {
        let page = Spec::new(1, 1, 1).night(1).next().unwrap();
        for needle in [
            "<script",
            "<style",
            "uur",
            "schaal",
            "bruto per maand",
            "Solliciteer voor",
        ] {
            assert!(page.html.contains(needle), "{needle}");
        }
    }
}
