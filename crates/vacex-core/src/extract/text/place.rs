//! Work location: a labelled place ("Standplaats", "Locatie"), a line that is only a
//! place name, an address with a postcode, or a place in a sentence about where the
//! work is. Names resolve to the canonical municipality with reference data.

use super::labelled_for;
use super::labels::{LabelField, Labelled};
use crate::extract::main_text::Line;
use crate::normalize::place::{self, Place};
use crate::record::{FieldSource, Sourced, Vacancy};

/// Words that put a place name in a sentence about the place of work.
const WORKPLACE_WORDS: [&str; 15] = [
    "standplaats",
    "locatie",
    "werkplek",
    "kantoor",
    "provinciehuis",
    "stadhuis",
    "gemeentehuis",
    "vestiging",
    "werken in",
    "gevestigd in",
    "based in",
    "located in",
    "werklocatie",
    "office in",
    "regio",
];

fn printed(p: &Place) -> String {
    p.printed.clone()
}

pub fn place(lines: &[Line], labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    if v.city.is_some() {
        return;
    }
    let found = labelled_for(labelled, LabelField::City)
        .find_map(|l| {
            place::resolve_place(&l.value).or_else(|| place::find_place_in_text(&l.value))
        })
        .or_else(|| {
            // A short line that is only a place ("• Den Haag").
            lines
                .iter()
                .filter(|l| l.text.len() <= 40)
                .find_map(|l| place::resolve_place(&l.text))
        })
        .or_else(|| {
            // An address: "Stadhuisplein 1, 2711 EC Zoetermeer".
            lines
                .iter()
                .filter(|l| l.text.len() <= 120 && has_postcode(&l.text))
                .find_map(|l| place::find_place_in_text(&l.text))
        })
        .or_else(|| {
            // The sentence that says where the work is, not the whole paragraph;
            // where the head office is says where the company sits, not where
            // this job is.
            lines
                .iter()
                .filter(|l| WORKPLACE_WORDS.iter().any(|w| l.lower.contains(w)))
                .flat_map(|l| l.text.split_inclusive(['.', ';', '!', '?']))
                .filter(|sentence| {
                    let lower = sentence.to_lowercase().replace("hoofdkantoor", "");
                    WORKPLACE_WORDS.iter().any(|w| lower.contains(w))
                })
                .find_map(place::find_place_in_text)
        })
        .or_else(|| {
            // The opening lines name the place ("Het Rijksmuseum in Amsterdam zoekt").
            lines
                .iter()
                .take(25)
                .filter(|l| l.text.len() <= 400)
                .find_map(|l| place::find_place_in_text(&l.text))
        });
    if found.is_none() {
        // A labelled place abroad ("Standplaats: Brussel") is kept as printed.
        // A building or street after the name ("Brussel (Herman Teirlinckgebouw)",
        // "Gent, Koningin Maria Hendrikaplein") is not part of it.
        let abroad = labelled_for(labelled, LabelField::City)
            .map(|l| l.value.split(['(', ',']).next().unwrap_or("").trim())
            .find(|v| looks_like_place_name(v));
        if let Some(name) = abroad {
            v.city = Some(Sourced {
                value: name.to_string(),
                source,
            });
            return;
        }
    }
    if let Some(p) = found {
        v.city = Some(Sourced {
            value: printed(&p),
            source,
        });
        v.municipality_code = Some(Sourced {
            value: p.cbs_code.to_string(),
            source,
        });
        v.province = Some(Sourced {
            value: p.province.to_string(),
            source,
        });
    }
}

/// One to three capitalised words and nothing that says "no fixed place".
fn looks_like_place_name(value: &str) -> bool {
    const NOT_PLACES: [&str; 12] = [
        "hybride",
        "hybrid",
        "thuis",
        "remote",
        "flexibel",
        "diverse",
        "meerdere",
        "landelijk",
        "nederland",
        "netherlands",
        "nvt",
        "n.v.t",
    ];
    let words: Vec<&str> = value.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && value.len() <= 30
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && value
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
        && !NOT_PLACES.iter().any(|n| value.to_lowercase().contains(n))
}

/// The city of an employer named after its municipality ("Gemeente Almere").
pub fn city_from_employer(employer: &str, v: &mut Vacancy) {
    let lower = employer.to_lowercase();
    let Some(rest) = lower.strip_prefix("gemeente ") else {
        return;
    };
    let name = &employer[employer.len() - rest.len()..];
    if let Some(p) = place::resolve_place(name) {
        v.city = Some(Sourced {
            value: p.municipality.to_string(),
            source: FieldSource::Derived,
        });
        v.municipality_code = Some(Sourced {
            value: p.cbs_code.to_string(),
            source: FieldSource::Derived,
        });
        v.province = Some(Sourced {
            value: p.province.to_string(),
            source: FieldSource::Derived,
        });
    }
}

/// A Dutch postcode: four digits, optional space, two capital letters.
fn has_postcode(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(5)).any(|i| {
        (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b[i] != b'0'
            && {
                let j = if b.get(i + 4) == Some(&b' ') {
                    i + 5
                } else {
                    i + 4
                };
                b.get(j).is_some_and(u8::is_ascii_uppercase)
                    && b.get(j + 1).is_some_and(u8::is_ascii_uppercase)
                    && !b.get(j + 2).is_some_and(u8::is_ascii_alphanumeric)
            }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::text_page;
    use crate::extract::text::labels::labelled_values;
    use crate::extract::MainText;

    fn city(text: &str) -> Option<String> {
        let page = text_page(text, "UTF-8");
        let main = MainText::new(&page, None);
        let labelled = labelled_values(&main.lines);
        let mut v = Vacancy::default();
        place(&main.lines, &labelled, FieldSource::Text, &mut v);
        v.city.map(|c| c.value)
    }

    #[test]
    fn a_labelled_place_abroad_keeps_its_name_without_the_building() {
        assert_eq!(
            city("Standplaats\nBrussel (Herman Teirlinckgebouw)"),
            Some("Brussel".into())
        );
    }

    #[test]
    fn the_head_office_is_not_the_work_place() {
        assert_eq!(
            city("Het hoofdkantoor van het bedrijf zit in Vianen.\nJe werkt vanuit ons kantoor in Groningen."),
            Some("Groningen".into())
        );
    }

    #[test]
    fn postcodes() {
        assert!(has_postcode(
            "Stadhuisplein 1, 2711 EC Zoetermeer, Nederland"
        ));
        assert!(has_postcode("2711EC Zoetermeer"));
        assert!(!has_postcode("in 2024 en daarna"));
        assert!(!has_postcode("0123 AB"));
    }
}
