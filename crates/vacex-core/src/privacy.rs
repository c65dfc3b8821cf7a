//! Personal data out of the published text: e-mail addresses (also written as
//! "naam [at] domein.nl"), Dutch phone numbers (06, landlines, +31) and the names of
//! contact persons on contact lines become `[email]`, `[phone]` and `[name]`, unless
//! the config keeps them.

use std::sync::LazyLock;

use regex::Regex;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[a-z0-9._%+-]+\s*(?:@|\[at\]|\(at\)|\s+at\s+|\[@\])\s*[a-z0-9-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*[a-z0-9-]+)*\s*(?:\.|\[dot\]|\(dot\))\s*[a-z]{2,}(?-u:\b)")
        .expect("email regex")
});

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+|00)\s?31[\s.-]*(?:\(0\)[\s.-]*)?\d(?:[\s.-]*\d){7,8}|(?-u:\b)0\d(?:[\s.-]*\d){8}(?-u:\b)|(?-u:\b)0\d{1,3}[\s/-]\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?-u:\b)|(?-u:\b)0\d{2,3}-\d{6,7}(?-u:\b)")
        .expect("phone regex")
});

/// A person's name after a contact phrase: capitalised words with Dutch particles.
static CONTACT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ((?i:contact[\t\x20]+op[\t\x20]+met|contactpersoon|contact[\t\x20]+person|neem[\t\x20]+contact[\t\x20]+op[\t\x20]+met|bel[\t\x20]+met|mail[\t\x20]+naar|vragen[\t\x20]+(?:over[\t\x20]+\S+[\t\x20]+)?(?:kun[\t\x20]+je[\t\x20]+)?(?:stellen[\t\x20]+)?aan|terecht[\t\x20]+bij|informatie[\t\x20]+bij|recruiter|afdelingsmanager|teamleider|manager|(?:meer\ )?informatie\ over\ (?:deze\ vacature|de\ sollicitatieprocedure)[^:\n]*:)[\t\x20]*:?[\t\x20]*
         (?:(?:onze[\t\x20]+)?(?:recruiter|recruitmentconsultant|afdelingsmanager|teammanager|teamleider|leidinggevende|manager|collega)[\t\x20]+)?)
        ((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:[\t\x20]+(?:van|de|der|den|ter|ten|te|het|in\ 't|'t|van\ de|van\ der|van\ den)?[\t\x20]*\p{Lu}[\p{Ll}'’-]+)*)",
    )
    .expect("contact regex")
});

/// Redacts contact details from text.
pub fn redact(text: &str) -> String {
    let t = EMAIL.replace_all(text, "[email]");
    let t = PHONE.replace_all(&t, "[phone]");
    let t = CONTACT_NAME.replace_all(&t, "${1}[name]");
    redact_name_lines(&t)
}

/// A line that holds only a name right after a "Contact"/"Contactpersoon" line.
fn redact_name_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_contact = false;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim();
        let looks_like_name = !trimmed.is_empty()
            && trimmed.split_whitespace().count() <= 5
            && trimmed
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !trimmed.ends_with(['.', ':', '?'])
            && !trimmed.contains('[')
            && trimmed.chars().all(|c| {
                c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.')
            });
        if after_contact && looks_like_name {
            out.push_str("[name]");
        } else {
            out.push_str(line);
        }
        let lower = trimmed.to_lowercase();
        after_contact = (lower.starts_with("contact") && trimmed.len() < 40)
            || (lower.starts_with("voor meer informatie") && lower.ends_with(':'))
            || (after_contact && trimmed.is_empty());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_phones_and_names_are_redacted() {
        let t = redact("Neem contact op met Susan Peschier via 06 43 36 34 42 / susan.peschier@kbenp.nl of bel 070-1234567.");
        assert!(
            !t.contains("Peschier")
                && !t.contains("43 36")
                && !t.contains("kbenp")
                && !t.contains("1234567"),
            "{t}"
        );
        assert!(
            t.contains("[email]") && t.contains("[phone]") && t.contains("[name]"),
            "{t}"
        );
        let t = redact("Mail naar j.jansen [at] gemeente.nl of +31 6 1234 5678");
        assert!(!t.contains("jansen") && !t.contains("1234"), "{t}");
        let t = redact("Contactpersoon\nBruijn\nVan loondienst naar zelfstandiger?");
        assert_eq!(
            t,
            "Contactpersoon\n[name]\nVan loondienst naar zelfstandiger?"
        );
        let t = redact("Geert-Jan Put, afdelingsmanager (06-13323288) vertelt je graag meer.");
        assert!(!t.contains("13323288"), "{t}");
    }

    #[test]
    fn ordinary_text_is_kept() {
        let s = "Je werkt 36 uur per week in schaal 10 vanaf 1 januari 2025.";
        assert_eq!(redact(s), s);
    }
}
