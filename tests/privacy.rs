//! Personal data must not reach the published tables: recruiters' and contact
//! persons' names, e-mail addresses (also obfuscated) and Dutch phone numbers in
//! every printed form become `[name]`, `[email]` and `[phone]`, unless the config
//! says `[privacy] keep_contact_details = true`.
//!
//! Each test runs the real binary and scans every string cell (lists and maps
//! rendered as text) of the observations and vacancies Parquet files. A failing
//! test lists every leak at once: the input, the string that leaked, the table,
//! the column and the text around it.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::LazyLock;

use arrow::util::display::{ArrayFormatter, FormatOptions};
use assert_cmd::cargo::cargo_bin;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use regex::Regex;

const NIGHT: &str = "2025-11-01";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `vacex run` over `input` into `out`; the run must finish with exit code 0.
fn run(input: &Path, out: &Path, config: Option<&Path>) {
    let mut cmd = Command::new(cargo_bin("vacex"));
    cmd.current_dir(root())
        .arg("--quiet")
        .arg("run")
        .args(["--run-date", NIGHT, "--out"])
        .arg(out);
    if let Some(c) = config {
        cmd.arg("--config").arg(c);
    }
    let output = cmd.arg(input).output().expect("vacex runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "vacex run failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

type Row = BTreeMap<String, Option<String>>;

fn read_rows(path: &Path) -> Vec<Row> {
    let file = File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let options = FormatOptions::default();
    let mut rows = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let schema = batch.schema();
        // Timestamps lose their zone name ("UTC"): formatting named zones needs chrono-tz.
        let columns: Vec<arrow::array::ArrayRef> = batch
            .columns()
            .iter()
            .map(|c| match c.data_type() {
                arrow::datatypes::DataType::Timestamp(unit, Some(_)) => {
                    arrow::compute::cast(c, &arrow::datatypes::DataType::Timestamp(*unit, None))
                        .unwrap()
                }
                _ => c.clone(),
            })
            .collect();
        let formatters: Vec<ArrayFormatter> = columns
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).unwrap())
            .collect();
        for i in 0..batch.num_rows() {
            let mut row = Row::new();
            for (j, field) in schema.fields().iter().enumerate() {
                let value =
                    (!batch.column(j).is_null(i)).then(|| formatters[j].value(i).to_string());
                row.insert(field.name().clone(), value);
            }
            rows.push(row);
        }
    }
    rows
}

/// Every row of the observations and vacancies tables, with the table's name.
fn output_rows(out: &Path) -> Vec<(&'static str, Row)> {
    let mut rows = Vec::new();
    let obs = out
        .join("observations")
        .join(format!("run_date={NIGHT}"))
        .join("part-00000.parquet");
    for r in read_rows(&obs) {
        rows.push(("observations", r));
    }
    for r in read_rows(&out.join("vacancies/vacancies.parquet")) {
        rows.push(("vacancies", r));
    }
    rows
}

fn doc_of(row: &Row) -> String {
    row.get("doc_id")
        .or_else(|| row.get("doc_ids"))
        .cloned()
        .flatten()
        .unwrap_or_default()
}

fn context(text: &str, at: usize, len: usize) -> String {
    let mut start = at.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + len + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].replace('\n', "⏎")
}

/// The text with every run of digits and phone separators reduced to its digits, so
/// `06 1234 5678`, `06-12345678` and `(06) 12 34 56 78` all contain `12345678`.
fn digit_runs(text: &str) -> String {
    static RUN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[+(]?\d(?:[\d\s().+/-]*\d)?").unwrap());
    RUN.replace_all(text, |c: &regex::Captures| {
        let d: String = c[0].chars().filter(char::is_ascii_digit).collect();
        format!("<{d}>")
    })
    .into_owned()
}

/// What must not appear: literal strings, and phone numbers by their digits.
#[derive(Default, Debug)]
struct Secrets {
    literals: Vec<String>,
    /// Subscriber digits of phone numbers (the last 7 or 8 digits).
    phone_digits: Vec<String>,
}

impl Secrets {
    fn phone(&mut self, printed: &str) {
        self.literals.push(printed.to_string());
        let digits: String = printed.chars().filter(char::is_ascii_digit).collect();
        let keep = if digits.len() >= 10 { 8 } else { 7 };
        self.phone_digits
            .push(digits[digits.len().saturating_sub(keep)..].to_string());
    }
}

/// Every place a secret occurs in the output, as a readable line.
fn leaks(rows: &[(&'static str, Row)], secrets: &Secrets, label: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (table, row) in rows {
        for (column, value) in row {
            let Some(value) = value else { continue };
            for s in &secrets.literals {
                if let Some(at) = value.find(s.as_str()) {
                    found.push(format!(
                        "{label}: {s:?} leaked into {table}.{column} of {}: …{}…",
                        doc_of(row),
                        context(value, at, s.len())
                    ));
                }
            }
            let digits = digit_runs(value);
            for d in &secrets.phone_digits {
                if let Some(at) = digits.find(d.as_str()) {
                    found.push(format!(
                        "{label}: phone digits {d} leaked into {table}.{column} of {}: …{}…",
                        doc_of(row),
                        context(&digits, at, d.len())
                    ));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

// ---------------------------------------------------------------------------------
// Pages written here
// ---------------------------------------------------------------------------------

const NAMES: [&str; 4] = [
    "Petra de Vries",
    "Jan Bakker",
    "Sanne Smit",
    "Ahmed El Amrani",
];
const NAME_PARTS: [&str; 8] = [
    "Petra",
    "Vries",
    "Bakker",
    "Sanne",
    "Smit",
    "Ahmed",
    "El Amrani",
    "Amrani",
];
const EMAILS: [&str; 3] = [
    "j.jansen@gemeente.nl",
    "naam [at] domein.nl",
    "naam (at) domein (dot) nl",
];
const EMAIL_PARTS: [&str; 3] = ["jansen", "domein", "@gemeente.nl"];
const PHONES: [&str; 8] = [
    "06-12345678",
    "06 1234 5678",
    "+31 6 12345678",
    "+31 (0)70 123 4567",
    "070-1234567",
    "020 123 45 67",
    "(070) 123 45 67",
    "06-87654321",
];

fn secrets() -> Secrets {
    let mut s = Secrets::default();
    for n in NAMES
        .iter()
        .chain(&NAME_PARTS)
        .chain(&EMAILS)
        .chain(&EMAIL_PARTS)
    {
        s.literals.push(n.to_string());
    }
    for p in PHONES {
        s.phone(p);
    }
    s
}

/// The vacancy facts every page carries, so it is an observation.
const FACTS: &str = "Standplaats: Utrecht\nUren per week: 32 - 36 uur\nSalaris: € 3.400 - € 4.900 bruto per maand (schaal 10)\nOpleidingsniveau: HBO\nDienstverband: tijdelijk met uitzicht op vast\nSluitingsdatum: 1 december 2025\nVacaturenummer: VBS-2025-204";

/// Each contact phrase the brief names, each in its own sentence or line.
const CONTACT_LINES: [&str; 9] = [
    "Neem contact op met Petra de Vries via j.jansen@gemeente.nl of 06-12345678.",
    "Contactpersoon: Jan Bakker",
    "Voor vragen kun je terecht bij Sanne Smit (recruiter), telefoon 06 1234 5678.",
    "Meer informatie? Bel Ahmed El Amrani, teamleider, 06-87654321.",
    "Je kunt ook mailen naar naam [at] domein.nl of naam (at) domein (dot) nl.",
    "Het secretariaat is bereikbaar op +31 6 12345678 en +31 (0)70 123 4567.",
    "Bel voor een afspraak 070-1234567.",
    "Liever langskomen? Bel eerst 020 123 45 67.",
    "Buiten kantoortijden: (070) 123 45 67.",
];

fn html_page(title: &str, extra_head: &str) -> String {
    let facts: String = FACTS
        .lines()
        .map(|l| {
            let (k, v) = l.split_once(": ").unwrap();
            format!("<dt>{k}</dt><dd>{v}</dd>")
        })
        .collect();
    let contacts: String = CONTACT_LINES
        .iter()
        .map(|l| format!("<p>{}</p>\n", l.replace('&', "&amp;")))
        .collect();
    format!(
        r#"<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title} | Gemeente Voorbeeldstad</title>{extra_head}</head>
<body><main>
<h1>{title}</h1>
<p>Gemeente Voorbeeldstad zoekt een collega voor het team Mobiliteit.</p>
<dl>{facts}</dl>
<h2>Wat ga je doen?</h2>
<p>Je schrijft beleid voor fietsroutes en openbaar vervoer en overlegt met de provincie.</p>
<h2>Contact</h2>
{contacts}
<h3>Contactpersoon</h3>
<p>Jan Bakker</p>
<h3>Contact</h3>
<p>Petra de Vries</p>
<p>Ahmed El Amrani, teamleider Mobiliteit (06-87654321)</p>
</main></body></html>
"#
    )
}

fn text_page(title: &str) -> String {
    format!(
        "{title}\n\nGemeente Voorbeeldstad zoekt een collega voor het team Mobiliteit.\n\n{FACTS}\n\nWat ga je doen?\nJe schrijft beleid voor fietsroutes en openbaar vervoer.\n\nContact\n{}\n\nContactpersoon\nJan Bakker\n\nContact\nPetra de Vries\nSanne Smit\n",
        CONTACT_LINES.join("\n")
    )
}

/// A page whose JSON-LD JobPosting carries the contact details in its description
/// (and the page shows them too).
fn json_ld_page(title: &str) -> String {
    let description = format!(
        "<p>Je schrijft beleid.</p><p>{}</p>",
        CONTACT_LINES.join("</p><p>")
    );
    let ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "description": description,
        "hiringOrganization": {"@type": "Organization", "name": "Gemeente Voorbeeldstad"},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Utrecht"}},
        "datePosted": "2025-10-20",
        "validThrough": "2025-12-01",
        "applicationContact": {"@type": "ContactPoint", "name": "Sanne Smit", "email": "j.jansen@gemeente.nl", "telephone": "06-12345678"},
    });
    html_page(
        title,
        &format!("<script type=\"application/ld+json\">{ld}</script>"),
    )
}

fn write_pages(dir: &Path) -> Vec<&'static str> {
    fs::create_dir_all(dir).unwrap();
    let pages: [(&str, String); 3] = [
        (
            "privacy_html.html",
            html_page("Beleidsadviseur mobiliteit", ""),
        ),
        (
            "privacy_tekst.txt",
            text_page("Beleidsadviseur verkeersveiligheid"),
        ),
        (
            "privacy_jsonld.html",
            json_ld_page("Beleidsadviseur openbaar vervoer"),
        ),
    ];
    for (name, page) in &pages {
        fs::write(dir.join(name), page).unwrap();
    }
    vec!["privacy_html", "privacy_tekst", "privacy_jsonld"]
}

fn description_of<'a>(rows: &'a [(&'static str, Row)], doc_id: &str) -> &'a str {
    rows.iter()
        .find(|(t, r)| *t == "observations" && doc_of(r) == doc_id)
        .unwrap_or_else(|| panic!("{doc_id} is not an observation"))
        .1["description"]
        .as_deref()
        .unwrap_or("")
}

#[test]
fn contact_details_are_redacted_from_every_column() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus");
    let out = tmp.path().join("out");
    let docs = write_pages(&input);
    run(&input, &out, None);
    let rows = output_rows(&out);
    let mut problems = leaks(&rows, &secrets(), "own pages");
    for doc in &docs {
        let d = description_of(&rows, doc);
        for marker in ["[email]", "[phone]", "[name]"] {
            if !d.contains(marker) {
                problems.push(format!("{doc}: description has no {marker}: {d:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} leak(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn keep_contact_details_keeps_them() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus");
    let out = tmp.path().join("out");
    let docs = write_pages(&input);
    let config_text = fs::read_to_string(root().join("pipeline.toml"))
        .unwrap()
        .replacen(
            "keep_contact_details = false",
            "keep_contact_details = true",
            1,
        );
    assert!(config_text.contains("keep_contact_details = true"));
    let config = tmp.path().join("pipeline.toml");
    fs::write(&config, config_text).unwrap();
    run(&input, &out, Some(&config));
    let rows = output_rows(&out);
    let mut problems = Vec::new();
    for doc in &docs {
        let d = description_of(&rows, doc);
        for s in NAMES.iter().chain(&EMAILS).chain(&PHONES) {
            if !d.contains(s) {
                problems.push(format!("{doc}: {s:?} was not kept"));
            }
        }
        for marker in ["[email]", "[phone]", "[name]"] {
            if d.contains(marker) {
                problems.push(format!("{doc}: {marker} although the config keeps details"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn redaction_leaves_ordinary_text_alone() {
    // Figures that look like phone numbers but are not: salaries, dates, reference
    // numbers, hours and postcodes stay as printed, and so do job titles.
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("corpus");
    let out = tmp.path().join("out");
    fs::create_dir_all(&input).unwrap();
    let body = "Beleidsadviseur Contactcentrum\n\nStandplaats: Utrecht\nUren per week: 36 uur\nSalaris: € 3.400 - € 4.900 bruto per maand (schaal 10)\nSluitingsdatum: 1 december 2025\nVacaturenummer: 2025-0612345\n\nJe werkt aan de Croeselaan 16, 3521 CA Utrecht, in het team Klantcontact.\nJe bent de contactpersoon voor gemeenten en provincies.\nDe Recruiter van de toekomst werkt datagedreven.\n";
    fs::write(input.join("gewoon.txt"), body).unwrap();
    run(&input, &out, None);
    let rows = output_rows(&out);
    let d = description_of(&rows, "gewoon");
    for kept in [
        "2025-0612345",
        "€ 3.400 - € 4.900",
        "1 december 2025",
        "3521 CA Utrecht",
        "contactpersoon voor gemeenten en provincies",
        "team Klantcontact",
    ] {
        assert!(d.contains(kept), "{kept:?} was redacted: {d}");
    }
}

// ---------------------------------------------------------------------------------
// The seed pages in ../shared (read at test time, never copied into the project)
// ---------------------------------------------------------------------------------

const NAME: &str = r"\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?(?:[\t\x20]+(?:(?:van|de|der|den|ter|ten|te|het|el|El)[\t\x20]+)*\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?){0,3}";

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+").unwrap());
static MOBILE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)06(?:[\x20-]?\d){8}(?-u:\b)").unwrap());
static AFTER_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:[Nn]eem(?:[\t\x20]+dan)?[\t\x20]+contact[\t\x20]+op[\t\x20]+met|of[\t\x20]+met|[Cc]ontactpersoon:?|[Cc]ontact:|terecht[\t\x20]+bij(?:[\t\x20]+onze)?(?:[\t\x20]+recruiter)?)[\t\x20]+({NAME})"
    ))
    .unwrap()
});
static BEFORE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME}),[\t\x20]+(?:afdelingsmanager|teamleider|recruiter|manager|leidinggevende)"
    ))
    .unwrap()
});
static NAME_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:{NAME})$")).unwrap());

/// Words a name pattern may catch that are not names.
const NOT_NAMES: [&str; 12] = [
    "Help",
    "Contact",
    "Het",
    "De",
    "Onze",
    "Wil",
    "Hoe",
    "Solliciteren",
    "Veelgestelde",
    "Opdracht",
    "Adviseur",
    "Meer",
];

fn plausible_name(n: &str) -> bool {
    let first = n.split_whitespace().next().unwrap_or("");
    !NOT_NAMES.contains(&first) && n.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// The personal data a page states: e-mail addresses, 06 numbers and the names after
/// contact phrases, on the line after a "Contact"/"Contactpersoon" heading, or
/// before a role ("…, afdelingsmanager").
fn personal_data(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let emails: Vec<String> = EMAIL
        .find_iter(text)
        .map(|m| m.as_str().to_string())
        .collect();
    let phones: Vec<String> = MOBILE
        .find_iter(text)
        .map(|m| m.as_str().to_string())
        .collect();
    let mut names: Vec<String> = Vec::new();
    for re in [&*AFTER_PHRASE, &*BEFORE_ROLE] {
        for c in re.captures_iter(text) {
            names.push(c[1].to_string());
        }
    }
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    for (i, line) in lines.iter().enumerate() {
        let heading = match *line {
            "Contact" => 2,
            "Contactpersoon" | "Contactpersonen" => 1,
            _ => continue,
        };
        for next in lines[i + 1..].iter().filter(|l| !l.is_empty()).take(6) {
            if next.ends_with(':') {
                continue;
            }
            if NAME_LINE.is_match(next)
                && next.split_whitespace().count() >= heading
                && next.split_whitespace().count() <= 4
            {
                names.push(next.to_string());
                continue;
            }
            break;
        }
    }
    names.retain(|n| plausible_name(n));
    names.sort();
    names.dedup();
    let mut emails = emails;
    emails.sort();
    emails.dedup();
    let mut phones = phones;
    phones.sort();
    phones.dedup();
    (names, emails, phones)
}

/// Name parts of 4+ letters that the page uses only inside the found names: those
/// must not leak on their own either ("[name] Zandstra").
fn name_parts(text: &str, names: &[String]) -> Vec<String> {
    let mut rest = text.to_string();
    for n in names {
        rest = rest.replace(n.as_str(), " ");
    }
    let mut parts = Vec::new();
    for n in names {
        for w in n.split(|c: char| c.is_whitespace() || c == '-') {
            if w.chars().count() < 4 || w.chars().next().is_none_or(|c| !c.is_uppercase()) {
                continue;
            }
            let word = Regex::new(&format!(r"(?-u:\b){}(?-u:\b)", regex::escape(w))).unwrap();
            if !word.is_match(&rest) {
                parts.push(w.to_string());
            }
        }
    }
    parts.sort();
    parts.dedup();
    parts
}

#[test]
fn the_seed_pages_personal_data_is_absent_from_the_output() {
    let seeds = root().join("../shared/seeds/pages");
    let mut files: Vec<PathBuf> = match fs::read_dir(&seeds) {
        Ok(dir) => dir
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(_) => {
            eprintln!(
                "NOTE: {} is absent; the seed privacy test is skipped",
                seeds.display()
            );
            return;
        }
    };
    if files.is_empty() {
        eprintln!("NOTE: no seed pages in {}; skipped", seeds.display());
        return;
    }
    files.sort();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("seeds");
    let out = tmp.path().join("out");
    fs::create_dir_all(&input).unwrap();
    let mut per_seed = Vec::new();
    let mut total = 0;
    for f in &files {
        let name = f.file_name().unwrap();
        fs::copy(f, input.join(name)).unwrap();
        let text = fs::read_to_string(f).unwrap();
        let (names, emails, phones) = personal_data(&text);
        let mut s = Secrets::default();
        s.literals.extend(names.iter().cloned());
        s.literals.extend(name_parts(&text, &names));
        s.literals.extend(emails.iter().cloned());
        for p in &phones {
            s.phone(p);
        }
        eprintln!(
            "{}: names {names:?}, e-mail {emails:?}, phones {phones:?}",
            name.to_string_lossy()
        );
        total += s.literals.len();
        per_seed.push((name.to_string_lossy().into_owned(), s));
    }
    assert!(
        total > 0,
        "no personal data found in the seeds: the finder is broken"
    );
    run(&input, &out, None);
    let rows = output_rows(&out);
    let mut problems = Vec::new();
    for (name, secrets) in &per_seed {
        problems.extend(leaks(&rows, secrets, name));
    }
    assert!(
        problems.is_empty(),
        "{} leak(s) of the seed pages' personal data:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_personal_data_finder_finds_what_the_brief_lists() {
    // The finder used on the seeds, checked on text written here.
    let text = "Contact\n\nVoor meer informatie over deze vacature:\n\nKees van der Berg\n\nContactpersoon\n\nMolenaar\n\nNeem dan contact op met Lotte Jansen via 06 11 22 33 44 / lotte@voorbeeld.nl of met Bram de Wit via 06-55667788.\nWil je weten hoe het werkt? Mark-Jan Hoek, afdelingsmanager (06-99887766) vertelt je meer.\nHelp\nContact\nHelp\n";
    let (names, emails, phones) = personal_data(text);
    assert_eq!(
        names,
        vec![
            "Bram de Wit",
            "Kees van der Berg",
            "Lotte Jansen",
            "Mark-Jan Hoek",
            "Molenaar"
        ]
    );
    assert_eq!(emails, vec!["lotte@voorbeeld.nl"]);
    assert_eq!(phones, vec!["06 11 22 33 44", "06-55667788", "06-99887766"]);
}
