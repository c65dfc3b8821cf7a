//! One synthetic vacancy: every field the pipeline extracts (title, employer,
//! reference, place, hours, salary, scale, education, experience, contract, dates)
//! and its Dutch text, drawn from the word lists with a stream of the seeded RNG that
//! belongs to this vacancy alone, so every site and every night renders the same facts.

use crate::rng::{civil_from_days, Rng};
use crate::words::{self, Employer, Kind};

/// Contract type as the page states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contract {
    Permanent,
    TemporaryWithProspect,
    Temporary,
}

/// A calendar date as a day number since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day(pub i64);

impl Day {
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }
    /// `12 december 2025`
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", words::MONTHS[m as usize - 1])
    }
    /// `vrijdag 12 december 2025`
    pub fn with_weekday(self) -> String {
        let wd = (self.0 + 3).rem_euclid(7) as usize; // 1970-01-01 was a Thursday
        format!("{} {}", words::WEEKDAYS[wd], self.long())
    }
    /// `12 dec 2025`
    pub fn short(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", words::MONTHS_SHORT[m as usize - 1])
    }
    /// `12-12-2025`
    pub fn numeric(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d:02}-{m:02}-{y}")
    }
    /// `2025-12-12`
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y}-{m:02}-{d:02}")
    }
}

/// A section of the vacancy text: a heading, paragraphs and bullet items.
#[derive(Debug, Clone)]
pub struct Section {
    pub heading: &'static str,
    pub paras: Vec<String>,
    pub items: Vec<String>,
}

/// Everything one vacancy says, independent of the site that shows it.
#[derive(Debug, Clone)]
pub struct Vacancy {
    /// The vacancy's global number: the dedup group of all its pages.
    pub group: u64,
    pub title: String,
    pub employer: &'static Employer,
    pub city: &'static str,
    pub reference: String,
    pub hours_min: u32,
    pub hours_max: u32,
    pub scale: u32,
    pub salary_min: u32,
    pub salary_max: u32,
    /// `hbo`, `wo`, `mbo 4`, `hbo- of wo-niveau`
    pub education: &'static str,
    pub experience_years: u32,
    pub contract: Contract,
    pub temp_years: u32,
    pub posted: Day,
    pub closing: Day,
    pub interview: Day,
    pub slug: String,
    pub intro: Vec<String>,
    pub sections: Vec<Section>,
    pub contact_name: String,
    pub contact_role: &'static str,
    pub phone: String,
}

/// Thousands with a dot: `3.806`.
pub fn euro(n: u32) -> String {
    if n >= 1000 {
        format!("{}.{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in slots {
        out = out.replace(k, v);
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.to_lowercase().chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'ö' | 'ó' => out.push('o'),
            'é' | 'ë' => out.push('e'),
            _ if !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_matches('-').to_string()
}

impl Vacancy {
    /// The vacancy with number `group`, first published around `first_seen` (a day
    /// number) and still open on `last_open`.
    pub fn generate(seed: u64, group: u64, first_seen: i64, last_open: i64) -> Vacancy {
        let mut r = Rng::for_key(seed, group);
        let employer = r.pick(&words::EMPLOYERS);
        let role = r.pick(&words::ROLES);
        let domain = r.pick(&words::DOMAINS);
        let title = format!("{} {}", role.name, domain.noun);
        let city = if employer.kind == Kind::Rijk && r.chance(0.3) {
            *r.pick(&["Utrecht", "Den Haag", "Zwolle", "Groningen", "Apeldoorn"])
        } else {
            employer.city
        };
        let reference = match employer.kind {
            Kind::Rijk => format!("{}", r.range(10_000, 99_999)),
            Kind::Gemeente => format!("V{}.{:04}", r.range(24, 25), r.range(1, 9999)),
            Kind::Provincie => format!("{}", r.range(1000, 9999)),
            Kind::Politie => format!("{}", r.range(10_000, 29_999)),
            Kind::Waterschap => format!("WS-{}", r.range(100, 2999)),
        };
        let (hours_min, hours_max) =
            *r.pick(&[(32, 36), (36, 36), (24, 32), (32, 40), (36, 40), (28, 36)]);
        let scale = r.range(role.scales.0, role.scales.1);
        let (salary_min, salary_max) = words::scale_salary(scale);
        let education = match scale {
            0..=8 => "mbo 4",
            9 | 10 => *r.pick(&["hbo", "hbo", "hbo- of wo-niveau"]),
            _ => *r.pick(&["wo", "hbo- of wo-niveau", "wo"]),
        };
        let experience_years = r.range(1, 6);
        let contract = match r.below(10) {
            0..=3 => Contract::Permanent,
            4..=7 => Contract::TemporaryWithProspect,
            _ => Contract::Temporary,
        };
        let temp_years = r.range(1, 3);
        let posted = Day(first_seen - i64::from(r.range(0, 12)));
        let closing =
            Day((posted.0 + i64::from(r.range(18, 35))).max(last_open + i64::from(r.range(2, 9))));
        let interview = Day(closing.0 + i64::from(r.range(5, 14)));
        let title_lc = title.to_lowercase();
        let n = format!("{}", r.range(3, 40) * 100);
        let m = format!("{}", r.range(6, 25));
        let slots: [(&str, &str); 9] = [
            ("{topic}", domain.topic),
            ("{team}", domain.team),
            ("{region}", employer.region),
            ("{city}", city),
            ("{employer}", employer.name),
            ("{title_lc}", &title_lc),
            ("{n}", &n),
            ("{m}", &m),
            ("{studies}", domain.studies),
        ];
        let intro = r
            .sample_some(words::INTRO.len(), 3, 5)
            .into_iter()
            .map(|i| fill(words::INTRO[i], &slots))
            .collect::<Vec<_>>();
        let tasks: Vec<String> = r
            .sample_some(words::TASKS.len(), 4, 7)
            .into_iter()
            .map(|i| fill(words::TASKS[i], &slots))
            .collect();
        let edu_sentence = match education {
            "mbo 4" => "Je hebt een afgeronde mbo 4-opleiding, bijvoorbeeld in een juridische of administratieve richting.".to_string(),
            "hbo- of wo-niveau" => format!("Je hebt een afgeronde opleiding op hbo- of wo-niveau, bijvoorbeeld {}.", domain.studies),
            "hbo" => format!("Je hebt een afgeronde hbo-opleiding, bijvoorbeeld {}.", domain.studies),
            _ => format!("Je hebt een afgeronde wo-opleiding, bijvoorbeeld {}.", domain.studies),
        };
        let exp_sentence = if r.chance(0.5) {
            format!("Je hebt minimaal {experience_years} jaar ervaring als {} of in een vergelijkbare functie.", role.name.to_lowercase())
        } else {
            format!("Minimaal {experience_years} jaar werkervaring in een beleidsmatige of adviserende rol.")
        };
        let mut requirements = vec![edu_sentence, exp_sentence];
        requirements.extend(
            r.sample_some(words::SKILLS.len(), 2, 4)
                .into_iter()
                .map(|i| words::SKILLS[i].to_string()),
        );
        let contract_sentence = match contract {
            Contract::Permanent => "Een vaste aanstelling bij een organisatie die volop in beweging is.".to_string(),
            Contract::TemporaryWithProspect => "Je krijgt in eerste instantie een tijdelijk contract voor één jaar. Bij goed functioneren volgt een vaste aanstelling.".to_string(),
            Contract::Temporary => format!("Het gaat om een tijdelijke functie voor de duur van {temp_years} jaar."),
        };
        let salary_sentence = format!(
            "Een salaris van minimaal € {} en maximaal € {} bruto per maand (schaal {scale}) bij een {hours_max}-urige werkweek.",
            euro(salary_min),
            euro(salary_max)
        );
        let mut offer = vec![salary_sentence];
        offer.extend(
            r.sample_some(words::PERKS.len(), 2, 4)
                .into_iter()
                .map(|i| words::PERKS[i].to_string()),
        );
        let about: Vec<String> = r
            .sample_some(words::ABOUT.len(), 2, 4)
            .into_iter()
            .map(|i| fill(words::ABOUT[i], &slots))
            .collect();
        let contact_name = format!(
            "{} {}",
            r.pick(&words::FIRST_NAMES),
            r.pick(&words::LAST_NAMES)
        );
        let contact_role = *r.pick(&words::CONTACT_ROLES);
        let phone = format!("06-{}", r.range(10_000_000, 99_999_999));
        let sections = vec![
            Section {
                heading: "Wat ga je doen?",
                paras: vec![format!(
                    "Als {title_lc} werk je aan {}. Je werkzaamheden zijn onder andere:",
                    domain.topic
                )],
                items: tasks,
            },
            Section {
                heading: "Wat vragen wij?",
                paras: Vec::new(),
                items: requirements,
            },
            Section {
                heading: "Wat bieden wij?",
                paras: vec![contract_sentence],
                items: offer,
            },
            Section {
                heading: "Over de organisatie",
                paras: vec![about.join(" ")],
                items: Vec::new(),
            },
        ];
        Vacancy {
            group,
            slug: slug(&title),
            title,
            employer,
            city,
            reference,
            hours_min,
            hours_max,
            scale,
            salary_min,
            salary_max,
            education,
            experience_years,
            contract,
            temp_years,
            posted,
            closing,
            interview,
            intro,
            sections,
            contact_name,
            contact_role,
            phone,
        }
    }

    /// `32-36 uur` or `36 uur`.
    pub fn hours(&self) -> String {
        if self.hours_min == self.hours_max {
            format!("{} uur", self.hours_max)
        } else {
            format!("{}-{} uur", self.hours_min, self.hours_max)
        }
    }

    /// `€ 3.806 - € 5.545`
    pub fn salary(&self) -> String {
        format!("€ {} - € {}", euro(self.salary_min), euro(self.salary_max))
    }

    /// The contract as a fact line says it.
    pub fn contract_label(&self) -> String {
        match self.contract {
            Contract::Permanent => "Vast".to_string(),
            Contract::TemporaryWithProspect => "Tijdelijk met uitzicht op vast".to_string(),
            Contract::Temporary => format!("Tijdelijk, {} jaar", self.temp_years),
        }
    }

    /// schema.org employmentType.
    pub fn employment_type(&self) -> &'static str {
        if self.hours_max >= 36 {
            "FULL_TIME"
        } else {
            "PART_TIME"
        }
    }

    /// The procedure paragraph, with the closing date written as `closing`.
    pub fn procedure(&self, closing: &str) -> Vec<String> {
        vec![
            format!(
                "Solliciteer voor {closing} via de sollicitatieknop. De eerste gesprekken vinden plaats op {}.",
                self.interview.with_weekday()
            ),
            "Een assessment kan deel uitmaken van de procedure. Een Verklaring Omtrent het Gedrag (VOG) is vereist.".to_string(),
            format!(
                "Voor vragen over de functie kun je bellen met {}, {}, via {}.",
                self.contact_name, self.contact_role, self.phone
            ),
        ]
    }
}

/// A short vacancy for related-vacancy blocks: other titles, salaries and hours.
#[derive(Debug, Clone)]
pub struct Teaser {
    pub title: String,
    pub employer: &'static str,
    pub city: &'static str,
    pub hours: String,
    pub scale: u32,
    pub salary: String,
    pub closing: Day,
    pub slug: String,
    pub id: u32,
}

impl Teaser {
    pub fn generate(r: &mut Rng, around: Day) -> Teaser {
        let role = r.pick(&words::ROLES);
        let domain = r.pick(&words::DOMAINS);
        let employer = r.pick(&words::EMPLOYERS);
        let title = format!("{} {}", role.name, domain.noun);
        let scale = r.range(role.scales.0, role.scales.1);
        let (lo, hi) = words::scale_salary(scale);
        let (h0, h1) = *r.pick(&[(32, 36), (36, 36), (24, 32), (16, 24)]);
        Teaser {
            slug: slug(&title),
            title,
            employer: employer.name,
            city: words::PLACES[r.below(words::PLACES.len())],
            hours: if h0 == h1 {
                format!("{h1} uur")
            } else {
                format!("{h0}-{h1} uur")
            },
            scale,
            salary: format!("€ {} - € {}", euro(lo), euro(hi)),
            closing: Day(around.0 + i64::from(r.range(3, 30))),
            id: r.range(1000, 99_999),
        }
    }
}
