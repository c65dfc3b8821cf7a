//! The vacancy's own reference number, as printed after Kenmerk, Vacaturenummer,
//! Referentienummer, Vacature-ID, Job ID and their kin.

use super::labelled_for;
use super::labels::{LabelField, Labelled};
use crate::extract::set;
use crate::record::{FieldSource, Vacancy};

/// The reference token of a labelled value: the first word that holds a digit
/// ("817", "ANR-28182", "2020/5192"), trimmed of punctuation.
pub fn reference_token(value: &str) -> Option<String> {
    let token = value
        .split(|c: char| {
            c.is_whitespace() || c == ',' || c == ';' || c == '|' || c == '(' || c == ')'
        })
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|t| !t.is_empty())?;
    let ok = token.len() <= 40
        && token.chars().any(|c| c.is_ascii_digit())
        && token
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'));
    ok.then(|| token.to_string())
}

pub fn reference(labelled: &[Labelled], source: FieldSource, v: &mut Vacancy) {
    let found =
        labelled_for(labelled, LabelField::Reference).find_map(|l| reference_token(&l.value));
    set(&mut v.reference, found, source);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        assert_eq!(reference_token("817").as_deref(), Some("817"));
        assert_eq!(reference_token(" ANR-28182 ").as_deref(), Some("ANR-28182"));
        assert_eq!(
            reference_token("2020/5192, geplaatst").as_deref(),
            Some("2020/5192")
        );
        assert_eq!(reference_token("onbekend"), None);
    }
}
